//! The small printers ip monitor needs that no show command of ours has yet: multicast
//! routes (ip/ipmroute.c print_mroute), address labels (ip/ipaddrlabel.c print_addrlabel),
//! IPv6 prefixes (ip/ipprefix.c print_prefix) and hardware stats notifications
//! (ip/ipstats.c ipstats_print).
use super::rta::{self, Attr};
use crate::cli::parse::{AF_INET, AF_INET6};
use crate::error::warn;
use crate::inet::{addr_n2a, format_host};
use crate::ip::Globals;
use crate::netlink::Msg;
use crate::output::color::family_color;
use crate::output::{Color, Ctx, Printer};
use std::io::{self, Write};

const RTM_DELROUTE: u16 = 25;
const RTM_DELADDRLABEL: u16 = 73;
const RTN_MULTICAST: u8 = 5;
const RTNL_FAMILY_IPMR: u8 = 128;
const RTNL_FAMILY_IP6MR: u8 = 129;
const RTA_DST: usize = 1;
const RTA_SRC: usize = 2;
const RTA_IIF: usize = 3;
const RTA_MULTIPATH: usize = 9;
const RTA_TABLE: usize = 15;
const RTA_MFC_STATS: usize = 17;
const RTA_EXPIRES: usize = 23;
const RTA_MAX: usize = 30;
const RTNH_F_OFFLOAD: u32 = 8;
const RTNH_F_UNRESOLVED: u32 = 32;
const RT_TABLE_MAIN: u32 = 254;

fn u32_at(d: &[u8], i: usize) -> u32 {
    d.get(i..i + 4)
        .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
        .unwrap_or(0)
}

fn u64_at(d: &[u8], i: usize) -> u64 {
    let mut a = [0u8; 8];
    if let Some(b) = d.get(i..i + 8) {
        a.copy_from_slice(b);
    }
    u64::from_ne_bytes(a)
}

/// get_real_family for a multicast route.
fn mroute_family(rtype: u8, family: u8) -> u8 {
    if rtype != RTN_MULTICAST {
        return family;
    }
    match family {
        RTNL_FAMILY_IPMR => AF_INET,
        RTNL_FAMILY_IP6MR => AF_INET6,
        f => f,
    }
}

