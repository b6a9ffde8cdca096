//! `bridge fdb` (iproute2 6.1 bridge/fdb.c): forwarding entries as AF_BRIDGE neighbours.
use super::{atoi, nodev, talk_err, Br, DumpFail};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{self, duparg, duparg2, invarg, AF_BRIDGE};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{table, AttrBuf};
use crate::netlink::{
    Msg, NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, RTM_DELNEIGH, RTM_GETNEIGH,
    RTM_NEWNEIGH,
};
use crate::output::printer::{Color, Ctx};
use crate::output::Printer;
use std::io::{self, Write};

const NDA_DST: u16 = 1;
const NDA_LLADDR: u16 = 2;
const NDA_CACHEINFO: u16 = 3;
const NDA_VLAN: u16 = 5;
const NDA_PORT: u16 = 6;
const NDA_VNI: u16 = 7;
const NDA_IFINDEX: u16 = 8;
const NDA_MASTER: u16 = 9;
const NDA_LINK_NETNSID: u16 = 10;
const NDA_SRC_VNI: u16 = 11;
const NDA_NH_ID: u16 = 13;
const NDA_NDM_STATE_MASK: u16 = 16;
const NDA_NDM_FLAGS_MASK: u16 = 17;
/// NDA_MAX as iproute2 6.1 knows it.
const NDA_MAX: usize = 17;

const NTF_USE: u8 = 0x01;
const NTF_SELF: u8 = 0x02;
const NTF_MASTER: u8 = 0x04;
const NTF_EXT_LEARNED: u8 = 0x10;
const NTF_OFFLOADED: u8 = 0x20;
const NTF_STICKY: u8 = 0x40;
const NTF_ROUTER: u8 = 0x80;

const NUD_REACHABLE: u16 = 0x02;
const NUD_STALE: u16 = 0x04;
const NUD_NOARP: u16 = 0x40;
const NUD_PERMANENT: u16 = 0x80;

const NLM_F_BULK: u16 = 0x200;

const USAGE: &str = "\
Usage: bridge fdb { add | append | del | replace } ADDR dev DEV
              [ self ] [ master ] [ use ] [ router ] [ extern_learn ]
              [ sticky ] [ local | static | dynamic ] [ vlan VID ]
              { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }
\t       [ via DEV ] [ src_vni VNI ]
       bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]
              [ state STATE ] [ dynamic ] ]
       bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV
              [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]
       bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]
              [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]
              [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]
              [ [no]offloaded ]
";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

pub fn run(args: &mut Args, br: &mut Br) -> Result<()> {
    // ll_init_map, answered lazily (ifmap::assume_full_map): the full link dump cost more
    // than the whole fdb listing.
    crate::ifmap::assume_full_map();
    let Some(verb) = args.next() else {
        return show(args, br);
    };
    let v = verb.as_str();
    if matches(v, "add") {
        return modify(args, br, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_EXCL);
    }
    if matches(v, "append") {
        return modify(args, br, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_APPEND);
    }
    if matches(v, "replace") {
        return modify(args, br, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE);
    }
    if matches(v, "delete") {
        return modify(args, br, RTM_DELNEIGH, 0);
    }
    if matches(v, "get") {
        return get(args, br);
    }
    if matches(v, "show") || matches(v, "lst") || matches(v, "list") {
        return show(args, br);
    }
    if v == "flush" {
        return flush(args, br);
    }
    if matches(v, "help") {
        return Err(usage());
    }
    Err(Error::exit(
        255,
        format!("Command \"{verb}\" is unknown, try \"bridge fdb help\"."),
    ))
}

/// The filters of fdb.c (static there, so they outlive a command inside -batch).
#[derive(Debug, Clone, Copy, Default)]
pub struct Filter {
    pub index: u32,
    pub state: u32,
    pub vlan: u32,
    pub dynamic: bool,
}

fn filter_of(br: &Br) -> Filter {
    Filter {
        index: br.st.fdb_filter_index,
        state: br.st.fdb_filter_state,
        vlan: br.st.fdb_filter_vlan,
        dynamic: br.st.fdb_filter_dynamic,
    }
}

