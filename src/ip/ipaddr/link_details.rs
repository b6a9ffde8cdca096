//! The `-d` part of print_linkinfo (ip/ipaddress.c): counters of the device, the kind
//! lines (whose options ip::link_kind prints), the IPv6 address mode, protodown.
use super::ifla::*;
use super::link_fmt::hexstring;
use super::link_print::View;
use super::rta::{self, Slot};
use crate::ip::Globals;
use crate::output::{Color, Ctx, Printer};
use std::io::{self, Write};

/// iproute2 link kinds whose link_util has a print_opt: only these get an "info_data"
/// (or "info_slave_data") object (ip/iplink_*.c, link_*.c, ipmacsec.c, iptuntap.c in 6.1).
const KINDS_WITH_PRINT_OPT: &[&str] = &[
    "amt",
    "bareudp",
    "bond",
    "bond_slave",
    "bridge",
    "bridge_slave",
    "can",
    "dsa",
    "geneve",
    "gtp",
    "hsr",
    "ipoib",
    "ipvlan",
    "ipvtap",
    "macvlan",
    "macvtap",
    "rmnet",
    "vlan",
    "vrf",
    "vrf_slave",
    "vxlan",
    "wwan",
    "gre",
    "gretap",
    "erspan",
    "ip6gre",
    "ip6gretap",
    "ip6erspan",
    "ip6tnl",
    "ipip",
    "sit",
    "vti",
    "vti6",
    "xfrm",
    "macsec",
    "tun",
];

/// The `-d` block of print_linkinfo.
pub fn print_details<W: Write>(
    out: &mut Printer<W>,
    v: &View,
    tb: &[Slot; IFLA_TB],
) -> io::Result<()> {
    let u = |a: Option<&[u8]>| a.map(rta::u32_of);
    if let Some(p) = u(tb[IFLA_PROMISCUITY as usize]) {
        out.uint_in(Ctx::Any, "promiscuity", p as u64, " promiscuity ", " ")?;
    }
    if let Some(p) = u(tb[IFLA_ALLMULTI as usize]) {
        out.uint_in(Ctx::Any, "allmulti", p as u64, " allmulti ", " ")?;
    }
    if let Some(p) = u(tb[IFLA_MIN_MTU as usize]) {
        out.uint_in(Ctx::Any, "min_mtu", p as u64, "minmtu ", " ")?;
    }
    if let Some(p) = u(tb[IFLA_MAX_MTU as usize]) {
        out.uint_in(Ctx::Any, "max_mtu", p as u64, "maxmtu ", " ")?;
    }
    if let Some(li) = tb[IFLA_LINKINFO as usize] {
        print_linktype(out, v.g, li)?;
    }
    if v.do_link {
        if let Some(af) = tb[IFLA_AF_SPEC as usize] {
            print_af_spec(out, af)?;
        }
    }
    for (at, key, text) in [
        (IFLA_NUM_TX_QUEUES, "num_tx_queues", "numtxqueues "),
        (IFLA_NUM_RX_QUEUES, "num_rx_queues", "numrxqueues "),
        (IFLA_GSO_MAX_SIZE, "gso_max_size", "gso_max_size "),
        (IFLA_GSO_MAX_SEGS, "gso_max_segs", "gso_max_segs "),
        (IFLA_TSO_MAX_SIZE, "tso_max_size", "tso_max_size "),
        (IFLA_TSO_MAX_SEGS, "tso_max_segs", "tso_max_segs "),
        (IFLA_GRO_MAX_SIZE, "gro_max_size", "gro_max_size "),
    ] {
        if let Some(p) = u(tb[at as usize]) {
            out.uint_in(Ctx::Any, key, p as u64, text, " ")?;
        }
    }
    if let Some(n) = tb[IFLA_PHYS_PORT_NAME as usize] {
        let s = rta::str_of(n);
        out.string(
            Ctx::Any,
            "phys_port_name",
            &s,
            format_args!("portname {s} "),
        )?;
    }
    if let Some(d) = tb[IFLA_PHYS_PORT_ID as usize] {
        let s = hexstring(d);
        out.string(Ctx::Any, "phys_port_id", &s, format_args!("portid {s} "))?;
    }
    if let Some(d) = tb[IFLA_PHYS_SWITCH_ID as usize] {
        let s = hexstring(d);
        out.string(
            Ctx::Any,
            "phys_switch_id",
            &s,
            format_args!("switchid {s} "),
        )?;
    }
    if let Some(d) = tb[IFLA_PARENT_DEV_BUS_NAME as usize] {
        let s = rta::str_of(d);
        out.string(Ctx::Any, "parentbus", &s, format_args!("parentbus {s} "))?;
    }
    if let Some(d) = tb[IFLA_PARENT_DEV_NAME as usize] {
        let s = rta::str_of(d);
        out.string(Ctx::Any, "parentdev", &s, format_args!("parentdev {s} "))?;
    }
    Ok(())
}

