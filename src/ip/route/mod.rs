//! `ip route` (ip/iproute.c): verb dispatch in do_iproute's order, and its usage text.
mod addr;
mod encap;
pub mod filter;
mod flush;
mod get;
mod lwt;
mod metrics;
pub mod modify;
mod nexthop;
mod nhinfo;
pub mod print;
mod restore;
mod rtm;
mod show;
#[cfg(test)]
mod tests;

use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::error::{Error, Failure, Result};
use crate::netlink::{
    NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, RTM_DELROUTE, RTM_NEWROUTE,
};
use show::Action;

// For `ip monitor`'s nexthop printer (ip/ipnexthop.c __print_nexthop_entry), which draws
// on the same helpers as print_route.
pub(crate) use lwt::print_encap;
pub(crate) use nhinfo::cache_event as nexthop_cache_event;
pub(crate) use print::{print_rt_flags, print_rta_gateway_str};
pub(crate) use rtm::format_host;
// `ip rule` reads the same route types and realms (ip/rtm_map.c).
pub(crate) use rtm::{get_rt_realms_or_raw, rtntype_a2n};

const USAGE: &str = "\
Usage: ip route { list | flush } SELECTOR
       ip route save SELECTOR
       ip route restore
       ip route showdump
       ip route get [ ROUTE_GET_FLAGS ] ADDRESS
                            [ from ADDRESS iif STRING ]
                            [ oif STRING ] [ tos TOS ]
                            [ mark NUMBER ] [ vrf NAME ]
                            [ uid NUMBER ] [ ipproto PROTOCOL ]
                            [ sport NUMBER ] [ dport NUMBER ]
       ip route { add | del | change | append | replace } ROUTE
SELECTOR := [ root PREFIX ] [ match PREFIX ] [ exact PREFIX ]
            [ table TABLE_ID ] [ vrf NAME ] [ proto RTPROTO ]
            [ type TYPE ] [ scope SCOPE ]
ROUTE := NODE_SPEC [ INFO_SPEC ]
NODE_SPEC := [ TYPE ] PREFIX [ tos TOS ]
             [ table TABLE_ID ] [ proto RTPROTO ]
             [ scope SCOPE ] [ metric METRIC ]
             [ ttl-propagate { enabled | disabled } ]
INFO_SPEC := { NH | nhid ID } OPTIONS FLAGS [ nexthop NH ]...
NH := [ encap ENCAPTYPE ENCAPHDR ] [ via [ FAMILY ] ADDRESS ]
      [ dev STRING ] [ weight NUMBER ] NHFLAGS
FAMILY := [ inet | inet6 | mpls | bridge | link ]
OPTIONS := FLAGS [ mtu NUMBER ] [ advmss NUMBER ] [ as [ to ] ADDRESS ]
           [ rtt TIME ] [ rttvar TIME ] [ reordering NUMBER ]
           [ window NUMBER ] [ cwnd NUMBER ] [ initcwnd NUMBER ]
           [ ssthresh NUMBER ] [ realms REALM ] [ src ADDRESS ]
           [ rto_min TIME ] [ hoplimit NUMBER ] [ initrwnd NUMBER ]
           [ features FEATURES ] [ quickack BOOL ] [ congctl NAME ]
           [ pref PREF ] [ expires TIME ] [ fastopen_no_cookie BOOL ]
TYPE := { unicast | local | broadcast | multicast | throw |
          unreachable | prohibit | blackhole | nat }
TABLE_ID := [ local | main | default | all | NUMBER ]
SCOPE := [ host | link | global | NUMBER ]
NHFLAGS := [ onlink | pervasive ]
RTPROTO := [ kernel | boot | static | NUMBER ]
PREF := [ low | medium | high ]
TIME := NUMBER[s|ms]
BOOL := [1|0]
FEATURES := ecn
ENCAPTYPE := [ mpls | ip | ip6 | seg6 | seg6local | rpl | ioam6 | xfrm ]
ENCAPHDR := [ MPLSLABEL | SEG6HDR | SEG6LOCAL | IOAM6HDR | XFRMINFO ]
SEG6HDR := [ mode SEGMODE ] segs ADDR1,ADDRi,ADDRn [hmac HMACKEYID] [cleanup]
SEGMODE := [ encap | encap.red | inline | l2encap | l2encap.red ]
SEG6LOCAL := action ACTION [ OPTIONS ] [ count ]
ACTION := { End | End.X | End.T | End.DX2 | End.DX6 | End.DX4 |
            End.DT6 | End.DT4 | End.DT46 | End.B6 | End.B6.Encaps |
            End.BM | End.S | End.AS | End.AM | End.BPF }
