//! Value parsers that accept exactly what iproute2's lib/utils.c accepts (C `strtoul`
//! rules: leading blanks, a sign, `0x` hex and `0` octal under base 0), and the helpers
//! that build its failure texts.
use crate::error::Error;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// `Error: argument "ARG" is wrong: MSG`, exit 255.
pub fn invarg(msg: &str, arg: &str) -> Error {
    Error::exit(255, format!("Error: argument \"{arg}\" is wrong: {msg}"))
}
/// `Error: duplicate "KEY": "ARG" is the second value.`, exit 255.
pub fn duparg(key: &str, arg: &str) -> Error {
    Error::exit(
        255,
        format!("Error: duplicate \"{key}\": \"{arg}\" is the second value."),
    )
}
/// `Error: either "KEY" is duplicate, or "ARG" is a garbage.`, exit 255.
pub fn duparg2(key: &str, arg: &str) -> Error {
    Error::exit(
        255,
        format!("Error: either \"{key}\" is duplicate, or \"{arg}\" is a garbage."),
    )
}
/// `Error: argument "KEY" is required`, exit 255.
pub fn missarg(key: &str) -> Error {
    Error::exit(255, format!("Error: argument \"{key}\" is required"))
}

/// C `strtoul(s, &end, base)`: the value (wrapping like C on a leading '-'), the number
/// of bytes consumed (0 when no digits), and whether it overflowed.
pub fn strtoul(s: &str, base: u32) -> (u64, usize, bool) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && (b[i] == b' ' || (b'\t'..=b'\r').contains(&b[i])) {
        i += 1;
    }
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let mut base = base;
    let has_hex_prefix = i + 1 < b.len() && b[i] == b'0' && (b[i + 1] | 0x20) == b'x';
    let hex_digit_follows = has_hex_prefix && b.get(i + 2).is_some_and(|c| c.is_ascii_hexdigit());
    if (base == 0 || base == 16) && hex_digit_follows {
        base = 16;
        i += 2;
    } else if base == 0 {
        base = if i < b.len() && b[i] == b'0' { 8 } else { 10 };
    }
    let start = i;
    let mut val: u64 = 0;
    let mut overflow = false;
    while i < b.len() {
        let d = match (b[i] as char).to_digit(36) {
            Some(d) if d < base => d as u64,
            _ => break,
        };
        match val.checked_mul(base as u64).and_then(|v| v.checked_add(d)) {
            Some(v) => val = v,
            None => overflow = true,
        }
        i += 1;
    }
    if i == start {
        // "0x" with no hex digit parses as "0" followed by "x".
        return (0, 0, false);
    }
    if overflow {
        return (u64::MAX, i, true);
    }
    let v = if neg { val.wrapping_neg() } else { val };
    (v, i, false)
}

/// C `strtol` on a 64-bit long: value, bytes consumed, overflow.
pub fn strtol(s: &str, base: u32) -> (i64, usize, bool) {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let neg = t.starts_with('-');
    let (mag, used, over) = strtoul(s, base);
    if used == 0 {
        return (0, 0, false);
    }
    // strtoul already negated a '-' value; recover the magnitude for range checks.
    let magnitude = if neg { mag.wrapping_neg() } else { mag };
    if over || (!neg && magnitude > i64::MAX as u64) {
        return (i64::MAX, used, true);
    }
    if neg {
        if magnitude > i64::MAX as u64 + 1 {
            return (i64::MIN, used, true);
        }
        return ((magnitude as i128).wrapping_neg() as i64, used, false);
    }
    (magnitude as i64, used, false)
}

fn whole_ulong(arg: &str, base: u32) -> Option<u64> {
    if arg.is_empty() {
        return None;
    }
    let (v, used, over) = strtoul(arg, base);
    if used == 0 || used != arg.len() || over {
        return None;
    }
    Some(v)
}

