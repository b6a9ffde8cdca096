//! Addresses and prefixes as iproute_modify/iproute_get/the selector read them: the
//! inet_prefix data bytes (`default` carries the family's zero address), plus the MPLS
//! label stacks (`-M`) and link-layer addresses (`via link ...`) lib/utils.c also accepts.
use super::encap::mpls_pton;
use crate::cli::parse::{self, family_name, AF_MPLS, AF_PACKET, AF_UNSPEC};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Addr {
    pub family: u8,
    pub bitlen: u8,
    /// PREFIXLEN_SPECIFIED.
    pub len_given: bool,
    /// inet_prefix.data[..bytelen].
    pub data: Vec<u8>,
}

impl Addr {
    fn from_prefix(p: &parse::Prefix) -> Addr {
        let data = match p.addr {
            Some(_) => p.bytes(),
            None if p.len_given => vec![0; (super::rtm::host_len(p.family) / 8) as usize],
            None => Vec::new(),
        };
        Addr {
            family: p.family,
            bitlen: p.bitlen,
            len_given: p.len_given,
            data,
        }
    }
    /// The RTA_VIA payload: a 16-bit family, then the address (`&addr.family, bytelen + 2`).
    pub fn rtvia(&self) -> Vec<u8> {
        let mut v = (self.family as u16).to_ne_bytes().to_vec();
        v.extend_from_slice(&self.data);
        v
    }
}

fn verbose(family: u8) -> &'static str {
    if family == AF_UNSPEC {
        "any valid"
    } else {
        family_name(family)
    }
}

/// get_addr_1 for the families parse.rs leaves out.
fn special_addr(arg: &str, family: u8) -> Option<Option<Addr>> {
    match family {
        AF_MPLS => {
            if arg == "default" || arg == "any" || arg == "all" || arg.contains(':') {
                return Some(None);
            }
            Some(mpls_pton(arg).map(|data| Addr {
                family: AF_MPLS,
                bitlen: 20,
                len_given: false,
                data,
            }))
        }
        AF_PACKET => {
            if arg == "default" || arg == "any" || arg == "all" {
                return None;
            }
            Some(ll_addr_a2n(arg).map(|data| Addr {
                family: AF_PACKET,
                bitlen: (data.len() * 8) as u8,
                len_given: false,
                data,
            }))
        }
        _ => None,
    }
}

/// get_addr: exit 1 with "Error: FAMILY address is expected rather than ...".
pub fn get_addr(arg: &str, family: u8) -> Result<Addr> {
    let bad = || {
        Error::exit(
            1,
            format!(
                "Error: {} address is expected rather than \"{arg}\".",
                verbose(family)
            ),
        )
    };
    if let Some(r) = special_addr(arg, family) {
        return r.ok_or_else(bad);
    }
    parse::get_addr(arg, family).map(|p| Addr::from_prefix(&p))
}

/// get_prefix: exit 1 with "Error: FAMILY prefix is expected rather than ...".
pub fn get_prefix(arg: &str, family: u8) -> Result<Addr> {
    if family != AF_MPLS {
        return parse::get_prefix(arg, family).map(|p| Addr::from_prefix(&p));
    }
    let bad = || {
        Error::exit(
            1,
            format!("Error: mpls prefix is expected rather than \"{arg}\"."),
        )
    };
    let (a, len) = match arg.find('/') {
        Some(i) => (&arg[..i], Some(&arg[i + 1..])),
        None => (arg, None),
    };
    let mut p = special_addr(a, family).flatten().ok_or_else(bad)?;
    if let Some(l) = len {
        let plen = parse::get_u32(l, 0).ok_or_else(bad)?;
        if plen > 20 {
            return Err(bad());
        }
        p.bitlen = plen as u8;
        p.len_given = true;
    }
    Ok(p)
}

/// ll_addr_a2n into inet_prefix's 256-byte buffer; a bad piece is reported on stderr as
/// `"PIECE" is invalid lladdr.`, as the C prints it there.
fn ll_addr_a2n(arg: &str) -> Option<Vec<u8>> {
    match parse::ll_addr_a2n(arg, 256) {
        Ok(v) => Some(v),
        Err(t) => {
            if !t.is_empty() {
                crate::error::warn(&t);
            }
            None
        }
    }
}