/// state_a2n.
fn state_a2n(arg: &str) -> Option<u32> {
    if matches(arg, "permanent") {
        Some(NUD_PERMANENT as u32)
    } else if matches(arg, "static") || matches(arg, "temp") {
        Some(NUD_NOARP as u32)
    } else if matches(arg, "stale") {
        Some(NUD_STALE as u32)
    } else if matches(arg, "reachable") || matches(arg, "dynamic") {
        Some(NUD_REACHABLE as u32)
    } else if arg == "all" {
        Some(!0)
    } else {
        parse::get_u32(arg, 0)
    }
}

fn show(args: &mut Args, br: &mut Br) -> Result<()> {
    let mut filter_dev = None;
    let mut brdev = None;
    while let Some(w) = args.next() {
        match w.as_str() {
            "brport" | "dev" => filter_dev = Some(args.need()?),
            "br" => brdev = Some(args.need()?),
            "vlan" => {
                let v = args.need()?;
                if br.st.fdb_filter_vlan != 0 {
                    return Err(duparg("vlan", &v));
                }
                br.st.fdb_filter_vlan = atoi(&v) as u32;
            }
            "state" => {
                let v = args.need()?;
                let Some(s) = state_a2n(&v) else {
                    return Err(invarg("invalid state", &v));
                };
                br.st.fdb_filter_state |= s;
            }
            "dynamic" => br.st.fdb_filter_dynamic = true,
            w if matches(w, "help") => return Err(usage()),
            _ => {}
        }
    }
    if let Some(b) = brdev {
        let i = crate::ifmap::name_to_index(&b);
        if i == 0 {
            return Err(Error::ret(
                255,
                format!("Cannot find bridge device \"{b}\""),
            ));
        }
        br.st.fdb_filter_master = i;
    }
    if let Some(d) = filter_dev {
        let i = crate::ifmap::name_to_index(&d);
        if i == 0 {
            return Err(nodev(&d));
        }
        br.st.fdb_filter_index = i;
    }
    // rtnl_neighdump_req with fdb_dump_filter (the socket is in strict mode).
    let req = dump_request(br.st.fdb_filter_index, br.st.fdb_filter_master);
    let f = filter_of(br);
    let stats = br.g.stats > 0;
    br.out.begin_list()?;
    let out = &mut br.out;
    br.nl.dump(
        RTM_GETNEIGH,
        &req,
        |m| -> std::result::Result<(), DumpFail> {
            print_fdb(m, &f, stats, out)?;
            Ok(())
        },
    )?;
    br.out.end_list()?;
    Ok(())
}

/// ndmsg{AF_BRIDGE, ifindex} and NDA_MASTER when filtering by bridge.
pub fn dump_request(index: u32, master: u32) -> Vec<u8> {
    let mut r = AttrBuf::with_header(&ndmsg(AF_BRIDGE, index, 0, 0));
    if master != 0 {
        r.add_u32(NDA_MASTER, master);
    }
    r.buf
}

fn ndmsg(family: u8, index: u32, state: u16, flags: u8) -> [u8; 12] {
    let mut h = [0u8; 12];
    h[0] = family;
    h[4..8].copy_from_slice(&index.to_ne_bytes());
    h[8..10].copy_from_slice(&state.to_ne_bytes());
    h[10] = flags;
    h
}

fn state_n2a(s: u16, json: bool) -> String {
    if s & NUD_PERMANENT != 0 {
        "permanent".into()
    } else if s & NUD_NOARP != 0 {
        "static".into()
    } else if s & NUD_STALE != 0 {
        "stale".into()
    } else if s & NUD_REACHABLE != 0 {
        String::new()
    } else {
        let v = if s == 0 {
            "0".to_string()
        } else {
            format!("{s:#x}")
        };
        if json {
            v
        } else {
            format!("state={v}")
        }
    }
}

fn user_hz() -> u32 {
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if hz > 0 {
        hz as u32
    } else {
        100
    }
}

