//! lwt_print_encap (ip/iproute_lwtunnel.c): the encapsulation of a route or nexthop.
//! MPLS, ip, ip6, seg6 and seg6local (without BPF programs, counters and flavors) are
//! decoded; the tunnel option lists (geneve/vxlan/erspan) are not.
use super::encap::encap_type_name;
use super::rtm::*;
use crate::cli::parse::{AF_INET, AF_INET6, AF_MPLS};
use crate::netlink::attr::{Attr, AttrIter};
use crate::output::printer::{Color, Ctx, Printer};
use std::io::{self, Write};

fn table<'a, const N: usize>(a: Attr<'a>) -> [Option<Attr<'a>>; N] {
    let mut tb = [None; N];
    for x in AttrIter::new(a.data) {
        if let Some(s) = tb.get_mut(x.ty as usize) {
            *s = Some(x);
        }
    }
    tb
}

pub fn print_encap<W: Write>(
    out: &mut Printer<W>,
    ty: Option<Attr>,
    encap: Attr,
    stats: u32,
) -> io::Result<()> {
    let Some(et) = ty.and_then(|a| a.u16()) else {
        return Ok(());
    };
    let name = encap_type_name(et);
    out.string(Ctx::Any, "encap", name, format_args!(" encap {name} "))?;
    match et {
        1 => print_mpls(out, encap),
        2 => print_ip(out, encap, AF_INET),
        4 => print_ip(out, encap, AF_INET6),
        5 => print_seg6(out, encap),
        7 => print_seg6local(out, encap, stats),
        _ => Ok(()),
    }
}

fn print_mpls<W: Write>(out: &mut Printer<W>, encap: Attr) -> io::Result<()> {
    let tb: [Option<Attr>; 4] = table(encap);
    if let Some(d) = tb[1] {
        let s = format_host(AF_MPLS, d.data);
        out.string(Ctx::Any, "dst", &s, format_args!(" {s} "))?;
    }
    if let Some(t) = tb[2].and_then(|a| a.u8()) {
        out.uint(Ctx::Any, "ttl", t as u64, format_args!("ttl {t} "))?;
    }
    Ok(())
}

/// print_encap_ip / print_encap_ip6: the same layout, LWTUNNEL_IP(6)_*.
fn print_ip<W: Write>(out: &mut Printer<W>, encap: Attr, family: u8) -> io::Result<()> {
    let tb: [Option<Attr>; 9] = table(encap);
    let color = family_color(family);
    if let Some(id) = tb[1].and_then(|a| a.u64()) {
        let id = u64::from_be(id);
        out.uint(Ctx::Any, "id", id, format_args!("id {id} "))?;
    }
    if let Some(a) = tb[3] {
        let s = addr_n2a(family, a.data);
        out.string_c(Ctx::Any, color, "src", &s, format_args!("src {s} "))?;
    }
    if let Some(a) = tb[2] {
        let s = addr_n2a(family, a.data);
        out.string_c(Ctx::Any, color, "dst", &s, format_args!("dst {s} "))?;
    }
    let (k4, k5) = if family == AF_INET {
        ("ttl", "tos")
    } else {
        ("hoplimit", "tc")
    };
    if let Some(v) = tb[4].and_then(|a| a.u8()) {
        out.uint(Ctx::Any, k4, v as u64, format_args!("{k4} {v} "))?;
    }
    if let Some(v) = tb[5].and_then(|a| a.u8()) {
        out.uint(Ctx::Any, k5, v as u64, format_args!("{k5} {v} "))?;
    }
    if let Some(f) = tb[6].and_then(|a| a.u16()) {
        // TUNNEL_* are big-endian bit values.
        let f = u16::from_be(f);
        for (bit, name) in [(0x04, "key"), (0x01, "csum"), (0x08, "seq")] {
            if f & bit != 0 {
                out.bool(Ctx::Any, name, true, format_args!("{name} "))?;
            }
        }
    }
    Ok(())
}

/// print_srh: `segs N [ A B ] ` from the last segment to the first, then any HMAC key id.
fn print_srh<W: Write>(out: &mut Printer<W>, srh: &[u8]) -> io::Result<()> {
    let first = srh.get(4).copied().unwrap_or(0) as usize;
    if out.is_json() {
        out.open_array(Ctx::Json, "segs", "")?;
    } else {
        out.fp(format_args!("segs {} [ ", first + 1))?;
    }
    for i in (0..=first).rev() {
        let seg = srh.get(8 + 16 * i..8 + 16 * (i + 1)).unwrap_or(&[]);
        let s = ntop6(seg);
        out.string_c(Ctx::Any, Color::Inet6, "", &s, format_args!("{s} "))?;
    }
    if out.is_json() {
        out.close_array(Ctx::Json, "")?;
    } else {
        out.fp(format_args!("] "))?;
    }
    let flags = srh.get(5).copied().unwrap_or(0);
    if flags & (1 << 3) != 0 {
        let hdrlen = srh.get(1).copied().unwrap_or(0) as usize;
        let off = ((hdrlen + 1) << 3).saturating_sub(40);
        if let Some(b) = srh.get(off + 4..off + 8) {
            let id = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
            out.xhex(Ctx::Any, "hmac", id as u64, format_args!("hmac {id:X} "))?;
        }
    }
    Ok(())
}

