//! glibc's address parsers and printers as net-tools calls them: inet_aton (lenient,
//! 1-4 parts, octal/hex), inet_network, inet_pton, inet_ntop (with its ::a.b.c.d forms).
use std::net::{Ipv4Addr, Ipv6Addr};

/// inet_aton: Some(address in host order). Accepts "127.1", "0x7f.1", "010.0.0.1" and
/// anything after a whitespace character, like glibc.
pub fn inet_aton(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut parts: Vec<u64> = Vec::with_capacity(4);
    let mut i = 0;
    let mut val: u64;
    let mut digit;
    loop {
        if !at(i).is_ascii_digit() {
            return None;
        }
        val = 0;
        let mut base = 10u64;
        digit = false;
        if at(i) == b'0' {
            i += 1;
            if at(i) == b'x' || at(i) == b'X' {
                base = 16;
                i += 1;
            } else {
                base = 8;
                digit = true;
            }
        }
        loop {
            let c = at(i);
            if c.is_ascii_digit() {
                if base == 8 && (c == b'8' || c == b'9') {
                    return None;
                }
                val = val.saturating_mul(base).saturating_add(u64::from(c - b'0'));
            } else if base == 16 && c.is_ascii_hexdigit() {
                let d = (c as char).to_digit(16).unwrap_or(0);
                val = val.saturating_mul(16).saturating_add(u64::from(d));
            } else {
                break;
            }
            digit = true;
            i += 1;
        }
        if at(i) == b'.' {
            if parts.len() > 2 || val > 0xff {
                return None;
            }
            parts.push(val);
            i += 1;
        } else {
            break;
        }
    }
    let c = at(i);
    if c != 0 && !(c.is_ascii() && (c == b' ' || (b'\t'..=b'\r').contains(&c))) {
        return None;
    }
    if !digit {
        return None;
    }
    let max: u64 = [0xffff_ffff, 0xff_ffff, 0xffff, 0xff][parts.len()];
    if val > max {
        return None;
    }
    let mut r = val as u32;
    for (k, p) in parts.iter().enumerate() {
        r |= (*p as u32) << (24 - 8 * k);
    }
    Some(r)
}

/// inet_network: "a.b.c.d" (each part up to 255, any base) as a host-order number whose
/// parts are packed from the right, as glibc does.
pub fn inet_network(s: &str) -> Option<u32> {
    let mut val: u32 = 0;
    for (n, part) in s.split('.').enumerate() {
        if n == 4 {
            return None;
        }
        let (v, used, over) = crate::cli::parse::strtoul(part, 0);
        if part.is_empty()
            || used != part.len()
            || over
            || v > 0xff
            || part.starts_with(['-', '+', ' '])
        {
            return None;
        }
        val = (val << 8) | v as u32;
    }
    Some(val)
}

/// inet_pton(AF_INET): exactly four decimal parts, no leading zeros.
pub fn pton4(s: &str) -> Option<[u8; 4]> {
    s.parse::<Ipv4Addr>().ok().map(|a| a.octets())
}

pub fn pton6(s: &str) -> Option<[u8; 16]> {
    s.parse::<Ipv6Addr>().ok().map(|a| a.octets())
}

pub use crate::inet::{ntop4, ntop6, push_v4};

/// net-tools fix_v4_address: a v4-mapped address prints as its dotted tail only.
pub fn fix_v4(text: &str, a: &[u8; 16]) -> String {
    let mapped = a[..10].iter().all(|&b| b == 0) && a[10] == 0xff && a[11] == 0xff;
    if mapped {
        if let Some(dot) = text.find('.') {
            if let Some(colon) = text[..dot].rfind(':') {
                return text[colon + 1..].to_string();
            }
        }
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aton_forms() {
        assert_eq!(inet_aton("127.1"), Some(0x7f000001));
        assert_eq!(inet_aton("0x7f.1"), Some(0x7f000001));
        assert_eq!(inet_aton("10.0.0.1 junk"), Some(0x0a000001));
        assert_eq!(inet_aton("256.1.1.1"), None);
        assert_eq!(inet_aton("1.2.3.4.5"), None);
        assert_eq!(inet_aton("999999999999"), None);
        assert_eq!(inet_aton("08"), None);
        assert_eq!(inet_aton("0x"), None);
        assert_eq!(inet_aton(""), None);
    }

    #[test]
    fn ntop_forms() {
        let p = |s: &str| pton6(s).unwrap_or([0; 16]);
        assert_eq!(ntop6(&p("::")), "::");
        assert_eq!(ntop6(&p("::1")), "::1");
        assert_eq!(ntop6(&p("::1.2.3.4")), "::1.2.3.4");
        assert_eq!(ntop6(&p("::ffff:1.2.3.4")), "::ffff:1.2.3.4");
        assert_eq!(ntop6(&p("fe80::1")), "fe80::1");
        assert_eq!(ntop6(&p("1:0:2:3:4:5:6:7")), "1:0:2:3:4:5:6:7");
        assert_eq!(ntop6(&p("1:0:0:2:0:0:3:4")), "1::2:0:0:3:4");
        assert_eq!(ntop6(&p("2001:db8::")), "2001:db8::");
        assert_eq!(
            fix_v4(&ntop6(&p("::ffff:1.2.3.4")), &p("::ffff:1.2.3.4")),
            "1.2.3.4"
        );
    }
}
