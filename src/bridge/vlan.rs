//! `bridge vlan` (iproute2 6.1 bridge/vlan.c). The kernel here has no VLAN filtering, so
//! changes come back refused and the new-style (RTM_GETVLAN) dumps fail; both are sent
//! exactly as iproute2 sends them so the refusals print identically.
use super::{atoi, nodev, talk_err, Br, DumpFail};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{self, duparg, invarg, AF_BRIDGE};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{table, Attr, AttrBuf, AttrIter, NLA_F_NESTED};
use crate::netlink::{
    Msg, NlError, RTM_DELLINK, RTM_GETLINK, RTM_GETSTATS, RTM_NEWLINK, RTM_SETLINK,
};
use crate::output::printer::{Color, Ctx};
use crate::output::Printer;
use std::io::{self, Write};

pub const RTM_NEWVLAN: u16 = 112;
pub const RTM_GETVLAN: u16 = 114;

const IFLA_AF_SPEC: u16 = 26;
const IFLA_EXT_MASK: u16 = 29;
const IFLA_BRIDGE_FLAGS: u16 = 0;
const IFLA_BRIDGE_VLAN_INFO: u16 = 2;
const IFLA_BRIDGE_VLAN_TUNNEL_INFO: u16 = 3;
const IFLA_BRIDGE_VLAN_TUNNEL_ID: u16 = 1;
const IFLA_BRIDGE_VLAN_TUNNEL_VID: u16 = 2;
const IFLA_BRIDGE_VLAN_TUNNEL_FLAGS: u16 = 3;

const BRIDGE_FLAGS_MASTER: u16 = 1;
const BRIDGE_FLAGS_SELF: u16 = 2;

const BRIDGE_VLAN_INFO_MASTER: u16 = 1 << 0;
const BRIDGE_VLAN_INFO_PVID: u16 = 1 << 1;
const BRIDGE_VLAN_INFO_UNTAGGED: u16 = 1 << 2;
const BRIDGE_VLAN_INFO_RANGE_BEGIN: u16 = 1 << 3;
const BRIDGE_VLAN_INFO_RANGE_END: u16 = 1 << 4;
const BRIDGE_VLAN_INFO_BRENTRY: u16 = 1 << 5;
const BRIDGE_VLAN_INFO_ONLY_OPTS: u16 = 1 << 6;

const RTEXT_FILTER_BRVLAN: u32 = 1 << 1;
const RTEXT_FILTER_BRVLAN_COMPRESSED: u32 = 1 << 2;

const BRIDGE_VLANDB_DUMP_FLAGS: u16 = 1;
const BRIDGE_VLANDB_DUMPF_STATS: u32 = 1;
const BRIDGE_VLANDB_DUMPF_GLOBAL: u32 = 2;
const BRIDGE_VLANDB_ENTRY: u16 = 1;
const BRIDGE_VLANDB_GLOBAL_OPTIONS: u16 = 2;
const BRIDGE_VLANDB_ENTRY_INFO: u16 = 1;
const BRIDGE_VLANDB_ENTRY_RANGE: u16 = 2;
const BRIDGE_VLANDB_ENTRY_STATE: u16 = 3;
const BRIDGE_VLANDB_ENTRY_MCAST_ROUTER: u16 = 6;
const BRIDGE_VLANDB_GOPTS_ID: u16 = 1;
const BRIDGE_VLANDB_GOPTS_RANGE: u16 = 2;

const IFLA_STATS_LINK_XSTATS: u16 = 2;
const IFLA_STATS_LINK_XSTATS_SLAVE: u16 = 3;
const LINK_XSTATS_TYPE_BRIDGE: u16 = 1;
const BRIDGE_XSTATS_VLAN: u16 = 1;

