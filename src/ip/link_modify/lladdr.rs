//! ll_addr_a2n (lib/ll_addr.c) exactly: the word is cut at each ':' and every piece read
//! with sscanf("%x"), so the error names the piece that failed, not the whole word.
use crate::cli::parse::get_addr_1;
use crate::error::{Error, Result};
use std::net::IpAddr;

/// sscanf(s, "%x", &int): blanks, a sign, an optional 0x, hex digits; trailing junk ignored.
fn scan_hex(s: &str) -> Option<i64> {
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
    // The value lands in an int: truncate as C does.
    let v = v as u32 as i32 as i64;
    Some(if neg { -v } else { v })
}

fn invalid(piece: &str) -> Error {
    Error::ret(1, format!("\"{piece}\" is invalid lladdr."))
}

/// The bytes of a link-layer address; `Err` carries iproute2's message (return -1: exit 1).
pub fn ll_addr_a2n(arg: &str) -> Result<Vec<u8>> {
    ll_addr_a2n_max(arg, 32)
}

/// ll_addr_a2n with a buffer of `max` bytes: more pieces give a length of `max + 1`.
pub fn ll_addr_a2n_max(arg: &str, max: usize) -> Result<Vec<u8>> {
    if arg.contains('.') {
        return match get_addr_1(arg, crate::cli::parse::AF_INET) {
            Some(p) => match p.addr {
                Some(IpAddr::V4(a)) => Ok(a.octets().to_vec()),
                _ => Ok(vec![0; 4]),
            },
            None => Err(invalid(arg)),
        };
    }
    let mut out = Vec::new();
    let mut rest = arg;
    // The loop stops at the buffer's size and reports one byte more.
    for _ in 0..max {
        let (piece, next) = match rest.find(':') {
            Some(p) => (&rest[..p], Some(&rest[p + 1..])),
            None => (rest, None),
        };
        match scan_hex(piece) {
            Some(v) if (0..=255).contains(&v) => out.push(v as u8),
            _ => return Err(invalid(piece)),
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
    fn pieces() {
        assert_eq!(
            ll_addr_a2n("02:00:0:a:B:ff").unwrap(),
            [2, 0, 0, 10, 11, 255]
        );
        assert_eq!(ll_addr_a2n("1g:2").unwrap(), [1, 2]);
        assert_eq!(ll_addr_a2n("1.2.3.4").unwrap(), [1, 2, 3, 4]);
        let e = ll_addr_a2n("00:zz:11").unwrap_err();
        assert_eq!(e.msg.as_deref(), Some("\"zz\" is invalid lladdr.\n"));
        let e = ll_addr_a2n("type").unwrap_err();
        assert_eq!(e.msg.as_deref(), Some("\"type\" is invalid lladdr.\n"));
        assert!(ll_addr_a2n("100").is_err());
        assert!(ll_addr_a2n("-1").is_err());
        assert!(ll_addr_a2n("").is_err());
    }
}
