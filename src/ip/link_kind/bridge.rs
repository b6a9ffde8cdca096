//! `type bridge` (ip/iplink_bridge.c): IFLA_BR_* options and their `-d` print.
use super::opts::{explain_fail, help_of, jiffies, u16v, u32v, u64v, u8v};
use super::table;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::invarg;
use crate::error::Result;
use crate::ip::link_modify::req::LinkReq;
use crate::ip::Globals;
use crate::output::printer::Ctx;
use crate::output::Printer;
use std::io::{self, Write};

pub const IFLA_BR_FORWARD_DELAY: u16 = 1;
pub const IFLA_BR_HELLO_TIME: u16 = 2;
pub const IFLA_BR_MAX_AGE: u16 = 3;
pub const IFLA_BR_AGEING_TIME: u16 = 4;
pub const IFLA_BR_STP_STATE: u16 = 5;
pub const IFLA_BR_PRIORITY: u16 = 6;
pub const IFLA_BR_VLAN_FILTERING: u16 = 7;
pub const IFLA_BR_VLAN_PROTOCOL: u16 = 8;
pub const IFLA_BR_GROUP_FWD_MASK: u16 = 9;
pub const IFLA_BR_ROOT_ID: u16 = 10;
pub const IFLA_BR_BRIDGE_ID: u16 = 11;
pub const IFLA_BR_ROOT_PORT: u16 = 12;
pub const IFLA_BR_ROOT_PATH_COST: u16 = 13;
pub const IFLA_BR_TOPOLOGY_CHANGE: u16 = 14;
pub const IFLA_BR_TOPOLOGY_CHANGE_DETECTED: u16 = 15;
pub const IFLA_BR_HELLO_TIMER: u16 = 16;
pub const IFLA_BR_TCN_TIMER: u16 = 17;
pub const IFLA_BR_TOPOLOGY_CHANGE_TIMER: u16 = 18;
pub const IFLA_BR_GC_TIMER: u16 = 19;
pub const IFLA_BR_GROUP_ADDR: u16 = 20;
pub const IFLA_BR_FDB_FLUSH: u16 = 21;
pub const IFLA_BR_MCAST_ROUTER: u16 = 22;
pub const IFLA_BR_MCAST_SNOOPING: u16 = 23;
pub const IFLA_BR_MCAST_QUERY_USE_IFADDR: u16 = 24;
pub const IFLA_BR_MCAST_QUERIER: u16 = 25;
pub const IFLA_BR_MCAST_HASH_ELASTICITY: u16 = 26;
pub const IFLA_BR_MCAST_HASH_MAX: u16 = 27;
pub const IFLA_BR_MCAST_LAST_MEMBER_CNT: u16 = 28;
pub const IFLA_BR_MCAST_STARTUP_QUERY_CNT: u16 = 29;
pub const IFLA_BR_MCAST_LAST_MEMBER_INTVL: u16 = 30;
pub const IFLA_BR_MCAST_MEMBERSHIP_INTVL: u16 = 31;
pub const IFLA_BR_MCAST_QUERIER_INTVL: u16 = 32;
pub const IFLA_BR_MCAST_QUERY_INTVL: u16 = 33;
pub const IFLA_BR_MCAST_QUERY_RESPONSE_INTVL: u16 = 34;
pub const IFLA_BR_MCAST_STARTUP_QUERY_INTVL: u16 = 35;
pub const IFLA_BR_NF_CALL_IPTABLES: u16 = 36;
pub const IFLA_BR_NF_CALL_IP6TABLES: u16 = 37;
pub const IFLA_BR_NF_CALL_ARPTABLES: u16 = 38;
pub const IFLA_BR_VLAN_DEFAULT_PVID: u16 = 39;
pub const IFLA_BR_VLAN_STATS_ENABLED: u16 = 41;
pub const IFLA_BR_MCAST_STATS_ENABLED: u16 = 42;
pub const IFLA_BR_MCAST_IGMP_VERSION: u16 = 43;
pub const IFLA_BR_MCAST_MLD_VERSION: u16 = 44;
pub const IFLA_BR_VLAN_STATS_PER_PORT: u16 = 45;
pub const IFLA_BR_MULTI_BOOLOPT: u16 = 46;
const IFLA_BR_MAX: usize = 47;

const BR_BOOLOPT_NO_LL_LEARN: u32 = 0;
const BR_BOOLOPT_MCAST_VLAN_SNOOPING: u32 = 1;

