//! `nh_info` under `ip -d route` for routes with `nhid` (ip/ipnexthop.c
//! print_cache_nexthop_id, __print_nexthop_entry): each nexthop object is fetched once with
//! RTM_GETNEXTHOP on a socket of its own and cached.
use super::print::{print_rt_flags, print_rta_gateway_str};
use super::rtm::*;
use crate::netlink::attr::{AttrBuf, AttrIter};
use crate::netlink::Session;
use crate::output::printer::{Color, Ctx, Printer};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{self, Write};

const RTM_GETNEXTHOP: u16 = 106;
const NHA_ID: u16 = 1;
const NHA_GROUP: u16 = 2;
const NHA_GROUP_TYPE: u16 = 3;
const NHA_BLACKHOLE: u16 = 4;
const NHA_OIF: u16 = 5;
const NHA_GATEWAY: u16 = 6;
const NHA_ENCAP_TYPE: u16 = 7;
const NHA_ENCAP: u16 = 8;
const NHA_FDB: u16 = 11;
const NHA_RES_GROUP: u16 = 12;

/// __jiffies_to_tv then print_tv: seconds as a double, from 10 ms ticks.
fn jiffies_secs(j: u64) -> f64 {
    let us = j.wrapping_mul(10000);
    let sec = us / 1_000_000;
    let usec = us - 1_000_000 * sec;
    sec as f64 + usec as f64 / 1_000_000.0
}

/// print_nh_res_group: the resilient group's buckets and timers.
fn print_res_group<W: Write>(
    out: &mut Printer<W>,
    a: crate::netlink::attr::Attr,
) -> io::Result<()> {
    let (mut buckets, mut idle, mut unbal, mut unbal_time) = (0u16, 0u32, 0u32, 0u64);
    for n in a.nested() {
        match n.ty {
            1 => buckets = n.u16().unwrap_or(0),
            2 => idle = n.u32().unwrap_or(0),
            3 => unbal = n.u32().unwrap_or(0),
            4 => unbal_time = n.u64().unwrap_or(0),
            _ => {}
        }
    }
    out.open_object("resilient_args")?;
    out.uint(
        Ctx::Any,
        "buckets",
        buckets as u64,
        format_args!("buckets {buckets} "),
    )?;
    for (key, v) in [
        ("idle_timer", idle as u64),
        ("unbalanced_timer", unbal as u64),
        ("unbalanced_time", unbal_time),
    ] {
        let t = jiffies_secs(v);
        let g = crate::output::fmt::fmt_g(t);
        out.float(Ctx::Any, key, t, format_args!("{key} {g} "))?;
    }
    out.close_object()
}

#[derive(Default)]
struct Cache {
    sock: Option<Session>,
    entries: HashMap<u32, Vec<u8>>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// ipnh_cache_get / ipnh_cache_add: the nhmsg payload of nexthop `id`.
fn lookup(id: u32, family: u8) -> Option<Vec<u8>> {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(p) = c.entries.get(&id) {
            return Some(p.clone());
        }
        if c.sock.is_none() {
            c.sock = Session::open().ok();
        }
        let s = c.sock.as_mut()?;
        let mut req = AttrBuf::with_header(&[family, 0, 0, 0, 0, 0, 0, 0]);
        req.add_u32(NHA_ID, id);
        match s.talk_answer(RTM_GETNEXTHOP, 0, &req.buf, |m| m.payload.to_vec()) {
            Ok(p) => {
                if p.len() < 8 {
                    crate::error::warn(&format!("BUG: wrong nlmsg len {}", p.len() as i64 - 8));
                    return None;
                }
                c.entries.insert(id, p.clone());
                Some(p)
            }
            Err(e) => {
                let _ = io::stderr().write_all(e.text.as_bytes());
                None
            }
        }
    })
}

