//! `type bridge_slave` (ip/iplink_bridge_slave.c): IFLA_BRPORT_* options and `-d` print.
use super::bridge::{bridge_id, print_timer};
use super::opts::{explain_fail, help_of, u16v, u32v, u8v};
use super::table;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::invarg;
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::req::LinkReq;
use crate::ip::Globals;
use crate::output::printer::Ctx;
use crate::output::Printer;
use std::io::{self, Write};

const IFLA_BRPORT_STATE: u16 = 1;
const IFLA_BRPORT_PRIORITY: u16 = 2;
const IFLA_BRPORT_COST: u16 = 3;
const IFLA_BRPORT_MODE: u16 = 4;
const IFLA_BRPORT_GUARD: u16 = 5;
const IFLA_BRPORT_PROTECT: u16 = 6;
const IFLA_BRPORT_FAST_LEAVE: u16 = 7;
const IFLA_BRPORT_LEARNING: u16 = 8;
const IFLA_BRPORT_UNICAST_FLOOD: u16 = 9;
const IFLA_BRPORT_PROXYARP: u16 = 10;
const IFLA_BRPORT_PROXYARP_WIFI: u16 = 12;
const IFLA_BRPORT_ROOT_ID: u16 = 13;
const IFLA_BRPORT_BRIDGE_ID: u16 = 14;
const IFLA_BRPORT_DESIGNATED_PORT: u16 = 15;
const IFLA_BRPORT_DESIGNATED_COST: u16 = 16;
const IFLA_BRPORT_ID: u16 = 17;
const IFLA_BRPORT_NO: u16 = 18;
const IFLA_BRPORT_TOPOLOGY_CHANGE_ACK: u16 = 19;
const IFLA_BRPORT_CONFIG_PENDING: u16 = 20;
const IFLA_BRPORT_MESSAGE_AGE_TIMER: u16 = 21;
const IFLA_BRPORT_FORWARD_DELAY_TIMER: u16 = 22;
const IFLA_BRPORT_HOLD_TIMER: u16 = 23;
const IFLA_BRPORT_FLUSH: u16 = 24;
const IFLA_BRPORT_MULTICAST_ROUTER: u16 = 25;
const IFLA_BRPORT_MCAST_FLOOD: u16 = 27;
const IFLA_BRPORT_MCAST_TO_UCAST: u16 = 28;
const IFLA_BRPORT_VLAN_TUNNEL: u16 = 29;
const IFLA_BRPORT_BCAST_FLOOD: u16 = 30;
const IFLA_BRPORT_GROUP_FWD_MASK: u16 = 31;
const IFLA_BRPORT_NEIGH_SUPPRESS: u16 = 32;
const IFLA_BRPORT_ISOLATED: u16 = 33;
const IFLA_BRPORT_BACKUP_PORT: u16 = 34;
const IFLA_BRPORT_LOCKED: u16 = 39;
const IFLA_BRPORT_MAX: usize = 39;

/// The on/off options in bridge_slave_parse_opt's order, with mcast_router and the
/// others at their places marked by attribute 0.
const ON_OFF: &[(&str, u16)] = &[
    ("hairpin", IFLA_BRPORT_MODE),
    ("guard", IFLA_BRPORT_GUARD),
    ("root_block", IFLA_BRPORT_PROTECT),
    ("fastleave", IFLA_BRPORT_FAST_LEAVE),
    ("learning", IFLA_BRPORT_LEARNING),
    ("flood", IFLA_BRPORT_UNICAST_FLOOD),
    ("mcast_flood", IFLA_BRPORT_MCAST_FLOOD),
    ("bcast_flood", IFLA_BRPORT_BCAST_FLOOD),
    ("mcast_to_unicast", IFLA_BRPORT_MCAST_TO_UCAST),
    ("proxy_arp", IFLA_BRPORT_PROXYARP),
    ("proxy_arp_wifi", IFLA_BRPORT_PROXYARP_WIFI),
    ("mcast_router", 0),
    ("mcast_fast_leave", IFLA_BRPORT_FAST_LEAVE),
    ("neigh_suppress", IFLA_BRPORT_NEIGH_SUPPRESS),
    ("group_fwd_mask", 0),
    ("vlan_tunnel", IFLA_BRPORT_VLAN_TUNNEL),
    ("isolated", IFLA_BRPORT_ISOLATED),
    ("locked", IFLA_BRPORT_LOCKED),
];

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    while let Some(w) = args.next() {
        let w = w.as_str();
        if matches(w, "fdb_flush") {
            req.attrs.add(IFLA_BRPORT_FLUSH, &[]);
        } else if matches(w, "state") {
            let v = u8v(args, "state is invalid")?;
            req.attrs.add_u8(IFLA_BRPORT_STATE, v);
        } else if matches(w, "priority") {
            let v = u16v(args, "priority is invalid")?;
            req.attrs.add_u16(IFLA_BRPORT_PRIORITY, v);
        } else if matches(w, "cost") {
            let v = u32v(args, "cost is invalid")?;
            req.attrs.add_u32(IFLA_BRPORT_COST, v);
        } else if let Some((name, ty)) = ON_OFF.iter().find(|(n, _)| matches(w, n)) {
            match *name {
                "mcast_router" => {
                    let v = u8v(args, "invalid mcast_router")?;
                    req.attrs.add_u8(IFLA_BRPORT_MULTICAST_ROUTER, v);
                }
                "group_fwd_mask" => {
                    let v = u16v(args, "invalid group_fwd_mask")?;
                    req.attrs.add_u16(IFLA_BRPORT_GROUP_FWD_MASK, v);
                }
                _ => {
                    let v = args.need()?;
                    // bridge_slave_parse_on_off: exit(1) on a bad value.
                    let on =
                        crate::ip::link_modify::parse::parse_on_off(name, &v).map_err(|e| {
                            Error {
                                code: 1,
                                msg: e.msg,
                                how: Failure::Exit,
                            }
                        })?;
                    req.attrs.add_u8(*ty, on as u8);
                }
            }
        } else if matches(w, "backup_port") {
            let v = args.need()?;
            let i = crate::ifmap::name_to_index(&v);
            if i == 0 {
                return Err(invarg("Device does not exist\n", &v));
            }
            req.attrs.add_u32(IFLA_BRPORT_BACKUP_PORT, i);
        } else if matches(w, "nobackup_port") {
            req.attrs.add_u32(IFLA_BRPORT_BACKUP_PORT, 0);
        } else if matches(w, "help") {
            return Err(explain_fail("", help_of("bridge_slave")));
        } else {
            return Err(explain_fail(
                &format!("bridge_slave: unknown option \"{w}\"?\n"),
                help_of("bridge_slave"),
            ));
        }
    }
    Ok(())
}

