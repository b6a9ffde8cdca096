//! `ip monitor` (ip/ipmonitor.c): rtnetlink events as they arrive, or the raw messages
//! saved in a file (`rtmon`, NLBOX_RECORD), each printed by the object's own printer.
mod accept;
mod file;
mod listen;
pub(crate) mod netconf;
pub(crate) mod nexthop;
mod other;
mod rta;
mod stamp;

#[cfg(test)]
mod tests;

use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{invarg, AF_INET, AF_INET6, AF_MPLS};
use crate::error::{Error, Failure, Result};

pub use accept::Monitor;

const USAGE: &str = "\
Usage: ip monitor [ all | OBJECTS ] [ FILE ] [ label ] [ all-nsid ]
                  [ dev DEVICE ]
OBJECTS :=  address | link | mroute | neigh | netconf |
            nexthop | nsid | prefix | route | rule | stats
FILE := file FILENAME
";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

// The IPMON_L* bits of ipmonitor.c.
const L_LINK: u32 = 1 << 0;
const L_ADDR: u32 = 1 << 1;
const L_ROUTE: u32 = 1 << 2;
const L_MROUTE: u32 = 1 << 3;
const L_PREFIX: u32 = 1 << 4;
const L_NEIGH: u32 = 1 << 5;
const L_NETCONF: u32 = 1 << 6;
const L_STATS: u32 = 1 << 7;
const L_RULE: u32 = 1 << 8;
const L_NSID: u32 = 1 << 9;
const L_NEXTHOP: u32 = 1 << 10;

// enum rtnetlink_groups (linux/rtnetlink.h).
const RTNLGRP_LINK: u32 = 1;
const RTNLGRP_NEIGH: u32 = 3;
const RTNLGRP_IPV4_IFADDR: u32 = 5;
const RTNLGRP_IPV4_MROUTE: u32 = 6;
const RTNLGRP_IPV4_ROUTE: u32 = 7;
const RTNLGRP_IPV4_RULE: u32 = 8;
const RTNLGRP_IPV6_IFADDR: u32 = 9;
const RTNLGRP_IPV6_MROUTE: u32 = 10;
const RTNLGRP_IPV6_ROUTE: u32 = 11;
const RTNLGRP_IPV6_PREFIX: u32 = 18;
const RTNLGRP_IPV6_RULE: u32 = 19;
const RTNLGRP_IPV4_NETCONF: u32 = 24;
const RTNLGRP_IPV6_NETCONF: u32 = 25;
const RTNLGRP_MPLS_ROUTE: u32 = 27;
const RTNLGRP_NSID: u32 = 28;
const RTNLGRP_MPLS_NETCONF: u32 = 29;
const RTNLGRP_NEXTHOP: u32 = 32;
const RTNLGRP_STATS: u32 = 36;

/// What the command line asked for.
#[derive(Debug, Default, Clone)]
struct Request {
    file: Option<String>,
    /// prefix_banner: `label` or `all`.
    label: bool,
    all_nsid: bool,
    ifindex: u32,
    /// The objects named (0: none, i.e. all of them).
    lmask: u32,
}

