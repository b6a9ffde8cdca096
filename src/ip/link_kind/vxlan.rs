//! `type vxlan` (ip/iplink_vxlan.c): options with duplicate checks, the defaults it adds
//! after the loop, and the `-d` print.
use super::opts::{get_addr, help_of, InetAddr};
use super::table;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{duparg2, get_u16, get_u32, invarg, AF_INET, AF_INET6};
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::req::LinkReq;
use crate::ip::Globals;
use crate::netlink::{NLM_F_CREATE, RTM_NEWLINK};
use crate::output::printer::Ctx;
use crate::output::Printer;
use std::io::{self, Write};
use std::net::{Ipv4Addr, Ipv6Addr};

const ID: u16 = 1;
const GROUP: u16 = 2;
const LINK: u16 = 3;
const LOCAL: u16 = 4;
const TTL: u16 = 5;
const TOS: u16 = 6;
const LEARNING: u16 = 7;
const AGEING: u16 = 8;
const LIMIT: u16 = 9;
const PORT_RANGE: u16 = 10;
const PROXY: u16 = 11;
const RSC: u16 = 12;
const L2MISS: u16 = 13;
const L3MISS: u16 = 14;
const PORT: u16 = 15;
const GROUP6: u16 = 16;
const LOCAL6: u16 = 17;
const UDP_CSUM: u16 = 18;
const ZCSUM6_TX: u16 = 19;
const ZCSUM6_RX: u16 = 20;
const REMCSUM_TX: u16 = 21;
const REMCSUM_RX: u16 = 22;
const GBP: u16 = 23;
const COLLECT_METADATA: u16 = 25;
const LABEL: u16 = 26;
const GPE: u16 = 27;
const TTL_INHERIT: u16 = 28;
const DF: u16 = 29;
const VNIFILTER: u16 = 30;
const MAX: usize = 30;

fn fail(msg: &str) -> Error {
    Error::ret(1, msg)
}

