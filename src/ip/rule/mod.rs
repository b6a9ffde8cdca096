//! `ip rule` (ip/iprule.c): list/flush/save/restore and add/delete.
mod list;
pub mod modify;
pub mod print;
pub mod scan;

use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::error::{Error, Failure, Result};
use crate::netlink::{RTM_DELRULE, RTM_NEWRULE};

/// sizeof(struct fib_rule_hdr).
pub const FRH_LEN: usize = 12;

pub const FRA_DST: u16 = 1;
pub const FRA_SRC: u16 = 2;
pub const FRA_IFNAME: u16 = 3;
pub const FRA_GOTO: u16 = 4;
/// RTA_GATEWAY shares its number with FRA_UNUSED2; `nat` sends it.
pub const RTA_GATEWAY: u16 = 5;
pub const FRA_PRIORITY: u16 = 6;
pub const FRA_FWMARK: u16 = 10;
pub const FRA_FLOW: u16 = 11;
pub const FRA_TUN_ID: u16 = 12;
pub const FRA_SUPPRESS_IFGROUP: u16 = 13;
pub const FRA_SUPPRESS_PREFIXLEN: u16 = 14;
pub const FRA_TABLE: u16 = 15;
pub const FRA_FWMASK: u16 = 16;
pub const FRA_OIFNAME: u16 = 17;
pub const FRA_L3MDEV: u16 = 19;
pub const FRA_UID_RANGE: u16 = 20;
pub const FRA_PROTOCOL: u16 = 21;
pub const FRA_IP_PROTO: u16 = 22;
pub const FRA_SPORT_RANGE: u16 = 23;
pub const FRA_DPORT_RANGE: u16 = 24;
pub const FRA_MAX: usize = 24;

pub const FR_ACT_UNSPEC: u8 = 0;
pub const FR_ACT_TO_TBL: u8 = 1;
pub const FR_ACT_GOTO: u8 = 2;
pub const FR_ACT_NOP: u8 = 3;
pub const RTN_NAT: u8 = 10;

pub const FIB_RULE_INVERT: u32 = 0x02;
pub const FIB_RULE_UNRESOLVED: u32 = 0x04;
pub const FIB_RULE_IIF_DETACHED: u32 = 0x08;
pub const FIB_RULE_OIF_DETACHED: u32 = 0x10;

pub const RTPROT_KERNEL: u8 = 2;
pub const RT_TABLE_MAIN: u8 = 254;

const USAGE: &str = "\
Usage: ip rule { add | del } SELECTOR ACTION
       ip rule { flush | save | restore }
       ip rule [ list [ SELECTOR ]]
SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]
            [ fwmark FWMARK[/MASK] ]
            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]
            [ uidrange NUMBER-NUMBER ]
            [ ipproto PROTOCOL ]
            [ sport [ NUMBER | NUMBER-NUMBER ]
            [ dport [ NUMBER | NUMBER-NUMBER ] ]
ACTION := [ table TABLE_ID ]
          [ protocol PROTO ]
          [ nat ADDRESS ]
          [ realms [SRCREALM/]DSTREALM ]
          [ goto NUMBER ]
          SUPPRESSOR
SUPPRESSOR := [ suppress_prefixlength NUMBER ]
              [ suppress_ifgroup DEVGROUP ]
TABLE_ID := [ local | main | default | NUMBER ]
";

pub fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

/// RTNL_FAMILY_IPMR / RTNL_FAMILY_IP6MR: the multicast routing rule families.
const RTNL_FAMILY_IPMR: u8 = 128;
const RTNL_FAMILY_IP6MR: u8 = 129;

/// do_multirule (`ip mrule`): ip rule on the multicast routing families.
pub fn run_multi(args: &mut Args, ip: &mut Ip) -> Result<()> {
    ip.g.family = match ip.g.family {
        0 | crate::cli::parse::AF_INET => RTNL_FAMILY_IPMR,
        crate::cli::parse::AF_INET6 => RTNL_FAMILY_IP6MR,
        RTNL_FAMILY_IPMR | RTNL_FAMILY_IP6MR => ip.g.family,
        f => {
            return Err(Error::exit(
                255,
                format!("Multicast rules are only supported for IPv4/IPv6, was: {f}"),
            ))
        }
    };
    run(args, ip)
}

/// do_iprule.
pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(verb) = args.next() else {
        return list::list_flush_or_save(args, ip, list::Action::List);
    };
    let m = |k: &str| matches(&verb, k);
    if m("list") || m("lst") || m("show") {
        return list::list_flush_or_save(args, ip, list::Action::List);
    }
    if m("save") {
        return list::list_flush_or_save(args, ip, list::Action::Save);
    }
    if m("restore") {
        return list::restore(ip);
    }
    if m("add") {
        return modify::modify(RTM_NEWRULE, args, ip);
    }
    if m("delete") {
        return modify::modify(RTM_DELRULE, args, ip);
    }
    if m("flush") {
        return list::list_flush_or_save(args, ip, list::Action::Flush);
    }
    if m("help") {
        return Err(usage());
    }
    Err(Error::exit(
        255,
        format!("Command \"{verb}\" is unknown, try \"ip rule help\"."),
    ))
}

#[cfg(test)]
mod fixture_tests;