/// print_fdb of bridge/fdb.c (also used by the monitor).
pub fn print_fdb<W: Write>(
    m: &Msg,
    f: &Filter,
    stats: bool,
    out: &mut Printer<W>,
) -> io::Result<()> {
    if m.ty != RTM_NEWNEIGH && m.ty != RTM_DELNEIGH {
        crate::error::warn(&format!(
            "Not RTM_NEWNEIGH: {:08x} {:08x} {:08x}",
            m.payload.len() + 16,
            m.ty,
            m.flags
        ));
        return Ok(());
    }
    let Some(h) = m.payload.get(..12) else {
        crate::error::warn(&format!(
            "BUG: wrong nlmsg len {}",
            m.payload.len() as i64 - 12
        ));
        return Ok(());
    };
    let family = h[0];
    let ifindex = u32::from_ne_bytes([h[4], h[5], h[6], h[7]]);
    let state = u16::from_ne_bytes([h[8], h[9]]);
    let flags = h[10];
    if family != AF_BRIDGE {
        return Ok(());
    }
    if f.index != 0 && f.index != ifindex {
        return Ok(());
    }
    if f.state != 0 && state as u32 & f.state == 0 {
        return Ok(());
    }
    let tb = table(&m.payload[12..], NDA_MAX);
    let get = |i: u16| tb.get(i as usize).copied().flatten();
    let vid = get(NDA_VLAN).and_then(|a| a.u16()).unwrap_or(0);
    if f.vlan != 0 && f.vlan != vid as u32 {
        return Ok(());
    }
    if f.dynamic && state & NUD_PERMANENT != 0 {
        return Ok(());
    }
    out.open_object("")?;
    if m.ty == RTM_DELNEIGH {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    if let Some(a) = get(NDA_LLADDR) {
        let ty = crate::ifmap::index_to_type(ifindex).unwrap_or(0);
        let s = crate::output::fmt::ll_addr(a.data, ty);
        out.string_c(Ctx::Any, Color::Mac, "mac", &s, format_args!("{s} "))?;
    }
    if f.index == 0 && ifindex != 0 {
        out.fp(format_args!("dev "))?;
        let n = crate::ifmap::index_to_name(ifindex);
        out.string_c(Ctx::Any, Color::Ifname, "ifname", &n, format_args!("{n} "))?;
    }
    if let Some(a) = get(NDA_DST) {
        let (s, color) = if a.data.len() == 16 {
            let mut o = [0u8; 16];
            o.copy_from_slice(a.data);
            (std::net::Ipv6Addr::from(o).to_string(), Color::Inet6)
        } else {
            let s = match a.data.get(..4) {
                Some(b) => std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string(),
                None => "???".to_string(),
            };
            (s, Color::Inet)
        };
        out.fp(format_args!("dst "))?;
        out.string_c(Ctx::Any, color, "dst", &s, format_args!("{s} "))?;
    }
    if vid != 0 {
        out.uint(Ctx::Any, "vlan", vid as u64, format_args!("vlan {vid} "))?;
    }
    if let Some(a) = get(NDA_PORT) {
        let v = a.be16().unwrap_or(0);
        out.uint(Ctx::Any, "port", v as u64, format_args!("port {v} "))?;
    }
    if let Some(a) = get(NDA_VNI) {
        let v = a.u32().unwrap_or(0);
        out.uint(Ctx::Any, "vni", v as u64, format_args!("vni {v} "))?;
    }
    if let Some(a) = get(NDA_SRC_VNI) {
        let v = a.u32().unwrap_or(0);
        out.uint(Ctx::Any, "src_vni", v as u64, format_args!("src_vni {v} "))?;
    }
    if let Some(a) = get(NDA_IFINDEX) {
        let i = a.u32().unwrap_or(0);
        if get(NDA_LINK_NETNSID).is_some() {
            out.uint(
                Ctx::Any,
                "viaIfIndex",
                i as u64,
                format_args!("via ifindex {i} "),
            )?;
        } else {
            let n = crate::ifmap::index_to_name(i);
            out.string(Ctx::Any, "viaIf", &n, format_args!("via {n} "))?;
        }
    }
    if let Some(a) = get(NDA_NH_ID) {
        let v = a.u32().unwrap_or(0);
        out.uint(Ctx::Any, "nhid", v as u64, format_args!("nhid {v} "))?;
    }
    if let Some(a) = get(NDA_LINK_NETNSID) {
        let v = a.u32().unwrap_or(0);
        out.uint(
            Ctx::Any,
            "linkNetNsId",
            v as u64,
            format_args!("link-netnsid {} ", v as i32),
        )?;
    }
    if stats {
        if let Some(a) = get(NDA_CACHEINFO) {
            let w = |o: usize| {
                a.data
                    .get(o..o + 4)
                    .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
                    .unwrap_or(0)
            };
            let hz = user_hz();
            let (used, updated) = (w(4) / hz, w(8) / hz);
            if out.is_json() {
                out.uint(Ctx::Json, "used", used as u64, format_args!(""))?;
                out.uint(Ctx::Json, "updated", updated as u64, format_args!(""))?;
            } else {
                out.fp(format_args!("used {}/{} ", used as i32, updated as i32))?;
            }
        }
    }
    out.open_array(Ctx::Json, "flags", "")?;
    for (bit, name) in [
        (NTF_SELF, "self"),
        (NTF_ROUTER, "router"),
        (NTF_EXT_LEARNED, "extern_learn"),
        (NTF_OFFLOADED, "offload"),
        (NTF_MASTER, "master"),
        (NTF_STICKY, "sticky"),
    ] {
        if flags & bit != 0 {
            out.string(Ctx::Any, "", name, format_args!("{name} "))?;
        }
    }
    out.close_array(Ctx::Json, "")?;
    if let Some(a) = get(NDA_MASTER) {
        let n = crate::ifmap::index_to_name(a.u32().unwrap_or(0));
        out.string(Ctx::Any, "master", &n, format_args!("master {n} "))?;
    }
    let s = state_n2a(state, out.is_json());
    out.string(Ctx::Any, "state", &s, format_args!("{s}\n"))?;
    out.close_object()
}

/// sscanf(addr, "%hhx:%hhx:%hhx:%hhx:%hhx:%hhx") == 6.
pub fn scan_mac(s: &str) -> Option<[u8; 6]> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut mac = [0u8; 6];
    for (k, slot) in mac.iter_mut().enumerate() {
        if k > 0 {
            if b.get(i) != Some(&b':') {
                return None;
            }
            i += 1;
        }
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut neg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            neg = b[i] == b'-';
            i += 1;
        }
        if i + 1 < b.len()
            && b[i] == b'0'
            && (b[i + 1] | 0x20) == b'x'
            && b.get(i + 2).is_some_and(|c| c.is_ascii_hexdigit())
        {
            i += 2;
        }
        let start = i;
        let mut v: u64 = 0;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            v = v
                .wrapping_mul(16)
                .wrapping_add((b[i] as char).to_digit(16).unwrap_or(0) as u64);
            i += 1;
        }
        if i == start {
            return None;
        }
        *slot = if neg { v.wrapping_neg() as u8 } else { v as u8 };
    }
    Some(mac)
}