/// print_linktype: the kind line and the kind's own options (printed by link_kind).
fn print_linktype<W: Write>(out: &mut Printer<W>, g: &Globals, li: &[u8]) -> io::Result<()> {
    let info = rta::parse::<INFO_TB>(li, NLA_F_NESTED);
    out.open_object("linkinfo")?;
    if let Some(k) = info[IFLA_INFO_KIND as usize] {
        let kind = rta::str_of(k);
        out.nl()?;
        out.string_in(Ctx::Any, Color::None, "info_kind", &kind, "    ", " ")?;
        if KINDS_WITH_PRINT_OPT.contains(&kind.as_str()) {
            out.open_object("info_data")?;
            crate::ip::link_kind::print_opt(out, g, &kind, info[IFLA_INFO_DATA as usize])?;
            out.close_object()?;
        }
    }
    if let Some(k) = info[IFLA_INFO_SLAVE_KIND as usize] {
        let kind = rta::str_of(k);
        out.nl()?;
        out.string(
            Ctx::Any,
            "info_slave_kind",
            &kind,
            format_args!("    {kind}_slave "),
        )?;
        let mut slave = format!("{kind}_slave");
        slave.truncate(31);
        if KINDS_WITH_PRINT_OPT.contains(&slave.as_str()) {
            out.open_object("info_slave_data")?;
            crate::ip::link_kind::print_slave_opt(
                out,
                g,
                &kind,
                info[IFLA_INFO_SLAVE_DATA as usize],
            )?;
            out.close_object()?;
        }
    }
    out.close_object()
}

/// print_af_spec: the IPv6 address generation mode.
fn print_af_spec<W: Write>(out: &mut Printer<W>, af: &[u8]) -> io::Result<()> {
    // parse_rtattr_one_nested(AF_INET6, ...): the first attribute of type 10, unmasked.
    let Some((_, inet6)) = rta::iter(af).find(|(t, _)| *t == 10) else {
        return Ok(());
    };
    let tb = rta::parse::<INET6_TB>(inet6, NLA_F_NESTED);
    if let Some(m) = tb[IFLA_INET6_ADDR_GEN_MODE as usize] {
        let mode = rta::u8_of(m);
        let s = match mode {
            0 => "eui64".to_string(),
            1 => "none".to_string(),
            2 => "stable_secret".to_string(),
            3 => "random".to_string(),
            _ => format!("{mode:#04x}"),
        };
        out.string(
            Ctx::Any,
            "inet6_addr_gen_mode",
            &s,
            format_args!("addrgenmode {s} "),
        )?;
    }
    Ok(())
}

/// print_proto_down. The reason check reads the link table at the index of
/// IFLA_PROTO_DOWN_REASON_VALUE (a bug in 6.1 kept here) and the value as a u8.
pub fn print_proto_down<W: Write>(out: &mut Printer<W>, tb: &[Slot; IFLA_TB]) -> io::Result<()> {
    if let Some(p) = tb[IFLA_PROTO_DOWN as usize] {
        if rta::u8_of(p) != 0 {
            out.bool(Ctx::Any, "proto_down", true, format_args!(" protodown on "))?;
        }
    }
    let Some(r) = tb[IFLA_PROTO_DOWN_REASON as usize] else {
        return Ok(());
    };
    let pr = rta::parse::<3>(r, NLA_F_NESTED);
    if tb[IFLA_PROTO_DOWN_REASON_VALUE as usize].is_none() {
        return Ok(());
    }
    let mut reason = pr[IFLA_PROTO_DOWN_REASON_VALUE as usize]
        .map(rta::u8_of)
        .unwrap_or(0) as u32;
    if reason == 0 {
        return Ok(());
    }
    let key = if out.is_json() {
        "proto_down_reason"
    } else {
        "protodown_reason <"
    };
    out.open_array(Ctx::Any, key, "protodown_reason <")?;
    let mut start = true;
    let mut i = 0;
    while reason != 0 {
        if reason & 1 != 0 {
            let s = crate::names::protodown_reason_name(i);
            let sep = if start { "" } else { "," };
            out.string(Ctx::Any, "", &s, format_args!("{sep}{s}"))?;
            start = false;
        }
        i += 1;
        reason >>= 1;
    }
    out.close_array(Ctx::Any, ">")
}
