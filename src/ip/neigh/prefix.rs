//! iproute2's `inet_prefix` with the families the core `Prefix` cannot hold: link-layer
//! addresses under `-0` (get_addr_1 reads them with ll_addr_a2n) and MPLS label stacks
//! under `-M` (mpls_pton). IPv4/IPv6/default/any go through the core parsers.
use super::lladdr::ll_addr_a2n;
use crate::cli::parse::{self, af_bit_len, Prefix, AF_MPLS, AF_PACKET, AF_UNSPEC};
use crate::error::{Error, Failure};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InetPrefix {
    pub family: u8,
    /// The address bytes as sent (`bytelen` of the C struct).
    pub data: Vec<u8>,
    pub bitlen: u8,
    /// PREFIXLEN_SPECIFIED: a `/len` was given, or the word was `default`.
    pub len_given: bool,
}

impl From<Prefix> for InetPrefix {
    fn from(p: Prefix) -> InetPrefix {
        let data = match p.addr {
            Some(_) => p.bytes(),
            None if p.is_any => Vec::new(),
            None => vec![0; af_bit_len(p.family) as usize / 8],
        };
        InetPrefix {
            family: p.family,
            data,
            bitlen: p.bitlen,
            len_given: p.len_given,
        }
    }
}

/// mpls_pton: labels separated by '/', bottom of stack marked on the last; None if bad.
/// "Error: too many labels." is printed by the C on a stack deeper than 64.
fn mpls_pton(name: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = name;
    for _ in 0..64 {
        let (label, used, over) = parse::strtoul(rest, 0);
        if over || label >= 1 << 20 || used == 0 {
            return None;
        }
        let tail = &rest[used..];
        let mut entry = (label as u32) << 12;
        if tail.is_empty() {
            entry |= 1 << 8;
            out.extend_from_slice(&entry.to_be_bytes());
            return Some(out);
        }
        let next = tail.strip_prefix('/')?;
        out.extend_from_slice(&entry.to_be_bytes());
        rest = next;
    }
    crate::error::warn("Error: too many labels.");
    None
}

/// get_addr_1 for every family; `Err(text)` carries what the C printed on the way
/// (ll_addr_a2n's complaint), `Ok(None)` a plain failure.
fn addr_1(name: &str, family: u8) -> Result<Option<InetPrefix>, String> {
    let special = name == "default" || name == "all" || name == "any";
    if family == AF_PACKET && !special {
        return match ll_addr_a2n(name, 256) {
            Ok(d) => Ok(Some(InetPrefix {
                family: AF_PACKET,
                bitlen: (d.len() * 8).min(255) as u8,
                data: d,
                len_given: false,
            })),
            Err(t) => Err(t),
        };
    }
    if family == AF_MPLS && !special && !name.contains(':') {
        return Ok(mpls_pton(name).map(|d| InetPrefix {
            family: AF_MPLS,
            data: d,
            bitlen: 20,
            len_given: false,
        }));
    }
    Ok(parse::get_addr_1(name, family).map(InetPrefix::from))
}

fn family_name_verbose(af: u8) -> &'static str {
    if af == AF_UNSPEC {
        "any valid"
    } else {
        parse::family_name(af)
    }
}

/// get_addr: exit(1) with "Error: FAMILY address is expected rather than ...".
pub fn get_addr(arg: &str, family: u8) -> Result<InetPrefix, Error> {
    match addr_1(arg, family) {
        Ok(Some(p)) => Ok(p),
        r => {
            let mut text = match r {
                Err(t) if !t.is_empty() => format!("{t}\n"),
                _ => String::new(),
            };
            // ll_addr_a2n cut the word at its first ':' (it writes NULs into argv).
            let shown = if family == AF_PACKET && !arg.contains('.') {
                arg.split(':').next().unwrap_or(arg)
            } else {
                arg
            };
            text.push_str(&format!(
                "Error: {} address is expected rather than \"{shown}\".\n",
                family_name_verbose(family)
            ));
            Err(Error::raw(1, text, Failure::Exit))
        }
    }
}

/// get_prefix: exit(1) on failure; link-layer prefixes are refused outright.
pub fn get_prefix(arg: &str, family: u8) -> Result<InetPrefix, Error> {
    if family != AF_MPLS {
        return parse::get_prefix(arg, family).map(InetPrefix::from);
    }
    let fail = || {
        Error::exit(
            1,
            format!("Error: mpls prefix is expected rather than \"{arg}\"."),
        )
    };
    let (a, len) = match arg.find('/') {
        Some(i) => (&arg[..i], Some(&arg[i + 1..])),
        None => (arg, None),
    };
    let mut p = addr_1(a, family).ok().flatten().ok_or_else(fail)?;
    if let Some(l) = len {
        let special = a == "default" || a == "all" || a == "any";
        if special {
            return Err(fail());
        }
        let plen = parse::get_u32(l, 0).ok_or_else(fail)?;
        if plen > 20 {
            return Err(fail());
        }
        p.bitlen = plen as u8;
        p.len_given = true;
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families() {
        let p = get_addr("02:00:00:00:00:02", AF_PACKET).unwrap();
        assert_eq!((p.family, p.data.len(), p.bitlen), (AF_PACKET, 6, 48));
        let p = get_addr("10.0.0.2", AF_PACKET).unwrap();
        assert_eq!(p.data, vec![10, 0, 0, 2]);
        let p = get_addr("100/200", AF_MPLS).unwrap();
        assert_eq!(p.data, vec![0, 0x06, 0x40, 0, 0, 0x0c, 0x81, 0]);
        assert!(get_addr("10.0.0.2", AF_MPLS).is_err());
        let p = get_prefix("100", AF_MPLS).unwrap();
        assert_eq!((p.bitlen, p.data.len()), (20, 4));
        let p = get_prefix("default", 2).unwrap();
        assert_eq!(p.data, vec![0; 4]);
        let p = get_prefix("any", 10).unwrap();
        assert!(p.data.is_empty());
    }
}