/// strtoul(arg, &end, 0) with a complete parse: `vni`/`src_vni` (an empty word is 0).
fn parse_vni(arg: &str, what: &str) -> Result<u32> {
    let (v, used, over) = parse::strtoul(arg, 0);
    let rest_ok = used == arg.len() || (used == 0 && arg.trim().is_empty() && arg.is_empty());
    if !rest_ok || v >> 24 != 0 || over || v == u64::MAX {
        return Err(invarg(what, arg));
    }
    Ok(v as u32)
}

/// getservbyname(name, "udp") from /etc/services, without NSS.
fn udp_service(name: &str) -> Option<u16> {
    let text = std::fs::read_to_string("/etc/services").ok()?;
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut it = line.split_whitespace();
        let (Some(svc), Some(pp)) = (it.next(), it.next()) else {
            continue;
        };
        let Some((port, proto)) = pp.split_once('/') else {
            continue;
        };
        if proto != "udp" {
            continue;
        }
        if svc == name || it.any(|a| a == name) {
            return port.parse().ok();
        }
    }
    None
}

/// What fdb_modify sends (ifindex filled in last, as the reference resolves it last).
#[derive(Debug)]
pub struct FdbSpec {
    pub dev: Option<String>,
    pub addr: Option<String>,
    state: u16,
    flags: u8,
    dst: Option<Vec<u8>>,
    port: u64,
    vni: Option<u32>,
    src_vni: Option<u32>,
    via: u32,
    vid: i16,
    nhid: u32,
}

