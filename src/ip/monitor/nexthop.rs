//! Nexthop objects and resilient-group buckets (ip/ipnexthop.c print_cache_nexthop,
//! __print_nexthop_entry, print_nexthop_bucket), read from the raw bytes: the crate cannot
//! parse RTM_*NEXTHOP messages.
use super::rta::{self, Attr};
use crate::ip::route::{format_host, print_encap, print_rt_flags, print_rta_gateway_str};
use crate::ip::Globals;
use crate::netlink::Msg;
use crate::output::fmt::fmt_g;
use crate::output::{Color, Ctx, Printer};
use std::io::{self, Write};

const RTM_NEWNEXTHOP: u16 = 104;
const RTM_DELNEXTHOP: u16 = 105;
/// sizeof(struct nhmsg): family, scope, protocol, resvd, flags.
const NHMSG_LEN: usize = 8;

const NHA_ID: usize = 1;
const NHA_GROUP: usize = 2;
const NHA_GROUP_TYPE: usize = 3;
const NHA_BLACKHOLE: usize = 4;
const NHA_OIF: usize = 5;
const NHA_GATEWAY: usize = 6;
const NHA_ENCAP_TYPE: usize = 7;
const NHA_ENCAP: usize = 8;
const NHA_FDB: usize = 11;
const NHA_RES_GROUP: usize = 12;
const NHA_RES_BUCKET: usize = 13;
const NHA_MAX: usize = 15;

const NEXTHOP_GRP_TYPE_MPATH: u16 = 0;
const NEXTHOP_GRP_TYPE_RES: u16 = 1;
const RT_SCOPE_UNIVERSE: u8 = 0;

/// __jiffies_to_tv, then print_tv's seconds (USER_HZ 100: 10 ms ticks).
fn jiffies_secs(j: u64) -> f64 {
    let us = j.wrapping_mul(10000);
    let sec = us / 1_000_000;
    let usec = us - 1_000_000 * sec;
    sec as f64 + usec as f64 / 1_000_000.0
}

fn print_secs<W: Write>(out: &mut Printer<W>, key: &str, j: u64) -> io::Result<()> {
    let t = jiffies_secs(j);
    let g = fmt_g(t);
    out.float(Ctx::Any, key, t, format_args!("{key} {g} "))
}

fn u32_at(d: &[u8], i: usize) -> u32 {
    d.get(i..i + 4)
        .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
        .unwrap_or(0)
}

/// print_nh_group: `group ID[,WEIGHT]/...`, each entry a struct nexthop_grp (8 bytes).
fn print_group<W: Write>(out: &mut Printer<W>, g: &[u8]) -> io::Result<()> {
    out.open_array(Ctx::Json, "group", "")?;
    out.fp(format_args!("group "))?;
    for (i, e) in g.chunks_exact(8).enumerate() {
        out.open_object("")?;
        if i > 0 {
            out.fp(format_args!("/"))?;
        }
        let id = u32_at(e, 0);
        out.uint(Ctx::Any, "id", id as u64, format_args!("{id}"))?;
        let weight = e.get(4).copied().unwrap_or(0);
        if weight != 0 {
            let w = weight as u32 + 1;
            out.uint(Ctx::Any, "weight", w as u64, format_args!(",{w}"))?;
        }
        out.close_object()?;
    }
    out.fp(format_args!(" "))?;
    out.close_array(Ctx::Json, "")
}

/// parse_nh_res_group_rta + print_nh_res_group.
fn print_res_group<W: Write>(out: &mut Printer<W>, a: &Attr) -> io::Result<()> {
    let (mut buckets, mut idle, mut unbal, mut unbal_time) = (0u16, 0u64, 0u64, 0u64);
    let t = rta::parse(a.data, 4, false);
    if let Some(n) = t[1] {
        buckets = n.u16().unwrap_or(0);
    }
    if let Some(n) = t[2] {
        idle = n.u32().unwrap_or(0) as u64;
    }
    if let Some(n) = t[3] {
        unbal = n.u32().unwrap_or(0) as u64;
    }
    if let Some(n) = t[4] {
        unbal_time = n.u64().unwrap_or(0);
    }
    out.open_object("resilient_args")?;
    out.uint(
        Ctx::Any,
        "buckets",
        buckets as u64,
        format_args!("buckets {buckets} "),
    )?;
    print_secs(out, "idle_timer", idle)?;
    print_secs(out, "unbalanced_timer", unbal)?;
    print_secs(out, "unbalanced_time", unbal_time)?;
    out.close_object()
}

/// ipnh_parse_nhmsg's checks: the text it writes to the output, if the entry is invalid.
fn invalid(tb: &[Option<Attr>], id: u32) -> Option<String> {
    if let Some(g) = tb[NHA_GATEWAY] {
        if g.data.len() > 16 {
            return Some(format!(
                "<nexthop id {id} invalid gateway length {}>\n",
                g.data.len()
            ));
        }
    }
    if let Some(g) = tb[NHA_GROUP] {
        let n = g.data.len() / 8;
        if n == 0 || n * 8 != g.data.len() {
            return Some(format!("<nexthop id {id} invalid nexthop group>"));
        }
    }
    None
}