#[derive(Clone, Copy)]
enum W {
    U8,
    U16,
    U32,
    U64,
}

/// The plain numeric options, in bridge_parse_opt's order of checks (all by prefix).
const NUMERIC: &[(&str, W, u16)] = &[
    ("forward_delay", W::U32, IFLA_BR_FORWARD_DELAY),
    ("hello_time", W::U32, IFLA_BR_HELLO_TIME),
    ("max_age", W::U32, IFLA_BR_MAX_AGE),
    ("ageing_time", W::U32, IFLA_BR_AGEING_TIME),
    ("stp_state", W::U32, IFLA_BR_STP_STATE),
    ("priority", W::U16, IFLA_BR_PRIORITY),
    ("vlan_filtering", W::U8, IFLA_BR_VLAN_FILTERING),
];

const NUMERIC2: &[(&str, W, u16)] = &[
    ("vlan_default_pvid", W::U16, IFLA_BR_VLAN_DEFAULT_PVID),
    ("vlan_stats_enabled", W::U8, IFLA_BR_VLAN_STATS_ENABLED),
    ("vlan_stats_per_port", W::U8, IFLA_BR_VLAN_STATS_PER_PORT),
    ("mcast_router", W::U8, IFLA_BR_MCAST_ROUTER),
    ("mcast_snooping", W::U8, IFLA_BR_MCAST_SNOOPING),
];

const NUMERIC3: &[(&str, W, u16)] = &[
    (
        "mcast_query_use_ifaddr",
        W::U8,
        IFLA_BR_MCAST_QUERY_USE_IFADDR,
    ),
    ("mcast_querier", W::U8, IFLA_BR_MCAST_QUERIER),
    (
        "mcast_hash_elasticity",
        W::U32,
        IFLA_BR_MCAST_HASH_ELASTICITY,
    ),
    ("mcast_hash_max", W::U32, IFLA_BR_MCAST_HASH_MAX),
    (
        "mcast_last_member_count",
        W::U32,
        IFLA_BR_MCAST_LAST_MEMBER_CNT,
    ),
    (
        "mcast_startup_query_count",
        W::U32,
        IFLA_BR_MCAST_STARTUP_QUERY_CNT,
    ),
    (
        "mcast_last_member_interval",
        W::U64,
        IFLA_BR_MCAST_LAST_MEMBER_INTVL,
    ),
    (
        "mcast_membership_interval",
        W::U64,
        IFLA_BR_MCAST_MEMBERSHIP_INTVL,
    ),
    (
        "mcast_querier_interval",
        W::U64,
        IFLA_BR_MCAST_QUERIER_INTVL,
    ),
    ("mcast_query_interval", W::U64, IFLA_BR_MCAST_QUERY_INTVL),
    (
        "mcast_query_response_interval",
        W::U64,
        IFLA_BR_MCAST_QUERY_RESPONSE_INTVL,
    ),
    (
        "mcast_startup_query_interval",
        W::U64,
        IFLA_BR_MCAST_STARTUP_QUERY_INTVL,
    ),
    ("mcast_stats_enabled", W::U8, IFLA_BR_MCAST_STATS_ENABLED),
    ("mcast_igmp_version", W::U8, IFLA_BR_MCAST_IGMP_VERSION),
    ("mcast_mld_version", W::U8, IFLA_BR_MCAST_MLD_VERSION),
    ("nf_call_iptables", W::U8, IFLA_BR_NF_CALL_IPTABLES),
    ("nf_call_ip6tables", W::U8, IFLA_BR_NF_CALL_IP6TABLES),
    ("nf_call_arptables", W::U8, IFLA_BR_NF_CALL_ARPTABLES),
];

fn numeric(table: &[(&str, W, u16)], w: &str, args: &mut Args, req: &mut LinkReq) -> Result<bool> {
    let Some((name, width, ty)) = table.iter().find(|(n, _, _)| matches(w, n)) else {
        return Ok(false);
    };
    let msg = format!("invalid {name}");
    match width {
        W::U8 => req.attrs.add_u8(*ty, u8v(args, &msg)?),
        W::U16 => req.attrs.add_u16(*ty, u16v(args, &msg)?),
        W::U32 => req.attrs.add_u32(*ty, u32v(args, &msg)?),
        W::U64 => req.attrs.add_u64(*ty, u64v(args, &msg)?),
    }
    Ok(true)
}