impl FdbSpec {
    pub fn parse(
        args: &mut Args,
        family: u8,
        index: &mut impl FnMut(&str) -> u32,
    ) -> Result<FdbSpec> {
        let mut s = FdbSpec {
            dev: None,
            addr: None,
            state: NUD_NOARP,
            flags: 0,
            dst: None,
            port: 0,
            vni: None,
            src_vni: None,
            via: 0,
            vid: -1,
            nhid: 0,
        };
        while let Some(w) = args.next() {
            let w = w.as_str();
            match w {
                "dev" => s.dev = Some(args.need()?),
                "dst" => {
                    let v = args.need()?;
                    if s.dst.is_some() {
                        return Err(duparg2("dst", &v));
                    }
                    let p = parse::get_addr(&v, family)?;
                    let bytes = match p.addr {
                        Some(_) => p.bytes(),
                        None if p.is_any => Vec::new(),
                        None => vec![0; parse::af_bit_len(p.family) as usize / 8],
                    };
                    s.dst = Some(bytes);
                }
                "nhid" => {
                    let v = args.need()?;
                    s.nhid = parse::get_u32(&v, 0)
                        .ok_or_else(|| invarg("\"id\" value is invalid\n", &v))?;
                }
                "port" => {
                    let v = args.need()?;
                    let (n, used, over) = parse::strtoul(&v, 0);
                    if used != v.len() && !(used == 0 && v.is_empty()) {
                        s.port =
                            udp_service(&v).ok_or_else(|| invarg("invalid port\n", &v))? as u64;
                    } else if n > 0xffff || over {
                        return Err(invarg("invalid port\n", &v));
                    } else {
                        s.port = n;
                    }
                }
                "vni" => s.vni = Some(parse_vni(&args.need()?, "invalid VNI\n")?),
                "src_vni" => s.src_vni = Some(parse_vni(&args.need()?, "invalid src VNI\n")?),
                "via" => {
                    let v = args.need()?;
                    s.via = index(&v);
                    if s.via == 0 {
                        return Err(Error::exit(255, format!("Cannot find device \"{v}\"")));
                    }
                }
                "self" => s.flags |= NTF_SELF,
                _ if matches(w, "master") => s.flags |= NTF_MASTER,
                _ if matches(w, "router") => s.flags |= NTF_ROUTER,
                _ if matches(w, "local") || matches(w, "permanent") => s.state |= NUD_PERMANENT,
                _ if matches(w, "temp") || matches(w, "static") => s.state |= NUD_REACHABLE,
                _ if matches(w, "dynamic") => {
                    s.state |= NUD_REACHABLE;
                    s.state &= !NUD_NOARP;
                }
                _ if matches(w, "vlan") => {
                    if s.vid >= 0 {
                        return Err(duparg2("vlan", w));
                    }
                    s.vid = atoi(&args.need()?) as i16;
                }
                _ if matches(w, "use") => s.flags |= NTF_USE,
                _ if matches(w, "extern_learn") => s.flags |= NTF_EXT_LEARNED,
                _ if matches(w, "sticky") => s.flags |= NTF_STICKY,
                _ => {
                    let a = if w == "to" {
                        args.need()?
                    } else {
                        w.to_string()
                    };
                    if matches(&a, "help") {
                        return Err(usage());
                    }
                    if s.addr.is_some() {
                        return Err(duparg2("to", &a));
                    }
                    s.addr = Some(a);
                }
            }
        }
        Ok(s)
    }