/// The argument loop of do_ipmonitor, in its order of checks.
fn parse(args: &mut Args) -> Result<Request> {
    let mut r = Request::default();
    while let Some(w) = args.next() {
        let w = w.as_str();
        if matches(w, "file") {
            r.file = Some(args.need()?);
        } else if matches(w, "label") {
            r.label = true;
        } else if matches(w, "link") {
            r.lmask |= L_LINK;
        } else if matches(w, "address") {
            r.lmask |= L_ADDR;
        } else if matches(w, "route") {
            r.lmask |= L_ROUTE;
        } else if matches(w, "mroute") {
            r.lmask |= L_MROUTE;
        } else if matches(w, "prefix") {
            r.lmask |= L_PREFIX;
        } else if matches(w, "neigh") {
            r.lmask |= L_NEIGH;
        } else if matches(w, "netconf") {
            r.lmask |= L_NETCONF;
        } else if matches(w, "rule") {
            r.lmask |= L_RULE;
        } else if matches(w, "nsid") {
            r.lmask |= L_NSID;
        } else if matches(w, "nexthop") {
            r.lmask |= L_NEXTHOP;
        } else if w == "stats" {
            r.lmask |= L_STATS;
        } else if w == "all" {
            r.label = true;
        } else if matches(w, "all-nsid") {
            r.all_nsid = true;
        } else if matches(w, "help") {
            return Err(usage());
        } else if w == "dev" {
            let dev = args.need()?;
            r.ifindex = crate::ifmap::name_to_index(&dev);
            if r.ifindex == 0 {
                // The reason given to invarg() ends in "\n" of its own.
                return Err(invarg("Device does not exist\n", &dev));
            }
        } else {
            return Err(Error::exit(
                255,
                format!("Argument \"{w}\" is unknown, try \"ip monitor help\"."),
            ));
        }
    }
    Ok(r)
}

/// The multicast groups (nl_mgrp bits, then the setsockopt-only ones) for the objects.
fn groups(lmask: u32, family: u8) -> Vec<u32> {
    let lmask = if lmask == 0 { !0 } else { lmask };
    let fam = |f: u8| family == 0 || family == f;
    let mut g = Vec::new();
    let mut add = |on: bool, grp: u32| {
        if on {
            g.push(grp);
        }
    };
    if lmask & L_LINK != 0 {
        add(true, RTNLGRP_LINK);
    }
    if lmask & L_ADDR != 0 {
        add(fam(AF_INET), RTNLGRP_IPV4_IFADDR);
        add(fam(AF_INET6), RTNLGRP_IPV6_IFADDR);
    }
    if lmask & L_ROUTE != 0 {
        add(fam(AF_INET), RTNLGRP_IPV4_ROUTE);
        add(fam(AF_INET6), RTNLGRP_IPV6_ROUTE);
        add(fam(AF_MPLS), RTNLGRP_MPLS_ROUTE);
    }
    if lmask & L_MROUTE != 0 {
        add(fam(AF_INET), RTNLGRP_IPV4_MROUTE);
        add(fam(AF_INET6), RTNLGRP_IPV6_MROUTE);
    }
    if lmask & L_PREFIX != 0 {
        add(fam(AF_INET6), RTNLGRP_IPV6_PREFIX);
    }
    if lmask & L_NEIGH != 0 {
        add(true, RTNLGRP_NEIGH);
    }
    if lmask & L_NETCONF != 0 {
        add(fam(AF_INET), RTNLGRP_IPV4_NETCONF);
        add(fam(AF_INET6), RTNLGRP_IPV6_NETCONF);
        add(fam(AF_MPLS), RTNLGRP_MPLS_NETCONF);
    }
    if lmask & L_RULE != 0 {
        add(fam(AF_INET), RTNLGRP_IPV4_RULE);
        add(fam(AF_INET6), RTNLGRP_IPV6_RULE);
    }
    if lmask & L_NSID != 0 {
        add(true, RTNLGRP_NSID);
    }
    g.sort_unstable();
    g
}

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let r = parse(args)?;
    let mut mon = Monitor::new(&ip.g, r.label, r.all_nsid, r.ifindex);
    if let Some(path) = &r.file {
        return file::replay(path, &mut mon, &mut ip.out);
    }
    let lmask = if r.lmask == 0 { !0 } else { r.lmask };
    let plan = listen::Plan {
        groups: groups(r.lmask, ip.g.family),
        nexthop: lmask & L_NEXTHOP != 0,
        stats: lmask & L_STATS != 0,
        stats_needed: r.lmask & L_STATS != 0,
        all_nsid: r.all_nsid,
    };
    listen::listen(&plan, &mut mon, ip)
}
