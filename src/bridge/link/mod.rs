//! `bridge link` (iproute2 6.1 bridge/link.c): port flags by RTM_SETLINK, ports by an
//! AF_BRIDGE link dump.
mod print;

use super::{atoi, parse_on_off, parse_show_filter, required_brdev, talk_err, Br, DumpFail};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{AF_BRIDGE, AF_UNSPEC};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{table, Attr, AttrBuf, NLA_F_NESTED};
use crate::netlink::{Msg, RTM_DELLINK, RTM_GETLINK, RTM_SETLINK};
use crate::output::printer::{Color, Ctx};
pub use print::{print_linkinfo, print_mcast_router, print_stp_state};

const IFLA_IFNAME: usize = 3;
const IFLA_MTU: usize = 4;
const IFLA_LINK: usize = 5;
const IFLA_MASTER: usize = 10;
const IFLA_PROTINFO: u16 = 12;
const IFLA_AF_SPEC: u16 = 26;
const IFLA_LINK_NETNSID: usize = 37;
const IFLA_MAX: usize = 64;

const IFLA_BRPORT_STATE: u16 = 1;
const IFLA_BRPORT_PRIORITY: u16 = 2;
const IFLA_BRPORT_COST: u16 = 3;
const IFLA_BRPORT_MODE: u16 = 4;
const IFLA_BRPORT_GUARD: u16 = 5;
const IFLA_BRPORT_PROTECT: u16 = 6;
const IFLA_BRPORT_FAST_LEAVE: u16 = 7;
const IFLA_BRPORT_LEARNING: u16 = 8;
const IFLA_BRPORT_UNICAST_FLOOD: u16 = 9;
const IFLA_BRPORT_LEARNING_SYNC: u16 = 11;
const IFLA_BRPORT_MULTICAST_ROUTER: u16 = 25;
const IFLA_BRPORT_MCAST_FLOOD: u16 = 27;
const IFLA_BRPORT_MCAST_TO_UCAST: u16 = 28;
const IFLA_BRPORT_VLAN_TUNNEL: u16 = 29;
const IFLA_BRPORT_BCAST_FLOOD: u16 = 30;
const IFLA_BRPORT_NEIGH_SUPPRESS: u16 = 32;
const IFLA_BRPORT_ISOLATED: u16 = 33;
const IFLA_BRPORT_BACKUP_PORT: u16 = 34;
const IFLA_BRPORT_LOCKED: u16 = 39;
/// IFLA_BRPORT_MAX as iproute2 6.1 knows it.
const IFLA_BRPORT_MAX: usize = 39;

pub const IFLA_BRIDGE_FLAGS: u16 = 0;
pub const IFLA_BRIDGE_MODE: u16 = 1;
pub const BRIDGE_FLAGS_MASTER: u16 = 1;
pub const BRIDGE_FLAGS_SELF: u16 = 2;

const STP_STATES: [&str; 5] = [
    "disabled",
    "listening",
    "learning",
    "forwarding",
    "blocking",
];

const USAGE: &str = "\
Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]
                               [ guard {on | off} ]
                               [ hairpin {on | off} ]
                               [ fastleave {on | off} ]
                               [ root_block {on | off} ]
                               [ learning {on | off} ]
                               [ learning_sync {on | off} ]
                               [ flood {on | off} ]
                               [ mcast_router MULTICAST_ROUTER ]
                               [ mcast_flood {on | off} ]
                               [ bcast_flood {on | off} ]
                               [ mcast_to_unicast {on | off} ]
                               [ neigh_suppress {on | off} ]
                               [ vlan_tunnel {on | off} ]
                               [ isolated {on | off} ]
                               [ locked {on | off} ]
                               [ hwmode {vepa | veb} ]
                               [ backup_port DEVICE ] [ nobackup_port ]
                               [ self ] [ master ]
       bridge link show [dev DEV]
";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

pub fn run(args: &mut Args, br: &mut Br) -> Result<()> {
    br.enter()?;
    let Some(verb) = args.next() else {
        return show(args, br);
    };
    if matches(&verb, "set") || matches(&verb, "change") {
        return modify(args, br);
    }
    if matches(&verb, "show") || matches(&verb, "lst") || matches(&verb, "list") {
        return show(args, br);
    }
    if matches(&verb, "help") {
        return Err(usage());
    }
    Err(Error::exit(
        255,
        format!("Command \"{verb}\" is unknown, try \"bridge link help\"."),
    ))
}

/// parse_stp_state: an exact state name, or None.
pub fn parse_stp_state(arg: &str) -> Option<i64> {
    STP_STATES.iter().position(|s| *s == arg).map(|p| p as i64)
}

/// `state` as brlink_modify reads it: a whole base-10 number (kept as a C `__s8`), else a name.
pub fn parse_state_arg(arg: &str) -> Result<i8> {
    let (v, used, _) = crate::cli::parse::strtol(arg, 10);
    if !arg.is_empty() && used == arg.len() {
        return Ok(v as i8);
    }
    parse_stp_state(arg)
        .map(|s| s as i8)
        .ok_or_else(|| Error::ret(255, "Error: invalid STP port state"))
}