    /// The checks after the loop; returns the MAC to send.
    fn check(&mut self) -> Result<[u8; 6]> {
        let (Some(_), Some(addr)) = (&self.dev, &self.addr) else {
            return Err(Error::ret(
                255,
                "Device and address are required arguments.",
            ));
        };
        if self.nhid != 0 && (self.dst.is_some() || self.port != 0 || self.vni.is_some()) {
            return Err(Error::ret(
                255,
                "dst, port, vni are mutually exclusive with nhid",
            ));
        }
        if self.flags & (NTF_SELF | NTF_MASTER) == 0 {
            self.flags |= NTF_SELF;
        }
        if self.state & (NUD_PERMANENT | NUD_REACHABLE) == 0 {
            self.state |= NUD_PERMANENT;
        }
        scan_mac(addr).ok_or_else(|| Error::ret(255, format!("Invalid mac address {addr}")))
    }

    pub fn request(&self, mac: &[u8; 6], ifindex: u32) -> Vec<u8> {
        let mut r = AttrBuf::with_header(&ndmsg(AF_BRIDGE, ifindex, self.state, self.flags));
        r.add(NDA_LLADDR, mac);
        if let Some(d) = &self.dst {
            r.add(NDA_DST, d);
        }
        if self.vid >= 0 {
            r.add_u16(NDA_VLAN, self.vid as u16);
        }
        if self.nhid > 0 {
            r.add_u32(NDA_NH_ID, self.nhid);
        }
        if self.port != 0 {
            r.add(NDA_PORT, &(self.port as u16).to_be_bytes());
        }
        if let Some(v) = self.vni {
            r.add_u32(NDA_VNI, v);
        }
        if let Some(v) = self.src_vni {
            r.add_u32(NDA_SRC_VNI, v);
        }
        if self.via != 0 {
            r.add_u32(NDA_IFINDEX, self.via);
        }
        r.buf
    }
}

fn modify(args: &mut Args, br: &mut Br, cmd: u16, flags: u16) -> Result<()> {
    let mut spec = FdbSpec::parse(args, br.g.family, &mut |n| crate::ifmap::name_to_index(n))?;
    let mac = spec.check()?;
    let dev = spec.dev.clone().unwrap_or_default();
    let idx = crate::ifmap::name_to_index(&dev);
    if idx == 0 {
        return Err(nodev(&dev));
    }
    br.nl
        .talk(cmd, flags, &spec.request(&mac, idx))
        .map_err(talk_err)
}

