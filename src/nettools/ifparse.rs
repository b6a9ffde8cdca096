//! The address parsers ifconfig calls through net-tools' aftype/hwtype tables for the
//! families and hardware types beyond inet: lib/ax25.c, netrom.c, rose.c, x25.c, ipx.c,
//! econet.c input functions and lib/ether.c, eui64.c, arcnet.c, fddi.c, hippi.c in_*.
use super::atoi;

/// What X25_input returns on success: the digits after '/' or the address length.
pub fn x25_sigdigits(host: &str) -> usize {
    match host.find('/') {
        Some(p) => atoi(&host[p + 1..]) as u32 as usize,
        None => host.len(),
    }
}

/// The address parsers of the families this kernel has no sockets for (lib/ax25.c,
/// netrom.c, rose.c, x25.c, ipx.c, econet.c): a sockaddr with the family set, or the text
/// their herror prints (ifconfig's own "Error resolving" line for the two without one).
pub fn other_input(af: &str, host: &str, what: &str) -> Result<[u8; 16], String> {
    let fam: u16 = match af {
        "ax25" => 3,
        "ipx" => 4,
        "netrom" => 6,
        "x25" => 9,
        "rose" => 11,
        "ec" => 19,
        _ => {
            return Err(format!(
                "nlbox: ifconfig: {what} for family {af}: not implemented\n"
            ))
        }
    };
    let mut sa = [0u8; 16];
    sa[..2].copy_from_slice(&fam.to_ne_bytes());
    let named = |m: &str| Err(format!("{host}: {m}\n"));
    let unnamed = || {
        if what == "address" {
            Err(format!(
                "ifconfig: error resolving '{host}' to set address for af={af}\n"
            ))
        } else {
            Err(format!("ifconfig: Error resolving '{host}' for {what}\n"))
        }
    };
    let b = host.as_bytes();
    match af {
        "ax25" | "netrom" => {
            let mut i = 0;
            while i < b.len() && b[i] != b'-' && i < 6 {
                if !b[i].is_ascii_alphanumeric() {
                    return named("Invalid callsign");
                }
                i += 1;
            }
            if i == 6 && i < b.len() && b[i] != b'-' {
                return named("Callsign too long");
            }
            Ok(sa)
        }
        "rose" => {
            if b.len() != 10 {
                return named("Node address must be ten digits");
            }
            Ok(sa)
        }
        "x25" => {
            if b.len() > 18 {
                return named("Address can't exceed eighteen digits with sigdigits");
            }
            let (addr, sig) = match host.find('/') {
                Some(p) => (&host[..p], atoi(&host[p + 1..]) as u32 as usize),
                None => (host, host.len()),
            };
            if addr.is_empty() || addr.len() > 15 || sig > addr.len() {
                return named("Invalid address");
            }
            Ok(sa)
        }
        "ipx" => {
            let (net, used, _) = crate::cli::parse::strtoul(host, 16);
            if net == 0 || net == 0xffff_ffff || b.get(used) != Some(&b':') {
                return unnamed();
            }
            // IPX_getsock: twelve hex digits of node, neither all zero nor all ones.
            let node = &b[used + 1..];
            if node.len() < 12 || !node[..12].iter().all(u8::is_ascii_hexdigit) {
                return unnamed();
            }
            let zero = node[..12].iter().all(|&c| c == b'0');
            let ones = node[..12].iter().all(|&c| c == b'f' || c == b'F');
            if zero || ones {
                return unnamed();
            }
            Ok(sa)
        }
        _ => {
            // econet: sscanf("%d.%d") or "%d".
            let t = host.trim_start();
            let (_, used, _) = crate::cli::parse::strtol(t, 10);
            if used == 0 {
                return unnamed();
            }
            Ok(sa)
        }
    }
}

/// lib/arcnet.c, fddi.c, hippi.c: exactly two hex digits per byte, ':' optional.
pub fn in_strict(s: &str, ty: u16, alen: usize) -> Option<[u8; 16]> {
    let b = s.as_bytes();
    let mut sa = [0u8; 16];
    sa[..2].copy_from_slice(&ty.to_ne_bytes());
    let hex = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
    let (mut p, mut i) = (0, 0);
    while p < b.len() && i < alen {
        let hi = hex(b.get(p))?;
        let lo = hex(b.get(p + 1))?;
        sa[2 + i] = (hi << 4 | lo) as u8;
        p += 2;
        i += 1;
        if b.get(p) == Some(&b':') {
            p += 1;
        }
    }
    Some(sa)
}

/// lib/eui64.c in_eui64: in_ether's rules for `alen` bytes.
pub fn in_lenient(s: &str, ty: u16, alen: usize) -> Option<[u8; 16]> {
    let b = s.as_bytes();
    let mut sa = [0u8; 16];
    sa[..2].copy_from_slice(&ty.to_ne_bytes());
    let hex = |c: u8| (c as char).to_digit(16);
    let (mut p, mut i) = (0, 0);
    while p < b.len() && i < alen {
        let mut val = hex(b[p])?;
        p += 1;
        let c = b.get(p).copied().unwrap_or(0);
        if let Some(d) = hex(c) {
            val = (val << 4) | d;
        } else if c != b':' && c != 0 {
            return None;
        }
        if c != 0 {
            p += 1;
        }
        sa[2 + i] = val as u8;
        i += 1;
        if b.get(p) == Some(&b':') {
            p += 1;
        }
    }
    Some(sa)
}

/// lib/ether.c in_ether: one or two hex digits per byte, ':' optional, trailing junk ignored.
pub fn in_ether(s: &str) -> Option<[u8; 16]> {
    let b = s.as_bytes();
    let mut sa = [0u8; 16];
    sa[..2].copy_from_slice(&1u16.to_ne_bytes());
    let hex = |c: u8| (c as char).to_digit(16);
    let mut p = 0;
    let mut i = 0;
    while p < b.len() && i < 6 {
        let mut val = hex(b[p])?;
        p += 1;
        let c = b.get(p).copied().unwrap_or(0);
        if let Some(d) = hex(c) {
            val = (val << 4) | d;
        } else if c != b':' && c != 0 {
            return None;
        }
        if c != 0 {
            p += 1;
        }
        sa[2 + i] = val as u8;
        i += 1;
        if b.get(p) == Some(&b':') {
            p += 1;
        }
    }
    Some(sa)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ether_input() {
        let sa = in_ether("02:00:00:00:00:1").unwrap_or([0; 16]);
        assert_eq!(&sa[2..8], &[2, 0, 0, 0, 0, 1]);
        assert!(in_ether("zz").is_none());
        let sa = in_ether("2:0:0:0:0:a").unwrap_or([0; 16]);
        assert_eq!(&sa[2..8], &[2, 0, 0, 0, 0, 10]);
    }
}