/// What `bridge link set` sends: the ifinfomsg index is filled in after parsing.
#[derive(Debug, Default)]
pub struct PortSpec {
    pub dev: Option<String>,
    /// (attribute, value) for every u8 flag, in the order brlink_modify adds them.
    guard: Option<u8>,
    hairpin: Option<u8>,
    fast_leave: Option<u8>,
    root_block: Option<u8>,
    flood: Option<u8>,
    mcast_router: Option<u8>,
    mcast_flood: Option<u8>,
    bcast_flood: Option<u8>,
    mcast_to_unicast: Option<u8>,
    learning: Option<u8>,
    learning_sync: Option<u8>,
    cost: u32,
    priority: i16,
    state: i8,
    neigh_suppress: Option<u8>,
    vlan_tunnel: Option<u8>,
    isolated: Option<u8>,
    locked: Option<u8>,
    backup_port: Option<u32>,
    mode: Option<u16>,
    flags: u16,
}

impl PortSpec {
    /// The loop of brlink_modify; `index` resolves device names (ll_name_to_index).
    pub fn parse(args: &mut Args, index: &mut impl FnMut(&str) -> u32) -> Result<PortSpec> {
        let mut p = PortSpec {
            priority: -1,
            state: -1,
            ..PortSpec::default()
        };
        while let Some(w) = args.next() {
            let onoff = |args: &mut Args, key: &str| -> Result<Option<u8>> {
                let v = args.need()?;
                Ok(Some(parse_on_off(key, &v)? as u8))
            };
            match w.as_str() {
                "dev" => p.dev = Some(args.need()?),
                "guard" => p.guard = onoff(args, "guard")?,
                "hairpin" => p.hairpin = onoff(args, "hairpin")?,
                "fastleave" => p.fast_leave = onoff(args, "fastleave")?,
                "root_block" => p.root_block = onoff(args, "root_block")?,
                "learning" => p.learning = onoff(args, "learning")?,
                "learning_sync" => p.learning_sync = onoff(args, "learning_sync")?,
                "flood" => p.flood = onoff(args, "flood")?,
                "mcast_router" => {
                    // A C __s8: values that wrap negative are not sent.
                    let v = atoi(&args.need()?) as i8;
                    p.mcast_router = (v >= 0).then_some(v as u8);
                }
                "mcast_flood" => p.mcast_flood = onoff(args, "mcast_flood")?,
                "bcast_flood" => p.bcast_flood = onoff(args, "bcast_flood")?,
                "mcast_to_unicast" => p.mcast_to_unicast = onoff(args, "mcast_to_unicast")?,
                "cost" => p.cost = atoi(&args.need()?) as u32,
                "priority" => p.priority = atoi(&args.need()?) as i16,
                "state" => p.state = parse_state_arg(&args.need()?)?,
                "hwmode" => {
                    let v = args.need()?;
                    p.flags = BRIDGE_FLAGS_SELF;
                    p.mode = Some(match v.as_str() {
                        "vepa" => 1,
                        "veb" => 0,
                        _ => {
                            return Err(Error::ret(
                                255,
                                "Mode argument must be \"vepa\" or \"veb\".",
                            ))
                        }
                    });
                }
                "self" => p.flags |= BRIDGE_FLAGS_SELF,
                "master" => p.flags |= BRIDGE_FLAGS_MASTER,
                "neigh_suppress" => p.neigh_suppress = onoff(args, "neigh_suppress")?,
                "vlan_tunnel" => p.vlan_tunnel = onoff(args, "vlan_tunnel")?,
                "isolated" => p.isolated = onoff(args, "isolated")?,
                "locked" => p.locked = onoff(args, "locked")?,
                "backup_port" => {
                    let d = args.need()?;
                    let i = index(&d);
                    if i == 0 {
                        return Err(Error::ret(255, format!("Error: device {d} does not exist")));
                    }
                    p.backup_port = Some(i);
                }
                "nobackup_port" => p.backup_port = Some(0),
                _ => return Err(usage()),
            }
        }
        Ok(p)
    }

