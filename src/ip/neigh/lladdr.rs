//! ll_addr_a2n (lib/ll_addr.c) with its exact C semantics: `sscanf("%x")` per
//! colon-separated part, or a dotted IPv4 address for tunnel link addresses.
use crate::cli::parse::{get_addr_1, AF_INET};

/// sscanf(s, "%x"): blanks, a sign, an optional 0x, hex digits; `None` if no digit.
fn scan_hex(s: &str) -> Option<i64> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let b = t.as_bytes();
    let digits = if b.len() > 2 && b[0] == b'0' && (b[1] | 0x20) == b'x' && b[2].is_ascii_hexdigit()
    {
        &t[2..]
    } else {
        t
    };
    let n = digits.bytes().take_while(|c| c.is_ascii_hexdigit()).count();
    if n == 0 {
        return None;
    }
    let mut v: u64 = 0;
    for c in digits.bytes().take(n) {
        let d = (c as char).to_digit(16).unwrap_or(0) as u64;
        v = v.saturating_mul(16).saturating_add(d);
    }
    // The value lands in a C int: anything past 32 bits reads as -1 (ULONG_MAX).
    let as_int = if v > u32::MAX as u64 {
        -1i64
    } else {
        v as u32 as i32 as i64
    };
    Some(if neg { -as_int } else { as_int })
}

/// Returns the address bytes, or the text iproute2 prints on stderr (without newline).
/// `max` is the caller's buffer size.
pub fn ll_addr_a2n(arg: &str, max: usize) -> Result<Vec<u8>, String> {
    if arg.contains('.') {
        return match get_addr_1(arg, AF_INET) {
            Some(p) if max >= 4 => Ok(p.bytes()),
            Some(_) => Err(String::new()),
            None => Err(format!("\"{arg}\" is invalid lladdr.")),
        };
    }
    let mut out = Vec::new();
    let mut rest = arg;
    while out.len() < max {
        let (part, next) = match rest.find(':') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        match scan_hex(part) {
            Some(v) if (0..=255).contains(&v) => out.push(v as u8),
            _ => return Err(format!("\"{part}\" is invalid lladdr.")),
        }
        match next {
            Some(n) => rest = n,
            None => break,
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts() {
        assert_eq!(
            ll_addr_a2n("02:00:00:00:00:01", 20).unwrap(),
            vec![2, 0, 0, 0, 0, 1]
        );
        assert_eq!(ll_addr_a2n("1", 20).unwrap(), vec![1]);
        assert_eq!(ll_addr_a2n("0x1f:1g", 20).unwrap(), vec![0x1f, 1]);
        assert_eq!(ll_addr_a2n("1.2.3.4", 20).unwrap(), vec![1, 2, 3, 4]);
        assert_eq!(
            ll_addr_a2n("00:zz:11", 20).unwrap_err(),
            "\"zz\" is invalid lladdr."
        );
        assert_eq!(
            ll_addr_a2n("100", 20).unwrap_err(),
            "\"100\" is invalid lladdr."
        );
        assert_eq!(
            ll_addr_a2n("1.2.x", 20).unwrap_err(),
            "\"1.2.x\" is invalid lladdr."
        );
    }
}
