//! One module per link kind (ip/iplink_*.c, ip/link_*.c): option parser, `-d` printer and
//! help text, found by name as iproute2's get_link_kind() finds its `<id>_link_util`.
pub mod bond;
pub mod bridge;
pub mod bridge_slave;
pub mod can;
pub mod geneve;
pub mod gre;
pub mod ip6tnl;
pub mod iptnl;
pub mod ipvlan;
pub mod macsec;
pub mod macvlan;
pub mod misc;
pub mod opts;
pub mod proto;
pub mod tun;
pub mod tunnel;
pub mod veth;
pub mod vlan;
pub mod vrf;
pub mod vti;
pub mod vxlan;

use super::link_modify::req::LinkReq;
use super::Globals;
use crate::cli::args::Args;
use crate::error::{Error, Result};
use crate::netlink::attr::Attr;
use crate::output::Printer;
use std::io::{self, Write};

/// parse_opt: reads the kind's words into the IFLA_INFO_DATA nest already opened in `req`.
pub type ParseFn = fn(&mut Args, &mut LinkReq) -> Result<()>;

/// The parse_opt of an IP tunnel kind (tunnel.rs): it gets the kind's id and, for a change
/// of an existing device, the tunnel's current IFLA_INFO_DATA, which it starts from.
pub type TunnelFn = fn(&mut Args, &mut LinkReq, &str, Option<&[u8]>) -> Result<()>;

/// A kind's parser as iproute2 has it.
#[derive(Clone, Copy)]
pub enum Parse {
    /// The link_util has no parse_opt: the words are ignored, an empty nest is sent.
    None,
    Fn(ParseFn),
    Tunnel(TunnelFn),
}

/// struct link_util: the parts `ip link add|set|help` use.
pub struct LinkUtil {
    pub id: &'static str,
    pub parse: Parse,
    /// print_help's text (always to stdout for `ip link help KIND`).
    pub help: Option<&'static str>,
}

macro_rules! help {
    ($k:literal) => {
        Some(include_str!(concat!("help/", $k, ".txt")))
    };
}

/// Every link_util of iproute2 6.1 (ip/iplink_*.c, ip/link_*.c, ip/ipmacsec.c, iptuntap.c).
static KINDS: &[LinkUtil] = &[
    LinkUtil {
        id: "amt",
        parse: Parse::Fn(misc::parse_amt),
        help: help!("amt"),
    },
    LinkUtil {
        id: "bareudp",
        parse: Parse::Fn(misc::parse_bareudp),
        help: help!("bareudp"),
    },
    LinkUtil {
        id: "batadv",
        parse: Parse::Fn(misc::parse_batadv),
        help: help!("batadv"),
    },
    LinkUtil {
        id: "bond",
        parse: Parse::Fn(bond::parse),
        help: help!("bond"),
    },
    LinkUtil {
        id: "bond_slave",
        parse: Parse::Fn(bond::parse_slave),
        help: help!("bond_slave"),
    },
    LinkUtil {
        id: "bridge",
        parse: Parse::Fn(bridge::parse),
        help: help!("bridge"),
    },
    LinkUtil {
        id: "bridge_slave",
        parse: Parse::Fn(bridge_slave::parse),
        help: help!("bridge_slave"),
    },
    LinkUtil {
        id: "can",
        parse: Parse::Fn(can::parse),
        help: help!("can"),
    },
    LinkUtil {
        id: "dsa",
        parse: Parse::Fn(misc::parse_dsa),
        help: help!("dsa"),
    },
    LinkUtil {
        id: "dummy",
        parse: Parse::None,
        help: help!("dummy"),
    },
    LinkUtil {
        id: "erspan",
        parse: Parse::Tunnel(gre::gre),
        help: help!("erspan"),
    },
    LinkUtil {
        id: "geneve",
        parse: Parse::Fn(geneve::parse),
        help: help!("geneve"),
    },
    LinkUtil {
        id: "gre",
        parse: Parse::Tunnel(gre::gre),
        help: help!("gre"),
    },
    LinkUtil {
        id: "gretap",
        parse: Parse::Tunnel(gre::gre),
        help: help!("gretap"),
    },
    LinkUtil {
        id: "gtp",
        parse: Parse::Fn(misc::parse_gtp),
        help: help!("gtp"),
    },
    LinkUtil {
        id: "hsr",
        parse: Parse::Fn(misc::parse_hsr),
        help: help!("hsr"),
    },
    LinkUtil {
        id: "ifb",
        parse: Parse::None,
        help: help!("ifb"),
    },
    LinkUtil {
        id: "ip6erspan",
        parse: Parse::Tunnel(gre::gre6),
        help: help!("ip6erspan"),
    },
    LinkUtil {
        id: "ip6gre",
        parse: Parse::Tunnel(gre::gre6),
        help: help!("ip6gre"),
    },
    LinkUtil {
        id: "ip6gretap",
        parse: Parse::Tunnel(gre::gre6),
        help: help!("ip6gretap"),
    },
    LinkUtil {
        id: "ip6tnl",
        parse: Parse::Tunnel(ip6tnl::ip6tnl),
        help: help!("ip6tnl"),
    },
    LinkUtil {
        id: "ipip",
        parse: Parse::Tunnel(iptnl::iptun),
        help: help!("ipip"),
    },
    LinkUtil {
        id: "ipoib",
        parse: Parse::Fn(misc::parse_ipoib),
        help: help!("ipoib"),
    },
    LinkUtil {
        id: "ipvlan",
        parse: Parse::Fn(ipvlan::parse_ipvlan),
        help: help!("ipvlan"),
    },
    LinkUtil {
        id: "ipvtap",
        parse: Parse::Fn(ipvlan::parse_ipvtap),
        help: help!("ipvtap"),
    },
    LinkUtil {
        id: "macsec",
        parse: Parse::Fn(macsec::parse),
        help: help!("macsec"),
    },
    LinkUtil {
        id: "macvlan",
        parse: Parse::Fn(macvlan::parse_macvlan),
        help: help!("macvlan"),
    },
    LinkUtil {
        id: "macvtap",
        parse: Parse::Fn(macvlan::parse_macvtap),
        help: help!("macvtap"),
    },
    LinkUtil {
        id: "netdevsim",
        parse: Parse::None,
        help: help!("netdevsim"),
    },
    LinkUtil {
        id: "nlmon",
        parse: Parse::None,
        help: help!("nlmon"),
    },
    LinkUtil {
        id: "rmnet",
        parse: Parse::Fn(misc::parse_rmnet),
        help: help!("rmnet"),
    },
    LinkUtil {
        id: "sit",
        parse: Parse::Tunnel(iptnl::iptun),
        help: help!("sit"),
    },
    LinkUtil {
        id: "team",
        parse: Parse::None,
        help: help!("team"),
    },
    LinkUtil {
        id: "team_slave",
        parse: Parse::None,
        help: help!("team_slave"),
    },
    LinkUtil {
        id: "tun",
        parse: Parse::None,
        help: None,
    },
    LinkUtil {
        id: "vcan",
        parse: Parse::None,
        help: help!("vcan"),
    },
    LinkUtil {
        id: "veth",
        parse: Parse::Fn(veth::parse),
        help: help!("veth"),
    },
    LinkUtil {
        id: "virt_wifi",
        parse: Parse::None,
        help: help!("virt_wifi"),
    },
    LinkUtil {
        id: "vlan",
        parse: Parse::Fn(vlan::parse),
        help: help!("vlan"),
    },
    LinkUtil {
        id: "vrf",
        parse: Parse::Fn(vrf::parse),
        help: help!("vrf"),
    },
    LinkUtil {
        id: "vrf_slave",
        parse: Parse::None,
        help: None,
    },
    LinkUtil {
        id: "vti",
        parse: Parse::Tunnel(vti::vti),
        help: help!("vti"),
    },
    LinkUtil {
        id: "vti6",
        parse: Parse::Tunnel(vti::vti),
        help: help!("vti6"),
    },
    LinkUtil {
        id: "vxcan",
        parse: Parse::Fn(misc::parse_vxcan),
        help: help!("vxcan"),
    },
    LinkUtil {
        id: "vxlan",
        parse: Parse::Fn(vxlan::parse),
        help: help!("vxlan"),
    },
    LinkUtil {
        id: "wwan",
        parse: Parse::Fn(misc::parse_wwan),
        help: help!("wwan"),
    },
    LinkUtil {
        id: "xfrm",
        parse: Parse::Fn(misc::parse_xfrm),
        help: help!("xfrm"),
    },
];