    /// The request body after the nlmsghdr (ifinfomsg + IFLA_PROTINFO + IFLA_AF_SPEC).
    pub fn request(&self, ifindex: u32) -> Vec<u8> {
        let mut hdr = [0u8; 16];
        hdr[0] = AF_BRIDGE;
        hdr[4..8].copy_from_slice(&ifindex.to_ne_bytes());
        let mut r = AttrBuf::with_header(&hdr);
        let nest = r.begin_nest(IFLA_PROTINFO | NLA_F_NESTED);
        let u8s = [
            (IFLA_BRPORT_GUARD, self.guard),
            (IFLA_BRPORT_MODE, self.hairpin),
            (IFLA_BRPORT_FAST_LEAVE, self.fast_leave),
            (IFLA_BRPORT_PROTECT, self.root_block),
            (IFLA_BRPORT_UNICAST_FLOOD, self.flood),
            (IFLA_BRPORT_MULTICAST_ROUTER, self.mcast_router),
            (IFLA_BRPORT_MCAST_FLOOD, self.mcast_flood),
            (IFLA_BRPORT_BCAST_FLOOD, self.bcast_flood),
            (IFLA_BRPORT_MCAST_TO_UCAST, self.mcast_to_unicast),
            (IFLA_BRPORT_LEARNING, self.learning),
            (IFLA_BRPORT_LEARNING_SYNC, self.learning_sync),
        ];
        for (ty, v) in u8s {
            if let Some(v) = v {
                r.add_u8(ty, v);
            }
        }
        if self.cost > 0 {
            r.add_u32(IFLA_BRPORT_COST, self.cost);
        }
        if self.priority >= 0 {
            r.add_u16(IFLA_BRPORT_PRIORITY, self.priority as u16);
        }
        if self.state >= 0 {
            r.add_u8(IFLA_BRPORT_STATE, self.state as u8);
        }
        let tail = [
            (IFLA_BRPORT_NEIGH_SUPPRESS, self.neigh_suppress),
            (IFLA_BRPORT_VLAN_TUNNEL, self.vlan_tunnel),
            (IFLA_BRPORT_ISOLATED, self.isolated),
            (IFLA_BRPORT_LOCKED, self.locked),
        ];
        for (ty, v) in tail {
            if let Some(v) = v {
                r.add_u8(ty, v);
            }
        }
        if let Some(b) = self.backup_port {
            r.add_u32(IFLA_BRPORT_BACKUP_PORT, b);
        }
        r.end_nest(nest);
        if self.mode.is_some() || self.flags > 0 {
            let n = r.begin_nest(IFLA_AF_SPEC);
            if self.flags > 0 {
                r.add_u16(IFLA_BRIDGE_FLAGS, self.flags);
            }
            if let Some(m) = self.mode {
                r.add_u16(IFLA_BRIDGE_MODE, m);
            }
            r.end_nest(n);
        }
        r.buf
    }
}

fn modify(args: &mut Args, br: &mut Br) -> Result<()> {
    let spec = PortSpec::parse(args, &mut |n| crate::ifmap::name_to_index(n))?;
    let idx = required_brdev(spec.dev.as_deref())?;
    br.nl
        .talk(RTM_SETLINK, 0, &spec.request(idx))
        .map_err(talk_err)
}

fn show(args: &mut Args, br: &mut Br) -> Result<()> {
    parse_show_filter(args, &mut br.st.link_filter_index, None)?;
    let mut hdr = [0u8; 16];
    hdr[0] = AF_BRIDGE;
    let filter = br.st.link_filter_index;
    let details = br.g.details > 0;
    br.out.begin_list()?;
    let out = &mut br.out;
    br.nl.dump(
        RTM_GETLINK,
        &hdr,
        |m| -> std::result::Result<(), DumpFail> {
            print_linkinfo(m, filter, details, &Default::default(), out)?;
            Ok(())
        },
    )?;
    br.out.end_list()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(words: &[&str]) -> Result<PortSpec> {
        PortSpec::parse(&mut Args::from_strs(words), &mut |_| 7)
    }

    #[test]
    fn set_request_matches_iproute2() {
        // strace of `bridge link set dev v0 hairpin on cost 5 priority 3 state forwarding
        // learning off nobackup_port self` (ifindex 4), without the nlmsghdr.
        let p = spec(&[
            "dev",
            "v0",
            "hairpin",
            "on",
            "cost",
            "5",
            "priority",
            "3",
            "state",
            "forwarding",
            "learning",
            "off",
            "nobackup_port",
            "self",
        ])
        .unwrap();
        let got = p.request(4);
        let want: Vec<u8> = vec![
            7, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // ifinfomsg
            0x34, 0, 0x0c, 0x80, // IFLA_PROTINFO | NLA_F_NESTED
            5, 0, 4, 0, 1, 0, 0, 0, // IFLA_BRPORT_MODE 1
            5, 0, 8, 0, 0, 0, 0, 0, // IFLA_BRPORT_LEARNING 0
            8, 0, 3, 0, 5, 0, 0, 0, // IFLA_BRPORT_COST 5
            6, 0, 2, 0, 3, 0, 0, 0, // IFLA_BRPORT_PRIORITY 3
            5, 0, 1, 0, 3, 0, 0, 0, // IFLA_BRPORT_STATE 3
            8, 0, 0x22, 0, 0, 0, 0, 0, // IFLA_BRPORT_BACKUP_PORT 0
            0x0c, 0, 0x1a, 0, // IFLA_AF_SPEC
            6, 0, 0, 0, 2, 0, 0, 0, // IFLA_BRIDGE_FLAGS self
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn parse_errors() {
        let e = spec(&["dev", "v0", "hairpin", "x"]).unwrap_err();
        assert_eq!(e.code, 234);
        assert!(spec(&["dev", "v0", "state", "foo"]).is_err());
        assert_eq!(spec(&["bogus"]).unwrap_err().code, 255);
        assert_eq!(spec(&["state", "200"]).unwrap().state, -56);
        assert_eq!(spec(&["hairpin", "o"]).unwrap().hairpin, Some(0));
    }
}
