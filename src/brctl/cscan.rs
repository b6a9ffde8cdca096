//! The C conversions brctl relies on: sscanf("%lf") and sscanf("%i") on its arguments
//! and sysfs files, x86-64 double to long, and br_show_timer's `%4i.%.2i`.

/// br_show_timer: jiffies (1/100 s) shown as `%4i.%.2i`.
pub fn timer(jiffies: u64) -> String {
    let usec = 10000u64.wrapping_mul(jiffies);
    let sec = usec / 1_000_000;
    let rem = usec - 1_000_000 * sec;
    format!("{:4}.{:02}", sec as i32, (rem as i32) / 10000)
}

pub fn state_name(s: i64) -> &'static str {
    match s {
        0 => "disabled",
        1 => "listening",
        2 => "learning",
        3 => "forwarding",
        4 => "blocking",
        _ => "<INVALID STATE>",
    }
}

/// C's (long)double on x86-64: out-of-range and NaN give LONG_MIN.
pub fn c_double_to_long(v: f64) -> i64 {
    const LIM: f64 = 9_223_372_036_854_775_808.0;
    if v.is_nan() || !(-LIM..LIM).contains(&v) {
        i64::MIN
    } else {
        v as i64
    }
}

/// sscanf(s, "%lf"): the longest decimal/inf/nan prefix after blanks.
pub fn scan_double(s: &str) -> Option<f64> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let lower = t[i..].to_ascii_lowercase();
    let sign = if t.starts_with('-') { -1.0 } else { 1.0 };
    if lower.starts_with("inf") {
        return Some(sign * f64::INFINITY);
    }
    if lower.starts_with("nan") {
        return Some(f64::NAN.copysign(sign));
    }
    if i + 1 < b.len() && b[i] == b'0' && (b[i + 1] | 0x20) == b'x' {
        // glibc scanf reads C99 hex floats; "0x" without a hex digit is a failed match.
        return scan_hex_double(&b[i + 2..]).map(|v| sign * v);
    }
    let start = i;
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    let mut end = i;
    if i < b.len() && (b[i] | 0x20) == b'e' {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            end = j;
        }
    }
    let num: f64 = t[start..end].parse().ok()?;
    Some(sign * num)
}

/// The part of a hex float after "0x": hex digits, an optional fraction, a `p` exponent.
fn scan_hex_double(b: &[u8]) -> Option<f64> {
    let mut i = 0;
    let mut mant = 0f64;
    let mut digits = 0;
    let mut scale = 0i32;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        mant = mant * 16.0 + (b[i] as char).to_digit(16).unwrap_or(0) as f64;
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            mant = mant * 16.0 + (b[i] as char).to_digit(16).unwrap_or(0) as f64;
            scale -= 4;
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    let mut exp = 0i32;
    if i < b.len() && (b[i] | 0x20) == b'p' {
        let mut j = i + 1;
        let neg = j < b.len() && b[j] == b'-';
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            while j < b.len() && b[j].is_ascii_digit() {
                exp = exp.saturating_mul(10).saturating_add((b[j] - b'0') as i32);
                j += 1;
            }
            if neg {
                exp = -exp;
            }
        }
    }
    Some(mant * 2f64.powi(exp.saturating_add(scale)))
}

/// sscanf(s, "%i"): C integer syntax (hex, octal), stored into an int.
pub fn scan_int(s: &str) -> Option<i32> {
    let (v, used, _) = crate::cli::parse::strtol(s, 0);
    if used == 0 {
        return None;
    }
    Some(v as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timers() {
        assert_eq!(timer(0), "   0.00");
        assert_eq!(timer(30000), " 300.00");
        assert_eq!(timer(1234), "  12.34");
    }

    #[test]
    fn c_scanning() {
        assert_eq!(scan_double(" 12.5x"), Some(12.5));
        assert_eq!(scan_double("."), None);
        assert_eq!(scan_double("1e3"), Some(1000.0));
        assert_eq!(scan_double("0x10"), Some(16.0));
        assert_eq!(scan_double("0x1.8p3"), Some(12.0));
        assert_eq!(scan_double("0x"), None);
        assert!(scan_double("inf").unwrap().is_infinite());
        assert_eq!(scan_int("0x10"), Some(16));
        assert_eq!(scan_int("010"), Some(8));
        assert_eq!(scan_int("-3"), Some(-3));
        assert_eq!(scan_int("abc"), None);
    }

    #[test]
    fn double_to_long_like_x86() {
        assert_eq!(c_double_to_long(f64::INFINITY), i64::MIN);
        assert_eq!(c_double_to_long(-2.5), -2);
    }
}
