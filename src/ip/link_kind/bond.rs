//! `type bond` (ip/iplink_bond.c): parsed and encoded as iproute2 sends it (this kernel
//! has no bonding module).
use super::opts::help_of;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u16, get_u32, get_u8, invarg, AF_INET, AF_INET6};
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::req::LinkReq;

const MODE: &[&str] = &[
    "balance-rr",
    "active-backup",
    "balance-xor",
    "broadcast",
    "802.3ad",
    "balance-tlb",
    "balance-alb",
];
const ARP_VALIDATE: &[&str] = &[
    "none",
    "active",
    "backup",
    "all",
    "filter",
    "filter_active",
    "filter_backup",
];
const ARP_ALL_TARGETS: &[&str] = &["any", "all"];
const PRIMARY_RESELECT: &[&str] = &["always", "better", "failure"];
const FAIL_OVER_MAC: &[&str] = &["none", "active", "follow"];
const XMIT_HASH_POLICY: &[&str] = &[
    "layer2",
    "layer3+4",
    "layer2+3",
    "encap2+3",
    "encap3+4",
    "vlan+srcmac",
];
const LACP_ACTIVE: &[&str] = &["off", "on"];
const LACP_RATE: &[&str] = &["slow", "fast"];
const AD_SELECT: &[&str] = &["stable", "bandwidth", "count"];

/// get_index: a decimal index into the table, or a name.
fn get_index(tbl: &[&str], name: &str) -> Option<usize> {
    if let Some(i) = crate::cli::parse::get_integer(name, 10) {
        if i >= 0 && (i as usize) < tbl.len() {
            return Some(i as usize);
        }
    }
    tbl.iter().position(|t| *t == name)
}

#[derive(Clone, Copy)]
enum K {
    U8,
    U16,
    U32,
    /// A name from a table, sent as u8 or u32.
    Tbl8(&'static [&'static str]),
    Tbl32(&'static [&'static str]),
    /// A device name as ifindex (`return nodev()` when unknown).
    Dev,
    /// A fixed 0 (clear_active_slave).
    Zero32,
    ArpTargets,
    NsTargets,
    LlAddr,
}

/// bond_parse_opt's checks in order: (word, exact strcmp, kind, attribute, invarg text).
const OPTS: &[(&str, bool, K, u16, &str)] = &[
    ("mode", false, K::Tbl8(MODE), 1, "invalid mode"),
    ("active_slave", false, K::Dev, 2, ""),
    ("clear_active_slave", false, K::Zero32, 2, ""),
    ("miimon", false, K::U32, 3, "invalid miimon"),
    ("updelay", false, K::U32, 4, "invalid updelay"),
    ("downdelay", false, K::U32, 5, "invalid downdelay"),
    (
        "peer_notify_delay",
        false,
        K::U32,
        28,
        "invalid peer_notify_delay",
    ),
    ("use_carrier", false, K::U8, 6, "invalid use_carrier"),
    ("arp_interval", false, K::U32, 7, "invalid arp_interval"),
    ("arp_ip_target", false, K::ArpTargets, 8, ""),
    ("ns_ip6_target", true, K::NsTargets, 31, ""),
    (
        "arp_validate",
        false,
        K::Tbl32(ARP_VALIDATE),
        9,
        "invalid arp_validate",
    ),
    (
        "arp_all_targets",
        false,
        K::Tbl32(ARP_ALL_TARGETS),
        10,
        "invalid arp_all_targets",
    ),
    ("arp_missed_max", true, K::U8, 30, "invalid arp_missed_max"),
    ("primary", false, K::Dev, 11, ""),
    (
        "primary_reselect",
        false,
        K::Tbl8(PRIMARY_RESELECT),
        12,
        "invalid primary_reselect",
    ),
    (
        "fail_over_mac",
        false,
        K::Tbl8(FAIL_OVER_MAC),
        13,
        "invalid fail_over_mac",
    ),
    (
        "xmit_hash_policy",
        false,
        K::Tbl8(XMIT_HASH_POLICY),
        14,
        "invalid xmit_hash_policy",
    ),
    ("resend_igmp", false, K::U32, 15, "invalid resend_igmp"),
    (
        "num_grat_arp",
        false,
        K::U8,
        16,
        "invalid num_grat_arp|num_unsol_na",
    ),
    (
        "num_unsol_na",
        false,
        K::U8,
        16,
        "invalid num_grat_arp|num_unsol_na",
    ),
    (
        "all_slaves_active",
        false,
        K::U8,
        17,
        "invalid all_slaves_active",
    ),
    ("min_links", false, K::U32, 18, "invalid min_links"),
    ("lp_interval", false, K::U32, 19, "invalid lp_interval"),
    (
        "packets_per_slave",
        false,
        K::U32,
        20,
        "invalid packets_per_slave",
    ),
    (
        "lacp_rate",
        false,
        K::Tbl8(LACP_RATE),
        21,
        "invalid lacp_rate",
    ),
    (
        "lacp_active",
        true,
        K::Tbl8(LACP_ACTIVE),
        29,
        "invalid lacp_active",
    ),
    (
        "ad_select",
        false,
        K::Tbl8(AD_SELECT),
        22,
        "invalid ad_select",
    ),
    (
        "ad_user_port_key",
        false,
        K::U16,
        25,
        "invalid ad_user_port_key",
    ),
    (
        "ad_actor_sys_prio",
        false,
        K::U16,
        24,
        "invalid ad_actor_sys_prio",
    ),
    ("ad_actor_system", false, K::LlAddr, 26, ""),
    ("tlb_dynamic_lb", false, K::U8, 27, "invalid tlb_dynamic_lb"),
];