const USAGE: &str = "\
Usage: bridge vlan { add | del } vid VLAN_ID dev DEV [ tunnel_info id TUNNEL_ID ]
                                                     [ pvid ] [ untagged ]
                                                     [ self ] [ master ]
       bridge vlan { set } vid VLAN_ID dev DEV [ state STP_STATE ]
                                               [ mcast_router MULTICAST_ROUTER ]
       bridge vlan { show } [ dev DEV ] [ vid VLAN_ID ]
       bridge vlan { tunnelshow } [ dev DEV ] [ vid VLAN_ID ]
       bridge vlan global { set } vid VLAN_ID dev DEV
                      [ mcast_snooping MULTICAST_SNOOPING ]
                      [ mcast_querier MULTICAST_QUERIER ]
                      [ mcast_igmp_version IGMP_VERSION ]
                      [ mcast_mld_version MLD_VERSION ]
                      [ mcast_last_member_count LAST_MEMBER_COUNT ]
                      [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
                      [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
                      [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
                      [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
                      [ mcast_querier_interval QUERIER_INTERVAL ]
                      [ mcast_query_interval QUERY_INTERVAL ]
                      [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
       bridge vlan global { show } [ dev DEV ] [ vid VLAN_ID ]
";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Subject {
    Vlan,
    Tunnel,
}

pub fn run(args: &mut Args, br: &mut Br) -> Result<()> {
    br.init_map()?;
    let Some(verb) = args.next() else {
        return show(args, br, Subject::Vlan);
    };
    let v = verb.as_str();
    if matches(v, "add") {
        return modify(args, br, RTM_SETLINK);
    }
    if matches(v, "delete") {
        return modify(args, br, RTM_DELLINK);
    }
    if matches(v, "show") || matches(v, "lst") || matches(v, "list") {
        return show(args, br, Subject::Vlan);
    }
    if matches(v, "tunnelshow") {
        return show(args, br, Subject::Tunnel);
    }
    if matches(v, "set") {
        return option_set(args, br);
    }
    if v == "global" {
        return global(args, br);
    }
    if matches(v, "help") {
        return Err(usage());
    }
    Err(Error::exit(
        255,
        format!("Command \"{verb}\" is unknown, try \"bridge vlan help\"."),
    ))
}

/// `vid A` or `vid A-B` as C shorts (atoi truncated); the end is -1 without a dash.
fn parse_vid(arg: &str) -> (i16, i16, bool) {
    match arg.find('-') {
        Some(p) => (atoi(&arg[..p]) as i16, atoi(&arg[p + 1..]) as i16, true),
        None => (atoi(arg) as i16, -1, false),
    }
}

/// parse_tunnel_info: `id N` or `id N-M`, each below 2^24.
fn parse_tunnel_info(args: &mut Args) -> Result<(u32, u32)> {
    let w = args.need()?;
    if !matches(&w, "id") {
        return Err(invarg("tunnel id expected", &w));
    }
    let v = args.need()?;
    let ok = |s: &str| parse::get_u32(s, 0).filter(|&n| n < 1 << 24);
    match v.find('-') {
        Some(p) => {
            let first = &v[..p];
            let start = ok(first).ok_or_else(|| invarg("invalid tun id", first))?;
            let end = ok(&v[p + 1..]).ok_or_else(|| invarg("invalid tun id", first))?;
            Ok((start, end))
        }
        None => Ok((ok(&v).ok_or_else(|| invarg("invalid tun id", &v))?, 0)),
    }
}

/// What vlan_modify sends.
#[derive(Debug, Default)]
pub struct VlanSpec {
    pub dev: Option<String>,
    vid: i16,
    vid_end: i16,
    vflags: u16,
    flags: u16,
    tunnel: Option<(u32, u32)>,
}

impl VlanSpec {
    pub fn parse(args: &mut Args) -> Result<VlanSpec> {
        let mut s = VlanSpec {
            vid: -1,
            vid_end: -1,
            ..VlanSpec::default()
        };
        while let Some(w) = args.next() {
            match w.as_str() {
                "dev" => s.dev = Some(args.need()?),
                "vid" => {
                    let (a, b, range) = parse_vid(&args.need()?);
                    s.vid = a;
                    if range {
                        s.vid_end = b;
                        s.vflags |= BRIDGE_VLAN_INFO_RANGE_BEGIN;
                    }
                }
                "self" => s.flags |= BRIDGE_FLAGS_SELF,
                "master" => s.flags |= BRIDGE_FLAGS_MASTER,
                "pvid" => s.vflags |= BRIDGE_VLAN_INFO_PVID,
                "untagged" => s.vflags |= BRIDGE_VLAN_INFO_UNTAGGED,
                "tunnel_info" => s.tunnel = Some(parse_tunnel_info(args)?),
                w if matches(w, "help") => {
                    args.need()?;
                }
                _ => {}
            }
        }
        Ok(s)
    }

    /// The checks after the loop, in the reference's order (the device is looked up
    /// between the first and the others).
    fn check(&self, index: &mut impl FnMut(&str) -> u32) -> Result<u32> {
        let Some(dev) = self.dev.as_deref().filter(|_| self.vid != -1) else {
            return Err(Error::ret(
                255,
                "Device and VLAN ID are required arguments.",
            ));
        };
        let idx = index(dev);
        if idx == 0 {
            return Err(Error::ret(
                255,
                format!("Cannot find bridge device \"{dev}\""),
            ));
        }
        if self.vid >= 4096 {
            return Err(Error::ret(
                255,
                format!("Invalid VLAN ID \"{}\"", self.vid as u16),
            ));
        }
        if self.vflags & BRIDGE_VLAN_INFO_RANGE_BEGIN != 0 {
            if self.vid_end == -1 || self.vid_end >= 4096 || self.vid >= self.vid_end {
                return Err(Error::ret(
                    255,
                    format!(
                        "Invalid VLAN range \"{}-{}\"",
                        self.vid as u16, self.vid_end as u16
                    ),
                ));
            }
            if self.vflags & BRIDGE_VLAN_INFO_PVID != 0 {
                return Err(Error::ret(
                    255,
                    "pvid cannot be configured for a vlan range",
                ));
            }
        }
        Ok(idx)
    }

    pub fn request(&self, ifindex: u32) -> Vec<u8> {
        let mut hdr = [0u8; 16];
        hdr[0] = AF_BRIDGE;
        hdr[4..8].copy_from_slice(&ifindex.to_ne_bytes());
        let mut r = AttrBuf::with_header(&hdr);
        let nest = r.begin_nest(IFLA_AF_SPEC);
        if self.flags != 0 {
            r.add_u16(IFLA_BRIDGE_FLAGS, self.flags);
        }
        let vid = self.vid as u16;
        let end = self.vid_end as u16;
        if let Some((tstart, tend)) = self.tunnel {
            let tinfo = |r: &mut AttrBuf, vid: u16, id: u32, flags: u16| {
                let n = r.begin_nest(IFLA_BRIDGE_VLAN_TUNNEL_INFO);
                r.add_u32(IFLA_BRIDGE_VLAN_TUNNEL_ID, id);
                r.add_u16(IFLA_BRIDGE_VLAN_TUNNEL_VID, vid);
                r.add_u16(IFLA_BRIDGE_VLAN_TUNNEL_FLAGS, flags);
                r.end_nest(n);
            };
            if self.vid_end != -1 && (self.vid_end as i32 - vid as i32) > 0 {
                tinfo(&mut r, vid, tstart, BRIDGE_VLAN_INFO_RANGE_BEGIN);
                tinfo(&mut r, end, tend, BRIDGE_VLAN_INFO_RANGE_END);
            } else {
                tinfo(&mut r, vid, tstart, 0);
            }
        } else {
            let info = |flags: u16, vid: u16| {
                let mut b = flags.to_ne_bytes().to_vec();
                b.extend_from_slice(&vid.to_ne_bytes());
                b
            };
            r.add(IFLA_BRIDGE_VLAN_INFO, &info(self.vflags, vid));
            if self.vid_end != -1 {
                let f = (self.vflags & !BRIDGE_VLAN_INFO_RANGE_BEGIN) | BRIDGE_VLAN_INFO_RANGE_END;
                r.add(IFLA_BRIDGE_VLAN_INFO, &info(f, end));
            }
        }
        r.end_nest(nest);
        r.buf
    }
}

fn modify(args: &mut Args, br: &mut Br, cmd: u16) -> Result<()> {
    let spec = VlanSpec::parse(args)?;
    let idx = spec.check(&mut |n| crate::ifmap::name_to_index(n))?;
    br.nl.talk(cmd, 0, &spec.request(idx)).map_err(talk_err)
}

fn br_vlan_msg(index: u32) -> [u8; 8] {
    let mut h = [0u8; 8];
    h[0] = AF_BRIDGE;
    h[4..8].copy_from_slice(&index.to_ne_bytes());
    h
}

/// `vid` of `vlan set` and `vlan global set`: checked as it is read.
fn checked_vid(arg: &str) -> Result<(i16, i16)> {
    let (vid, end, range) = parse_vid(arg);
    let end = if range { end } else { -1 };
    if range && (vid >= end || end >= 4096) {
        return Err(Error::ret(
            255,
            format!("Invalid VLAN range \"{}-{}\"", vid as u16, end as u16),
        ));
    }
    if vid >= 4096 {
        return Err(Error::ret(
            255,
            format!("Invalid VLAN ID \"{}\"", vid as u16),
        ));
    }
    Ok((vid, end))
}

/// vlan_option_set: RTM_NEWVLAN with one BRIDGE_VLANDB_ENTRY.
pub fn option_set_request(args: &mut Args, index: &mut impl FnMut(&str) -> u32) -> Result<Vec<u8>> {
    let mut ifindex = 0u32;
    let mut r = AttrBuf::new();
    let nest = r.begin_nest(BRIDGE_VLANDB_ENTRY | NLA_F_NESTED);
    let mut dev = None;
    let mut vid: i16 = -1;
    while let Some(w) = args.next() {
        match w.as_str() {
            "dev" => {
                let d = args.need()?;
                ifindex = index(&d);
                if ifindex == 0 {
                    return Err(Error::ret(
                        255,
                        format!("Cannot find network device \"{d}\""),
                    ));
                }
                dev = Some(d);
            }
            "vid" => {
                let (v, end) = checked_vid(&args.need()?)?;
                vid = v;
                let mut info = BRIDGE_VLAN_INFO_ONLY_OPTS.to_ne_bytes().to_vec();
                info.extend_from_slice(&(v as u16).to_ne_bytes());
                r.add(BRIDGE_VLANDB_ENTRY_INFO, &info);
                if end != -1 {
                    r.add_u16(BRIDGE_VLANDB_ENTRY_RANGE, end as u16);
                }
            }
            "state" => {
                let a = args.need()?;
                let (n, used, _) = parse::strtol(&a, 10);
                let mut state = n as i32;
                if a.is_empty() || used != a.len() {
                    state = super::link::parse_stp_state(&a)
                        .map(|s| s as i32)
                        .unwrap_or(-1);
                }
                if state == -1 {
                    return Err(Error::ret(255, "Error: invalid STP state"));
                }
                r.add_u8(BRIDGE_VLANDB_ENTRY_STATE, state as u8);
            }
            "mcast_router" => {
                let a = args.need()?;
                let v = parse::get_u8(&a, 0).ok_or_else(|| invarg("invalid mcast_router", &a))?;
                r.add_u8(BRIDGE_VLANDB_ENTRY_MCAST_ROUTER, v);
            }
            w if matches(w, "help") => {
                args.need()?;
            }
            _ => {}
        }
    }
    r.end_nest(nest);
    if dev.is_none() || vid == -1 {
        return Err(Error::ret(
            255,
            "Device and VLAN ID are required arguments.",
        ));
    }
    let mut out = br_vlan_msg(ifindex).to_vec();
    out.extend_from_slice(&r.buf);
    Ok(out)
}

fn option_set(args: &mut Args, br: &mut Br) -> Result<()> {
    let req = option_set_request(args, &mut |n| crate::ifmap::name_to_index(n))?;
    br.nl.talk(RTM_NEWVLAN, 0, &req).map_err(talk_err)
}

/// The u8/u32/u64 options of `vlan global set`, with their attribute types.
const GOPTS: &[(&str, u16, u8)] = &[
    ("mcast_snooping", 3, 1),
    ("mcast_querier", 15, 1),
    ("mcast_igmp_version", 4, 1),
    ("mcast_mld_version", 5, 1),
    ("mcast_last_member_count", 6, 4),
    ("mcast_startup_query_count", 7, 4),
    ("mcast_last_member_interval", 8, 8),
    ("mcast_membership_interval", 10, 8),
    ("mcast_querier_interval", 11, 8),
    ("mcast_query_interval", 12, 8),
    ("mcast_query_response_interval", 13, 8),
    ("mcast_startup_query_interval", 14, 8),
];

/// vlan_global_option_set: RTM_NEWVLAN with BRIDGE_VLANDB_GLOBAL_OPTIONS.
pub fn global_set_request(args: &mut Args, index: &mut impl FnMut(&str) -> u32) -> Result<Vec<u8>> {
    let mut ifindex = 0u32;
    let mut r = AttrBuf::new();
    let nest = r.begin_nest(BRIDGE_VLANDB_GLOBAL_OPTIONS | NLA_F_NESTED);
    let mut dev = None;
    let mut vid: i16 = -1;
    while let Some(w) = args.next() {
        if w == "dev" {
            let d = args.need()?;
            ifindex = index(&d);
            if ifindex == 0 {
                return Err(Error::ret(
                    255,
                    format!("Cannot find network device \"{d}\""),
                ));
            }
            dev = Some(d);
        } else if w == "vid" {
            let (v, end) = checked_vid(&args.need()?)?;
            vid = v;
            r.add_u16(BRIDGE_VLANDB_GOPTS_ID, v as u16);
            if end != -1 {
                r.add_u16(BRIDGE_VLANDB_GOPTS_RANGE, end as u16);
            }
        } else if let Some(&(name, ty, size)) = GOPTS.iter().find(|(n, _, _)| *n == w) {
            let a = args.need()?;
            let bad = || invarg(&format!("invalid {name}"), &a);
            match size {
                1 => r.add_u8(ty, parse::get_u8(&a, 0).ok_or_else(bad)?),
                4 => r.add_u32(ty, parse::get_u32(&a, 0).ok_or_else(bad)?),
                _ => r.add_u64(ty, parse::get_u64(&a, 0).ok_or_else(bad)?),
            }
        } else if w == "help" {
            args.need()?;
        }
    }
    r.end_nest(nest);
    if dev.is_none() || vid == -1 {
        return Err(Error::ret(
            255,
            "Device and VLAN ID are required arguments.",
        ));
    }
    let mut out = br_vlan_msg(ifindex).to_vec();
    out.extend_from_slice(&r.buf);
    Ok(out)
}

fn global(args: &mut Args, br: &mut Br) -> Result<()> {
    let Some(w) = args.next() else {
        return global_show(args, br);
    };
    match w.as_str() {
        "show" | "lst" | "list" => global_show(args, br),
        "set" => {
            let req = global_set_request(args, &mut |n| crate::ifmap::name_to_index(n))?;
            br.nl.talk(RTM_NEWVLAN, 0, &req).map_err(talk_err)
        }
        _ => Err(usage()),
    }
}

/// The `dev`/`vid` filter words of the show commands (unknown words are skipped).
fn parse_show_filter(args: &mut Args, br: &mut Br) -> Result<()> {
    let mut filter_dev: Option<String> = None;
    while let Some(w) = args.next() {
        if w == "dev" {
            let d = args.need()?;
            if filter_dev.is_some() {
                return Err(duparg("dev", &d));
            }
            filter_dev = Some(d);
        } else if w == "vid" {
            let v = args.need()?;
            if br.st.vlan_filter_vlan != 0 {
                return Err(duparg("vid", &v));
            }
            br.st.vlan_filter_vlan = atoi(&v) as u32;
        }
    }
    if let Some(d) = filter_dev {
        let i = crate::ifmap::name_to_index(&d);
        if i == 0 {
            return Err(nodev(&d));
        }
        br.st.vlan_filter_index = i;
    }
    Ok(())
}

/// A dump of RTM_NEWVLAN messages. This kernel refuses it; should one ever arrive,
/// nlbox says so instead of printing something that might differ.
fn vlandb_dump(br: &mut Br, dump_flags: u32) -> Result<()> {
    let mut r = AttrBuf::with_header(&br_vlan_msg(0));
    r.add_u32(BRIDGE_VLANDB_DUMP_FLAGS, dump_flags);
    if !br.out.is_json() {
        br.out
            .raw(format_args!("{:<16}  {:<9}\n", "port", "vlan-id"))?;
    }
    let mut seen = false;
    br.nl
        .dump(
            RTM_GETVLAN,
            &r.buf,
            |_m| -> std::result::Result<(), NlError> {
                seen = true;
                Ok(())
            },
        )
        .map_err(|e| super::dump_err(Error::raw(1, e.text, Failure::Return)))?;
    if seen {
        return Err(Error::exit(
            1,
            "nlbox: bridge vlan: RTM_NEWVLAN output: not implemented",
        ));
    }
    Ok(())
}

fn global_show(args: &mut Args, br: &mut Br) -> Result<()> {
    parse_show_filter(args, br)?;
    br.out.begin_list()?;
    vlandb_dump(br, BRIDGE_VLANDB_DUMPF_GLOBAL)?;
    br.out.end_list()?;
    Ok(())
}

fn show(args: &mut Args, br: &mut Br, subject: Subject) -> Result<()> {
    parse_show_filter(args, br)?;
    br.out.begin_list()?;
    if br.g.details > 0 && subject == Subject::Vlan {
        let f = if br.g.stats > 0 {
            BRIDGE_VLANDB_DUMPF_STATS
        } else {
            0
        };
        vlandb_dump(br, f)?;
        br.out.end_list()?;
        return Ok(());
    }
    let filter = (br.st.vlan_filter_index, br.st.vlan_filter_vlan);
    if br.g.stats == 0 {
        let mask = if br.g.compress_vlans {
            RTEXT_FILTER_BRVLAN_COMPRESSED
        } else {
            RTEXT_FILTER_BRVLAN
        };
        let mut hdr = [0u8; 16];
        hdr[0] = AF_BRIDGE;
        let mut r = AttrBuf::with_header(&hdr);
        r.add_u32(IFLA_EXT_MASK, mask);
        if !br.out.is_json() {
            br.out
                .raw(format_args!("{:<16}  {:<9}", "port", "vlan-id"))?;
            if subject == Subject::Tunnel {
                br.out.raw(format_args!("  tunnel-id"))?;
            }
            br.out.raw(format_args!("\n"))?;
        }
        let out = &mut br.out;
        br.nl.dump(
            RTM_GETLINK,
            &r.buf,
            |m| -> std::result::Result<(), DumpFail> {
                print_vlan(m, subject, filter, out)?;
                Ok(())
            },
        )?;
    } else {
        if !br.out.is_json() {
            br.out.raw(format_args!("{:<16}  vlan-id\n", "port"))?;
        }
        for mask in [
            1u32 << (IFLA_STATS_LINK_XSTATS - 1),
            1 << (IFLA_STATS_LINK_XSTATS_SLAVE - 1),
        ] {
            let mut req = [0u8; 12];
            req[8..12].copy_from_slice(&mask.to_ne_bytes());
            let out = &mut br.out;
            br.nl.dump(
                RTM_GETSTATS,
                &req,
                |m| -> std::result::Result<(), DumpFail> {
                    print_vlan_stats(m, filter, out)?;
                    Ok(())
                },
            )?;
        }
    }
    br.out.end_list()?;
    Ok(())
}

/// filter_vlan_check: -1 stop, 0 skip, 1 print.
fn filter_vlan_check(filter_vlan: u32, vid: u16, flags: u16) -> i32 {
    if filter_vlan != 0 && vid as u32 > filter_vlan && flags & BRIDGE_VLAN_INFO_RANGE_END == 0 {
        return -1;
    }
    if flags & BRIDGE_VLAN_INFO_RANGE_BEGIN != 0 || (vid as u32) < filter_vlan {
        return 0;
    }
    1
}

fn open_vlan_port<W: Write>(
    out: &mut Printer<W>,
    ifindex: u32,
    subject: Subject,
) -> io::Result<()> {
    out.open_object("")?;
    let n = crate::ifmap::index_to_name(ifindex);
    out.string_c(
        Ctx::Any,
        Color::Ifname,
        "ifname",
        &n,
        format_args!("{n:<16}  "),
    )?;
    let key = if subject == Subject::Vlan {
        "vlans"
    } else {
        "tunnels"
    };
    out.open_array(Ctx::Json, key, "")
}

fn close_vlan_port<W: Write>(out: &mut Printer<W>) -> io::Result<()> {
    out.close_array(Ctx::Json, "")?;
    out.close_object()
}

/// print_range: returns the text width printed (0 under JSON, as print_uint returns).
fn print_range<W: Write>(
    out: &mut Printer<W>,
    name: &str,
    start: u32,
    id: u32,
) -> io::Result<usize> {
    let mut width = 0;
    let json = out.is_json();
    out.uint(Ctx::Any, name, start as u64, format_args!("{start}"))?;
    if !json {
        width += start.to_string().len();
    }
    if start != id {
        let end = format!("{name}End");
        out.uint(Ctx::Any, &end, id as u64, format_args!("-{id}"))?;
        if !json {
            width += 1 + id.to_string().len();
        }
    }
    Ok(width)
}

fn print_vlan_flags<W: Write>(out: &mut Printer<W>, flags: u16) -> io::Result<()> {
    if flags == 0 {
        return Ok(());
    }
    out.open_array(Ctx::Json, "flags", "")?;
    if flags & BRIDGE_VLAN_INFO_PVID != 0 {
        out.string(Ctx::Any, "", "PVID", format_args!(" PVID"))?;
    }
    if flags & BRIDGE_VLAN_INFO_UNTAGGED != 0 {
        out.string(
            Ctx::Any,
            "",
            "Egress Untagged",
            format_args!(" Egress Untagged"),
        )?;
    }
    out.close_array(Ctx::Json, "")
}

fn print_vlan<W: Write>(
    m: &Msg,
    subject: Subject,
    (filter_index, filter_vlan): (u32, u32),
    out: &mut Printer<W>,
) -> io::Result<()> {
    if m.ty != RTM_NEWLINK {
        crate::error::warn(&format!(
            "Not RTM_NEWLINK: {:08x} {:08x} {:08x}",
            m.payload.len() + 16,
            m.ty,
            m.flags
        ));
        return Ok(());
    }
    let Some((family, _, index, _)) = crate::ifmap::ifinfo(m.payload) else {
        return Ok(());
    };
    if family != AF_BRIDGE || (filter_index != 0 && filter_index != index) {
        return Ok(());
    }
    let tb = table(m.payload.get(16..).unwrap_or(&[]), 64);
    let Some(af) = tb.get(IFLA_AF_SPEC as usize).copied().flatten() else {
        return Ok(());
    };
    match subject {
        Subject::Vlan => print_vlan_info(out, af, index, filter_vlan),
        Subject::Tunnel => print_vlan_tunnel_info(out, af, index, filter_vlan),
    }
}

fn print_vlan_info<W: Write>(
    out: &mut Printer<W>,
    af: Attr,
    ifindex: u32,
    filter_vlan: u32,
) -> io::Result<()> {
    let mut last_start = 0u16;
    let mut opened = false;
    for a in AttrIter::new(af.data) {
        if a.ty != IFLA_BRIDGE_VLAN_INFO {
            continue;
        }
        let Some(b) = a.data.get(..4) else {
            continue;
        };
        let flags = u16::from_ne_bytes([b[0], b[1]]);
        let vid = u16::from_ne_bytes([b[2], b[3]]);
        if flags & BRIDGE_VLAN_INFO_RANGE_END == 0 {
            last_start = vid;
        }
        match filter_vlan_check(filter_vlan, vid, flags) {
            -1 => break,
            0 => continue,
            _ => {}
        }
        if !opened {
            open_vlan_port(out, ifindex, Subject::Vlan)?;
            opened = true;
        } else {
            out.fp(format_args!("{:<16}  ", ""))?;
        }
        out.open_object("")?;
        print_range(out, "vlan", last_start as u32, vid as u32)?;
        print_vlan_flags(out, flags)?;
        out.close_object()?;
        out.nl()?;
    }
    if opened {
        close_vlan_port(out)?;
    }
    Ok(())
}

fn print_vlan_tunnel_info<W: Write>(
    out: &mut Printer<W>,
    af: Attr,
    ifindex: u32,
    filter_vlan: u32,
) -> io::Result<()> {
    let mut last_vid = 0u16;
    let mut last_tunid = 0u32;
    let mut opened = false;
    for a in AttrIter::new(af.data) {
        if a.ty != IFLA_BRIDGE_VLAN_TUNNEL_INFO {
            continue;
        }
        let t = table(a.data, 3);
        let get = |i: u16| t.get(i as usize).copied().flatten();
        let Some(vid) = get(IFLA_BRIDGE_VLAN_TUNNEL_VID).and_then(|a| a.u16()) else {
            continue;
        };
        let id = get(IFLA_BRIDGE_VLAN_TUNNEL_ID)
            .and_then(|a| a.u32())
            .unwrap_or(0);
        let flags = get(IFLA_BRIDGE_VLAN_TUNNEL_FLAGS)
            .and_then(|a| a.u16())
            .unwrap_or(0);
        if flags & BRIDGE_VLAN_INFO_RANGE_END == 0 {
            last_vid = vid;
            last_tunid = id;
        }
        match filter_vlan_check(filter_vlan, vid, flags) {
            -1 => break,
            0 => continue,
            _ => {}
        }
        if !opened {
            open_vlan_port(out, ifindex, Subject::Tunnel)?;
            opened = true;
        } else {
            out.fp(format_args!("{:<16}  ", ""))?;
        }
        out.open_object("")?;
        let width = print_range(out, "vlan", last_vid as u32, vid as u32)?;
        if width <= 9 {
            out.fp(format_args!("{:<w$}  ", "", w = 9 - width))?;
        } else {
            crate::error::warn(&format!("BUG: vlan range too wide, {width}"));
        }
        print_range(out, "tunid", last_tunid, id)?;
        out.close_object()?;
        out.nl()?;
    }
    if opened {
        close_vlan_port(out)?;
    }
    Ok(())
}

fn print_vlan_stats<W: Write>(
    m: &Msg,
    (filter_index, filter_vlan): (u32, u32),
    out: &mut Printer<W>,
) -> io::Result<()> {
    let Some(h) = m.payload.get(..12) else {
        crate::error::warn(&format!(
            "BUG: wrong nlmsg len {}",
            m.payload.len() as i64 - 12
        ));
        return Ok(());
    };
    let ifindex = u32::from_ne_bytes([h[4], h[5], h[6], h[7]]);
    if filter_index != 0 && filter_index != ifindex {
        return Ok(());
    }
    let tb = table(&m.payload[12..], 8);
    for ty in [IFLA_STATS_LINK_XSTATS, IFLA_STATS_LINK_XSTATS_SLAVE] {
        if let Some(a) = tb.get(ty as usize).copied().flatten() {
            print_vlan_stats_attr(out, a, ifindex, filter_vlan)?;
        }
    }
    Ok(())
}

fn print_vlan_stats_attr<W: Write>(
    out: &mut Printer<W>,
    attr: Attr,
    ifindex: u32,
    filter_vlan: u32,
) -> io::Result<()> {
    let t = table(attr.data, 2);
    let Some(list) = t.get(LINK_XSTATS_TYPE_BRIDGE as usize).copied().flatten() else {
        return Ok(());
    };
    let mut found = false;
    for a in AttrIter::new(list.data) {
        if a.ty != BRIDGE_XSTATS_VLAN {
            continue;
        }
        let d = a.data;
        let u64at = |o: usize| {
            d.get(o..o + 8)
                .map(|b| {
                    let mut x = [0u8; 8];
                    x.copy_from_slice(b);
                    u64::from_ne_bytes(x)
                })
                .unwrap_or(0)
        };
        let u16at = |o: usize| {
            d.get(o..o + 2)
                .map(|b| u16::from_ne_bytes([b[0], b[1]]))
                .unwrap_or(0)
        };
        let vid = u16at(32);
        let flags = u16at(34);
        if filter_vlan != 0 && filter_vlan != vid as u32 {
            continue;
        }
        if flags & BRIDGE_VLAN_INFO_MASTER != 0 && flags & BRIDGE_VLAN_INFO_BRENTRY == 0 {
            continue;
        }
        if !found {
            open_vlan_port(out, ifindex, Subject::Vlan)?;
            found = true;
        } else {
            out.fp(format_args!("{:<16}  ", ""))?;
        }
        out.open_object("")?;
        out.uint(Ctx::Any, "vid", vid as u64, format_args!("{vid}"))?;
        print_vlan_flags(out, flags)?;
        out.nl()?;
        let (rxb, rxp, txb, txp) = (u64at(0), u64at(8), u64at(16), u64at(24));
        out.fp(format_args!("{:<16}    ", ""))?;
        out.uint(Ctx::Any, "rx_bytes", rxb, format_args!("RX: {rxb} bytes"))?;
        out.uint(
            Ctx::Any,
            "rx_packets",
            rxp,
            format_args!(" {rxp} packets\n"),
        )?;
        out.fp(format_args!("{:<16}    ", ""))?;
        out.uint(Ctx::Any, "tx_bytes", txb, format_args!("TX: {txb} bytes"))?;
        out.uint(
            Ctx::Any,
            "tx_packets",
            txp,
            format_args!(" {txp} packets\n"),
        )?;
        out.close_object()?;
    }
    if found {
        close_vlan_port(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_request_like_iproute2() {
        let s = VlanSpec::parse(&mut Args::from_strs(&[
            "vid", "5", "dev", "v0", "pvid", "untagged", "master",
        ]))
        .unwrap();
        assert_eq!(s.check(&mut |_| 4).unwrap(), 4);
        let want: Vec<u8> = vec![
            7, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // ifinfomsg
            0x14, 0, 0x1a, 0, // IFLA_AF_SPEC
            6, 0, 0, 0, 1, 0, 0, 0, // IFLA_BRIDGE_FLAGS master
            8, 0, 2, 0, 6, 0, 5, 0, // IFLA_BRIDGE_VLAN_INFO pvid|untagged vid 5
        ];
        assert_eq!(s.request(4), want);
    }

    #[test]
    fn vid_ranges() {
        let s = VlanSpec::parse(&mut Args::from_strs(&["vid", "5-3", "dev", "v0"])).unwrap();
        let e = s.check(&mut |_| 4).unwrap_err();
        assert_eq!(e.msg.as_deref(), Some("Invalid VLAN range \"5-3\"\n"));
        let s = VlanSpec::parse(&mut Args::from_strs(&["vid", "5000", "dev", "v0"])).unwrap();
        assert_eq!(
            s.check(&mut |_| 4).unwrap_err().msg.as_deref(),
            Some("Invalid VLAN ID \"5000\"\n")
        );
        let s = VlanSpec::parse(&mut Args::from_strs(&["dev", "v0"])).unwrap();
        assert!(s.check(&mut |_| 4).is_err());
    }

    #[test]
    fn vlan_filter_tristate() {
        assert_eq!(filter_vlan_check(0, 5, 0), 1);
        assert_eq!(filter_vlan_check(3, 5, 0), -1);
        assert_eq!(filter_vlan_check(7, 5, 0), 0);
        assert_eq!(filter_vlan_check(0, 5, BRIDGE_VLAN_INFO_RANGE_BEGIN), 0);
    }
}
