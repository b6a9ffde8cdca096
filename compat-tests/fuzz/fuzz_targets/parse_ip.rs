//! `ip` object parsers over arbitrary argv, without sending anything: the first byte picks
//! the parser (and the address family), the rest is the argv split at NUL.
#![no_main]
use libfuzzer_sys::fuzz_target;
use nlbox::cli::parse;
use nlbox::ip;
use nlbox::netlink::{NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE};

#[path = "common.rs"]
mod common;

const RTM_NEWLINK: u16 = 16;
const RTM_DELLINK: u16 = 17;
const RTM_NEWADDR: u16 = 20;
const RTM_DELADDR: u16 = 21;
const RTM_NEWROUTE: u16 = 24;
const RTM_DELROUTE: u16 = 25;
const RTM_NEWRULE: u16 = 32;
const RTM_DELRULE: u16 = 33;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    common::setup();
    let words = common::words(rest);
    // `ip link add ... type sit 6rd-reset` dies of SIGSEGV on purpose, as iproute2 6.1 does
    // (ip/link_iptnl.c hands get_prefix a string literal): not a finding.
    if words.iter().any(|w| w == "6rd-reset") {
        return;
    }
    let mut a = common::args(&words);
    let family = [
        parse::AF_UNSPEC,
        parse::AF_INET,
        parse::AF_INET6,
        parse::AF_MPLS,
        parse::AF_BRIDGE,
        parse::AF_PACKET,
        parse::AF_UNSPEC,
        parse::AF_INET,
    ][usize::from(sel >> 5)];
    let create = NLM_F_CREATE | NLM_F_EXCL;
    match sel & 0x1f {
        0 => {
            if let Ok(r) = ip::link_modify::build(RTM_NEWLINK, create, &mut a, family, false) {
                let _ = r.payload();
            }
        }
        1 => {
            if let Ok(r) = ip::link_modify::build(RTM_NEWLINK, 0, &mut a, family, true) {
                let _ = r.payload();
            }
        }
        2 => {
            if let Ok(r) = ip::link_modify::build(RTM_DELLINK, 0, &mut a, family, false) {
                let _ = r.payload();
            }
        }
        3 | 4 => {
            let cmd = if sel & 0x1f == 3 {
                RTM_NEWADDR
            } else {
                RTM_DELADDR
            };
            if let Ok(mut r) = ip::address_modify::parse(cmd, &mut a, family) {
                if ip::address_modify::finish(&mut r).is_ok() {
                    let _ = r.payload(1);
                }
            }
        }
        5 | 6 | 7 => {
            let cmd = if sel & 0x1f == 7 {
                RTM_DELROUTE
            } else {
                RTM_NEWROUTE
            };
            let _ = ip::route::modify::build(&mut a, family, cmd, &mut |_| 254);
        }
        8 => {
            if let Ok(r) = ip::neigh::modify::parse_modify(&mut a, family) {
                let _ = r.payload(1);
            }
        }
        9 => {
            let _ = ip::neigh::modify::parse_get(&mut a, family);
        }
        10 | 11 => {
            let cmd = if sel & 0x1f == 10 {
                RTM_NEWRULE
            } else {
                RTM_DELRULE
            };
            if let Ok(r) = ip::rule::modify::parse(cmd, &mut a, family) {
                let _ = r.payload();
            }
        }
        12 => {
            let _ = ip::route::filter::Filter::parse(&mut a, family, &mut |_| 254);
        }
        13 => {
            let _ = ip::ipaddr::filter::parse(&mut a, family, sel & 0x80 != 0, &mut || {
                nlbox::error::Error::exit(255, "usage")
            });
        }
        14 => {
            if let Ok(r) = ip::link_modify::build(
                RTM_NEWLINK,
                NLM_F_CREATE | NLM_F_REPLACE,
                &mut a,
                family,
                false,
            ) {
                let _ = r.payload();
            }
        }
        _ => {
            // The shared word parsers of lib/utils.c, one word at a time.
            for w in &words {
                let _ = parse::strtoul(w, 0);
                let _ = parse::strtol(w, 16);
                let _ = parse::get_u32(w, 0);
                let _ = parse::get_u16(w, 10);
                let _ = parse::get_u8(w, 16);
                let _ = parse::get_u64(w, 0);
                let _ = parse::get_integer(w, 0);
                let _ = parse::get_long(w, 0);
                let _ = parse::get_addr_ipv4(w);
                let _ = parse::get_prefix(w, family);
                let _ = parse::get_addr(w, family);
                let _ = parse::get_prefix_1(w, family);
                let _ = parse::get_addr_1(w, family);
                let _ = parse::check_ifname(w);
                let _ = parse::ll_addr_a2n(w, 32);
                let _ = ip::link_modify::lladdr::ll_addr_a2n(w);
                let _ = nlbox::names::table_id(w);
                let _ = nlbox::names::proto_id(w);
                let _ = nlbox::names::scope_id(w);
                let _ = nlbox::names::realm_id(w);
                let _ = nlbox::names::dsfield_id(w);
                let _ = nlbox::names::group_id(w);
                let _ = nlbox::cli::matches::matches(w, "address");
            }
        }
    }
});