/// The first entry of `table` before `w` in check order that `w` abbreviates.
fn first_match(table: &[(&str, W, u16)], w: &str) -> bool {
    table.iter().any(|(n, _, _)| matches(w, n))
}

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let mut optval = 0u32;
    let mut optmask = 0u32;
    while let Some(w) = args.next() {
        let w = w.as_str();
        if first_match(NUMERIC, w) {
            numeric(NUMERIC, w, args, req)?;
        } else if matches(w, "vlan_protocol") {
            let v = args.need()?;
            let p = super::proto::a2n(&v).ok_or_else(|| invarg("invalid vlan_protocol", &v))?;
            req.attrs.add(IFLA_BR_VLAN_PROTOCOL, &p.to_be_bytes());
        } else if matches(w, "group_fwd_mask") {
            let m = u16v(args, "invalid group_fwd_mask")?;
            req.attrs.add_u16(IFLA_BR_GROUP_FWD_MASK, m);
        } else if matches(w, "group_address") {
            let v = args.need()?;
            let a = crate::ip::link_modify::lladdr::ll_addr_a2n(&v)?;
            req.attrs.add(IFLA_BR_GROUP_ADDR, &a);
        } else if w == "no_linklocal_learn" {
            let v = u8v(args, "invalid no_linklocal_learn")?;
            boolopt(&mut optmask, &mut optval, BR_BOOLOPT_NO_LL_LEARN, v != 0);
        } else if matches(w, "fdb_flush") {
            req.attrs.add(IFLA_BR_FDB_FLUSH, &[]);
        } else if first_match(NUMERIC2, w) {
            numeric(NUMERIC2, w, args, req)?;
        } else if w == "mcast_vlan_snooping" {
            let v = u8v(args, "invalid mcast_vlan_snooping")?;
            boolopt(
                &mut optmask,
                &mut optval,
                BR_BOOLOPT_MCAST_VLAN_SNOOPING,
                v != 0,
            );
        } else if first_match(NUMERIC3, w) {
            numeric(NUMERIC3, w, args, req)?;
        } else if matches(w, "help") {
            return Err(explain_fail("", help_of("bridge")));
        } else {
            return Err(explain_fail(
                &format!("bridge: unknown command \"{w}\"?\n"),
                help_of("bridge"),
            ));
        }
    }
    if optmask != 0 {
        let mut d = optval.to_ne_bytes().to_vec();
        d.extend_from_slice(&optmask.to_ne_bytes());
        req.attrs.add(IFLA_BR_MULTI_BOOLOPT, &d);
    }
    Ok(())
}

fn boolopt(mask: &mut u32, val: &mut u32, bit: u32, on: bool) {
    *mask |= 1 << bit;
    if on {
        *val |= 1 << bit;
    } else {
        *val &= !(1 << bit);
    }
}

/// glibc ether_ntoa_r: `%x:%x:...`, no zero padding.
pub fn ether_ntoa(a: &[u8]) -> String {
    let mut s = String::new();
    for i in 0..6 {
        if i > 0 {
            s.push(':');
        }
        s.push_str(&format!("{:x}", a.get(i).copied().unwrap_or(0)));
    }
    s
}

/// br_dump_bridge_id: `%.2x%.2x.%s` of the priority bytes and ether_ntoa of the address.
pub fn bridge_id(d: &[u8]) -> String {
    let p0 = d.first().copied().unwrap_or(0);
    let p1 = d.get(1).copied().unwrap_or(0);
    format!("{p0:02x}{p1:02x}.{}", ether_ntoa(d.get(2..).unwrap_or(&[])))
}

/// _bridge_print_timer: text `%s %4i.%.2i `, JSON a bare `%i.%.2i` number.
pub fn print_timer<W: Write>(out: &mut Printer<W>, name: &str, j: u64) -> io::Result<()> {
    let (s, c) = jiffies(j);
    if out.is_json() {
        out.json_verbatim(name, format_args!("{s}.{c:02}"))
    } else {
        out.fp(format_args!("{name} {s:4}.{c:02} "))
    }
}

