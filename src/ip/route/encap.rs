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

/// parse_encap_ip / parse_encap_ip6: `id`, `dst`, `src`, `ttl`|`hoplimit`, `tos`|`tc`, and
/// the `key`/`csum`/`seq` flags, each at most once; the option lists are not implemented.
fn parse_encap_ip(args: &mut Args, nest: &mut AttrBuf, v6: bool) -> Result<()> {
    use crate::cli::parse::{duparg2, get_u64, get_u8, AF_INET, AF_INET6};
    let family = if v6 { AF_INET6 } else { AF_INET };
    let (k_ttl, k_tos) = if v6 {
        ("hoplimit", "tc")
    } else {
        ("ttl", "tos")
    };
    let mut seen: Vec<&'static str> = Vec::new();
    let mut once = |key: &'static str, arg: &str| -> Result<()> {
        if seen.contains(&key) {
            return Err(duparg2(key, arg));
        }
        seen.push(key);
        Ok(())
    };
    let mut flags = 0u16;
    while let Some(w) = args.next() {
        if w == "id" {
            let v = args.need()?;
            once("id", &v)?;
            let Some(id) = get_u64(&v, 0) else {
                return Err(invarg("\"id\" value is invalid\n", &v));
            };
            nest.add(1, &id.to_be_bytes());
        } else if w == "dst" || w == "src" {
            let v = args.need()?;
            once(if w == "dst" { "dst" } else { "src" }, &v)?;
            let a = super::addr::get_addr(&v, family)?;
            nest.add(if w == "dst" { 2 } else { 3 }, &a.data);
        } else if w == k_tos {
            let v = args.need()?;
            once(k_tos, &v)?;
            let Some(t) = crate::names::dsfield_id(&v) else {
                return Err(invarg(&format!("\"{k_tos}\" value is invalid\n"), &v));
            };
            nest.add_u8(5, t as u8);
        } else if w == k_ttl {
            let v = args.need()?;
            once(k_ttl, &v)?;
            let Some(t) = get_u8(&v, 0) else {
                return Err(invarg(&format!("\"{k_ttl}\" value is invalid\n"), &v));
            };
            nest.add_u8(4, t);
        } else if w == "geneve_opts" || w == "vxlan_opts" || w == "erspan_opts" {
            return Err(Error::exit(
                1,
                format!("nlbox: ip route: encap {w}: not implemented"),
            ));
        } else if w == "key" || w == "csum" || w == "seq" {
            let (key, bit) = match w.as_str() {
                "key" => ("key", 0x04u16),
                "csum" => ("csum", 0x01),
                _ => ("seq", 0x08),
            };
            once(key, &w)?;
            flags |= bit;
        } else {
            args.back();
            break;
        }
    }
    if flags != 0 {
        // TUNNEL_* are __be16 values.
        nest.add(6, &flags.to_be_bytes());
    }
    Ok(())
}

/// parse_srh: segments stored last-first after an 8-byte header (one spare slot in
/// `inline` mode), and an HMAC TLV when a key id is given.
fn parse_srh(segs: &str, hmac: u32, mode: i32) -> Result<Vec<u8>> {
    let mut nsegs = segs.matches(',').count() + 1;
    if mode == 0 {
        nsegs += 1;
    }
    let mut len = 8 + 16 * nsegs;
    if hmac != 0 {
        len += 40;
    }
    let mut srh = vec![0u8; len];
    srh[1] = ((len >> 3) - 1) as u8;
    srh[2] = 4;
    srh[3] = (nsegs - 1) as u8;
    srh[4] = (nsegs - 1) as u8;
    if hmac != 0 {
        srh[5] |= 1 << 3;
    }
    // strtok(",") skips empty fields.
    let mut i = nsegs - 1;
    for s in segs.split(',').filter(|s| !s.is_empty()) {
        let a = super::addr::get_addr(s, crate::cli::parse::AF_INET6)?;
        if let Some(slot) = srh.get_mut(8 + 16 * i..8 + 16 * (i + 1)) {
            slot.copy_from_slice(a.data.get(..16).unwrap_or(&[0; 16]));
        }
        i = i.wrapping_sub(1);
    }
    if hmac != 0 {
        let t = len - 40;
        srh[t] = 5;
        srh[t + 1] = 38;
        srh[t + 4..t + 8].copy_from_slice(&hmac.to_be_bytes());
    }
    Ok(srh)
}

/// parse_encap_seg6: `mode MODE segs A,B,... [hmac KEYID]`.
fn parse_encap_seg6(args: &mut Args, nest: &mut AttrBuf) -> Result<()> {
    use crate::cli::parse::duparg2;
    const MODES: [&str; 5] = ["inline", "encap", "l2encap", "encap.red", "l2encap.red"];
    let (mut mode_ok, mut segs_ok, mut hmac_ok) = (false, false, false);
    let mut mode: i32 = -1;
    let mut segs = String::new();
    let mut hmac = 0u32;
    while let Some(w) = args.next() {
        if w == "mode" {
            let v = args.need()?;
            if std::mem::replace(&mut mode_ok, true) {
                return Err(duparg2("mode", &v));
            }
            match MODES.iter().position(|m| *m == v) {
                Some(i) => mode = i as i32,
                None => return Err(invarg("\"mode\" value is invalid\n", &v)),
            }
        } else if w == "segs" {
            let v = args.need()?;
            if std::mem::replace(&mut segs_ok, true) {
                return Err(duparg2("segs", &v));
            }
            if mode == -1 {
                return Err(invarg("\"segs\" provided before \"mode\"\n", &v));
            }
            segs = v.chars().take(1023).collect();
        } else if w == "hmac" {
            let v = args.need()?;
            if std::mem::replace(&mut hmac_ok, true) {
                return Err(duparg2("hmac", &v));
            }
            hmac = crate::cli::parse::get_u32(&v, 0).unwrap_or(0);
        } else {
            args.back();
            break;
        }
    }
    let srh = parse_srh(&segs, hmac, mode)?;
    let mut tun = mode.to_ne_bytes().to_vec();
    tun.extend_from_slice(&srh);
    nest.add(1, &tun);
    Ok(())
}

