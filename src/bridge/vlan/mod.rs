//! `bridge vlan` (iproute2 6.1 bridge/vlan.c). The kernel here has no VLAN filtering, so
//! changes come back refused and the new-style (RTM_GETVLAN) dumps fail; both are sent
//! exactly as iproute2 sends them so the refusals print identically.
//! This file parses and sends the changes; `show` dumps and prints.
mod rtm;
mod show;

use super::{atoi, nobrdev, parse_show_filter, talk_err, Br, DumpFail};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{self, invarg, AF_BRIDGE};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{table, Attr, AttrBuf, AttrIter, NLA_F_NESTED};
use crate::netlink::{Msg, RTM_DELLINK, RTM_GETLINK, RTM_GETSTATS, RTM_NEWLINK, RTM_SETLINK};
use crate::output::printer::Ctx;
pub use rtm::{print_vlan_rtm, VlanRtmOpts};
use show::{global_show, show};

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
    br.enter()?;
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
            return Err(nobrdev(dev));
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

/// `dev DEV` of vlan_option_set and vlan_global_option_set: looked up as it is read.
fn vlandb_dev(d: &str, index: &mut impl FnMut(&str) -> u32) -> Result<u32> {
    match index(d) {
        0 => Err(Error::ret(
            255,
            format!("Cannot find network device \"{d}\""),
        )),
        i => Ok(i),
    }
}

/// The end of vlan_option_set and vlan_global_option_set: the nest closed, then both
/// require a device and a VLAN; the attributes follow the br_vlan_msg.
fn vlandb_request(mut r: AttrBuf, nest: usize, ifindex: u32, complete: bool) -> Result<Vec<u8>> {
    r.end_nest(nest);
    if !complete {
        return Err(Error::ret(
            255,
            "Device and VLAN ID are required arguments.",
        ));
    }
    let mut out = br_vlan_msg(ifindex).to_vec();
    out.extend_from_slice(&r.buf);
    Ok(out)
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
                ifindex = vlandb_dev(&d, index)?;
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
    vlandb_request(r, nest, ifindex, dev.is_some() && vid != -1)
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
            ifindex = vlandb_dev(&d, index)?;
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
    vlandb_request(r, nest, ifindex, dev.is_some() && vid != -1)
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
    fn set_request_like_iproute2() {
        // strace of `bridge vlan set vid 3 dev v0 state forwarding mcast_router 2` (v0 = 4).
        let r = option_set_request(
            &mut Args::from_strs(&[
                "vid",
                "3",
                "dev",
                "v0",
                "state",
                "forwarding",
                "mcast_router",
                "2",
            ]),
            &mut |_| 4,
        )
        .unwrap();
        let want: Vec<u8> = vec![
            7, 0, 0, 0, 4, 0, 0, 0, // br_vlan_msg
            0x1c, 0, 0x01, 0x80, // BRIDGE_VLANDB_ENTRY | NLA_F_NESTED
            8, 0, 1, 0, 0x40, 0, 3, 0, // ENTRY_INFO {ONLY_OPTS, vid 3}
            5, 0, 3, 0, 3, 0, 0, 0, // ENTRY_STATE forwarding
            5, 0, 6, 0, 2, 0, 0, 0, // ENTRY_MCAST_ROUTER 2
        ];
        assert_eq!(r, want);
        let e = option_set_request(
            &mut Args::from_strs(&["vid", "3", "dev", "v0", "state", "-1"]),
            &mut |_| 4,
        );
        assert_eq!(
            e.unwrap_err().msg.as_deref(),
            Some("Error: invalid STP state\n")
        );
        // vlan_option_set and vlan_global_option_set end the same way.
        let e = option_set_request(&mut Args::from_strs(&["dev", "v0"]), &mut |_| 4);
        assert_eq!(
            e.unwrap_err().msg.as_deref(),
            Some("Device and VLAN ID are required arguments.\n")
        );
        let e = global_set_request(&mut Args::from_strs(&["vid", "3"]), &mut |_| 4);
        assert_eq!(
            e.unwrap_err().msg.as_deref(),
            Some("Device and VLAN ID are required arguments.\n")
        );
        let e = global_set_request(&mut Args::from_strs(&["dev", "nope"]), &mut |_| 0);
        assert_eq!(
            e.unwrap_err().msg.as_deref(),
            Some("Cannot find network device \"nope\"\n")
        );
        let r = global_set_request(
            &mut Args::from_strs(&["vid", "3", "dev", "v0", "mcast_snooping", "1"]),
            &mut |_| 4,
        )
        .unwrap();
        let want: Vec<u8> = vec![
            7, 0, 0, 0, 4, 0, 0, 0, // br_vlan_msg
            0x14, 0, 0x02, 0x80, // BRIDGE_VLANDB_GLOBAL_OPTIONS | NLA_F_NESTED
            6, 0, 1, 0, 3, 0, 0, 0, // GOPTS_ID 3
            5, 0, 3, 0, 1, 0, 0, 0, // GOPTS_MCAST_SNOOPING 1
        ];
        assert_eq!(r, want);
    }
}
