//! `type geneve` (ip/iplink_geneve.c): parsed and encoded as iproute2 sends it.
use super::opts::{get_addr, help_of, InetAddr};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{duparg2, get_u16, get_u32, invarg, AF_INET, AF_UNSPEC};
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::req::LinkReq;
use crate::netlink::{NLM_F_CREATE, RTM_NEWLINK};

const ID: u16 = 1;
const REMOTE: u16 = 2;
const TTL: u16 = 3;
const TOS: u16 = 4;
const PORT: u16 = 5;
const COLLECT_METADATA: u16 = 6;
const REMOTE6: u16 = 7;
const UDP_CSUM: u16 = 8;
const ZCSUM6_TX: u16 = 9;
const ZCSUM6_RX: u16 = 10;
const LABEL: u16 = 11;
const TTL_INHERIT: u16 = 12;
const DF: u16 = 13;
const INNER_PROTO_INHERIT: u16 = 14;

/// `[no]WORD` switches: (word, attr, value).
const SWITCHES: &[(&str, u16, u8)] = &[
    ("external", COLLECT_METADATA, 1),
    ("noexternal", COLLECT_METADATA, 0),
    ("udpcsum", UDP_CSUM, 1),
    ("noudpcsum", UDP_CSUM, 0),
    ("udp6zerocsumtx", ZCSUM6_TX, 1),
    ("noudp6zerocsumtx", ZCSUM6_TX, 0),
    ("udp6zerocsumrx", ZCSUM6_RX, 1),
    ("noudp6zerocsumrx", ZCSUM6_RX, 0),
];

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let mut daddr = InetAddr::default();
    let mut vni = 0u32;
    let mut label = [0u8; 4];
    let mut ttl = 0u8;
    let mut tos = 0u8;
    let mut dstport = 0u16;
    let mut vals = [0u8; 16];
    let mut inner = false;
    let mut attrs = 0u64;
    let set_op = req.cmd == RTM_NEWLINK && req.flags & NLM_F_CREATE == 0;
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
        } else if matches(w, "remote") {
            let v = args.need()?;
            dup(&mut attrs, REMOTE, "remote", &v)?;
            daddr = get_addr(&v, AF_UNSPEC)?;
            if !daddr.is_not_multi() {
                return Err(invarg("invalid remote address", &v));
            }
        } else if matches(w, "ttl") || matches(w, "hoplimit") {
            let v = args.need()?;
            dup(&mut attrs, TTL, "ttl", &v)?;
            if v == "inherit" {
                req.attrs.add_u8(TTL_INHERIT, 1);
            } else if v != "auto" {
                let t = get_u32(&v, 0).ok_or_else(|| invarg("invalid TTL", &v))?;
                if t > 255 {
                    return Err(invarg("TTL must be <= 255", &v));
                }
                ttl = t as u8;
            }
        } else if matches(w, "tos") || matches(w, "dsfield") {
            let v = args.need()?;
            dup(&mut attrs, TOS, "tos", &v)?;
            tos = if v != "inherit" {
                crate::names::dsfield_id(&v).ok_or_else(|| invarg("bad TOS value", &v))? as u8
            } else {
                1
            };
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
            label = l.to_be_bytes();
        } else if matches(w, "dstport") {
            let v = args.need()?;
            dup(&mut attrs, PORT, "dstport", &v)?;
            dstport = get_u16(&v, 0).ok_or_else(|| invarg("dstport", &v))?;
        } else if let Some((_, ty, val)) = SWITCHES.iter().find(|(n, _, _)| matches(w, n)) {
            dup(&mut attrs, *ty, w, w)?;
            if let Some(slot) = vals.get_mut(*ty as usize) {
                *slot = *val;
            }
        } else if w == "innerprotoinherit" {
            dup(&mut attrs, INNER_PROTO_INHERIT, w, w)?;
            inner = true;
        } else if matches(w, "help") {
            return Err(Error::raw(
                1,
                help_of("geneve").unwrap_or(""),
                Failure::Return,
            ));
        } else {
            let t = format!(
                "geneve: unknown command \"{w}\"?\n{}",
                help_of("geneve").unwrap_or("")
            );
            return Err(Error::raw(1, t, Failure::Return));
        }
    }
    let set = |ty: u16| attrs & (1 << ty) != 0;
    let metadata = vals[COLLECT_METADATA as usize] != 0;
    if metadata && set(ID) {
        return Err(Error::ret(
            1,
            "geneve: both 'external' and vni cannot be specified",
        ));
    }
    if !metadata {
        if !set(ID) {
            return Err(Error::ret(1, "geneve: missing virtual network identifier"));
        }
        if !set_op && !daddr.is_inet() {
            return Err(Error::ret(1, "geneve: remote link partner not specified"));
        }
    }
    let a = &mut req.attrs;
    a.add_u32(ID, vni);
    if daddr.is_inet() {
        let ty = if daddr.family == AF_INET {
            REMOTE
        } else {
            REMOTE6
        };
        a.add(ty, &daddr.bytes);
    }
    if !set_op || set(LABEL) {
        a.add(LABEL, &label);
    }
    if !set_op || set(TTL) {
        a.add_u8(TTL, ttl);
    }
    if !set_op || set(TOS) {
        a.add_u8(TOS, tos);
    }
    if dstport != 0 {
        a.add(PORT, &dstport.to_be_bytes());
    }
    if metadata {
        a.add(COLLECT_METADATA, &[]);
    }
    if inner {
        a.add(INNER_PROTO_INHERIT, &[]);
    }
    for ty in [UDP_CSUM, ZCSUM6_TX, ZCSUM6_RX] {
        if set(ty) {
            a.add_u8(ty, vals[ty as usize]);
        }
    }
    Ok(())
}