const SEG6_ACTIONS: [&str; 16] = [
    "End",
    "End.X",
    "End.T",
    "End.DX2",
    "End.DX6",
    "End.DX4",
    "End.DT6",
    "End.DT4",
    "End.B6",
    "End.B6.Encaps",
    "End.BM",
    "End.S",
    "End.AS",
    "End.AM",
    "End.BPF",
    "End.DT46",
];

/// parse_encap_seg6local: `action NAME` and its parameters; `flavors` and `endpoint`
/// (BPF) are not implemented.
fn parse_encap_seg6local(args: &mut Args, nest: &mut AttrBuf) -> Result<()> {
    use crate::cli::parse::{duparg2, AF_INET, AF_INET6};
    let mut seen: Vec<&'static str> = Vec::new();
    let mut once = |key: &'static str, arg: &str| -> Result<()> {
        if seen.contains(&key) {
            return Err(duparg2(key, arg));
        }
        seen.push(key);
        Ok(())
    };
    let mut action = 0u32;
    let mut segs: Option<String> = None;
    let mut hmac = 0u32;
    while let Some(w) = args.next() {
        match w.as_str() {
            "action" => {
                let v = args.need()?;
                once("action", &v)?;
                action = SEG6_ACTIONS
                    .iter()
                    .position(|a| *a == v)
                    .map(|i| i as u32 + 1)
                    .unwrap_or(0);
                if action == 0 {
                    return Err(invarg("\"action\" value is invalid\n", &v));
                }
                nest.add_u32(1, action);
            }
            "table" | "vrftable" => {
                let v = args.need()?;
                let (key, ty, msg) = if w == "table" {
                    ("table", 3, "invalid table id\n")
                } else {
                    ("vrftable", 9, "invalid vrf table id\n")
                };
                once(key, &v)?;
                let Some(t) = crate::names::table_id(&v) else {
                    return Err(invarg(msg, &v));
                };
                nest.add_u32(ty, t);
            }
            "nh4" | "nh6" => {
                let v = args.need()?;
                let (key, ty, fam) = if w == "nh4" {
                    ("nh4", 4, AF_INET)
                } else {
                    ("nh6", 5, AF_INET6)
                };
                once(key, &v)?;
                let a = super::addr::get_addr(&v, fam)?;
                nest.add(ty, &a.data);
            }
            "iif" | "oif" => {
                let v = args.need()?;
                let (key, ty) = if w == "iif" { ("iif", 6) } else { ("oif", 7) };
                once(key, &v)?;
                let idx = crate::ifmap::name_to_index(&v);
                if idx == 0 {
                    // exit(nodev(dev)): nodev returns -1.
                    return Err(Error::exit(255, format!("Cannot find device \"{v}\"")));
                }
                nest.add_u32(ty, idx);
            }
            "srh" => {
                let v = args.need()?;
                once("srh", &v)?;
                if v != "segs" {
                    return Err(invarg("missing \"segs\" attribute for srh\n", &v));
                }
                let v = args.need()?;
                once("segs", &v)?;
                segs = Some(v.chars().take(1023).collect());
                // `if (!NEXT_ARG_OK()) break;` leaves the segments word unparsed.
                if args.is_empty() {
                    args.back();
                    break;
                }
                let n = args.need()?;
                if n == "hmac" {
                    let h = args.need()?;
                    once("hmac", &h)?;
                    hmac = crate::cli::parse::get_u32(&h, 0).unwrap_or(0);
                } else {
                    args.back();
                }
            }
            "count" => {
                once("count", &w)?;
                // seg6local_fill_counters: a nest of zeroed packets/bytes/errors.
                let mut c = AttrBuf::new();
                for t in 2..=4u16 {
                    c.add_u64(t, 0);
                }
                nest.add(10 | NLA_F_NESTED, &c.buf);
            }
            "flavors" | "endpoint" => {
                return Err(Error::exit(
                    1,
                    format!("nlbox: ip route: encap seg6local {w}: not implemented"),
                ));
            }
            _ => {
                args.back();
                break;
            }
        }
    }
    if action == 0 {
        return Err(Error::exit(255, "Missing action type"));
    }
    if let Some(sg) = segs {
        let srh = parse_srh(&sg, hmac, if action == 10 { 1 } else { 0 })?;
        nest.add(2, &srh);
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
    let mut nest = AttrBuf::new();
    let ty = match t.as_str() {
        "mpls" => {
            parse_encap_mpls(args, &mut nest)?;
            1
        }
        "ip" => {
            parse_encap_ip(args, &mut nest, false)?;
            2
        }
        "ip6" => {
            parse_encap_ip(args, &mut nest, true)?;
            4
        }
        "seg6" => {
            parse_encap_seg6(args, &mut nest)?;
            5
        }
        "seg6local" => {
            parse_encap_seg6local(args, &mut nest)?;
            7
        }
        _ => {
            return Err(Error::exit(
                1,
                format!("nlbox: ip route: encap {t}: not implemented"),
            ))
        }
    };
    let mut out = AttrBuf::new();
    out.add(RTA_ENCAP | NLA_F_NESTED, &nest.buf);
    out.add_u16(RTA_ENCAP_TYPE, ty);
    Ok(out.buf)
}