/// print_cache_nexthop(n, fp, true) without a protocol filter.
/// Returns whether it printed the entry (and the reference flushed).
pub fn print_nexthop<W: Write>(out: &mut Printer<W>, g: &Globals, m: &Msg) -> io::Result<bool> {
    if m.ty != RTM_NEWNEXTHOP && m.ty != RTM_DELNEXTHOP {
        return Ok(false);
    }
    let p = m.payload;
    if p.len() < NHMSG_LEN {
        crate::error::warn(&format!(
            "BUG: wrong nlmsg len {}",
            p.len() as i64 - NHMSG_LEN as i64
        ));
        return Ok(false);
    }
    let (family, scope, protocol) = (p[0], p[1], p[2]);
    let flags = u32_at(p, 4);
    let tb = rta::parse(p.get(NHMSG_LEN..).unwrap_or(&[]), NHA_MAX, true);
    let id = tb[NHA_ID].and_then(|a| a.u32()).unwrap_or(0);
    if let Some(text) = invalid(&tb, id) {
        out.raw(format_args!("{text}"))?;
        crate::error::warn("Error parsing nexthop: Invalid argument");
        return Ok(false);
    }
    out.open_object("")?;
    if m.ty == RTM_DELNEXTHOP {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    out.uint(Ctx::Any, "id", id as u64, format_args!("id {id} "))?;
    if let Some(grp) = tb[NHA_GROUP] {
        print_group(out, grp.data)?;
    }
    let gtype = tb[NHA_GROUP_TYPE].and_then(|a| a.u16()).unwrap_or(0);
    if gtype != NEXTHOP_GRP_TYPE_MPATH {
        let name = if gtype == NEXTHOP_GRP_TYPE_RES {
            "resilient"
        } else {
            "<unknown type>"
        };
        out.string(Ctx::Any, "type", name, format_args!("type {name} "))?;
    }
    if let Some(a) = tb[NHA_RES_GROUP] {
        print_res_group(out, &a)?;
    }
    if let Some(e) = tb[NHA_ENCAP] {
        print_encap(out, tb[NHA_ENCAP_TYPE], e, g.stats)?;
    }
    if let Some(gw) = tb[NHA_GATEWAY] {
        if !gw.data.is_empty() {
            let s = format_host(family, gw.data);
            print_rta_gateway_str(out, family, &s)?;
        }
    }
    let oif = tb[NHA_OIF].and_then(|a| a.u32()).unwrap_or(0);
    if oif != 0 {
        let name = crate::ifmap::index_to_name(oif);
        if out.is_json() {
            out.string(Ctx::Json, "dev", &name, format_args!(""))?;
        } else {
            out.fp(format_args!("dev "))?;
            out.string_c(Ctx::Fp, Color::Ifname, "", &name, format_args!("{name} "))?;
        }
    }
    if scope != RT_SCOPE_UNIVERSE || g.details > 0 {
        let s = crate::names::scope_name(scope as u32);
        out.string(Ctx::Any, "scope", &s, format_args!("scope {s} "))?;
    }
    if tb[NHA_BLACKHOLE].is_some() {
        out.null(Ctx::Any, "blackhole", format_args!("blackhole "))?;
    }
    if protocol != 0 || g.details > 0 {
        let s = crate::names::proto_name(protocol as u32);
        out.string(Ctx::Any, "protocol", &s, format_args!("proto {s} "))?;
    }
    print_rt_flags(out, flags)?;
    if tb[NHA_FDB].is_some() {
        out.null(Ctx::Any, "fdb", format_args!("fdb"))?;
    }
    out.close_object()?;
    out.fp(format_args!("\n"))?;
    Ok(true)
}

/// print_nexthop_bucket.
pub fn print_bucket<W: Write>(out: &mut Printer<W>, m: &Msg) -> io::Result<bool> {
    let p = m.payload;
    if p.len() < NHMSG_LEN {
        crate::error::warn(&format!(
            "BUG: wrong nlmsg len {}",
            p.len() as i64 - NHMSG_LEN as i64
        ));
        return Ok(false);
    }
    let flags = u32_at(p, 4);
    let tb = rta::parse(p.get(NHMSG_LEN..).unwrap_or(&[]), NHA_MAX, true);
    out.open_object("")?;
    // The reference compares the type with RTM_DELNEXTHOP here, so "Deleted" never shows.
    if let Some(id) = tb[NHA_ID].and_then(|a| a.u32()) {
        out.uint(Ctx::Any, "id", id as u64, format_args!("id {id} "))?;
    }
    if let Some(b) = tb[NHA_RES_BUCKET] {
        let bt = rta::parse(b.data, 3, false);
        out.open_object("bucket")?;
        if let Some(i) = bt[1] {
            let i = i.u16().unwrap_or(0);
            out.uint(Ctx::Any, "index", i as u64, format_args!("index {i} "))?;
        }
        if let Some(t) = bt[2] {
            print_secs(out, "idle_time", t.u64().unwrap_or(0))?;
        }
        if let Some(n) = bt[3] {
            let id = n.u32().unwrap_or(0);
            out.uint(Ctx::Any, "nhid", id as u64, format_args!("nhid {id} "))?;
        }
        out.close_object()?;
    }
    print_rt_flags(out, flags)?;
    out.fp(format_args!("\n"))?;
    out.close_object()?;
    Ok(true)
}