/// print_cache_nexthop_id(fp, "\n\tnh_info ", "nh_info", id).
pub fn print_nh_info<W: Write>(
    out: &mut Printer<W>,
    id: u32,
    family: u8,
    details: u32,
) -> io::Result<()> {
    let Some(p) = lookup(id, family) else {
        return Ok(());
    };
    let (nh_family, scope, protocol) = (p[0], p[1], p[2]);
    let flags = u32::from_ne_bytes([p[4], p[5], p[6], p[7]]);
    let mut tb: [Option<crate::netlink::attr::Attr>; 14] = [None; 14];
    for a in AttrIter::new(&p[8..]) {
        if let Some(s) = tb.get_mut(a.ty as usize) {
            *s = Some(a);
        }
    }
    out.fp(format_args!("\n\tnh_info "))?;
    out.open_object("nh_info")?;
    let nid = tb[NHA_ID as usize].and_then(|a| a.u32()).unwrap_or(0);
    out.uint(Ctx::Any, "id", nid as u64, format_args!("id {nid} "))?;
    if let Some(g) = tb[NHA_GROUP as usize] {
        let n = g.data.len() / 8;
        if n > 0 && n * 8 == g.data.len() {
            out.open_array(Ctx::Json, "group", "")?;
            out.fp(format_args!("group "))?;
            for (i, e) in g.data.chunks(8).enumerate() {
                out.open_object("")?;
                if i > 0 {
                    out.fp(format_args!("/"))?;
                }
                let gid = u32::from_ne_bytes([e[0], e[1], e[2], e[3]]);
                out.uint(Ctx::Any, "id", gid as u64, format_args!("{gid}"))?;
                if e[4] != 0 {
                    let w = e[4] as u32 + 1;
                    out.uint(Ctx::Any, "weight", w as u64, format_args!(",{w}"))?;
                }
                out.close_object()?;
            }
            out.fp(format_args!(" "))?;
            out.close_array(Ctx::Json, "")?;
        }
    }
    let gtype = tb[NHA_GROUP_TYPE as usize]
        .and_then(|a| a.u16())
        .unwrap_or(0);
    if gtype != 0 {
        let name = if gtype == 1 {
            "resilient"
        } else {
            "<unknown type>"
        };
        out.string(Ctx::Any, "type", name, format_args!("type {name} "))?;
    }
    if let Some(a) = tb[NHA_RES_GROUP as usize] {
        print_res_group(out, a)?;
    }
    if let Some(e) = tb[NHA_ENCAP as usize] {
        super::lwt::print_encap(out, tb[NHA_ENCAP_TYPE as usize], e, 0)?;
    }
    if let Some(g) = tb[NHA_GATEWAY as usize] {
        if !g.data.is_empty() {
            let s = format_host(nh_family, g.data);
            print_rta_gateway_str(out, nh_family, &s)?;
        }
    }
    if let Some(oif) = tb[NHA_OIF as usize].and_then(|a| a.u32()) {
        if oif != 0 {
            let name = crate::ifmap::index_to_name(oif);
            if out.is_json() {
                out.string(Ctx::Json, "dev", &name, format_args!(""))?;
            } else {
                out.fp(format_args!("dev "))?;
                out.string_c(Ctx::Fp, Color::Ifname, "", &name, format_args!("{name} "))?;
            }
        }
    }
    if scope != RT_SCOPE_UNIVERSE || details > 0 {
        let s = crate::names::scope_name(scope as u32);
        out.string(Ctx::Any, "scope", &s, format_args!("scope {s} "))?;
    }
    if tb[NHA_BLACKHOLE as usize].is_some() {
        out.null(Ctx::Any, "blackhole", format_args!("blackhole "))?;
    }
    if protocol != 0 || details > 0 {
        let s = crate::names::proto_name(protocol as u32);
        out.string(Ctx::Any, "protocol", &s, format_args!("proto {s} "))?;
    }
    print_rt_flags(out, flags)?;
    if tb[NHA_FDB as usize].is_some() {
        out.null(Ctx::Any, "fdb", format_args!("fdb"))?;
    }
    out.close_object()
}

/// ipnh_cache_process_nlmsg: `ip monitor` keeps the cache in step with the nexthop events
/// it prints, so later routes show the entry as the event left it (no kernel query).
pub fn cache_event(msg_type: u16, payload: &[u8]) {
    let Some(attrs) = payload.get(8..) else {
        return;
    };
    let Some(id) = AttrIter::new(attrs)
        .find(|a| a.ty == NHA_ID)
        .and_then(|a| a.u32())
    else {
        return;
    };
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        match msg_type {
            104 => {
                c.entries.insert(id, payload.to_vec());
            }
            105 => {
                c.entries.remove(&id);
            }
            _ => {}
        }
    });
}