/// get_unsigned / get_u32: the whole word must be a number that fits 32 bits.
pub fn get_u32(arg: &str, base: u32) -> Option<u32> {
    whole_ulong(arg, base).and_then(|v| u32::try_from(v).ok())
}
pub fn get_u16(arg: &str, base: u32) -> Option<u16> {
    whole_ulong(arg, base).and_then(|v| u16::try_from(v).ok())
}
pub fn get_u8(arg: &str, base: u32) -> Option<u8> {
    whole_ulong(arg, base).and_then(|v| u8::try_from(v).ok())
}
pub fn get_u64(arg: &str, base: u32) -> Option<u64> {
    whole_ulong(arg, base)
}
/// get_integer: a whole word that fits a C int.
pub fn get_integer(arg: &str, base: u32) -> Option<i32> {
    if arg.is_empty() {
        return None;
    }
    let (v, used, over) = strtol(arg, base);
    if used == 0 || used != arg.len() || over {
        return None;
    }
    i32::try_from(v).ok()
}
/// get_s32 style parse returning i64 range check by the caller.
pub fn get_long(arg: &str, base: u32) -> Option<i64> {
    if arg.is_empty() {
        return None;
    }
    let (v, used, over) = strtol(arg, base);
    if used == 0 || used != arg.len() || over {
        return None;
    }
    Some(v)
}

/// iproute2's legacy IPv4 parser: `10.8` is 10.8.0.0, each part a C number (hex/octal ok).
pub fn get_addr_ipv4(cp: &str) -> Option<[u8; 4]> {
    let mut out = [0u8; 4];
    let mut rest = cp;
    for (i, slot) in out.iter_mut().enumerate() {
        let (n, used, _) = strtoul(rest, 0);
        if n > 255 || used == 0 {
            return None;
        }
        *slot = n as u8;
        let tail = &rest[used..];
        if tail.is_empty() {
            break;
        }
        if i == 3 || !tail.starts_with('.') {
            return None;
        }
        rest = &tail[1..];
    }
    Some(out)
}

/// Address families as iproute2 numbers them.
pub const AF_UNSPEC: u8 = 0;
pub const AF_INET: u8 = 2;
pub const AF_BRIDGE: u8 = 7;
pub const AF_INET6: u8 = 10;
pub const AF_PACKET: u8 = 17;
pub const AF_MPLS: u8 = 28;

/// iproute2's `inet_prefix`: an address (or `default`/`any`), with its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefix {
    pub family: u8,
    /// None for `default`, `any` and `all` (the address is all zeros).
    pub addr: Option<IpAddr>,
    pub bitlen: u8,
    /// A `/len` was given, or the word was `default`.
    pub len_given: bool,
    /// `any` / `all`: matches everything, not the zero address.
    pub is_any: bool,
}

impl Prefix {
    pub fn bytes(&self) -> Vec<u8> {
        match self.addr {
            Some(IpAddr::V4(a)) => a.octets().to_vec(),
            Some(IpAddr::V6(a)) => a.octets().to_vec(),
            None => Vec::new(),
        }
    }
}

pub fn af_bit_len(af: u8) -> u8 {
    match af {
        AF_INET6 => 128,
        AF_INET => 32,
        AF_MPLS => 20,
        _ => 0,
    }
}

/// get_addr_1: an address of `family` (AF_UNSPEC takes either), or default/any/all.
pub fn get_addr_1(name: &str, family: u8) -> Option<Prefix> {
    if name == "default" {
        if family == AF_MPLS {
            return None;
        }
        return Some(Prefix {
            family,
            addr: None,
            bitlen: 0,
            len_given: true,
            is_any: false,
        });
    }
    if name == "all" || name == "any" {
        if family == AF_MPLS {
            return None;
        }
        return Some(Prefix {
            family,
            addr: None,
            bitlen: 0,
            len_given: false,
            is_any: true,
        });
    }
    if name.contains(':') {
        if family != AF_UNSPEC && family != AF_INET6 {
            return None;
        }
        let a: Ipv6Addr = name.parse().ok()?;
        return Some(Prefix {
            family: AF_INET6,
            addr: Some(IpAddr::V6(a)),
            bitlen: 128,
            len_given: false,
            is_any: false,
        });
    }
    if family != AF_UNSPEC && family != AF_INET {
        return None;
    }
    let o = get_addr_ipv4(name)?;
    Some(Prefix {
        family: AF_INET,
        addr: Some(IpAddr::V4(Ipv4Addr::from(o))),
        bitlen: 32,
        len_given: false,
        is_any: false,
    })
}

fn mask2bits(mask: u32) -> Option<u8> {
    let host = !mask;
    if host & host.wrapping_add(1) != 0 {
        return None;
    }
    Some(mask.count_ones() as u8)
}

