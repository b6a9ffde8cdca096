//! `bridge fdb` (iproute2 6.1 bridge/fdb.c): forwarding entries as AF_BRIDGE neighbours.
//! This file dispatches, dumps and prints; `modify` builds the add/del/get/flush requests.
pub mod modify;

use super::{atoi, brdev_index, nodev, required_brdev, talk_err, Br, DumpFail};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{self, duparg, duparg2, invarg, AF_BRIDGE};
use crate::cli::parse::{AF_INET, AF_INET6};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::AttrBuf;
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
    // do_* clear the global -t for good (it matters to a later `monitor` in a batch).
    br.g.timestamp = 0;
    let Some(verb) = args.next() else {
        return show(args, br);
    };
    let v = verb.as_str();
    if matches(v, "add") {
        return modify::modify(args, br, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_EXCL);
    }
    if matches(v, "append") {
        return modify::modify(args, br, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_APPEND);
    }
    if matches(v, "replace") {
        return modify::modify(args, br, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE);
    }
    if matches(v, "delete") {
        return modify::modify(args, br, RTM_DELNEIGH, 0);
    }
    if matches(v, "get") {
        return modify::get(args, br);
    }
    if matches(v, "show") || matches(v, "lst") || matches(v, "list") {
        return show(args, br);
    }
    if v == "flush" {
        return modify::flush(args, br);
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
        br.st.fdb_filter_master = brdev_index(&b)?;
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
            print_fdb(m, &f, stats, &Default::default(), out)?;
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

fn state_n2a(s: u16, json: bool) -> std::borrow::Cow<'static, str> {
    if s & NUD_PERMANENT != 0 {
        "permanent".into()
    } else if s & NUD_NOARP != 0 {
        "static".into()
    } else if s & NUD_STALE != 0 {
        "stale".into()
    } else if s & NUD_REACHABLE != 0 {
        "".into()
    } else {
        let v = if s == 0 {
            "0".to_string()
        } else {
            format!("{s:#x}")
        };
        if json {
            v.into()
        } else {
            format!("state={v}").into()
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
    hdr: &super::monitor::Headers,
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
    let tb = crate::netlink::attr::table_of::<{ NDA_MAX + 1 }>(&m.payload[12..]);
    let get = |i: u16| tb.get(i as usize).copied().flatten();
    let vid = get(NDA_VLAN).and_then(|a| a.u16()).unwrap_or(0);
    if f.vlan != 0 && f.vlan != vid as u32 {
        return Ok(());
    }
    if f.dynamic && state & NUD_PERMANENT != 0 {
        return Ok(());
    }
    hdr.print(out, "[NEIGH]")?;
    out.open_object("")?;
    if m.ty == RTM_DELNEIGH {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    if let Some(a) = get(NDA_LLADDR) {
        let s = crate::output::fmt::ll_addr_lazy(a.data, || {
            crate::ifmap::index_to_type(ifindex).unwrap_or(0xffff)
        });
        out.string_in(Ctx::Any, Color::Mac, "mac", &s, "", " ")?;
    }
    if f.index == 0 && ifindex != 0 {
        out.fp(format_args!("dev "))?;
        let n = crate::ifmap::index_to_name(ifindex);
        out.string_in(Ctx::Any, Color::Ifname, "ifname", &n, "", " ")?;
    }
    if let Some(a) = get(NDA_DST) {
        // format_host(family, len, data): 16 bytes are IPv6, anything else is read as IPv4.
        let family = if a.data.len() == 16 {
            AF_INET6
        } else {
            AF_INET
        };
        let s = crate::inet::format_host(family, a.data);
        out.fp(format_args!("dst "))?;
        let color = crate::output::color::family_color(family);
        out.string_in(Ctx::Any, color, "dst", &s, "", " ")?;
    }
    if vid != 0 {
        out.uint_in(Ctx::Any, "vlan", vid as u64, "vlan ", " ")?;
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
            out.string_in(Ctx::Any, Color::None, "", name, "", " ")?;
        }
    }
    out.close_array(Ctx::Json, "")?;
    if let Some(a) = get(NDA_MASTER) {
        let n = crate::ifmap::index_to_name(a.u32().unwrap_or(0));
        out.string_in(Ctx::Any, Color::None, "master", &n, "master ", " ")?;
    }
    let s = state_n2a(state, out.is_json());
    out.string_in(Ctx::Any, Color::None, "state", &s, "", "\n")?;
    out.close_object()
}

#[cfg(test)]
mod fixture_tests {
    use super::*;
    use crate::bridge::testutil::{dumps, render, truncations};

    const NL: &[u8] = include_bytes!("../../../compat-tests/fixtures/bridge/fdb.nl");

    fn show(json: bool, pretty: bool, f: Filter) -> String {
        let d = dumps(NL);
        render(json, pretty, false, |p| {
            p.begin_list()?;
            for m in &d[1] {
                print_fdb(m, &f, false, &Default::default(), p)?;
            }
            p.end_list()
        })
    }

    #[test]
    fn fdb_show_like_iproute2() {
        let none = Filter::default();
        assert_eq!(
            show(false, false, none),
            include_str!("../../../compat-tests/fixtures/bridge/fdb.fdb.txt")
        );
        assert_eq!(
            show(true, false, none),
            include_str!("../../../compat-tests/fixtures/bridge/fdb.jfdb.txt")
        );
        assert_eq!(
            show(true, true, none),
            include_str!("../../../compat-tests/fixtures/bridge/fdb.jpfdb.txt")
        );
        let vx0 = Filter {
            index: crate::ifmap::name_to_index("vx0"),
            ..none
        };
        assert_eq!(
            show(false, false, vx0),
            include_str!("../../../compat-tests/fixtures/bridge/fdb.devvx0.txt")
        );
    }

    #[test]
    fn truncated_capture_does_not_panic() {
        let d = dumps(NL);
        for short in truncations(&d[1]) {
            let _ = render(true, false, false, |p| {
                print_fdb(&short, &Filter::default(), true, &Default::default(), p)
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_dst_in_glibc_text() {
        // ndmsg: AF_BRIDGE, ifindex 0 (no name to look up), NUD_PERMANENT; then
        // NDA_LLADDR and a 16-byte NDA_DST holding ::1.2.3.4.
        let mut hdr = [0u8; 12];
        hdr[0] = AF_BRIDGE;
        hdr[8..10].copy_from_slice(&0x80u16.to_ne_bytes());
        let mut b = AttrBuf::with_header(&hdr);
        b.add(NDA_LLADDR, &[2, 0, 0, 0, 0, 1]);
        let mut dst = [0u8; 16];
        dst[12..].copy_from_slice(&[1, 2, 3, 4]);
        b.add(NDA_DST, &dst);
        let m = Msg {
            ty: RTM_NEWNEIGH,
            flags: 0,
            seq: 0,
            pid: 0,
            payload: &b.buf,
        };
        let mut v = Vec::new();
        let mut p = Printer::new(&mut v, false, false, false);
        print_fdb(&m, &Filter::default(), false, &Default::default(), &mut p).unwrap();
        let text = String::from_utf8(v).unwrap();
        assert!(
            text.starts_with("02:00:00:00:00:01 dst ::1.2.3.4 "),
            "{text}"
        );
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
}