/// `a,b,,c` split as strtok does (empty pieces skipped), at most 16.
fn targets(s: &str) -> impl Iterator<Item = &str> {
    s.split(',').filter(|t| !t.is_empty()).take(16)
}

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    while let Some(w) = args.next() {
        let w = w.as_str();
        let hit = OPTS
            .iter()
            .find(|(n, exact, ..)| if *exact { w == *n } else { matches(w, n) });
        let Some((_, _, kind, ty, msg)) = hit else {
            let help = help_of("bond").unwrap_or("");
            if matches(w, "help") {
                return Err(Error::raw(1, help, Failure::Return));
            }
            return Err(Error::raw(
                1,
                format!("bond: unknown command \"{w}\"?\n{help}"),
                Failure::Return,
            ));
        };
        let ty = *ty;
        match *kind {
            K::Zero32 => req.attrs.add_u32(ty, 0),
            K::ArpTargets | K::NsTargets => {
                let nest = req.attrs.begin_nest(ty);
                if let Some(list) = args.next() {
                    for (i, t) in targets(&list).enumerate() {
                        if matches!(kind, K::ArpTargets) {
                            let p = crate::cli::parse::get_addr_1(t, AF_INET).ok_or_else(|| {
                                Error::exit(
                                    1,
                                    format!("Error: an IP address is expected rather than \"{t}\""),
                                )
                            })?;
                            let b = p.bytes();
                            let mut a = [0u8; 4];
                            for (s, x) in a.iter_mut().zip(b.iter()) {
                                *s = *x;
                            }
                            req.attrs.add(i as u16, &a);
                        } else {
                            let p = crate::cli::parse::get_addr(t, AF_INET6)?;
                            let b = p.bytes();
                            let mut a = [0u8; 16];
                            for (s, x) in a.iter_mut().zip(b.iter()) {
                                *s = *x;
                            }
                            req.attrs.add(i as u16, &a);
                        }
                    }
                }
                req.attrs.end_nest(nest);
            }
            _ => {
                let v = args.need()?;
                match *kind {
                    K::U8 => {
                        let n = get_u8(&v, 0).ok_or_else(|| invarg(msg, &v))?;
                        req.attrs.add_u8(ty, n);
                    }
                    K::U16 => {
                        let n = get_u16(&v, 0).ok_or_else(|| invarg(msg, &v))?;
                        req.attrs.add_u16(ty, n);
                    }
                    K::U32 => {
                        let n = get_u32(&v, 0).ok_or_else(|| invarg(msg, &v))?;
                        req.attrs.add_u32(ty, n);
                    }
                    K::Tbl8(t) => {
                        let i = get_index(t, &v).ok_or_else(|| invarg(msg, &v))?;
                        req.attrs.add_u8(ty, i as u8);
                    }
                    K::Tbl32(t) => {
                        let i = get_index(t, &v).ok_or_else(|| invarg(msg, &v))?;
                        req.attrs.add_u32(ty, i as u32);
                    }
                    K::Dev => {
                        let i = crate::ifmap::name_to_index(&v);
                        if i == 0 {
                            return Err(crate::ip::link_modify::parse::nodev(&v));
                        }
                        req.attrs.add_u32(ty, i);
                    }
                    K::LlAddr => {
                        let a = crate::ip::link_modify::lladdr::ll_addr_a2n(&v)?;
                        req.attrs.add(ty, &a);
                    }
                    _ => {}
                }
            }
        }
    }
    Ok(())
}

/// `type bond_slave` (ip/iplink_bond_slave.c): queue_id and prio.
pub fn parse_slave(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    while let Some(w) = args.next() {
        if matches(&w, "queue_id") {
            let v = args.need()?;
            let q = get_u16(&v, 0).ok_or_else(|| invarg("queue_id is invalid", &v))?;
            req.attrs.add_u16(5, q);
        } else if w == "prio" {
            let v = args.need()?;
            let p = crate::cli::parse::get_long(&v, 0)
                .and_then(|p| i32::try_from(p).ok())
                .ok_or_else(|| invarg("prio is invalid", &v))?;
            req.attrs.add_u32(9, p as u32);
        } else {
            let mut t = String::new();
            if !matches(&w, "help") {
                t = format!("bond_slave: unknown option \"{w}\"?\n");
            }
            t.push_str(help_of("bond_slave").unwrap_or(""));
            return Err(Error::raw(1, t, Failure::Return));
        }
    }
    Ok(())
}