OPTIONS := OPTION [ OPTIONS ]
OPTION := { flavors FLAVORS | srh SEG6HDR | nh4 ADDR | nh6 ADDR | iif DEV | oif DEV |
            table TABLEID | vrftable TABLEID | endpoint PROGNAME }
FLAVORS := { FLAVOR[,FLAVOR] }
FLAVOR := { psp | usp | usd | next-csid }
IOAM6HDR := trace prealloc type IOAM6_TRACE_TYPE ns IOAM6_NAMESPACE size IOAM6_TRACE_SIZE
XFRMINFO := if_id IF_ID [ link_dev LINK ]
ROUTE_GET_FLAGS := [ fibmatch ]
";

/// usage(): the text on stderr, exit(-1).
pub fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

/// do_iproute: verbs are tried in the reference's order (`ip route a` is add, `s` show).
pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    rtm::set_human(ip.g.human > 0, ip.g.iec);
    let Some(verb) = args.next() else {
        return show::list_flush_or_save(args, ip, Action::List);
    };
    let v = verb.as_str();
    let new = RTM_NEWROUTE;
    if matches(v, "add") {
        return modify::modify(args, ip, new, NLM_F_CREATE | NLM_F_EXCL);
    }
    if matches(v, "change") || v == "chg" {
        return modify::modify(args, ip, new, NLM_F_REPLACE);
    }
    if matches(v, "replace") {
        return modify::modify(args, ip, new, NLM_F_CREATE | NLM_F_REPLACE);
    }
    if matches(v, "prepend") {
        return modify::modify(args, ip, new, NLM_F_CREATE);
    }
    if matches(v, "append") {
        return modify::modify(args, ip, new, NLM_F_CREATE | NLM_F_APPEND);
    }
    if matches(v, "test") {
        return modify::modify(args, ip, new, NLM_F_EXCL);
    }
    if matches(v, "delete") {
        return modify::modify(args, ip, RTM_DELROUTE, 0);
    }
    if matches(v, "list") || matches(v, "show") || matches(v, "lst") {
        return show::list_flush_or_save(args, ip, Action::List);
    }
    if matches(v, "get") {
        return get::get(args, ip);
    }
    if matches(v, "flush") {
        return show::list_flush_or_save(args, ip, Action::Flush);
    }
    if matches(v, "save") {
        return show::list_flush_or_save(args, ip, Action::Save);
    }
    if matches(v, "restore") {
        return restore::restore(ip);
    }
    if matches(v, "showdump") {
        return restore::showdump(ip);
    }
    if matches(v, "help") {
        return Err(usage());
    }
    Err(Error::exit(
        255,
        format!("Command \"{v}\" is unknown, try \"ip route help\"."),
    ))
}

/// print_route for `ip monitor` (ip/ipmonitor.c): the filter is iproute_reset_filter(ifindex),
/// so only the device (when `dev` was given) selects. Returns the "Not a route" text, if any.
pub fn print_route_msg<W: std::io::Write>(
    out: &mut crate::output::Printer<W>,
    msg_type: u16,
    payload: &[u8],
    g: &super::Globals,
    ifindex: u32,
) -> std::io::Result<Option<String>> {
    let mut f = filter::Filter::new();
    f.oif = ifindex;
    if ifindex > 0 {
        f.oifmask = u32::MAX;
    }
    let o = print::Opts {
        details: g.details,
        stats: g.stats,
        family: g.family,
    };
    Ok(match print::print_route(out, msg_type, payload, &f, &o)? {
        print::Printed::Ok => None,
        print::Printed::Refused(t) => Some(t),
    })
}