/// get_prefix_1: `ADDR[/LEN]`, where LEN may also be a dotted netmask.
pub fn get_prefix_1(arg: &str, family: u8) -> Option<Prefix> {
    let (a, len) = match arg.find('/') {
        Some(i) => (&arg[..i], Some(&arg[i + 1..])),
        None => (arg, None),
    };
    let mut p = get_addr_1(a, family)?;
    let maxlen = af_bit_len(p.family);
    let is_default = p.addr.is_none();
    match len {
        Some(l) => {
            if is_default && !p.is_any && p.len_given {
                return None;
            }
            if is_default && p.is_any {
                // `any/N` is refused like `default/N` (bitlen == -2 in C).
                return None;
            }
            let plen = match get_u32(l, 0) {
                Some(v) => v,
                None => {
                    let m = get_addr_1(l, AF_INET).filter(|m| m.family == AF_INET)?;
                    match m.addr {
                        Some(IpAddr::V4(v4)) => mask2bits(u32::from(v4))? as u32,
                        _ => return None,
                    }
                }
            };
            if plen > maxlen as u32 {
                return None;
            }
            p.bitlen = plen as u8;
            p.len_given = true;
        }
        None => {
            p.bitlen = if is_default { 0 } else { maxlen };
        }
    }
    Some(p)
}

pub fn family_name(af: u8) -> &'static str {
    match af {
        AF_INET => "inet",
        AF_INET6 => "inet6",
        AF_PACKET => "link",
        AF_MPLS => "mpls",
        AF_BRIDGE => "bridge",
        _ => "???",
    }
}

fn family_name_verbose(af: u8) -> &'static str {
    if af == AF_UNSPEC {
        "any valid"
    } else {
        family_name(af)
    }
}

/// get_prefix: as get_prefix_1, failing with iproute2's text and exit 1.
pub fn get_prefix(arg: &str, family: u8) -> Result<Prefix, Error> {
    if family == AF_PACKET {
        return Err(Error::exit(
            1,
            format!("Error: \"{arg}\" may be inet prefix, but it is not allowed in this context."),
        ));
    }
    get_prefix_1(arg, family).ok_or_else(|| {
        Error::exit(
            1,
            format!(
                "Error: {} prefix is expected rather than \"{arg}\".",
                family_name_verbose(family)
            ),
        )
    })
}

/// get_addr: as get_addr_1, failing with iproute2's text and exit 1.
pub fn get_addr(arg: &str, family: u8) -> Result<Prefix, Error> {
    get_addr_1(arg, family).ok_or_else(|| {
        Error::exit(
            1,
            format!(
                "Error: {} address is expected rather than \"{arg}\".",
                family_name_verbose(family)
            ),
        )
    })
}

/// check_ifname: what the kernel's dev_valid_name accepts, less `.`/`..`.
pub fn check_ifname(name: &str) -> bool {
    !name.is_empty()
        && name.len() < 16
        && !name
            .bytes()
            .any(|c| c == b'/' || c.is_ascii_whitespace() || c == 0x0b)
}

/// sscanf(s, "%x", &int): blanks, a sign, an optional 0x, hex digits, the rest ignored;
/// `None` when nothing converts. The value lands in a C int (truncated as C does).
pub fn scan_hex_int(s: &str) -> Option<i64> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let b = t.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && (b[1] | 0x20) == b'x' {
        i = 2;
    }
    let start = i;
    let mut v: u64 = 0;
    while let Some(d) = b.get(i).and_then(|c| (*c as char).to_digit(16)) {
        v = v.saturating_mul(16).saturating_add(d as u64);
        i += 1;
    }
    if i == start {
        // "0x" alone reads as 0; nothing at all is a failed conversion.
        return if start == 2 { Some(0) } else { None };
    }
    let v = v as u32 as i32 as i64;
    Some(if neg { -v } else { v })
}