fn get(args: &mut Args, br: &mut Br) -> Result<()> {
    let mut d: Option<String> = None;
    let mut brdev: Option<String> = None;
    let mut vni: Option<u32> = None;
    let mut flags = 0u8;
    let mut vlan: i16 = -1;
    let mut addr: Option<String> = None;
    while let Some(w) = args.next() {
        let w = w.as_str();
        match w {
            "brport" | "dev" => d = Some(args.need()?),
            "br" => brdev = Some(args.need()?),
            "vni" => vni = Some(parse_vni(&args.need()?, "invalid VNI\n")?),
            "self" => flags |= NTF_SELF,
            _ if matches(w, "master") => flags |= NTF_MASTER,
            _ if matches(w, "vlan") => {
                if vlan >= 0 {
                    return Err(duparg2("vlan", w));
                }
                vlan = atoi(&args.need()?) as i16;
            }
            _ if matches(w, "dynamic") => br.st.fdb_filter_dynamic = true,
            _ => {
                let a = if w == "to" {
                    args.need()?
                } else {
                    w.to_string()
                };
                if matches(&a, "help") {
                    return Err(usage());
                }
                if addr.is_some() {
                    return Err(duparg2("to", &a));
                }
                addr = Some(a);
            }
        }
    }
    let Some(addr) = addr.filter(|_| d.is_some() || brdev.is_some()) else {
        return Err(Error::ret(
            255,
            "Device or master and address are required arguments.",
        ));
    };
    let Some(mac) = scan_mac(&addr) else {
        return Err(Error::ret(255, format!("Invalid mac address {addr}")));
    };
    let mut ifindex = 0;
    let mut tail = AttrBuf::new();
    tail.add(NDA_LLADDR, &mac);
    if vlan >= 0 {
        tail.add_u16(NDA_VLAN, vlan as u16);
    }
    if let Some(v) = vni {
        tail.add_u32(NDA_VNI, v);
    }
    if let Some(d) = &d {
        ifindex = crate::ifmap::name_to_index(d);
        if ifindex == 0 {
            return Err(nodev(d));
        }
    }
    if let Some(b) = &brdev {
        let i = crate::ifmap::name_to_index(b);
        if i == 0 {
            return Err(Error::ret(
                255,
                format!("Cannot find bridge device \"{b}\""),
            ));
        }
        tail.add_u32(NDA_MASTER, i);
    }
    let mut req = ndmsg(AF_BRIDGE, ifindex, 0, flags).to_vec();
    req.extend_from_slice(&tail.buf);
    let answer = br
        .nl
        .talk_answer(RTM_GETNEIGH, 0, &req, |m| {
            (m.ty, m.flags, m.payload.to_vec())
        })
        .map_err(|e| Error::raw(254, e.text, Failure::Return))?;
    let f = filter_of(br);
    let stats = br.g.stats > 0;
    br.out.begin_list()?;
    let m = Msg {
        ty: answer.0,
        flags: answer.1,
        seq: 0,
        pid: 0,
        payload: &answer.2,
    };
    print_fdb(&m, &f, stats, &mut br.out)?;
    br.out.end_list()?;
    Ok(())
}

/// What fdb_flush sends.
#[derive(Debug, Default)]
pub struct FlushSpec {
    pub dev: Option<String>,
    pub port: Option<String>,
    vid: i16,
    ndm_flags: u16,
    ndm_state: u16,
    flags_mask: u16,
    state_mask: u16,
}

impl FlushSpec {
    pub fn parse(args: &mut Args) -> Result<FlushSpec> {
        let mut s = FlushSpec {
            vid: -1,
            ..FlushSpec::default()
        };
        while let Some(w) = args.next() {
            let (f, st) = (NTF_USE as u16, 0);
            let _ = (f, st);
            match w.as_str() {
                "dev" => s.dev = Some(args.need()?),
                "master" => s.ndm_flags |= NTF_MASTER as u16,
                "self" => s.ndm_flags |= NTF_SELF as u16,
                "permanent" => {
                    s.ndm_state |= NUD_PERMANENT;
                    s.state_mask |= NUD_PERMANENT;
                }
                "nopermanent" => {
                    s.ndm_state &= !NUD_PERMANENT;
                    s.state_mask |= NUD_PERMANENT;
                }
                "static" => {
                    s.ndm_state |= NUD_NOARP;
                    s.state_mask |= NUD_NOARP | NUD_PERMANENT;
                }
                "nostatic" => {
                    s.ndm_state &= !NUD_NOARP;
                    s.state_mask |= NUD_NOARP;
                }
                "dynamic" => {
                    s.ndm_state &= !NUD_NOARP;
                    s.state_mask |= NUD_NOARP | NUD_PERMANENT;
                }
                "nodynamic" => {
                    s.ndm_state |= NUD_NOARP;
                    s.state_mask |= NUD_NOARP;
                }
                "added_by_user" => s.flag(NTF_USE, true),
                "noadded_by_user" => s.flag(NTF_USE, false),
                "extern_learn" => s.flag(NTF_EXT_LEARNED, true),
                "noextern_learn" => s.flag(NTF_EXT_LEARNED, false),
                "sticky" => s.flag(NTF_STICKY, true),
                "nosticky" => s.flag(NTF_STICKY, false),
                "offloaded" => s.flag(NTF_OFFLOADED, true),
                "nooffloaded" => s.flag(NTF_OFFLOADED, false),
                "brport" => {
                    if s.port.is_some() {
                        return Err(duparg2("brport", "brport"));
                    }
                    s.port = Some(args.need()?);
                }
                "vlan" => {
                    if s.vid >= 0 {
                        return Err(duparg2("vlan", "vlan"));
                    }
                    s.vid = atoi(&args.need()?) as i16;
                }
                "help" => {
                    // fdb_flush steps over the word after "help" (NEXT_ARG).
                    args.need()?;
                }
                _ => {}
            }
        }
        Ok(s)
    }