pub fn print<W: Write>(out: &mut Printer<W>, _g: &Globals, data: Option<&[u8]>) -> io::Result<()> {
    if data.is_none() {
        return Ok(());
    }
    let tb = table(data, IFLA_BR_MAX);
    let get = |t: u16| tb.get(t as usize).copied().flatten();
    let u32_of = |t: u16| get(t).and_then(|a| a.u32());
    let u16_of = |t: u16| get(t).and_then(|a| a.u16());
    let u8_of = |t: u16| get(t).and_then(|a| a.u8());
    let u64_of = |t: u16| get(t).and_then(|a| a.u64());
    macro_rules! u {
        ($v:expr, $key:literal, $txt:literal) => {
            if let Some(v) = $v {
                out.uint(
                    Ctx::Any,
                    $key,
                    v as u64,
                    format_args!(concat!($txt, " {} "), v),
                )?;
            }
        };
    }
    u!(
        u32_of(IFLA_BR_FORWARD_DELAY),
        "forward_delay",
        "forward_delay"
    );
    u!(u32_of(IFLA_BR_HELLO_TIME), "hello_time", "hello_time");
    u!(u32_of(IFLA_BR_MAX_AGE), "max_age", "max_age");
    u!(u32_of(IFLA_BR_AGEING_TIME), "ageing_time", "ageing_time");
    u!(u32_of(IFLA_BR_STP_STATE), "stp_state", "stp_state");
    u!(u16_of(IFLA_BR_PRIORITY), "priority", "priority");
    u!(
        u8_of(IFLA_BR_VLAN_FILTERING),
        "vlan_filtering",
        "vlan_filtering"
    );
    if let Some(a) = get(IFLA_BR_VLAN_PROTOCOL) {
        // rta_getattr_u16 reads the network-order value; ll_proto_n2a swaps it back.
        let p = super::proto::n2a(a.be16().unwrap_or(0));
        out.string(
            Ctx::Any,
            "vlan_protocol",
            &p,
            format_args!("vlan_protocol {p} "),
        )?;
    }
    if let Some(a) = get(IFLA_BR_BRIDGE_ID) {
        let id = bridge_id(a.data);
        out.string(Ctx::Any, "bridge_id", &id, format_args!("bridge_id {id} "))?;
    }
    if get(IFLA_BR_ROOT_ID).is_some() {
        // iproute2 6.1 prints the bridge id here too (it reads IFLA_BR_BRIDGE_ID).
        let id = bridge_id(get(IFLA_BR_BRIDGE_ID).map(|a| a.data).unwrap_or(&[]));
        out.string(
            Ctx::Any,
            "root_id",
            &id,
            format_args!("designated_root {id} "),
        )?;
    }
    u!(u16_of(IFLA_BR_ROOT_PORT), "root_port", "root_port");
    u!(
        u32_of(IFLA_BR_ROOT_PATH_COST),
        "root_path_cost",
        "root_path_cost"
    );
    u!(
        u8_of(IFLA_BR_TOPOLOGY_CHANGE),
        "topology_change",
        "topology_change"
    );
    u!(
        u8_of(IFLA_BR_TOPOLOGY_CHANGE_DETECTED),
        "topology_change_detected",
        "topology_change_detected"
    );
    for (t, name) in [
        (IFLA_BR_HELLO_TIMER, "hello_timer"),
        (IFLA_BR_TCN_TIMER, "tcn_timer"),
        (IFLA_BR_TOPOLOGY_CHANGE_TIMER, "topology_change_timer"),
        (IFLA_BR_GC_TIMER, "gc_timer"),
    ] {
        if get(t).is_some() {
            print_timer(out, name, u64_of(t).unwrap_or(0))?;
        }
    }
    u!(
        u16_of(IFLA_BR_VLAN_DEFAULT_PVID),
        "vlan_default_pvid",
        "vlan_default_pvid"
    );
    u!(
        u8_of(IFLA_BR_VLAN_STATS_ENABLED),
        "vlan_stats_enabled",
        "vlan_stats_enabled"
    );
    u!(
        u8_of(IFLA_BR_VLAN_STATS_PER_PORT),
        "vlan_stats_per_port",
        "vlan_stats_per_port"
    );
    if let Some(m) = u16_of(IFLA_BR_GROUP_FWD_MASK) {
        let t = if m == 0 {
            "0".to_string()
        } else {
            format!("{m:#x}")
        };
        out.xhex(
            Ctx::Any,
            "group_fwd_mask",
            m as u64,
            format_args!("group_fwd_mask {t} "),
        )?;
    }
    if let Some(a) = get(IFLA_BR_GROUP_ADDR) {
        let mac = crate::output::fmt::ll_addr(a.data, 1);
        out.string(
            Ctx::Any,
            "group_addr",
            &mac,
            format_args!("group_address {mac} "),
        )?;
    }
    u!(
        u8_of(IFLA_BR_MCAST_SNOOPING),
        "mcast_snooping",
        "mcast_snooping"
    );
    if let Some(a) = get(IFLA_BR_MULTI_BOOLOPT) {
        let val = a.u32().unwrap_or(0);
        let mask = a
            .data
            .get(4..8)
            .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
            .unwrap_or(0);
        let ll = 1 << BR_BOOLOPT_NO_LL_LEARN;
        let mcvl = 1 << BR_BOOLOPT_MCAST_VLAN_SNOOPING;
        if mask & ll != 0 {
            let v = (val & ll != 0) as u32;
            out.uint(
                Ctx::Any,
                "no_linklocal_learn",
                v as u64,
                format_args!("no_linklocal_learn {v} "),
            )?;
        }
        if mask & mcvl != 0 {
            let v = (val & mcvl != 0) as u32;
            out.uint(
                Ctx::Any,
                "mcast_vlan_snooping",
                v as u64,
                format_args!("mcast_vlan_snooping {v} "),
            )?;
        }
    }
    u!(u8_of(IFLA_BR_MCAST_ROUTER), "mcast_router", "mcast_router");
    u!(
        u8_of(IFLA_BR_MCAST_QUERY_USE_IFADDR),
        "mcast_query_use_ifaddr",
        "mcast_query_use_ifaddr"
    );
    u!(
        u8_of(IFLA_BR_MCAST_QUERIER),
        "mcast_querier",
        "mcast_querier"
    );
    u!(
        u32_of(IFLA_BR_MCAST_HASH_ELASTICITY),
        "mcast_hash_elasticity",
        "mcast_hash_elasticity"
    );
    u!(
        u32_of(IFLA_BR_MCAST_HASH_MAX),
        "mcast_hash_max",
        "mcast_hash_max"
    );
    u!(
        u32_of(IFLA_BR_MCAST_LAST_MEMBER_CNT),
        "mcast_last_member_cnt",
        "mcast_last_member_count"
    );
    u!(
        u32_of(IFLA_BR_MCAST_STARTUP_QUERY_CNT),
        "mcast_startup_query_cnt",
        "mcast_startup_query_count"
    );
    u!(
        u64_of(IFLA_BR_MCAST_LAST_MEMBER_INTVL),
        "mcast_last_member_intvl",
        "mcast_last_member_interval"
    );
    u!(
        u64_of(IFLA_BR_MCAST_MEMBERSHIP_INTVL),
        "mcast_membership_intvl",
        "mcast_membership_interval"
    );
    u!(
        u64_of(IFLA_BR_MCAST_QUERIER_INTVL),
        "mcast_querier_intvl",
        "mcast_querier_interval"
    );
    u!(
        u64_of(IFLA_BR_MCAST_QUERY_INTVL),
        "mcast_query_intvl",
        "mcast_query_interval"
    );
    u!(
        u64_of(IFLA_BR_MCAST_QUERY_RESPONSE_INTVL),
        "mcast_query_response_intvl",
        "mcast_query_response_interval"
    );
    u!(
        u64_of(IFLA_BR_MCAST_STARTUP_QUERY_INTVL),
        "mcast_startup_query_intvl",
        "mcast_startup_query_interval"
    );
    u!(
        u8_of(IFLA_BR_MCAST_STATS_ENABLED),
        "mcast_stats_enabled",
        "mcast_stats_enabled"
    );
    u!(
        u8_of(IFLA_BR_MCAST_IGMP_VERSION),
        "mcast_igmp_version",
        "mcast_igmp_version"
    );
    u!(
        u8_of(IFLA_BR_MCAST_MLD_VERSION),
        "mcast_mld_version",
        "mcast_mld_version"
    );
    u!(
        u8_of(IFLA_BR_NF_CALL_IPTABLES),
        "nf_call_iptables",
        "nf_call_iptables"
    );
    u!(
        u8_of(IFLA_BR_NF_CALL_IP6TABLES),
        "nf_call_ip6tables",
        "nf_call_ip6tables"
    );
    u!(
        u8_of(IFLA_BR_NF_CALL_ARPTABLES),
        "nf_call_arptables",
        "nf_call_arptables"
    );
    Ok(())
}