/// ll_addr_a2n (lib/ll_addr.c) into a buffer of `max` bytes: a dotted IPv4 address, or
/// `:`-separated pieces each read with sscanf("%x") into 0..=255. Like the C, a word with
/// more pieces than the buffer holds reports a length of `max + 1` (the extra byte is 0).
/// `Err` is the text iproute2 prints (`"PIECE" is invalid lladdr.`, naming the piece that
/// failed), or empty where it fails silently (a dotted address into fewer than 4 bytes).
pub fn ll_addr_a2n(arg: &str, max: usize) -> Result<Vec<u8>, String> {
    if arg.contains('.') {
        return match get_addr_1(arg, AF_INET) {
            Some(_) if max < 4 => Err(String::new()),
            Some(p) => Ok(match p.addr {
                Some(IpAddr::V4(a)) => a.octets().to_vec(),
                _ => vec![0; 4],
            }),
            None => Err(format!("\"{arg}\" is invalid lladdr.")),
        };
    }
    let mut out = Vec::new();
    let mut rest = arg;
    for _ in 0..max {
        let (piece, next) = match rest.find(':') {
            Some(p) => (&rest[..p], Some(&rest[p + 1..])),
            None => (rest, None),
        };
        match scan_hex_int(piece) {
            Some(v) if (0..=255).contains(&v) => out.push(v as u8),
            _ => return Err(format!("\"{piece}\" is invalid lladdr.")),
        }
        match next {
            Some(n) => rest = n,
            None => return Ok(out),
        }
    }
    out.push(0);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_numbers() {
        assert_eq!(get_u32("10", 0), Some(10));
        assert_eq!(get_u32("0x10", 0), Some(16));
        assert_eq!(get_u32("010", 0), Some(8));
        assert_eq!(get_u32("4294967295", 0), Some(u32::MAX));
        assert_eq!(get_u32("4294967296", 0), None);
        assert_eq!(get_u32("-1", 0), None);
        assert_eq!(get_u32("", 0), None);
        assert_eq!(get_u32("12a", 0), None);
        assert_eq!(get_u32(" 12", 0), Some(12));
        assert_eq!(get_integer("-5", 0), Some(-5));
        assert_eq!(get_u8("256", 0), None);
    }

    #[test]
    fn legacy_ipv4() {
        assert_eq!(get_addr_ipv4("10.8"), Some([10, 8, 0, 0]));
        assert_eq!(get_addr_ipv4("10"), Some([10, 0, 0, 0]));
        assert_eq!(get_addr_ipv4("1.2.3.4"), Some([1, 2, 3, 4]));
        assert_eq!(get_addr_ipv4("1.2.3.4.5"), None);
        assert_eq!(get_addr_ipv4("256.1.1.1"), None);
        assert_eq!(get_addr_ipv4("0x0a.1.1.1"), Some([10, 1, 1, 1]));
    }

    #[test]
    fn prefixes() {
        let p = get_prefix_1("10.0.0.0/8", AF_UNSPEC).unwrap();
        assert_eq!((p.family, p.bitlen, p.len_given), (AF_INET, 8, true));
        let p = get_prefix_1("10.0.0.0/255.255.0.0", AF_UNSPEC).unwrap();
        assert_eq!(p.bitlen, 16);
        assert!(get_prefix_1("10.0.0.0/33", AF_UNSPEC).is_none());
        let p = get_prefix_1("default", AF_INET).unwrap();
        assert_eq!((p.bitlen, p.addr), (0, None));
        let p = get_prefix_1("fe80::1/64", AF_UNSPEC).unwrap();
        assert_eq!((p.family, p.bitlen), (AF_INET6, 64));
        assert!(get_prefix_1("fe80::1", AF_INET).is_none());
    }

    #[test]
    fn lladdr() {
        assert_eq!(
            ll_addr_a2n("00:11:22:33:44:55", 32).unwrap(),
            vec![0, 0x11, 0x22, 0x33, 0x44, 0x55]
        );
        assert_eq!(
            ll_addr_a2n("zz", 32).unwrap_err(),
            "\"zz\" is invalid lladdr."
        );
        // The piece that failed is named, not the whole word.
        assert_eq!(
            ll_addr_a2n("00:zz:11", 32).unwrap_err(),
            "\"zz\" is invalid lladdr."
        );
        assert_eq!(ll_addr_a2n("0x1f:1g", 20).unwrap(), vec![0x1f, 1]);
        assert_eq!(ll_addr_a2n("1.2.3.4", 20).unwrap(), vec![1, 2, 3, 4]);
        assert_eq!(ll_addr_a2n("1.2.3.4", 2).unwrap_err(), "");
        // More pieces than the buffer: the C length is one more than the buffer.
        assert_eq!(ll_addr_a2n("1:2:3", 2).unwrap(), vec![1, 2, 0]);
        assert!(ll_addr_a2n("100", 32).is_err());
        assert!(ll_addr_a2n("-1", 32).is_err());
        assert!(ll_addr_a2n("", 32).is_err());
        assert_eq!(scan_hex_int("0x"), Some(0));
        assert_eq!(scan_hex_int("100000000"), Some(0));
    }
}
