//! iplink_parse (ip/iplink.c): the generic words of `ip link add|set|delete`, checked in the
//! reference's order (strcmp for some words, matches() prefixes for others), each failing
//! with its exact text. It stops after `type KIND`; the rest belongs to the kind.
use super::ifla::*;
use super::lladdr::ll_addr_a2n;
use super::lookup::{
    get_netnsid_from_name, ll_addr_len, name_is_vrf, netns_get_fd, set_netnsid_from_name,
};
use super::req::LinkReq;
use super::xdp::xdp_parse;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{duparg, duparg2, get_integer, get_u32, invarg, missarg};
use crate::error::{Error, Result};
use std::os::fd::AsRawFd;

/// What iplink_parse leaves for iplink_modify.
#[derive(Debug, Default)]
pub struct Parsed {
    /// `type KIND`, when given (and not dropped by a group-only request).
    pub kind: Option<String>,
}

/// `dev` of iplink_parse is a pointer that may be the `name` pointer itself; iproute2
/// compares the pointers, so a device named by `name` differs from one named by `dev`.
#[derive(Debug, Clone, PartialEq)]
enum Dev {
    Null,
    Name,
    Own(String),
}

fn same(dev: &Dev, name: &Option<String>) -> bool {
    match dev {
        Dev::Null => name.is_none(),
        Dev::Name => true,
        Dev::Own(_) => false,
    }
}

fn value(dev: &Dev, name: &Option<String>) -> Option<String> {
    match dev {
        Dev::Null => None,
        Dev::Name => name.clone(),
        Dev::Own(s) => Some(s.clone()),
    }
}

/// on_off(): printed and `return -1` (exit 1).
pub fn on_off(msg: &str, val: &str) -> Error {
    Error::ret(
        1,
        format!("Error: argument of \"{msg}\" must be \"on\" or \"off\", not \"{val}\""),
    )
}

/// parse_on_off (lib/utils.c parse_one_of): "off"/"on" by prefix, else -EINVAL (exit 22).
pub fn parse_on_off(msg: &str, val: &str) -> Result<bool> {
    if matches(val, "off") {
        return Ok(false);
    }
    if matches(val, "on") {
        return Ok(true);
    }
    Err(Error::ret(
        22,
        format!("Error: argument of \"{msg}\" must be one of \"off\", \"on\", not \"{val}\""),
    ))
}

/// `return nodev(dev)`: exit 1.
pub fn nodev(dev: &str) -> Error {
    Error::ret(1, format!("Cannot find device \"{dev}\""))
}

/// check_altifname: not empty, no '/' and no blanks.
pub fn check_altifname(name: &str) -> bool {
    !name.is_empty()
        && !name
            .bytes()
            .any(|c| c == b'/' || c.is_ascii_whitespace() || c == 0x0b)
}

/// check_ifname: as check_altifname, and shorter than IFNAMSIZ.
pub fn check_ifname(name: &str) -> bool {
    name.len() < 16 && check_altifname(name)
}

/// get_addr_gen_mode: case-insensitive names.
fn addr_gen_mode(m: &str) -> Option<u8> {
    let l = m.to_ascii_lowercase();
    match l.as_str() {
        "eui64" => Some(0),
        "none" => Some(1),
        "stable_secret" => Some(2),
        "random" => Some(3),
        _ => None,
    }
}

fn link_mode(m: &str) -> Option<u8> {
    match m.to_ascii_lowercase().as_str() {
        "default" => Some(0),
        "dormant" => Some(1),
        _ => None,
    }
}

/// get_operstate (ip/ipaddress.c): the operstate names, case-insensitive.
fn operstate(m: &str) -> Option<u8> {
    const STATES: [&str; 7] = [
        "UNKNOWN",
        "NOTPRESENT",
        "DOWN",
        "LOWERLAYERDOWN",
        "TESTING",
        "DORMANT",
        "UP",
    ];
    STATES
        .iter()
        .position(|s| s.eq_ignore_ascii_case(m))
        .map(|p| p as u8)
}