const PORT_STATES: [&str; 5] = [
    "disabled",
    "listening",
    "learning",
    "forwarding",
    "blocking",
];

/// _bitmask2str with fwd_mask_tbl: stp, lacp and lldp by name, other bits as 0x%x.
fn fwd_mask_str(mut m: u16) -> String {
    let mut parts = Vec::new();
    let mut i = 0;
    while m != 0 {
        if m & 1 != 0 {
            parts.push(match i {
                0 => "stp".to_string(),
                2 => "lacp".to_string(),
                14 => "lldp".to_string(),
                _ => format!("0x{:x}", 1u32 << i),
            });
        }
        m >>= 1;
        i += 1;
    }
    if parts.is_empty() {
        "0x0".into()
    } else {
        parts.join(",")
    }
}

fn on_off<W: Write>(out: &mut Printer<W>, key: &str, v: u8) -> io::Result<()> {
    let t = if v != 0 { "on" } else { "off" };
    out.bool(Ctx::Any, key, v != 0, format_args!("{key} {t} "))
}

fn hex0(v: u16) -> String {
    if v == 0 {
        "0".into()
    } else {
        format!("{v:#x}")
    }
}

pub fn print<W: Write>(out: &mut Printer<W>, _g: &Globals, data: Option<&[u8]>) -> io::Result<()> {
    if data.is_none() {
        return Ok(());
    }
    let tb = table(data, IFLA_BRPORT_MAX);
    let get = |t: u16| tb.get(t as usize).copied().flatten();
    let u8_of = |t: u16| get(t).map(|a| a.u8().unwrap_or(0));
    let u16_of = |t: u16| get(t).map(|a| a.u16().unwrap_or(0));
    let u32_of = |t: u16| get(t).map(|a| a.u32().unwrap_or(0));
    if let Some(s) = u8_of(IFLA_BRPORT_STATE) {
        match PORT_STATES.get(s as usize) {
            Some(n) => out.string(Ctx::Any, "state", n, format_args!("state {n} "))?,
            None => out.int(
                Ctx::Any,
                "state_index",
                s as i64,
                format_args!("state ({s}) "),
            )?,
        }
    }
    if let Some(p) = u16_of(IFLA_BRPORT_PRIORITY) {
        out.int(
            Ctx::Any,
            "priority",
            p as i64,
            format_args!("priority {p} "),
        )?;
    }
    if let Some(c) = u32_of(IFLA_BRPORT_COST) {
        let c = c as i32;
        out.int(Ctx::Any, "cost", c as i64, format_args!("cost {c} "))?;
    }
    for (t, k) in [
        (IFLA_BRPORT_MODE, "hairpin"),
        (IFLA_BRPORT_GUARD, "guard"),
        (IFLA_BRPORT_PROTECT, "root_block"),
        (IFLA_BRPORT_FAST_LEAVE, "fastleave"),
        (IFLA_BRPORT_LEARNING, "learning"),
        (IFLA_BRPORT_UNICAST_FLOOD, "flood"),
    ] {
        if let Some(v) = u8_of(t) {
            on_off(out, k, v)?;
        }
    }
    if let Some(v) = u16_of(IFLA_BRPORT_ID) {
        out.xhex(
            Ctx::Any,
            "id",
            v as u64,
            format_args!("port_id {} ", hex0(v)),
        )?;
    }
    if let Some(v) = u16_of(IFLA_BRPORT_NO) {
        out.xhex(
            Ctx::Any,
            "no",
            v as u64,
            format_args!("port_no {} ", hex0(v)),
        )?;
    }
    if let Some(v) = u16_of(IFLA_BRPORT_DESIGNATED_PORT) {
        out.uint(
            Ctx::Any,
            "designated_port",
            v as u64,
            format_args!("designated_port {v} "),
        )?;
    }
    if let Some(v) = u16_of(IFLA_BRPORT_DESIGNATED_COST) {
        out.uint(
            Ctx::Any,
            "designated_cost",
            v as u64,
            format_args!("designated_cost {v} "),
        )?;
    }
    if let Some(a) = get(IFLA_BRPORT_BRIDGE_ID) {
        let id = bridge_id(a.data);
        out.string(
            Ctx::Any,
            "bridge_id",
            &id,
            format_args!("designated_bridge {id} "),
        )?;
    }
    if let Some(a) = get(IFLA_BRPORT_ROOT_ID) {
        let id = bridge_id(a.data);
        out.string(
            Ctx::Any,
            "root_id",
            &id,
            format_args!("designated_root {id} "),
        )?;
    }
    for (t, k) in [
        (IFLA_BRPORT_HOLD_TIMER, "hold_timer"),
        (IFLA_BRPORT_MESSAGE_AGE_TIMER, "message_age_timer"),
        (IFLA_BRPORT_FORWARD_DELAY_TIMER, "forward_delay_timer"),
    ] {
        if let Some(a) = get(t) {
            print_timer(out, k, a.u64().unwrap_or(0))?;
        }
    }
    if let Some(v) = u8_of(IFLA_BRPORT_TOPOLOGY_CHANGE_ACK) {
        out.uint(
            Ctx::Any,
            "topology_change_ack",
            v as u64,
            format_args!("topology_change_ack {v} "),
        )?;
    }
    if let Some(v) = u8_of(IFLA_BRPORT_CONFIG_PENDING) {
        out.uint(
            Ctx::Any,
            "config_pending",
            v as u64,
            format_args!("config_pending {v} "),
        )?;
    }
    if let Some(v) = u8_of(IFLA_BRPORT_PROXYARP) {
        on_off(out, "proxy_arp", v)?;
    }
    if let Some(v) = u8_of(IFLA_BRPORT_PROXYARP_WIFI) {
        on_off(out, "proxy_arp_wifi", v)?;
    }
    if let Some(v) = u8_of(IFLA_BRPORT_MULTICAST_ROUTER) {
        out.uint(
            Ctx::Any,
            "multicast_router",
            v as u64,
            format_args!("mcast_router {v} "),
        )?;
    }
    if let Some(v) = u8_of(IFLA_BRPORT_FAST_LEAVE) {
        let t = if v != 0 { "on" } else { "off" };
        out.fp(format_args!("mcast_fast_leave {t} "))?;
    }
    for (t, k) in [
        (IFLA_BRPORT_MCAST_FLOOD, "mcast_flood"),
        (IFLA_BRPORT_BCAST_FLOOD, "bcast_flood"),
        (IFLA_BRPORT_MCAST_TO_UCAST, "mcast_to_unicast"),
        (IFLA_BRPORT_NEIGH_SUPPRESS, "neigh_suppress"),
    ] {
        if let Some(v) = u8_of(t) {
            on_off(out, k, v)?;
        }
    }
    if let Some(m) = u16_of(IFLA_BRPORT_GROUP_FWD_MASK) {
        out.xhex(
            Ctx::Any,
            "group_fwd_mask",
            m as u64,
            format_args!("group_fwd_mask {} ", hex0(m)),
        )?;
        let s = fwd_mask_str(m);
        out.string(
            Ctx::Any,
            "group_fwd_mask_str",
            &s,
            format_args!("group_fwd_mask_str {s} "),
        )?;
    }
    for (t, k) in [
        (IFLA_BRPORT_VLAN_TUNNEL, "vlan_tunnel"),
        (IFLA_BRPORT_ISOLATED, "isolated"),
        (IFLA_BRPORT_LOCKED, "locked"),
    ] {
        if let Some(v) = u8_of(t) {
            on_off(out, k, v)?;
        }
    }
    if let Some(i) = u32_of(IFLA_BRPORT_BACKUP_PORT) {
        let n = crate::ifmap::index_to_name(i);
        out.string(
            Ctx::Any,
            "backup_port",
            &n,
            format_args!("backup_port {n} "),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn fwd_mask() {
        assert_eq!(super::fwd_mask_str(0), "0x0");
        assert_eq!(super::fwd_mask_str(0x4005), "stp,lacp,lldp");
        assert_eq!(super::fwd_mask_str(0x2), "0x2");
    }
}