/// print_mroute with ipmroute_reset_filter(ifindex)'s filter (the incoming device only).
pub fn print_mroute<W: Write>(
    out: &mut Printer<W>,
    g: &Globals,
    ifindex: u32,
    m: &Msg,
) -> io::Result<bool> {
    let p = m.payload;
    // accept_msg has checked that the rtmsg is whole.
    let Some(h) = p.get(..12) else {
        return Ok(false);
    };
    let (rfamily, rtable, rtype) = (h[0], h[4], h[7]);
    let rflags = u32_at(h, 8);
    if rtype != RTN_MULTICAST {
        warn("Non multicast route received, kernel does support IP multicast?");
        return Ok(false);
    }
    let tb = rta::parse(p.get(12..).unwrap_or(&[]), RTA_MAX, false);
    let table_id = match tb[RTA_TABLE] {
        Some(a) => a.u32().unwrap_or(0),
        None => rtable as u32,
    };
    let iif = tb[RTA_IIF].and_then(|a| a.u32()).unwrap_or(0);
    if ifindex != 0 && ifindex != iif {
        return Ok(false);
    }
    let family = mroute_family(rtype, rfamily);
    out.open_object("")?;
    if m.ty == RTM_DELROUTE {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    let addr = |a: Option<Attr>| match a {
        Some(a) => addr_n2a(family, a.data),
        None => "unknown".to_string(),
    };
    let (src, dst) = (addr(tb[RTA_SRC]), addr(tb[RTA_DST]));
    if out.is_json() {
        out.string(Ctx::Json, "src", &src, format_args!(""))?;
        out.string(Ctx::Json, "dst", &dst, format_args!(""))?;
    } else {
        // snprintf into a 256-byte buffer, then "%-32s Iif: ".
        let mut pair = format!("({src},{dst})");
        pair.truncate(255);
        out.fp(format_args!("{pair:<32} Iif: "))?;
    }
    if iif != 0 {
        let name = crate::ifmap::index_to_name(iif);
        out.string_c(
            Ctx::Any,
            Color::Ifname,
            "iif",
            &name,
            format_args!("{name:<10} "),
        )?;
    } else {
        out.string(Ctx::Any, "iif", "unresolved", format_args!("unresolved "))?;
    }
    if let Some(mp) = tb[RTA_MULTIPATH] {
        out.open_array(Ctx::Json, "multipath", "")?;
        let mut rest = mp.data;
        let mut first = true;
        // struct rtnexthop: len u16, flags u8, hops u8, ifindex i32.
        while rest.len() >= 8 {
            let len = u16::from_ne_bytes([rest[0], rest[1]]) as usize;
            if len > rest.len() {
                break;
            }
            let hops = rest[3];
            let oif = u32_at(rest, 4);
            out.open_object("")?;
            if first {
                out.fp(format_args!("Oifs: "))?;
                first = false;
            }
            let name = crate::ifmap::index_to_name(oif);
            out.string_c(
                Ctx::Any,
                Color::Ifname,
                "oif",
                &name,
                format_args!("{name}"),
            )?;
            if hops > 1 {
                out.uint(Ctx::Any, "ttl", hops as u64, format_args!("(ttl {hops}) "))?;
            } else {
                out.fp(format_args!(" "))?;
            }
            out.close_object()?;
            let adv = (len + 3) & !3;
            if adv == 0 || adv > rest.len() {
                break;
            }
            rest = &rest[adv..];
        }
        out.close_array(Ctx::Json, "")?;
    }
    let state = if rflags & RTNH_F_UNRESOLVED != 0 {
        "unresolved"
    } else {
        "resolved"
    };
    out.string(Ctx::Any, "state", state, format_args!(" State: {state}"))?;
    if rflags & RTNH_F_OFFLOAD != 0 {
        out.null(Ctx::Any, "offload", format_args!(" offload"))?;
    }
    if g.stats > 0 {
        if let Some(s) = tb[RTA_MFC_STATS] {
            // struct rta_mfc_stats: packets, bytes, wrong_if (u64 each).
            let (pk, by, wr) = (u64_at(s.data, 0), u64_at(s.data, 8), u64_at(s.data, 16));
            out.nl()?;
            out.uint(Ctx::Any, "packets", pk, format_args!("  {pk} packets,"))?;
            out.uint(Ctx::Any, "bytes", by, format_args!(" {by} bytes"))?;
            if wr != 0 {
                out.uint(
                    Ctx::Any,
                    "wrong_if",
                    wr,
                    format_args!(", {wr} arrived on wrong iif."),
                )?;
            }
        }
        if let Some(e) = tb[RTA_EXPIRES] {
            let j = e.u64().unwrap_or(0);
            let us = j.wrapping_mul(10000);
            let age = (us / 1_000_000) as f64 + (us % 1_000_000) as f64 / 1_000_000.0;
            out.float(Ctx::Any, "expires", age, format_args!(", Age {age:.2}"))?;
        }
    }
    if table_id != 0 && (table_id != RT_TABLE_MAIN || g.details > 0) {
        let t = crate::names::table_name(table_id);
        out.string(Ctx::Any, "table", &t, format_args!(" Table: {t}"))?;
    }
    out.fp(format_args!("\n"))?;
    out.close_object()?;
    Ok(true)
}

/// print_addrlabel (struct ifaddrlblmsg: family, resvd, prefixlen, flags, index, seq).
/// It never flushes (the reference's does not either).
pub fn print_addrlabel<W: Write>(out: &mut Printer<W>, m: &Msg) -> io::Result<()> {
    let p = m.payload;
    let Some(h) = p.get(..12) else {
        return Ok(());
    };
    let (family, prefixlen) = (h[0], h[2]);
    let index = u32_at(h, 4);
    let tb = rta::parse(p.get(12..).unwrap_or(&[]), 2, false);
    out.open_object("")?;
    if m.ty == RTM_DELADDRLABEL {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    if let Some(a) = tb[1] {
        let host = format_host(family, a.data);
        out.fp(format_args!("prefix "))?;
        out.string_c(
            Ctx::Any,
            family_color(family),
            "address",
            &host,
            format_args!("{host}"),
        )?;
        out.uint(
            Ctx::Any,
            "prefixlen",
            prefixlen as u64,
            format_args!("/{prefixlen} "),
        )?;
    }
    if index != 0 {
        let name = crate::ifmap::index_to_name(index);
        out.fp(format_args!("dev "))?;
        out.string_c(
            Ctx::Any,
            Color::Ifname,
            "ifname",
            &name,
            format_args!("{name} "),
        )?;
    }
    if let Some(l) = tb[2] {
        if l.data.len() == 4 {
            let v = u32_at(l.data, 0);
            out.uint(Ctx::Any, "label", v as u64, format_args!("label {v} "))?;
        }
    }
    out.fp(format_args!("\n"))?;
    out.close_object()
}

/// print_prefix (struct prefixmsg: family, pads, ifindex, type, len, flags, pad).
pub fn print_prefix<W: Write>(out: &mut Printer<W>, g: &Globals, m: &Msg) -> io::Result<bool> {
    let p = m.payload;
    let Some(h) = p.get(..12) else {
        warn(&format!("BUG: wrong nlmsg len {}", p.len() as i64 - 12));
        return Ok(false);
    };
    let family = if g.family == 0 { AF_INET6 } else { g.family };
    if family != AF_INET6 {
        return Ok(false);
    }
    if h[0] != AF_INET6 {
        warn(&format!("incorrect protocol family: {}", h[0]));
        return Ok(false);
    }
    // ND_OPT_PREFIX_INFORMATION
    if h[8] != 3 {
        warn(&format!("wrong ND type {}", h[8]));
        return Ok(false);
    }
    let (plen, pflags) = (h[9], h[10]);
    let ifindex = u32_at(h, 4);
    let tb = rta::parse(p.get(12..).unwrap_or(&[]), RTA_MAX, false);
    if let Some(a) = tb[1] {
        let s = addr_n2a(family, a.data);
        out.raw(format_args!("prefix {s}/{plen}"))?;
    }
    let name = crate::ifmap::index_to_name(ifindex);
    out.raw(format_args!("dev {name} "))?;
    if pflags & 0x01 != 0 {
        out.raw(format_args!("onlink "))?;
    }
    if pflags & 0x02 != 0 {
        out.raw(format_args!("autoconf "))?;
    }
    if let Some(c) = tb[2] {
        // struct prefix_cacheinfo { preferred_time, valid_time }
        let (pref, valid) = (u32_at(c.data, 0), u32_at(c.data, 4));
        out.raw(format_args!("valid {valid} "))?;
        out.raw(format_args!("preferred {pref} "))?;
    }
    out.raw(format_args!("\n"))?;
    Ok(true)
}

/// ipstats_print: the hardware stats info of one link (IFLA_STATS_LINK_OFFLOAD_XSTATS /
/// IFLA_OFFLOAD_XSTATS_HW_S_INFO / IFLA_OFFLOAD_XSTATS_L3_STATS). Returns whether it
/// completed (and the reference flushed).
pub fn print_stats<W: Write>(out: &mut Printer<W>, m: &Msg) -> io::Result<bool> {
    let p = m.payload;
    // struct if_stats_msg: family, pad1, pad2, ifindex, filter_mask.
    let Some(h) = p.get(..12) else {
        warn(&format!("BUG: wrong nlmsg len {}", p.len() as i64 - 12));
        return Ok(false);
    };
    let ifindex = u32_at(h, 4);
    let tb = rta::parse(p.get(12..).unwrap_or(&[]), 5, false);
    let dev = crate::ifmap::index_to_name(ifindex);
    out.open_object("")?;
    let idx = ifindex as i32;
    out.int(Ctx::Any, "ifindex", idx as i64, format_args!("{idx}:"))?;
    out.string_c(
        Ctx::Any,
        Color::Ifname,
        "ifname",
        &dev,
        format_args!(" {dev}:"),
    )?;
    let info = tb[4].and_then(|x| rta::parse(x.data, 7, false)[2]);
    if let Some(i) = info {
        out.nl()?;
        // ipstats_dissect_hw_s_info: request must be 0 or 1; used is shown when it is.
        let moo = |a: Option<Attr>, what: &str| -> Option<Option<bool>> {
            let v = a?.u8().unwrap_or(0);
            match v {
                0 => Some(Some(false)),
                1 => Some(Some(true)),
                _ => {
                    warn(&format!(
                        "Invalid value for {what}: expected 0 or 1, got {v}."
                    ));
                    Some(None)
                }
            }
        };
        let mut l3 = None;
        if let Some(l) = rta::parse(i.data, 3, false)[3] {
            let t = rta::parse(l.data, 2, false);
            let req = moo(t[1], "request");
            if req == Some(None) {
                return Ok(false);
            }
            l3 = Some((req.flatten(), moo(t[2], "used").flatten()));
        }
        out.open_object("info")?;
        if let Some((req, used)) = l3 {
            out.fp(format_args!("    l3_stats"))?;
            out.open_object("l3_stats")?;
            for (v, key, pre) in [(req, "request", " "), (used, "used", " used ")] {
                if let Some(b) = v {
                    let s = if b { "on" } else { "off" };
                    out.bool(Ctx::Any, key, b, format_args!("{pre}{s}"))?;
                }
            }
            out.close_object()?;
        }
        out.close_object()?;
    }
    out.close_object()?;
    out.nl()?;
    Ok(true)
}