/// protodown_reason_a2n: no /etc/iproute2/protodown_reasons.d names here, so a number < 32.
fn protodown_reason(arg: &str) -> Option<u32> {
    if let Some(id) = protodown_reason_names().iter().position(|n| n == arg) {
        return Some(id as u32);
    }
    let (v, used, _) = crate::cli::parse::strtoul(arg, 0);
    if used == 0 || used != arg.len() || v >= 32 {
        return None;
    }
    Some(v as u32)
}

/// /etc/iproute2/protodown_reasons.d/*.conf: "ID NAME" lines.
fn protodown_reason_names() -> Vec<String> {
    let mut names = vec![String::new(); 32];
    let Ok(dir) = std::fs::read_dir("/etc/iproute2/protodown_reasons.d") else {
        return names;
    };
    for e in dir.flatten() {
        let p = e.path();
        if p.extension().and_then(|x| x.to_str()) != Some("conf") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        for line in text.lines() {
            let mut w = line.split_whitespace();
            let (Some(id), Some(name)) = (w.next(), w.next()) else {
                continue;
            };
            if id.starts_with('#') {
                continue;
            }
            if let Some(i) = get_u32(id, 0) {
                if let Some(slot) = names.get_mut(i as usize) {
                    *slot = name.to_string();
                }
            }
        }
    }
    names
}

fn flag(req: &mut LinkReq, bit: u32, set: bool) {
    req.change |= bit;
    if set {
        req.ifi_flags |= bit;
    } else {
        req.ifi_flags &= !bit;
    }
}

