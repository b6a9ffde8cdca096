//! `encap TYPE ...` (ip/iproute_lwtunnel.c lwt_parse_encap): the type and the shared
//! checks are read as the reference reads them; the per-type headers are not implemented.
use super::rtm::{RTA_ENCAP, RTA_ENCAP_TYPE};
use crate::cli::args::Args;
use crate::cli::parse::invarg;
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{AttrBuf, NLA_F_NESTED};

/// format_encap_type, by LWTUNNEL_ENCAP_* number.
pub fn encap_type_name(t: u16) -> &'static str {
    match t {
        1 => "mpls",
        2 => "ip",
        3 => "ila",
        4 => "ip6",
        5 => "seg6",
        6 => "bpf",
        7 => "seg6local",
        8 => "rpl",
        9 => "ioam6",
        10 => "xfrm",
        _ => "unknown",
    }
}

/// mpls_pton: `L1/L2/...` labels (each below 2^20, C numbers), bottom-of-stack on the last.
pub fn mpls_pton(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = s;
    for _ in 0..64 {
        let (label, used, _) = crate::cli::parse::strtoul(rest, 0);
        if label >= 1 << 20 || used == 0 {
            return None;
        }
        let mut e = (label as u32) << 12;
        let tail = &rest[used..];
        if tail.is_empty() {
            e |= 1 << 8;
            out.extend_from_slice(&e.to_be_bytes());
            return Some(out);
        }
        if !tail.starts_with('/') {
            return None;
        }
        out.extend_from_slice(&e.to_be_bytes());
        rest = &tail[1..];
    }
    crate::error::warn("Error: too many labels.");
    None
}

/// parse_encap_mpls: `LABELS [ttl N]`.
fn parse_encap_mpls(args: &mut Args, nest: &mut AttrBuf) -> Result<()> {
    let v = args.need()?;
    let Some(labels) = mpls_pton(&v) else {
        return Err(Error::exit(
            1,
            format!("Error: mpls address is expected rather than \"{v}\"."),
        ));
    };
    nest.add(1, &labels);
    let mut ttl_ok = false;
    while let Some(w) = args.next() {
        if w == "ttl" {
            let t = args.need()?;
            if ttl_ok {
                return Err(crate::cli::parse::duparg2("ttl", &t));
            }
            ttl_ok = true;
            let Some(ttl) = crate::cli::parse::get_u8(&t, 0) else {
                return Err(invarg("\"ttl\" value is invalid\n", &t));
            };
            nest.add_u8(2, ttl);
        } else {
            args.back();
            break;
        }
    }
    Ok(())
}

/// lwt_parse_encap: the attributes to append raw (RTA_ENCAP nest, RTA_ENCAP_TYPE). Only
/// MPLS headers are built; the other types are not implemented.
pub fn parse_encap(args: &mut Args) -> Result<Vec<u8>> {
    let t = args.need()?;
    if t == "help" {
        let mut s = String::from("Usage: ip route ... encap TYPE [ OPTIONS ] [...]\n");
        for i in 1..=10u16 {
            let pfx = if i == 1 { "TYPE := " } else { "      " };
            s.push_str(&format!("{} {pfx}\n", encap_type_name(i)));
        }
        return Err(Error::raw(255, s, Failure::Exit));
    }
    if !(1..=10).any(|i| encap_type_name(i) == t) {
        return Err(invarg("\"encap type\" value is invalid\n", &t));
    }
    args.need()?;
    if args.is_empty() {
        return Err(Error::exit(
            255,
            "Error: unexpected end of line after \"encap\"",
        ));
    }
    args.back();
    if t != "mpls" {
        return Err(Error::exit(
            1,
            format!("nlbox: ip route: encap {t}: not implemented"),
        ));
    }
    let mut nest = AttrBuf::new();
    parse_encap_mpls(args, &mut nest)?;
    let mut out = AttrBuf::new();
    out.add(RTA_ENCAP | NLA_F_NESTED, &nest.buf);
    out.add_u16(RTA_ENCAP_TYPE, 1);
    Ok(out.buf)
}