/// The `[no]WORD` switches after dstport, in the reference's order: (word, attr, value).
/// LEARNING is only recorded here; it is added after the loop.
const SWITCHES: &[(&str, u16, u8)] = &[
    ("nolearning", LEARNING, 0),
    ("learning", LEARNING, 1),
    ("noproxy", PROXY, 0),
    ("proxy", PROXY, 1),
    ("norsc", RSC, 0),
    ("rsc", RSC, 1),
    ("nol2miss", L2MISS, 0),
    ("l2miss", L2MISS, 1),
    ("nol3miss", L3MISS, 0),
    ("l3miss", L3MISS, 1),
    ("udpcsum", UDP_CSUM, 1),
    ("noudpcsum", UDP_CSUM, 0),
    ("udp6zerocsumtx", ZCSUM6_TX, 1),
    ("noudp6zerocsumtx", ZCSUM6_TX, 0),
    ("udp6zerocsumrx", ZCSUM6_RX, 1),
    ("noudp6zerocsumrx", ZCSUM6_RX, 0),
    ("remcsumtx", REMCSUM_TX, 1),
    ("noremcsumtx", REMCSUM_TX, 0),
    ("remcsumrx", REMCSUM_RX, 1),
    ("noremcsumrx", REMCSUM_RX, 0),
    ("external", COLLECT_METADATA, 1),
    ("noexternal", COLLECT_METADATA, 0),
    ("gbp", GBP, 0),
    ("gpe", GPE, 0),
];

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let mut vni = 0u32;
    let mut learning = 1u8;
    let mut dstport = 0u16;
    let mut metadata = 0u8;
    let mut vnifilter = 0u8;
    let mut attrs = 0u64;
    let set_op = req.cmd == RTM_NEWLINK && req.flags & NLM_F_CREATE == 0;
    let mut saddr = InetAddr::default();
    let mut daddr = InetAddr::default();
    let dup = |attrs: &mut u64, ty: u16, key: &str, arg: &str| -> Result<()> {
        if *attrs & (1 << ty) != 0 {
            return Err(duparg2(key, arg));
        }
        *attrs |= 1 << ty;
        Ok(())
    };
    while let Some(w) = args.next() {
        let w = w.as_str();
        if matches(w, "id") || matches(w, "vni") {
            let v = args.need()?;
            dup(&mut attrs, ID, "id", &v)?;
            vni = get_u32(&v, 0)
                .filter(|n| *n < 1 << 24)
                .ok_or_else(|| invarg("invalid id", &v))?;
        } else if matches(w, "group") {
            if daddr.is_not_multi() {
                return Err(fail("vxlan: both group and remote cannot be specified"));
            }
            let v = args.need()?;
            dup(&mut attrs, GROUP, "group", &v)?;
            daddr = get_addr(&v, saddr.family)?;
            if !daddr.is_multi() {
                return Err(invarg("invalid group address", &v));
            }
        } else if matches(w, "remote") {
            if daddr.is_multi() {
                return Err(fail("vxlan: both group and remote cannot be specified"));
            }
            let v = args.need()?;
            dup(&mut attrs, GROUP, "remote", &v)?;
            daddr = get_addr(&v, saddr.family)?;
            if !daddr.is_not_multi() {
                return Err(invarg("invalid remote address", &v));
            }
        } else if matches(w, "local") {
            let v = args.need()?;
            dup(&mut attrs, LOCAL, "local", &v)?;
            saddr = get_addr(&v, daddr.family)?;
            if !saddr.is_not_multi() {
                return Err(invarg("invalid local address", &v));
            }
        } else if matches(w, "dev") {
            let v = args.need()?;
            dup(&mut attrs, LINK, "dev", &v)?;
            let link = crate::ifmap::name_to_index(&v);
            if link == 0 {
                // exit(nodev()): exit(-1).
                return Err(Error::exit(255, format!("Cannot find device \"{v}\"")));
            }
            req.attrs.add_u32(LINK, link);
        } else if matches(w, "ttl") || matches(w, "hoplimit") {
            let v = args.need()?;
            dup(&mut attrs, TTL, "ttl", &v)?;
            if v == "inherit" {
                req.attrs.add(TTL_INHERIT, &[]);
            } else if v == "auto" {
                req.attrs.add_u8(TTL, 0);
            } else {
                let t = get_u32(&v, 0).ok_or_else(|| invarg("invalid TTL", &v))?;
                if t > 255 {
                    return Err(invarg("TTL must be <= 255", &v));
                }
                req.attrs.add_u8(TTL, t as u8);
            }
        } else if matches(w, "tos") || matches(w, "dsfield") {
            let v = args.need()?;
            dup(&mut attrs, TOS, "tos", &v)?;
            let tos = if v != "inherit" {
                crate::names::dsfield_id(&v).ok_or_else(|| invarg("bad TOS value", &v))? as u8
            } else {
                1
            };
            req.attrs.add_u8(TOS, tos);
        } else if matches(w, "df") {
            let v = args.need()?;
            dup(&mut attrs, DF, "df", &v)?;
            let df = match v.as_str() {
                "unset" => 0,
                "set" => 1,
                "inherit" => 2,
                _ => return Err(invarg("DF must be 'unset', 'set' or 'inherit'", &v)),
            };
            req.attrs.add_u8(DF, df);
        } else if matches(w, "label") || matches(w, "flowlabel") {
            let v = args.need()?;
            dup(&mut attrs, LABEL, "flowlabel", &v)?;
            let l = get_u32(&v, 0)
                .filter(|n| n & !0xfffff == 0)
                .ok_or_else(|| invarg("invalid flowlabel", &v))?;
            req.attrs.add(LABEL, &l.to_be_bytes());
        } else if matches(w, "ageing") {
            let v = args.need()?;
            dup(&mut attrs, AGEING, "ageing", &v)?;
            let age = if v == "none" {
                0
            } else {
                get_u32(&v, 0).ok_or_else(|| invarg("ageing timer", &v))?
            };
            req.attrs.add_u32(AGEING, age);
        } else if matches(w, "maxaddress") {
            let v = args.need()?;
            dup(&mut attrs, LIMIT, "maxaddress", &v)?;
            let m = if v == "unlimited" {
                0
            } else {
                get_u32(&v, 0).ok_or_else(|| invarg("max addresses", &v))?
            };
            req.attrs.add_u32(LIMIT, m);
        } else if matches(w, "port") || matches(w, "srcport") {
            let v = args.need()?;
            dup(&mut attrs, PORT_RANGE, "srcport", &v)?;
            let lo = get_u16(&v, 0).ok_or_else(|| invarg("min port", &v))?;
            let h = args.need()?;
            let hi = get_u16(&h, 0).ok_or_else(|| invarg("max port", &h))?;
            if lo != 0 || hi != 0 {
                let mut d = lo.to_be_bytes().to_vec();
                d.extend_from_slice(&hi.to_be_bytes());
                req.attrs.add(PORT_RANGE, &d);
            }
        } else if matches(w, "dstport") {
            let v = args.need()?;
            dup(&mut attrs, PORT, "dstport", &v)?;
            dstport = get_u16(&v, 0).ok_or_else(|| invarg("dst port", &v))?;
        } else if let Some((_, ty, val)) = SWITCHES.iter().find(|(n, _, _)| matches(w, n)) {
            dup(&mut attrs, *ty, w, w)?;
            match *ty {
                LEARNING => learning = *val,
                COLLECT_METADATA => {
                    metadata = *val;
                    if *val == 1 {
                        learning = 0;
                    }
                    req.attrs.add_u8(*ty, *val);
                }
                GBP | GPE => req.attrs.add(*ty, &[]),
                _ => req.attrs.add_u8(*ty, *val),
            }
        } else if w == "vnifilter" || w == "novnifilter" {
            dup(&mut attrs, VNIFILTER, w, w)?;
            let on = (w == "vnifilter") as u8;
            req.attrs.add_u8(VNIFILTER, on);
            if on == 1 {
                vnifilter = 1;
            }
        } else if matches(w, "help") {
            return Err(Error::raw(
                1,
                help_of("vxlan").unwrap_or(""),
                Failure::Return,
            ));
        } else {
            let t = format!(
                "vxlan: unknown command \"{w}\"?\n{}",
                help_of("vxlan").unwrap_or("")
            );
            return Err(Error::raw(1, t, Failure::Return));
        }
    }
    let set = |ty: u16| attrs & (1 << ty) != 0;
    if metadata == 0 && vnifilter != 0 {
        return Err(fail(
            "vxlan: vnifilter is valid only when 'external' is set",
        ));
    }
    if metadata != 0 && set(ID) {
        return Err(fail("vxlan: both 'external' and vni cannot be specified"));
    }
    if metadata == 0 && vnifilter == 0 && !set(ID) && !set_op {
        return Err(fail("vxlan: missing virtual network identifier"));
    }
    if daddr.is_multi() && !set(LINK) {
        return Err(fail("vxlan: 'group' requires 'dev' to be specified"));
    }
    if !set(PORT) && set(GPE) {
        dstport = 4790;
    } else if !set(PORT) && !set_op {
        crate::error::warn(
            "vxlan: destination port not specified\nWill use Linux kernel default (non-standard value)\nUse 'dstport 4789' to get the IANA assigned value\nUse 'dstport 0' to get default and quiet this message",
        );
    }
    if set(ID) {
        req.attrs.add_u32(ID, vni);
    }
    let mut selected = false;
    if saddr.is_inet() {
        let ty = if saddr.family == AF_INET {
            LOCAL
        } else {
            LOCAL6
        };
        req.attrs.add(ty, &saddr.bytes);
        selected = true;
    }
    if daddr.is_inet() {
        let ty = if daddr.family == AF_INET {
            GROUP
        } else {
            GROUP6
        };
        req.attrs.add(ty, &daddr.bytes);
        selected = true;
    }
    if !selected {
        if req.family == AF_INET {
            req.attrs.add(GROUP, &[0; 4]);
        } else if req.family == AF_INET6 {
            req.attrs.add(GROUP6, &[0; 16]);
        }
    }
    if !set_op || set(LEARNING) {
        req.attrs.add_u8(LEARNING, learning);
    }
    if dstport != 0 {
        req.attrs.add(PORT, &dstport.to_be_bytes());
    }
    Ok(())
}