/// get_link_kind: exact name match.
pub fn find(id: &str) -> Option<&'static LinkUtil> {
    KINDS.iter().find(|k| k.id == id)
}

/// Runs the kind's parser (the IFLA_INFO_DATA nest is open).
pub fn parse(lu: &LinkUtil, args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let r = match lu.parse {
        Parse::None => return Ok(()),
        Parse::Fn(f) => f(args, req),
        Parse::Tunnel(f) => {
            tunnel::current(req).and_then(|cur| f(args, req, lu.id, cur.as_deref()))
        }
    };
    // iplink_modify turns any failure parse_opt returns into -1 (exit 1), whatever value
    // it was (veth passes iplink_parse's -EINVAL up, macsec parse_one_of's).
    r.map_err(|e| match e.how {
        crate::error::Failure::Return => Error { code: 1, ..e },
        crate::error::Failure::Exit => e,
    })
}

/// print_opt of the kind's link_util, inside the "info_data" JSON object. Returns false when
/// nlbox has no printer for this kind (iproute2 then prints nothing more).
pub fn print_opt<W: Write>(
    out: &mut Printer<W>,
    g: &Globals,
    kind: &str,
    data: Option<&[u8]>,
) -> io::Result<bool> {
    match kind {
        "bridge" => bridge::print(out, g, data).map(|_| true),
        "macvlan" | "macvtap" => macvlan::print(out, g, data).map(|_| true),
        "vxlan" => vxlan::print(out, g, data).map(|_| true),
        "tun" => tun::print(out, g, data).map(|_| true),
        _ => Ok(false),
    }
}

/// print_opt of the `KIND_slave` link_util, inside "info_slave_data".
pub fn print_slave_opt<W: Write>(
    out: &mut Printer<W>,
    g: &Globals,
    slave_kind: &str,
    data: Option<&[u8]>,
) -> io::Result<bool> {
    match slave_kind {
        "bridge_slave" | "bridge" => bridge_slave::print(out, g, data).map(|_| true),
        _ => Ok(false),
    }
}

/// parse_rtattr of a kind's data: the last attribute of each type, indexed by type.
pub fn table(data: Option<&[u8]>, max: usize) -> Vec<Option<Attr<'_>>> {
    crate::netlink::attr::table(data.unwrap_or(&[]), max)
}

#[cfg(test)]
mod tests;