/// iplink_parse. `req.flags` decides between create and change rules.
pub fn iplink_parse(args: &mut Args, req: &mut LinkReq) -> Result<Parsed> {
    let mut name: Option<String> = None;
    let mut dev = Dev::Null;
    let mut link: Option<String> = None;
    let mut move_netns = false;
    let mut qlen_set = false;
    let mut mtu_set = false;
    let mut netns_set = false;
    let mut numtx_set = false;
    let mut numrx_set = false;
    let mut link_netnsid_set = false;
    let mut index: i32 = 0;
    let mut group: i64 = -1;
    let mut addr_len = 0usize;
    let mut kind = None;

    while let Some(w) = args.next() {
        let w = w.as_str();
        if w == "up" {
            flag(req, IFF_UP, true);
        } else if w == "down" {
            flag(req, IFF_UP, false);
        } else if w == "name" {
            let v = args.need()?;
            if name.is_some() {
                return Err(duparg("name", &v));
            }
            if !check_ifname(&v) {
                return Err(invarg("\"name\" not a valid ifname", &v));
            }
            name = Some(v);
            if dev == Dev::Null {
                dev = Dev::Name;
            }
        } else if w == "index" {
            let v = args.need()?;
            if index != 0 {
                return Err(duparg("index", &v));
            }
            index = atoi(&v);
            if index <= 0 {
                return Err(invarg("Invalid \"index\" value", &v));
            }
        } else if matches(w, "link") {
            link = Some(args.need()?);
        } else if matches(w, "address") {
            let v = args.need()?;
            let a = ll_addr_a2n(&v)?;
            addr_len = a.len();
            req.attrs.add(IFLA_ADDRESS, &a);
        } else if matches(w, "broadcast") || w == "brd" {
            let v = args.need()?;
            let a = ll_addr_a2n(&v)?;
            req.attrs.add(IFLA_BROADCAST, &a);
        } else if matches(w, "txqueuelen") || w == "qlen" || matches(w, "txqlen") {
            let v = args.need()?;
            if qlen_set {
                return Err(duparg("txqueuelen", &v));
            }
            let q =
                get_integer(&v, 0).ok_or_else(|| invarg("Invalid \"txqueuelen\" value\n", &v))?;
            qlen_set = q != -1;
            req.attrs.add_u32(IFLA_TXQLEN, q as u32);
        } else if w == "mtu" {
            let v = args.need()?;
            if mtu_set {
                return Err(duparg("mtu", &v));
            }
            let m = get_integer(&v, 0).ok_or_else(|| invarg("Invalid \"mtu\" value\n", &v))?;
            mtu_set = m != -1;
            req.attrs.add_u32(IFLA_MTU, m as u32);
        } else if matches!(w, "xdpgeneric" | "xdpdrv" | "xdpoffload" | "xdp") {
            let offload = w == "xdpoffload";
            args.need()?;
            args.back();
            xdp_parse(args, req, w, value(&dev, &name).as_deref())?;
            if offload && same(&dev, &name) {
                dev = Dev::Null;
            }
        } else if w == "netns" {
            let v = args.need()?;
            if netns_set {
                return Err(duparg("netns", &v));
            }
            if let Some(fd) = netns_get_fd(&v) {
                req.attrs.add_u32(IFLA_NET_NS_FD, fd.as_raw_fd() as u32);
                req.fds.push(fd);
                netns_set = true;
            } else if let Some(pid) = get_integer(&v, 0) {
                req.attrs.add_u32(IFLA_NET_NS_PID, pid as u32);
                netns_set = pid != -1;
            } else {
                return Err(invarg("Invalid \"netns\" value\n", &v));
            }
            move_netns = true;
        } else if let Some((bit, on_sets)) = flag_word(w) {
            let v = args.need()?;
            req.change |= bit;
            // "trailers off" and "arp off" set the NO* flag.
            let set = match v.as_str() {
                "on" => on_sets,
                "off" => !on_sets,
                _ => return Err(on_off(w, &v)),
            };
            if set {
                req.ifi_flags |= bit;
            } else {
                req.ifi_flags &= !bit;
            }
        } else if w == "carrier" {
            let v = args.need()?;
            let c = parse_on_off("carrier", &v)?;
            req.attrs.add_u8(IFLA_CARRIER, c as u8);
        } else if w == "vf" {
            let v = args.need()?;
            let vf = get_integer(&v, 0).ok_or_else(|| invarg("Invalid \"vf\" value\n", &v))?;
            let list = req.attrs.begin_nest(IFLA_VFINFO_LIST);
            let Some(d) = value(&dev, &name) else {
                return Err(missarg("dev"));
            };
            super::vf::parse_vf(vf, args, req, &d)?;
            req.attrs.end_nest(list);
            if same(&dev, &name) {
                dev = Dev::Null;
            }
        } else if matches(w, "master") {
            let v = args.need()?;
            let i = crate::ifmap::name_to_index(&v);
            if i == 0 {
                return Err(invarg("Device does not exist\n", &v));
            }
            req.attrs.add_u32(IFLA_MASTER, i);
        } else if w == "vrf" {
            let v = args.need()?;
            let i = crate::ifmap::name_to_index(&v);
            if i == 0 || !name_is_vrf(&v) {
                return Err(invarg("Not a valid VRF name\n", &v));
            }
            req.attrs.add_u32(IFLA_MASTER, i);
        } else if matches(w, "nomaster") {
            req.attrs.add_u32(IFLA_MASTER, 0);
        } else if matches(w, "dynamic") {
            let v = args.need()?;
            req.change |= IFF_DYNAMIC;
            match v.as_str() {
                "on" => req.ifi_flags |= IFF_DYNAMIC,
                "off" => req.ifi_flags &= !IFF_DYNAMIC,
                _ => return Err(on_off("dynamic", &v)),
            }
        } else if matches(w, "type") {
            kind = Some(args.need()?);
            break;
        } else if matches(w, "alias") {
            let v = args.need()?;
            if v.len() >= 256 {
                return Err(invarg("alias too long\n", &v));
            }
            req.attrs.add(IFLA_IFALIAS, v.as_bytes());
        } else if w == "group" {
            let v = args.need()?;
            if group != -1 {
                return Err(duparg("group", &v));
            }
            let g = crate::names::group_id(&v)
                .ok_or_else(|| invarg("Invalid \"group\" value\n", &v))?;
            group = g as i64;
            req.attrs.add_u32(IFLA_GROUP, g);
        } else if w == "mode" {
            let v = args.need()?;
            let m = link_mode(&v).ok_or_else(|| invarg("Invalid link mode\n", &v))?;
            req.attrs.add_u8(IFLA_LINKMODE, m);
        } else if w == "state" {
            let v = args.need()?;
            let s = operstate(&v).ok_or_else(|| invarg("Invalid operstate\n", &v))?;
            req.attrs.add_u8(IFLA_OPERSTATE, s);
        } else if matches(w, "numtxqueues") {
            let v = args.need()?;
            if numtx_set {
                return Err(duparg("numtxqueues", &v));
            }
            let n =
                get_integer(&v, 0).ok_or_else(|| invarg("Invalid \"numtxqueues\" value\n", &v))?;
            numtx_set = n != -1;
            req.attrs.add_u32(IFLA_NUM_TX_QUEUES, n as u32);
        } else if matches(w, "numrxqueues") {
            let v = args.need()?;
            if numrx_set {
                return Err(duparg("numrxqueues", &v));
            }
            let n =
                get_integer(&v, 0).ok_or_else(|| invarg("Invalid \"numrxqueues\" value\n", &v))?;
            numrx_set = n != -1;
            req.attrs.add_u32(IFLA_NUM_RX_QUEUES, n as u32);
        } else if matches(w, "addrgenmode") {
            let v = args.need()?;
            let m =
                addr_gen_mode(&v).ok_or_else(|| invarg("Invalid address generation mode\n", &v))?;
            let afs = req.attrs.begin_nest(IFLA_AF_SPEC);
            let afs6 = req.attrs.begin_nest(AF_INET6);
            req.attrs.add_u8(IFLA_INET6_ADDR_GEN_MODE, m);
            req.attrs.end_nest(afs6);
            req.attrs.end_nest(afs);
        } else if matches(w, "link-netns") {
            let v = args.need()?;
            if link_netnsid_set {
                return Err(duparg("link-netns/link-netnsid", &v));
            }
            let mut id = get_netnsid_from_name(&v);
            if id < 0 {
                set_netnsid_from_name(&v, -1);
            }
            id = get_netnsid_from_name(&v);
            if id < 0 {
                return Err(invarg("Invalid \"link-netns\" value\n", &v));
            }
            link_netnsid_set = true;
            req.attrs.add_u32(IFLA_LINK_NETNSID, id as u32);
        } else if matches(w, "link-netnsid") {
            let v = args.need()?;
            if link_netnsid_set {
                return Err(duparg("link-netns/link-netnsid", &v));
            }
            let id =
                get_integer(&v, 0).ok_or_else(|| invarg("Invalid \"link-netnsid\" value\n", &v))?;
            link_netnsid_set = id != -1;
            req.attrs.add_u32(IFLA_LINK_NETNSID, id as u32);
        } else if w == "protodown" {
            let v = args.need()?;
            let p = parse_on_off("protodown", &v)?;
            req.attrs.add_u8(IFLA_PROTO_DOWN, p as u8);
        } else if w == "protodown_reason" {
            let v = args.need()?;
            let r = protodown_reason(&v).ok_or_else(|| invarg("invalid protodown reason\n", &v))?;
            let onoff = args.need()?;
            let mask = 1u32 << r;
            let val = if matches(&onoff, "on") {
                mask
            } else if matches(&onoff, "off") {
                0
            } else {
                return Err(on_off("protodown_reason", &onoff));
            };
            let pr = req
                .attrs
                .begin_nest(IFLA_PROTO_DOWN_REASON | crate::netlink::attr::NLA_F_NESTED);
            req.attrs.add_u32(IFLA_PROTO_DOWN_REASON_MASK, mask);
            req.attrs.add_u32(IFLA_PROTO_DOWN_REASON_VALUE, val);
            req.attrs.end_nest(pr);
        } else if w == "gso_max_size" {
            let v = args.need()?;
            let n = get_u32(&v, 0).ok_or_else(|| invarg("Invalid \"gso_max_size\" value\n", &v))?;
            req.attrs.add_u32(IFLA_GSO_MAX_SIZE, n);
        } else if w == "gso_max_segs" {
            let v = args.need()?;
            let n = get_u32(&v, 0)
                .filter(|n| *n <= 65535)
                .ok_or_else(|| invarg("Invalid \"gso_max_segs\" value\n", &v))?;
            req.attrs.add_u32(IFLA_GSO_MAX_SEGS, n);
        } else if w == "gro_max_size" {
            let v = args.need()?;
            let n = get_u32(&v, 0).ok_or_else(|| invarg("Invalid \"gro_max_size\" value\n", &v))?;
            req.attrs.add_u32(IFLA_GRO_MAX_SIZE, n);
        } else if w == "parentdev" {
            let v = args.need()?;
            req.attrs.add_str(IFLA_PARENT_DEV_NAME, &v);
        } else {
            if matches(w, "help") {
                return Err(super::usage::usage());
            }
            let d = if w == "dev" {
                args.need()?
            } else {
                w.to_string()
            };
            if !same(&dev, &name) {
                return Err(duparg2("dev", &d));
            }
            if !check_altifname(&d) {
                return Err(invarg("\"dev\" not a valid ifname", &d));
            }
            dev = Dev::Own(d);
        }
    }

    // "ip link add dev X" and "ip link add name X" both name the new device.
    if name.is_none() {
        name = value(&dev, &name);
        dev = Dev::Name;
    } else if dev == Dev::Null || value(&dev, &name) == name {
        dev = Dev::Name;
    }
    let devname = value(&dev, &name);
    let create = req.is_create();

    if let Some(d) = devname.as_deref() {
        if addr_len != 0 && !create {
            if let Some(halen) = ll_addr_len(d, req.family) {
                if halen != addr_len {
                    return Err(Error::ret(
                        1,
                        format!("Invalid address length {addr_len} - must be {halen} bytes"),
                    ));
                }
            }
        }
    }
    if index != 0 && !create && !move_netns {
        return Err(Error::exit(
            255,
            "index can be used only when creating devices or when moving device to another netns.",
        ));
    }
    if group != -1 && devname.is_none() {
        if let Some(next) = kind.as_ref().and(args.peek()) {
            return Err(garbage_exit(next));
        }
        if create {
            return Err(Error::exit(
                255,
                "group cannot be used when creating devices.",
            ));
        }
        return Ok(Parsed { kind: None });
    }
    if !create {
        let Some(d) = devname else {
            return Err(Error::exit(
                255,
                "Not enough information: \"dev\" argument is required.",
            ));
        };
        req.index = crate::ifmap::name_to_index(&d) as i32;
        if req.index == 0 {
            return Err(nodev(&d));
        }
        if dev == Dev::Name {
            name = None;
        }
        if index != 0 {
            req.attrs.add_u32(IFLA_NEW_IFINDEX, index as u32);
        }
    } else {
        if dev != Dev::Name {
            return Err(Error::exit(
                255,
                "both \"name\" and \"dev\" cannot be used when creating devices.",
            ));
        }
        if let Some(l) = link {
            let i = crate::ifmap::name_to_index(&l);
            if i == 0 {
                return Err(nodev(&l));
            }
            req.attrs.add_u32(IFLA_LINK, i);
        }
        req.index = index;
    }
    if let Some(n) = name {
        req.attrs.add_str(IFLA_IFNAME, &n);
    }
    Ok(Parsed { kind })
}

/// The on/off flag words handled alike: (flag bit, whether "on" sets the bit).
fn flag_word(w: &str) -> Option<(u32, bool)> {
    match w {
        "multicast" => Some((IFF_MULTICAST, true)),
        "allmulticast" => Some((IFF_ALLMULTI, true)),
        "promisc" => Some((IFF_PROMISC, true)),
        "trailers" => Some((IFF_NOTRAILERS, false)),
        "arp" => Some((IFF_NOARP, false)),
        _ => None,
    }
}

/// `Garbage instead of arguments "X ...". Try "ip link help".` with exit(-1).
pub fn garbage_exit(w: &str) -> Error {
    Error::exit(
        255,
        format!("Garbage instead of arguments \"{w} ...\". Try \"ip link help\"."),
    )
}

/// C atoi: leading blanks, sign, decimal digits; anything else stops it.
pub fn atoi(s: &str) -> i32 {
    let (v, _, _) = crate::cli::parse::strtol(s, 10);
    v as i32
}
