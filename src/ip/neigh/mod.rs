//! `ip neigh` (ip/ipneigh.c): show/flush with filters, add/del/change/replace, get.
pub mod lladdr;
pub mod modify;
pub mod prefix;
pub mod print;
mod show;

use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::get_u32;
use crate::error::{Error, Failure, Result};
use crate::netlink::{NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, RTM_DELNEIGH, RTM_NEWNEIGH};

/// sizeof(struct ndmsg).
pub const NDMSG_LEN: usize = 12;

pub const NDA_DST: u16 = 1;
pub const NDA_LLADDR: u16 = 2;
pub const NDA_CACHEINFO: u16 = 3;
pub const NDA_PROBES: u16 = 4;
pub const NDA_IFINDEX: u16 = 8;
pub const NDA_MASTER: u16 = 9;
pub const NDA_PROTOCOL: u16 = 12;
pub const NDA_FLAGS_EXT: u16 = 15;
pub const NDA_MAX: usize = 15;

pub const NUD_INCOMPLETE: u32 = 0x01;
pub const NUD_REACHABLE: u32 = 0x02;
pub const NUD_STALE: u32 = 0x04;
pub const NUD_DELAY: u32 = 0x08;
pub const NUD_PROBE: u32 = 0x10;
pub const NUD_FAILED: u32 = 0x20;
pub const NUD_NOARP: u32 = 0x40;
pub const NUD_PERMANENT: u32 = 0x80;
pub const NUD_NONE: u32 = 0x00;

/// print_neigh_state's order.
pub const NUD_NAMES: [(u32, &str); 8] = [
    (NUD_INCOMPLETE, "INCOMPLETE"),
    (NUD_REACHABLE, "REACHABLE"),
    (NUD_STALE, "STALE"),
    (NUD_DELAY, "DELAY"),
    (NUD_PROBE, "PROBE"),
    (NUD_FAILED, "FAILED"),
    (NUD_NOARP, "NOARP"),
    (NUD_PERMANENT, "PERMANENT"),
];

pub const NTF_USE: u8 = 0x01;
pub const NTF_PROXY: u8 = 0x08;
pub const NTF_EXT_LEARNED: u8 = 0x10;
pub const NTF_OFFLOADED: u8 = 0x20;
pub const NTF_ROUTER: u8 = 0x80;
pub const NTF_EXT_MANAGED: u32 = 0x01;

/// The reply of a filtered dump says the kernel applied the filter.
pub const NLM_F_DUMP_FILTERED: u16 = 0x20;

const USAGE: &str = "\
Usage: ip neigh { add | del | change | replace }
                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }
                [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]
                [ protocol PROTO ]

	ip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]
				  [ vrf NAME ] [ nomaster ]
	ip neigh get { ADDR | proxy ADDR } dev DEV

STATE := { delay | failed | incomplete | noarp | none |
           permanent | probe | reachable | stale }
";

/// usage(): the text on stderr, exit(-1).
pub fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

/// nud_state_a2n: a state name (two of them abbreviable) or a single-bit number below 0x100.
pub fn nud_state_a2n(arg: &str) -> Option<u32> {
    if matches(arg, "permanent") {
        return Some(NUD_PERMANENT);
    }
    if matches(arg, "reachable") {
        return Some(NUD_REACHABLE);
    }
    let exact = [
        ("noarp", NUD_NOARP),
        ("none", NUD_NONE),
        ("stale", NUD_STALE),
        ("incomplete", NUD_INCOMPLETE),
        ("delay", NUD_DELAY),
        ("probe", NUD_PROBE),
    ];
    if let Some((_, v)) = exact.iter().find(|(k, _)| *k == arg) {
        return Some(*v);
    }
    if matches(arg, "failed") {
        return Some(NUD_FAILED);
    }
    let v = get_u32(arg, 0)?;
    if v >= 0x100 || v & v.wrapping_sub(1) != 0 {
        return None;
    }
    Some(v)
}

/// do_ipneigh: the verbs in the reference's order.
pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(verb) = args.next() else {
        return show::show_or_flush(args, ip, false);
    };
    let m = |k: &str| matches(&verb, k);
    if m("add") {
        return modify::modify(RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_EXCL, args, ip);
    }
    if m("change") || verb == "chg" {
        return modify::modify(RTM_NEWNEIGH, NLM_F_REPLACE, args, ip);
    }
    if m("replace") {
        return modify::modify(RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE, args, ip);
    }
    if m("delete") {
        return modify::modify(RTM_DELNEIGH, 0, args, ip);
    }
    if m("get") {
        return modify::get(args, ip);
    }
    if m("show") || m("lst") || m("list") {
        return show::show_or_flush(args, ip, false);
    }
    if m("flush") {
        return show::show_or_flush(args, ip, true);
    }
    if m("help") {
        return Err(usage());
    }
    Err(Error::exit(
        255,
        format!("Command \"{verb}\" is unknown, try \"ip neigh help\"."),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nud_names() {
        assert_eq!(nud_state_a2n("perm"), Some(NUD_PERMANENT));
        assert_eq!(nud_state_a2n("r"), Some(NUD_REACHABLE));
        assert_eq!(nud_state_a2n("sta"), None);
        assert_eq!(nud_state_a2n("f"), Some(NUD_FAILED));
        assert_eq!(nud_state_a2n("none"), Some(0));
        assert_eq!(nud_state_a2n("0x40"), Some(0x40));
        assert_eq!(nud_state_a2n("3"), None);
        assert_eq!(nud_state_a2n("256"), None);
        assert_eq!(nud_state_a2n("0"), Some(0));
        assert_eq!(nud_state_a2n(""), None);
    }
}

#[cfg(test)]
mod fixture_tests;

#[cfg(test)]
mod request_tests;