    fn flag(&mut self, bit: u8, on: bool) {
        if on {
            self.ndm_flags |= bit as u16;
        } else {
            self.ndm_flags &= !(bit as u16);
        }
        self.flags_mask |= bit as u16;
    }

    pub fn request(&self, ifindex: u32, port_ifidx: Option<i16>) -> Vec<u8> {
        let mut flags = self.ndm_flags;
        if flags & (NTF_SELF | NTF_MASTER) as u16 == 0 {
            flags |= NTF_SELF as u16;
        }
        let mut r = AttrBuf::with_header(&ndmsg(AF_BRIDGE, ifindex, self.ndm_state, flags as u8));
        if let Some(p) = port_ifidx {
            r.add_u32(NDA_IFINDEX, p as i32 as u32);
        }
        if self.vid > -1 {
            r.add_u16(NDA_VLAN, self.vid as u16);
        }
        if self.flags_mask != 0 {
            r.add_u8(NDA_NDM_FLAGS_MASK, self.flags_mask as u8);
        }
        if self.state_mask != 0 {
            r.add_u16(NDA_NDM_STATE_MASK, self.state_mask);
        }
        r.buf
    }
}

fn flush(args: &mut Args, br: &mut Br) -> Result<()> {
    let s = FlushSpec::parse(args)?;
    let Some(dev) = &s.dev else {
        return Err(Error::ret(255, "Device is a required argument."));
    };
    let idx = crate::ifmap::name_to_index(dev);
    if idx == 0 {
        return Err(Error::ret(
            255,
            format!("Cannot find bridge device \"{dev}\""),
        ));
    }
    let mut port_ifidx = None;
    if let Some(p) = &s.port {
        let i = crate::ifmap::name_to_index(p) as i16;
        if i == 0 {
            return Err(Error::ret(
                255,
                format!("Cannot find bridge port device \"{p}\""),
            ));
        }
        port_ifidx = Some(i);
    }
    if s.vid >= 4096 {
        return Err(Error::ret(
            255,
            format!("Invalid VLAN ID \"{}\"", s.vid as u16),
        ));
    }
    br.nl
        .talk(RTM_DELNEIGH, NLM_F_BULK, &s.request(idx, port_ifidx))
        .map_err(talk_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mac_scanning_like_sscanf() {
        assert_eq!(scan_mac("02:00:00:00:00:09"), Some([2, 0, 0, 0, 0, 9]));
        assert_eq!(scan_mac("1:2:3:4:5:6:7"), Some([1, 2, 3, 4, 5, 6]));
        assert_eq!(scan_mac("aaa:0x1b:3:4:5:6"), Some([0xaa, 0x1b, 3, 4, 5, 6]));
        assert_eq!(scan_mac("zz"), None);
        assert_eq!(scan_mac("1:2:3:4:5"), None);
    }

    #[test]
    fn states() {
        assert_eq!(state_n2a(0x80, false), "permanent");
        assert_eq!(state_n2a(0x02, false), "");
        assert_eq!(state_n2a(0, false), "state=0");
        assert_eq!(state_n2a(0x20, true), "0x20");
        assert_eq!(state_a2n("st"), Some(0x40));
        assert_eq!(state_a2n("all"), Some(!0));
        assert_eq!(state_a2n("x"), None);
    }

    #[test]
    fn vni_rules() {
        assert_eq!(parse_vni("42", "v").unwrap(), 42);
        assert_eq!(parse_vni("", "v").unwrap(), 0);
        assert!(parse_vni("-1", "v").is_err());
        assert!(parse_vni("16777216", "v").is_err());
        assert!(parse_vni("1x", "v").is_err());
    }
}