fn print_seg6<W: Write>(out: &mut Printer<W>, encap: Attr) -> io::Result<()> {
    let tb: [Option<Attr>; 2] = table(encap);
    let Some(a) = tb[1] else {
        return Ok(());
    };
    let mode = a.u32().unwrap_or(0) as i32;
    let name = match mode {
        0 => "inline",
        1 => "encap",
        2 => "l2encap",
        3 => "encap.red",
        4 => "l2encap.red",
        _ => "<unknown>",
    };
    out.string(Ctx::Any, "mode", name, format_args!("mode {name} "))?;
    print_srh(out, a.data.get(4..).unwrap_or(&[]))
}

const SEG6_ACTIONS: [&str; 17] = [
    "",
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

fn print_seg6local<W: Write>(out: &mut Printer<W>, encap: Attr, stats: u32) -> io::Result<()> {
    let tb: [Option<Attr>; 12] = table(encap);
    let Some(action) = tb[1].and_then(|a| a.u32()) else {
        return Ok(());
    };
    let name = match SEG6_ACTIONS.get(action as usize) {
        Some(&"") => "<unknown>",
        Some(n) => n,
        None => "<invalid>",
    };
    out.string(Ctx::Any, "action", name, format_args!("action {name} "))?;
    if let Some(a) = tb[2] {
        out.open_object("srh")?;
        print_srh(out, a.data)?;
        out.close_object()?;
    }
    for (i, key) in [(3usize, "table"), (9, "vrftable")] {
        if let Some(t) = tb[i].and_then(|a| a.u32()) {
            let s = crate::names::table_name(t);
            out.string(Ctx::Any, key, &s, format_args!("{key} {s} "))?;
        }
    }
    if let Some(a) = tb[4] {
        let s = addr_n2a(AF_INET, a.data);
        out.string(Ctx::Any, "nh4", &s, format_args!("nh4 {s} "))?;
    }
    if let Some(a) = tb[5] {
        let s = addr_n2a(AF_INET6, a.data);
        out.string(Ctx::Any, "nh6", &s, format_args!("nh6 {s} "))?;
    }
    for (i, key) in [(6usize, "iif"), (7, "oif")] {
        if let Some(idx) = tb[i].and_then(|a| a.u32()) {
            let s = crate::ifmap::index_to_name(idx);
            out.string(Ctx::Any, key, &s, format_args!("{key} {s} "))?;
        }
    }
    if let (Some(c), true) = (tb[10], stats > 0) {
        print_counters(out, c)?;
    }
    if let Some(f) = tb[11] {
        print_flavors(out, f)?;
    }
    Ok(())
}

/// print_seg6_local_counters (under -s).
fn print_counters<W: Write>(out: &mut Printer<W>, c: Attr) -> io::Result<()> {
    // SEG6_LOCAL_CNT_PACKETS, _BYTES, _ERRORS (1 is the pad).
    let tb: [Option<Attr>; 5] = table(c);
    let v = |i: usize| tb[i].and_then(|a| a.u64()).unwrap_or(0);
    let (packets, bytes, errors) = (v(2), v(3), v(4));
    if out.is_json() {
        out.open_object("stats64")?;
        out.uint(Ctx::Json, "packets", packets, format_args!(""))?;
        out.uint(Ctx::Json, "bytes", bytes, format_args!(""))?;
        out.uint(Ctx::Json, "errors", errors, format_args!(""))?;
        out.close_object()
    } else {
        for (k, n) in [("packets", packets), ("bytes", bytes), ("errors", errors)] {
            let s = fmt_num(n);
            out.fp(format_args!("{k} {s}"))?;
        }
        Ok(())
    }
}

/// print_seg6_local_flavors: `flavors psp,usp ` and the next-csid lengths.
fn print_flavors<W: Write>(out: &mut Printer<W>, f: Attr) -> io::Result<()> {
    let tb: [Option<Attr>; 4] = table(f);
    if let Some(fl) = tb[1].and_then(|a| a.u32()) {
        const NAMES: [(u32, &str); 4] = [(1, "psp"), (2, "usp"), (3, "usd"), (4, "next-csid")];
        if out.is_json() {
            out.open_array(Ctx::Json, "flavors", "")?;
        } else {
            out.fp(format_args!("flavors "))?;
        }
        let mut first = true;
        for (bit, name) in NAMES {
            if fl & (1 << bit) != 0 {
                if out.is_json() {
                    out.string(Ctx::Json, "", name, format_args!(""))?;
                } else {
                    let sep = if first { "" } else { "," };
                    out.fp(format_args!("{sep}{name}"))?;
                }
                first = false;
            }
        }
        if out.is_json() {
            out.close_array(Ctx::Json, "")?;
        } else {
            out.fp(format_args!(" "))?;
        }
    }
    for (i, key) in [(2usize, "lblen"), (3, "nflen")] {
        if let Some(v) = tb[i].and_then(|a| a.u8()) {
            out.uint(Ctx::Any, key, v as u64, format_args!("{key} {v} "))?;
        }
    }
    Ok(())
}
