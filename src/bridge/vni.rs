//! `bridge vni` (iproute2 6.1 bridge/vni.c): the VNI filter of vxlan devices in
//! `external vnifilter` mode.
use super::monitor::Headers;
use super::port::{close_port, open_port_entry, PortRtm};
use super::{atoi, parse_show_filter, talk_err, Br, DumpFail};
use crate::cli::args::Args;
use crate::cli::parse::{self, invarg, AF_BRIDGE};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{table, Attr, AttrBuf, AttrIter, NLA_F_NESTED};
use crate::netlink::Msg;
use crate::output::printer::Ctx;
use crate::output::Printer;
use std::io::{self, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

pub const RTM_NEWTUNNEL: u16 = 120;
pub const RTM_DELTUNNEL: u16 = 121;
pub const RTM_GETTUNNEL: u16 = 122;
const VNI_RTM: PortRtm = PortRtm {
    new: RTM_NEWTUNNEL,
    del: RTM_DELTUNNEL,
    get: RTM_GETTUNNEL,
    unknown: "Unknown vni tunnel rtm msg",
    label: "[TUNNEL]",
};

const VXLAN_VNIFILTER_ENTRY: u16 = 1;
const ENTRY_START: u16 = 1;
const ENTRY_END: u16 = 2;
const ENTRY_GROUP: u16 = 3;
const ENTRY_GROUP6: u16 = 4;
const ENTRY_STATS: u16 = 5;
const TUNNEL_MSG_FLAG_STATS: u8 = 1;

const USAGE: &str = "\
Usage: bridge vni { add | del } vni VNI
\t\t[ { group | remote } IP_ADDRESS ]
\t\t[ dev DEV ]
       bridge vni { show }

Where:\tVNI\t:= 0-16777215
";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

pub fn run(args: &mut Args, br: &mut Br) -> Result<()> {
    br.enter()?;
    let Some(verb) = args.next() else {
        return show(args, br);
    };
    match verb.as_str() {
        "add" => modify(args, br, RTM_NEWTUNNEL),
        "delete" => modify(args, br, RTM_DELTUNNEL),
        "show" | "lst" | "list" => show(args, br),
        "help" => Err(usage()),
        _ => Err(Error::exit(
            255,
            format!("Command \"{verb}\" is unknown, try \"bridge vni help\"."),
        )),
    }
}

fn tunnel_msg(flags: u8, ifindex: u32) -> [u8; 8] {
    let mut h = [0u8; 8];
    h[0] = AF_BRIDGE;
    h[1] = flags;
    h[4..8].copy_from_slice(&ifindex.to_ne_bytes());
    h
}

/// The group/remote as get_addr left it: (attribute type, bytes).
fn group_attr(p: &parse::Prefix) -> (u16, Vec<u8>) {
    match p.addr {
        Some(IpAddr::V4(a)) => (ENTRY_GROUP, a.octets().to_vec()),
        Some(IpAddr::V6(a)) => (ENTRY_GROUP6, a.octets().to_vec()),
        // default/any with AF_UNSPEC: no INET address type, so group_type stays 0.
        None => (0, Vec::new()),
    }
}

/// vni_modify's request body (tunnel_msg + entries), the ifindex resolved last.
pub fn modify_request(args: &mut Args, index: &mut impl FnMut(&str) -> u32) -> Result<Vec<u8>> {
    let mut d: Option<String> = None;
    let mut vni: Option<String> = None;
    let mut group: Option<parse::Prefix> = None;
    while let Some(w) = args.next() {
        match w.as_str() {
            "dev" => d = Some(args.need()?),
            "vni" => {
                let v = args.need()?;
                if vni.is_some() {
                    return Err(invarg("duplicate vni", &v));
                }
                vni = Some(v);
            }
            "group" => {
                if group.is_some() {
                    return Err(invarg("duplicate group", &w));
                }
                let v = args.need()?;
                let p = parse::get_addr(&v, parse::AF_UNSPEC)?;
                let multi = match p.addr {
                    Some(IpAddr::V4(a)) => a.is_multicast(),
                    Some(IpAddr::V6(a)) => a.is_multicast(),
                    None => false,
                };
                if !multi {
                    return Err(invarg("invalid group address", &v));
                }
                group = Some(p);
            }
            "remote" => {
                if group.is_some() {
                    return Err(invarg("duplicate group", &w));
                }
                let v = args.need()?;
                group = Some(parse::get_addr(&v, parse::AF_UNSPEC)?);
            }
            "help" => return Err(usage()),
            _ => {}
        }
    }
    let (Some(d), Some(vni)) = (d, vni) else {
        return Err(Error::ret(255, "Device and VNI ID are required arguments."));
    };
    let mut r = AttrBuf::new();
    for tok in vni.split(',').filter(|t| !t.is_empty()) {
        let (start, end) = match tok.find('-') {
            Some(p) => (atoi(&tok[..p]) as u32, atoi(&tok[p + 1..]) as u32),
            None => (atoi(tok) as u32, 0),
        };
        let n = r.begin_nest(VXLAN_VNIFILTER_ENTRY | NLA_F_NESTED);
        r.add_u32(ENTRY_START, start);
        if end != 0 {
            r.add_u32(ENTRY_END, end);
        }
        if let Some(g) = &group {
            let (ty, bytes) = group_attr(g);
            r.add(ty, &bytes);
        }
        r.end_nest(n);
    }
    let idx = index(&d);
    if idx == 0 {
        return Err(Error::ret(255, format!("Cannot find vxlan device \"{d}\"")));
    }
    let mut out = tunnel_msg(0, idx).to_vec();
    out.extend_from_slice(&r.buf);
    Ok(out)
}

fn modify(args: &mut Args, br: &mut Br, cmd: u16) -> Result<()> {
    let req = modify_request(args, &mut |n| crate::ifmap::name_to_index(n))?;
    br.nl.talk(cmd, 0, &req).map_err(talk_err)
}

fn show(args: &mut Args, br: &mut Br) -> Result<()> {
    parse_show_filter(args, &mut br.st.vni_filter_index, None)?;
    let filter = br.st.vni_filter_index;
    br.out.begin_list()?;
    let flags = if br.g.stats > 0 {
        TUNNEL_MSG_FLAG_STATS
    } else {
        0
    };
    if !br.out.is_json() {
        br.out.raw(format_args!(
            "{:<16}  {:<15}  {:<15}\n",
            "dev", "vni", "group/remote"
        ))?;
    }
    let out = &mut br.out;
    br.nl
        .dump(
            RTM_GETTUNNEL,
            &tunnel_msg(flags, filter),
            |m| -> std::result::Result<(), DumpFail> {
                print_vnifilter_rtm(m, filter, &Default::default(), out)?;
                Ok(())
            },
        )
        .map_err(|e| {
            let e: Error = e.into();
            let text = e
                .msg
                .unwrap_or_default()
                .replace("Dump terminated\n", "Dump ternminated\n");
            Error::raw(1, text, Failure::Exit)
        })?;
    br.out.end_list()?;
    Ok(())
}

fn print_range<W: Write>(out: &mut Printer<W>, start: u32, end: u32) -> io::Result<()> {
    out.uint(Ctx::Any, "vni", start as u64, format_args!(" {start}"))?;
    if start != end {
        out.uint(Ctx::Any, "vniEnd", end as u64, format_args!("-{end:<14} "))?;
    }
    Ok(())
}

fn print_stats<W: Write>(out: &mut Printer<W>, a: Attr) -> io::Result<()> {
    let t = table(a.data, 9);
    let get = |i: usize| t.get(i).copied().flatten().and_then(|a| a.u64());
    out.open_object("stats")?;
    for (first, label) in [(1usize, "RX: "), (5, "TX: ")] {
        out.nl()?;
        out.fp(format_args!("{:<16}   ", ""))?;
        out.fp(format_args!("{label}"))?;
        let dir = if first == 1 { "rx" } else { "tx" };
        for (k, name) in ["bytes", "pkts", "drops", "errors"].iter().enumerate() {
            if let Some(v) = get(first + k) {
                let key = format!("{dir}_{name}");
                out.uint(Ctx::Any, &key, v, format_args!("{name} {v} "))?;
            }
        }
    }
    out.close_object()
}

fn print_vni<W: Write>(out: &mut Printer<W>, t: Attr) -> io::Result<()> {
    let tb = table(t.data, 5);
    let get = |i: u16| tb.get(i as usize).copied().flatten();
    let start = get(ENTRY_START).and_then(|a| a.u32()).unwrap_or(0);
    let end = get(ENTRY_END).and_then(|a| a.u32()).unwrap_or(0);
    if end != 0 {
        print_range(out, start, end)?;
    } else {
        out.uint(Ctx::Any, "vni", start as u64, format_args!(" {start:<14}"))?;
    }
    if let Some(a) = get(ENTRY_GROUP) {
        if let Some(b) = a.data.get(..4) {
            let ip = Ipv4Addr::new(b[0], b[1], b[2], b[3]);
            if !ip.is_unspecified() {
                let key = if ip.is_multicast() { "group" } else { "remote" };
                let s = crate::inet::format_host(crate::cli::parse::AF_INET, b);
                out.string(Ctx::Any, key, &s, format_args!(" {s}"))?;
            }
        }
    } else if let Some(a) = get(ENTRY_GROUP6) {
        if let Some(b) = a.data.get(..16) {
            let mut o = [0u8; 16];
            o.copy_from_slice(b);
            let ip = Ipv6Addr::from(o);
            if !ip.is_unspecified() {
                let key = if ip.is_multicast() { "group" } else { "remote" };
                let s = crate::inet::format_host(crate::cli::parse::AF_INET6, b);
                out.string(Ctx::Any, key, &s, format_args!(" {s}"))?;
            }
        }
    }
    if let Some(a) = get(ENTRY_STATS) {
        print_stats(out, a)?;
    }
    out.close_object()?;
    let sl = out.sl();
    out.fp(format_args!("{sl}"))
}

/// print_vnifilter_rtm (also used by the monitor).
pub fn print_vnifilter_rtm<W: Write>(
    m: &Msg,
    filter_index: u32,
    hdr: &Headers,
    out: &mut Printer<W>,
) -> io::Result<()> {
    let Some((ifindex, attrs)) = VNI_RTM.head(m, filter_index, hdr, out)? else {
        return Ok(());
    };
    let mut first = true;
    for t in AttrIter::new(attrs) {
        if t.ty != VXLAN_VNIFILTER_ENTRY {
            continue;
        }
        open_port_entry(out, ifindex, "vnis", first)?;
        first = false;
        print_vni(out, t)?;
    }
    if !first {
        close_port(out)?;
    }
    let sl = out.sl();
    out.fp(format_args!("{sl}"))?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_request() {
        let r = modify_request(
            &mut Args::from_strs(&["dev", "vx1", "vni", "100,200-210", "group", "239.1.1.1"]),
            &mut |_| 5,
        )
        .unwrap();
        let want: Vec<u8> = vec![
            7, 0, 0, 0, 5, 0, 0, 0, // tunnel_msg
            0x14, 0, 0x01, 0x80, // VXLAN_VNIFILTER_ENTRY | NLA_F_NESTED
            8, 0, 1, 0, 100, 0, 0, 0, // START
            8, 0, 3, 0, 239, 1, 1, 1, // GROUP
            0x1c, 0, 0x01, 0x80, // VXLAN_VNIFILTER_ENTRY | NLA_F_NESTED
            8, 0, 1, 0, 200, 0, 0, 0, // START
            8, 0, 2, 0, 210, 0, 0, 0, // END
            8, 0, 3, 0, 239, 1, 1, 1, // GROUP
        ];
        assert_eq!(r, want);
        assert!(modify_request(&mut Args::from_strs(&["vni", "1"]), &mut |_| 5).is_err());
    }
}

#[cfg(test)]
mod fixture_tests {
    use super::*;
    use crate::bridge::testutil::{dumps, render};

    const NL: &[u8] = include_bytes!("../../compat-tests/fixtures/bridge/vni.nl");

    fn show(json: bool, pretty: bool) -> String {
        let d = dumps(NL);
        render(json, pretty, false, |p| {
            p.begin_list()?;
            if !p.is_json() {
                p.raw(format_args!(
                    "{:<16}  {:<15}  {:<15}\n",
                    "dev", "vni", "group/remote"
                ))?;
            }
            for m in &d[1] {
                print_vnifilter_rtm(m, 0, &Default::default(), p)?;
            }
            p.end_list()
        })
    }

    #[test]
    fn vni_show_like_iproute2() {
        assert_eq!(
            show(false, false),
            include_str!("../../compat-tests/fixtures/bridge/vni.vni.txt")
        );
        assert_eq!(
            show(true, true),
            include_str!("../../compat-tests/fixtures/bridge/vni.jpvni.txt")
        );
    }
}
