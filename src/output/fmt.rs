//! Formatters shared by the printers: C's `%g`, link-layer addresses.

/// printf("%-*s", width, s): C pads to `width` *bytes*, so a UTF-8 interface name gets
/// fewer spaces than Rust's `{:<width$}` (which counts characters) would give it.
pub struct Ljust<'a>(pub &'a str, pub usize);

impl std::fmt::Display for Ljust<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)?;
        for _ in self.0.len()..self.1 {
            f.write_str(" ")?;
        }
        Ok(())
    }
}

/// C's `printf("%g", v)`: 6 significant digits, trailing zeros dropped, exponent form
/// when the exponent is below -4 or at least 6.
pub fn fmt_g(v: f64) -> String {
    fmt_g_prec(v, 6)
}

/// `%.{prec}g`.
pub fn fmt_g_prec(v: f64, prec: usize) -> String {
    if v.is_nan() {
        return if v.is_sign_negative() {
            "-nan".into()
        } else {
            "nan".into()
        };
    }
    if v.is_infinite() {
        return if v < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let p = if prec == 0 { 1 } else { prec };
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    // The exponent after rounding to p significant digits.
    let sci = format!("{:.*e}", p - 1, v);
    let (mant, exp) = match sci.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse::<i32>().unwrap_or(0)),
        None => (sci.clone(), 0),
    };
    if exp < -4 || exp >= p as i32 {
        let m = strip_zeros(&mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{m}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        strip_zeros(&format!("{v:.decimals$}"))
    }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

pub const ARPHRD_TUNNEL: u16 = 768;
pub const ARPHRD_TUNNEL6: u16 = 769;
pub const ARPHRD_SIT: u16 = 776;
pub const ARPHRD_IPGRE: u16 = 778;
pub const ARPHRD_IP6GRE: u16 = 823;

/// `value` in decimal, written into the end of `buf` (`%llu` without printf: dumps print
/// several numbers a line).
pub fn decimal(mut value: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            return &buf[i..];
        }
    }
}

/// ll_addr_n2a: `aa:bb:..` lower-case hex, or an IP address for IP tunnels.
pub fn ll_addr(addr: &[u8], hwtype: u16) -> String {
    if addr.len() == 4 && matches!(hwtype, ARPHRD_TUNNEL | ARPHRD_SIT | ARPHRD_IPGRE) {
        return crate::inet::ntop4(addr);
    }
    if addr.len() == 16 && matches!(hwtype, ARPHRD_TUNNEL6 | ARPHRD_IP6GRE) {
        return crate::inet::ntop6(addr);
    }
    let mut s = String::with_capacity(addr.len() * 3);
    for (i, b) in addr.iter().enumerate() {
        if i > 0 {
            s.push(':');
        }
        // "%02x" without the formatting machinery (addresses are printed for every
        // link and fdb entry).
        const HEX: &[u8; 16] = b"0123456789abcdef";
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 15) as usize] as char);
    }
    if addr.is_empty() {
        // snprintf("%02x", addr[0]) on an empty address reads the buffer's first byte.
        s.push_str("00");
    }
    s
}

/// ll_addr with the link type asked for only when it can matter: only a 4- or 16-byte
/// address (an IP tunnel's) prints differently by type, and finding a type can cost a
/// system call.
pub fn ll_addr_lazy(addr: &[u8], hwtype: impl FnOnce() -> u16) -> String {
    let ty = if addr.len() == 4 || addr.len() == 16 {
        hwtype()
    } else {
        0xffff
    };
    ll_addr(addr, ty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ljust_counts_bytes() {
        assert_eq!(format!("{}|", Ljust("lo", 4)), "lo  |");
        assert_eq!(format!("{}|", Ljust("\u{e9}", 4)), "\u{e9}  |");
        assert_eq!(format!("{}|", Ljust("\u{1F600}", 4)), "\u{1F600}|");
        assert_eq!(format!("{}|", Ljust("toolong", 4)), "toolong|");
    }

    #[test]
    #[allow(clippy::approx_constant)] // a %g test value, not PI
    fn percent_g() {
        assert_eq!(fmt_g(0.0), "0");
        assert_eq!(fmt_g(1.0), "1");
        assert_eq!(fmt_g(0.5), "0.5");
        assert_eq!(fmt_g(123456.0), "123456");
        assert_eq!(fmt_g(1234567.0), "1.23457e+06");
        assert_eq!(fmt_g(0.0001), "0.0001");
        assert_eq!(fmt_g(0.00001), "1e-05");
        assert_eq!(fmt_g(1.23456789), "1.23457");
        assert_eq!(fmt_g(100.0), "100");
    }

    #[test]
    fn lladdr() {
        assert_eq!(ll_addr(&[0, 0x11, 0xaa, 0, 0, 1], 1), "00:11:aa:00:00:01");
        assert_eq!(ll_addr(&[10, 0, 0, 1], ARPHRD_IPGRE), "10.0.0.1");
    }
}