fn v4(d: &[u8]) -> Option<Ipv4Addr> {
    let b: [u8; 4] = d.get(..4)?.try_into().ok()?;
    Some(Ipv4Addr::from(b))
}
fn v6(d: &[u8]) -> Option<Ipv6Addr> {
    let b: [u8; 16] = d.get(..16)?.try_into().ok()?;
    Some(Ipv6Addr::from(b))
}

pub fn print<W: Write>(out: &mut Printer<W>, _g: &Globals, data: Option<&[u8]>) -> io::Result<()> {
    if data.is_none() {
        return Ok(());
    }
    let tb = table(data, MAX);
    let get = |t: u16| tb.get(t as usize).copied().flatten();
    let u8_of = |t: u16| get(t).map(|a| a.u8().unwrap_or(0));
    let on = |t: u16| u8_of(t).unwrap_or(0) != 0;
    if on(COLLECT_METADATA) {
        out.bool(Ctx::Any, "external", true, format_args!("external "))?;
    }
    if on(VNIFILTER) {
        out.bool(Ctx::Any, "vnifilter", true, format_args!("vnifilter"))?;
    }
    if let Some(id) = get(ID).and_then(|a| a.u32()) {
        out.uint(Ctx::Any, "id", id as u64, format_args!("id {id} "))?;
    }
    if let Some(a) = get(GROUP) {
        if let Some(ip) = v4(a.data).filter(|ip| !ip.is_unspecified()) {
            let s = crate::inet::format_host(AF_INET, a.data);
            let k = if ip.is_multicast() { "group" } else { "remote" };
            out.string(Ctx::Any, k, &s, format_args!("{k} {s} "))?;
        }
    } else if let Some(a) = get(GROUP6) {
        if let Some(ip) = v6(a.data).filter(|ip| !ip.is_unspecified()) {
            let s = crate::inet::format_host(AF_INET6, a.data);
            let (k, t) = if ip.is_multicast() {
                ("group6", "group")
            } else {
                ("remote6", "remote")
            };
            out.string(Ctx::Any, k, &s, format_args!("{t} {s} "))?;
        }
    }
    if let Some(a) = get(LOCAL) {
        if v4(a.data).is_some_and(|ip| !ip.is_unspecified()) {
            let s = crate::inet::format_host(AF_INET, a.data);
            out.string(Ctx::Any, "local", &s, format_args!("local {s} "))?;
        }
    } else if let Some(a) = get(LOCAL6) {
        if v6(a.data).is_some_and(|ip| !ip.is_unspecified()) {
            let s = crate::inet::format_host(AF_INET6, a.data);
            out.string(Ctx::Any, "local6", &s, format_args!("local {s} "))?;
        }
    }
    if let Some(l) = get(LINK).and_then(|a| a.u32()).filter(|l| *l != 0) {
        let n = crate::ifmap::index_to_name(l);
        out.string(Ctx::Any, "link", &n, format_args!("dev {n} "))?;
    }
    if let Some(a) = get(PORT_RANGE) {
        let lo = a.be16().unwrap_or(0);
        let hi = a
            .data
            .get(2..4)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
            .unwrap_or(0);
        if out.is_json() {
            out.open_object("port_range")?;
            out.uint(Ctx::Json, "low", lo as u64, format_args!(""))?;
            out.uint(Ctx::Json, "high", hi as u64, format_args!(""))?;
            out.close_object()?;
        } else {
            out.fp(format_args!("srcport {lo} {hi} "))?;
        }
    }
    if let Some(p) = get(PORT).and_then(|a| a.be16()) {
        out.uint(Ctx::Any, "port", p as u64, format_args!("dstport {p} "))?;
    }
    if let Some(l) = u8_of(LEARNING) {
        out.bool(Ctx::Json, "learning", l != 0, format_args!(""))?;
        if l == 0 {
            out.bool(Ctx::Fp, "", true, format_args!("nolearning "))?;
        }
    }
    for (t, k) in [
        (PROXY, "proxy"),
        (RSC, "rsc"),
        (L2MISS, "l2miss"),
        (L3MISS, "l3miss"),
    ] {
        if on(t) {
            out.bool(Ctx::Any, k, true, format_args!("{k} "))?;
        }
    }
    let tos = u8_of(TOS).unwrap_or(0);
    if tos != 0 {
        if out.is_json() || tos != 1 {
            out.xhex(Ctx::Any, "tos", tos as u64, format_args!("tos {tos:#x} "))?;
        } else {
            out.fp(format_args!("tos inherit "))?;
        }
    }
    if on(TTL_INHERIT) {
        out.fp(format_args!("ttl inherit "))?;
    } else if let Some(ttl) = u8_of(TTL) {
        if out.is_json() || ttl != 0 {
            out.uint(Ctx::Any, "ttl", ttl as u64, format_args!("ttl {ttl} "))?;
        } else {
            out.fp(format_args!("ttl auto "))?;
        }
    }
    if let Some(df) = u8_of(DF) {
        match df {
            0 => out.string(Ctx::Json, "df", "unset", format_args!("df unset "))?,
            1 => out.string(Ctx::Any, "df", "set", format_args!("df set "))?,
            2 => out.string(Ctx::Any, "df", "inherit", format_args!("df inherit "))?,
            _ => {}
        }
    }
    if let Some(l) = get(LABEL).and_then(|a| a.be32()).filter(|l| *l != 0) {
        out.xhex(
            Ctx::Any,
            "label",
            l as u64,
            format_args!("flowlabel {l:#x} "),
        )?;
    }
    if let Some(age) = get(AGEING).and_then(|a| a.u32()) {
        if age == 0 {
            out.uint(Ctx::Any, "ageing", 0, format_args!("ageing none "))?;
        } else {
            out.uint(
                Ctx::Any,
                "ageing",
                age as u64,
                format_args!("ageing {age} "),
            )?;
        }
    }
    if let Some(m) = get(LIMIT).and_then(|a| a.u32()).filter(|m| *m != 0) {
        out.uint(Ctx::Any, "limit", m as u64, format_args!("maxaddr {m} "))?;
    }
    for (t, k, txt) in [
        (UDP_CSUM, "udp_csum", "udpcsum "),
        (ZCSUM6_TX, "udp_zero_csum6_tx", "udp6zerocsumtx "),
        (ZCSUM6_RX, "udp_zero_csum6_rx", "udp6zerocsumrx "),
    ] {
        if let Some(v) = u8_of(t) {
            if out.is_json() {
                out.bool(Ctx::Any, k, v != 0, format_args!(""))?;
            } else {
                let no = if v == 0 { "no" } else { "" };
                out.fp(format_args!("{no}{txt}"))?;
            }
        }
    }
    if on(REMCSUM_TX) {
        out.bool(Ctx::Any, "remcsum_tx", true, format_args!("remcsumtx "))?;
    }
    if on(REMCSUM_RX) {
        out.bool(Ctx::Any, "remcsum_rx", true, format_args!("remcsumrx "))?;
    }
    if get(GBP).is_some() {
        out.bool(Ctx::Any, "gbp", true, format_args!("gbp "))?;
    }
    if get(GPE).is_some() {
        out.bool(Ctx::Any, "gpe", true, format_args!("gpe "))?;
    }
    Ok(())
}
