//! print_linkinfo and its helpers (ip/ipaddress.c): one link message in every mode.
use super::filter::Filter;
use super::ifla::*;
use super::rta::{self, Slot};
use super::stats;
use crate::ip::Globals;
use crate::netlink::{RTM_DELLINK, RTM_NEWLINK};
use crate::output::{Color, Ctx, Printer};
use std::io::{self, Write};

/// What the printers need besides the message.
pub struct View<'a> {
    pub g: &'a Globals,
    pub f: &'a Filter,
    /// `ip link` (do_link): linkmode, addrgenmode, alias, stats, VFs are printed.
    pub do_link: bool,
}

/// The fixed ifinfomsg header.
#[derive(Debug, Clone, Copy)]
pub struct IfInfo {
    pub family: u8,
    pub ty: u16,
    pub index: i32,
    pub flags: u32,
}

pub fn ifinfo(p: &[u8]) -> Option<IfInfo> {
    let h = p.get(..16)?;
    Some(IfInfo {
        family: h[0],
        ty: u16::from_ne_bytes([h[2], h[3]]),
        index: i32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
        flags: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
    })
}

/// The link table (parse_rtattr_flags with NLA_F_NESTED), or None when the header is short.
pub fn link_table(p: &[u8]) -> Option<(IfInfo, [Slot<'_>; IFLA_TB])> {
    let ifi = ifinfo(p)?;
    let attrs = p.get(16..).unwrap_or(&[]);
    Some((ifi, rta::parse::<IFLA_TB>(attrs, NLA_F_NESTED)))
}

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

/// ll_type_n2a (lib/ll_types.c); under -N every type is `[N]`.
pub fn ll_type(ty: u16) -> String {
    const T: &[(u16, &str)] = &[
        (0, "netrom"),
        (1, "ether"),
        (2, "eether"),
        (3, "ax25"),
        (4, "pronet"),
        (5, "chaos"),
        (6, "ieee802"),
        (7, "arcnet"),
        (8, "atalk"),
        (15, "dlci"),
        (19, "atm"),
        (23, "metricom"),
        (24, "ieee1394"),
        (32, "infiniband"),
        (256, "slip"),
        (257, "cslip"),
        (258, "slip6"),
        (259, "cslip6"),
        (260, "rsrvd"),
        (264, "adapt"),
        (270, "rose"),
        (271, "x25"),
        (272, "hwx25"),
        (280, "can"),
        (512, "ppp"),
        (513, "hdlc"),
        (516, "lapb"),
        (517, "ddcmp"),
        (518, "rawhdlc"),
        (768, "ipip"),
        (769, "tunnel6"),
        (770, "frad"),
        (771, "skip"),
        (772, "loopback"),
        (773, "ltalk"),
        (774, "fddi"),
        (775, "bif"),
        (776, "sit"),
        (777, "ip/ddp"),
        (778, "gre"),
        (779, "pimreg"),
        (780, "hippi"),
        (781, "ash"),
        (782, "econet"),
        (783, "irda"),
        (784, "fcpp"),
        (785, "fcal"),
        (786, "fcpl"),
        (787, "fcfb0"),
        (788, "fcfb1"),
        (789, "fcfb2"),
        (790, "fcfb3"),
        (791, "fcfb4"),
        (792, "fcfb5"),
        (793, "fcfb6"),
        (794, "fcfb7"),
        (795, "fcfb8"),
        (796, "fcfb9"),
        (797, "fcfb10"),
        (798, "fcfb11"),
        (799, "fcfb12"),
        (800, "tr"),
        (801, "ieee802.11"),
        (802, "ieee802.11/prism"),
        (803, "ieee802.11/radiotap"),
        (804, "ieee802.15.4"),
        (805, "ieee802.15.4/monitor"),
        (820, "phonet"),
        (821, "phonet_pipe"),
        (822, "caif"),
        (823, "gre6"),
        (824, "netlink"),
        (825, "6lowpan"),
        (0xfffe, "none"),
        (0xffff, "void"),
    ];
    if !crate::names::numeric() {
        if let Some((_, n)) = T.iter().find(|(t, _)| *t == ty) {
            return (*n).to_string();
        }
    }
    format!("[{ty}]")
}

/// ll_addr_n2a into iproute2's 64-byte buffer (longer addresses are cut at 63 chars).
pub fn ll_addr(a: &[u8], ty: u16) -> String {
    let mut s = crate::output::fmt::ll_addr(a, ty);
    s.truncate(63);
    s
}

const OPER_STATES: [&str; 7] = [
    "UNKNOWN",
    "NOTPRESENT",
    "DOWN",
    "LOWERLAYERDOWN",
    "TESTING",
    "DORMANT",
    "UP",
];

/// oper_state_color (lib/color.c).
fn oper_color(state: u8) -> Color {
    match state {
        6 => Color::OperUp,
        2 => Color::OperDown,
        _ => Color::None,
    }
}

/// print_link_flags.
pub fn print_link_flags<W: Write>(out: &mut Printer<W>, flags: u32, mdown: bool) -> io::Result<()> {
    let key = if out.is_json() { "flags" } else { "<" };
    out.open_array(Ctx::Any, key, "<")?;
    let mut flags = flags;
    if flags & IFF_UP != 0 && flags & IFF_RUNNING == 0 {
        out.string(Ctx::Any, "", "NO-CARRIER", format_args!("NO-CARRIER,"))?;
    }
    flags &= !IFF_RUNNING;
    const NAMES: &[(u32, &str)] = &[
        (IFF_LOOPBACK, "LOOPBACK"),
        (IFF_BROADCAST, "BROADCAST"),
        (IFF_POINTOPOINT, "POINTOPOINT"),
        (IFF_MULTICAST, "MULTICAST"),
        (IFF_NOARP, "NOARP"),
        (IFF_ALLMULTI, "ALLMULTI"),
        (IFF_PROMISC, "PROMISC"),
        (IFF_MASTER, "MASTER"),
        (IFF_SLAVE, "SLAVE"),
        (IFF_DEBUG, "DEBUG"),
        (IFF_DYNAMIC, "DYNAMIC"),
        (IFF_AUTOMEDIA, "AUTOMEDIA"),
        (IFF_PORTSEL, "PORTSEL"),
        (IFF_NOTRAILERS, "NOTRAILERS"),
        (IFF_UP, "UP"),
        (IFF_LOWER_UP, "LOWER_UP"),
        (IFF_DORMANT, "DORMANT"),
        (IFF_ECHO, "ECHO"),
    ];
    for (bit, name) in NAMES {
        if flags & bit != 0 {
            flags &= !bit;
            let comma = if flags != 0 { "," } else { "" };
            out.string(Ctx::Any, "", name, format_args!("{name}{comma}"))?;
        }
    }
    if flags != 0 {
        out.hex(Ctx::Any, "", flags as u64, format_args!("{flags:x}"))?;
    }
    if mdown {
        out.string(Ctx::Any, "", "M-DOWN", format_args!(",M-DOWN"))?;
    }
    out.close_array(Ctx::Any, "> ")
}

/// print_operstate.
fn print_operstate<W: Write>(out: &mut Printer<W>, brief: bool, state: u8) -> io::Result<()> {
    let Some(name) = OPER_STATES.get(state as usize) else {
        if out.is_json() {
            return out.uint(Ctx::Json, "operstate_index", state as u64, format_args!(""));
        }
        return if state == 0 {
            out.fp(format_args!("state 0"))
        } else {
            out.fp(format_args!("state {state:#x}"))
        };
    };
    if brief {
        return out.string_c(
            Ctx::Any,
            oper_color(state),
            "operstate",
            name,
            format_args!("{name:<14} "),
        );
    }
    if out.is_json() {
        return out.string(Ctx::Json, "operstate", name, format_args!(""));
    }
    out.fp(format_args!("state "))?;
    out.string_c(
        Ctx::Fp,
        oper_color(state),
        "",
        name,
        format_args!("{name} "),
    )
}

/// print_name_and_link: `name@link` (or JSON "link"/"link_index"), returning M-DOWN.
fn print_name_and_link<W: Write>(
    out: &mut Printer<W>,
    brief: bool,
    name: &str,
    tb: &[Slot; IFLA_TB],
) -> io::Result<bool> {
    let mut link: Option<String> = None;
    let mut mflag = false;
    if let Some(l) = tb[IFLA_LINK as usize] {
        let iflink = rta::u32_of(l);
        if iflink != 0 {
            if tb[IFLA_LINK_NETNSID as usize].is_some() {
                if out.is_json() {
                    out.int(
                        Ctx::Json,
                        "link_index",
                        iflink as i32 as i64,
                        format_args!(""),
                    )?;
                } else {
                    link = Some(format!("if{iflink}"));
                }
            } else {
                let ln = crate::ifmap::index_to_name(iflink);
                if out.is_json() {
                    out.string(Ctx::Json, "link", &ln, format_args!(""))?;
                } else {
                    link = Some(ln);
                }
                let fl = crate::ifmap::index_to_flags(iflink).unwrap_or(0);
                mflag = fl & IFF_UP == 0;
            }
        } else if out.is_json() {
            out.null(Ctx::Json, "link", format_args!(""))?;
        } else {
            link = Some("NONE".into());
        }
    }
    let full = match &link {
        Some(l) => {
            // snprintf into a 64-byte buffer.
            let mut s = format!("{name}@{l}");
            s.truncate(63);
            s
        }
        None => name.to_string(),
    };
    if brief {
        out.string_c(
            Ctx::Any,
            Color::Ifname,
            "ifname",
            &full,
            format_args!("{full:<16} "),
        )?;
    } else {
        out.string_c(
            Ctx::Any,
            Color::Ifname,
            "ifname",
            &full,
            format_args!("{full}: "),
        )?;
    }
    Ok(mflag)
}

/// get_ifname_rta: the name, or None (the link is skipped) when it is not a valid name.
fn ifname(index: i32, tb: &[Slot; IFLA_TB]) -> Option<String> {
    let name = match tb[IFLA_IFNAME as usize] {
        Some(d) => rta::str_of(d),
        None => {
            crate::error::warn(&format!("BUG: device with ifindex {index} has nil ifname"));
            format!("if{}", index as u32)
        }
    };
    if !crate::cli::parse::check_ifname(&name) {
        return None;
    }
    Some(name)
}

/// match_link_kind: true when the link's (slave) kind is `kind`.
fn link_kind_is(tb: &[Slot; IFLA_TB], kind: &str, slave: bool) -> bool {
    let Some(li) = tb[IFLA_LINKINFO as usize] else {
        return false;
    };
    let li = rta::parse::<INFO_TB>(li, NLA_F_NESTED);
    let at = if slave {
        IFLA_INFO_SLAVE_KIND
    } else {
        IFLA_INFO_KIND
    };
    let k = li[at as usize].map(rta::str_of).unwrap_or_default();
    k == kind
}

/// The part of print_linkinfo's filtering done before anything is printed.
/// Err(code) is print_linkinfo's early return value.
fn link_filtered(v: &View, msg_ty: u16, ifi: &IfInfo, tb: &[Slot; IFLA_TB]) -> Result<String, i32> {
    if msg_ty != RTM_NEWLINK && msg_ty != RTM_DELLINK {
        return Err(0);
    }
    let f = v.f;
    if f.ifindex != 0 && ifi.index as u32 != f.ifindex {
        return Err(-1);
    }
    if f.up && ifi.flags & IFF_UP == 0 {
        return Err(-1);
    }
    let Some(name) = ifname(ifi.index, tb) else {
        return Err(-1);
    };
    if f.label.is_some() {
        return Err(0);
    }
    if let (Some(g), Some(want)) = (tb[IFLA_GROUP as usize], f.group) {
        if rta::u32_of(g) != want {
            return Err(-1);
        }
    }
    match tb[IFLA_MASTER as usize] {
        Some(m) => {
            if f.master > 0 && rta::u32_of(m) as i32 != f.master {
                return Err(-1);
            }
        }
        None => {
            if f.master > 0 {
                return Err(-1);
            }
        }
    }
    if let Some(k) = &f.kind {
        if !link_kind_is(tb, k, false) {
            return Err(-1);
        }
    }
    if let Some(k) = &f.slave_kind {
        if !link_kind_is(tb, k, true) {
            return Err(-1);
        }
    }
    Ok(name)
}

/// print_linkinfo_brief.
fn print_brief<W: Write>(
    out: &mut Printer<W>,
    v: &View,
    name: &str,
    ifi: &IfInfo,
    tb: &[Slot; IFLA_TB],
) -> io::Result<i32> {
    let mflag = print_name_and_link(out, true, name, tb)?;
    if let Some(s) = tb[IFLA_OPERSTATE as usize] {
        print_operstate(out, true, rta::u8_of(s))?;
    }
    if v.f.family == crate::cli::parse::AF_PACKET {
        if let Some(a) = tb[IFLA_ADDRESS as usize] {
            let s = ll_addr(a, ifi.ty);
            out.string_c(Ctx::Any, Color::Mac, "address", &s, format_args!("{s} "))?;
        }
        print_link_flags(out, ifi.flags, mflag)?;
        out.fp(format_args!("\n"))?;
    }
    Ok(0)
}

/// print_linkinfo: 1 printed, 0 not a link / label filter, -1 filtered out.
pub fn print_linkinfo<W: Write>(
    out: &mut Printer<W>,
    v: &View,
    msg_ty: u16,
    payload: &[u8],
) -> io::Result<i32> {
    let Some((ifi, tb)) = link_table(payload) else {
        return Ok(if msg_ty != RTM_NEWLINK && msg_ty != RTM_DELLINK {
            0
        } else {
            -1
        });
    };
    let name = match link_filtered(v, msg_ty, &ifi, &tb) {
        Ok(n) => n,
        Err(r) => return Ok(r),
    };
    let g = v.g;
    if msg_ty == RTM_DELLINK {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    if g.brief {
        return print_brief(out, v, &name, &ifi, &tb);
    }
    out.int(
        Ctx::Any,
        "ifindex",
        ifi.index as i64,
        format_args!("{}: ", ifi.index),
    )?;
    let mflag = print_name_and_link(out, false, &name, &tb)?;
    print_link_flags(out, ifi.flags, mflag)?;
    if let Some(m) = tb[IFLA_MTU as usize] {
        let mtu = rta::u32_of(m);
        out.int(
            Ctx::Any,
            "mtu",
            mtu as i32 as i64,
            format_args!("mtu {mtu} "),
        )?;
    }
    if let Some(x) = tb[IFLA_XDP as usize] {
        super::xdp::xdp_dump(out, x, v.do_link, false, g.details > 0)?;
    }
    if let Some(q) = tb[IFLA_QDISC as usize] {
        let q = rta::str_of(q);
        out.string(Ctx::Any, "qdisc", &q, format_args!("qdisc {q} "))?;
    }
    if let Some(m) = tb[IFLA_MASTER as usize] {
        let n = crate::ifmap::index_to_name(rta::u32_of(m));
        out.string(Ctx::Any, "master", &n, format_args!("master {n} "))?;
    }
    if let Some(s) = tb[IFLA_OPERSTATE as usize] {
        print_operstate(out, false, rta::u8_of(s))?;
    }
    if v.do_link {
        if let Some(m) = tb[IFLA_LINKMODE as usize] {
            let mode = rta::u8_of(m);
            match mode {
                0 => out.string(
                    Ctx::Any,
                    "linkmode",
                    "DEFAULT",
                    format_args!("mode DEFAULT "),
                )?,
                1 => out.string(
                    Ctx::Any,
                    "linkmode",
                    "DORMANT",
                    format_args!("mode DORMANT "),
                )?,
                _ => out.int(
                    Ctx::Any,
                    "linkmode_index",
                    mode as i64,
                    format_args!("mode {mode} "),
                )?,
            }
        }
    }
    if let Some(gr) = tb[IFLA_GROUP as usize] {
        let n = crate::names::group_name(rta::u32_of(gr));
        out.string(Ctx::Any, "group", &n, format_args!("group {n} "))?;
    }
    if v.f.showqueue {
        print_queuelen(out, &name, &tb)?;
    }
    if let Some(e) = tb[IFLA_EVENT as usize] {
        print_link_event(out, rta::u32_of(e))?;
    }
    let fam = v.f.family;
    if fam == 0 || fam == crate::cli::parse::AF_PACKET || g.details > 0 {
        out.nl()?;
        let t = ll_type(ifi.ty);
        out.string(Ctx::Any, "link_type", &t, format_args!("    link/{t} "))?;
        if let Some(a) = tb[IFLA_ADDRESS as usize] {
            let s = ll_addr(a, ifi.ty);
            out.string_c(Ctx::Any, Color::Mac, "address", &s, format_args!("{s}"))?;
        }
        if let Some(b) = tb[IFLA_BROADCAST as usize] {
            if ifi.flags & IFF_POINTOPOINT != 0 {
                out.fp(format_args!(" peer "))?;
                out.bool(Ctx::Json, "link_pointtopoint", true, format_args!(""))?;
            } else {
                out.fp(format_args!(" brd "))?;
            }
            let s = ll_addr(b, ifi.ty);
            out.string_c(Ctx::Any, Color::Mac, "broadcast", &s, format_args!("{s}"))?;
        }
        if let Some(p) = tb[IFLA_PERM_ADDRESS as usize] {
            if tb[IFLA_ADDRESS as usize] != Some(p) {
                out.fp(format_args!(" permaddr "))?;
                let s = ll_addr(p, ifi.ty);
                out.string_c(Ctx::Any, Color::Mac, "permaddr", &s, format_args!("{s}"))?;
            }
        }
    }
    if let Some(n) = tb[IFLA_LINK_NETNSID as usize] {
        let id = rta::i32_of(n);
        if out.is_json() {
            out.int(Ctx::Json, "link_netnsid", id as i64, format_args!(""))?;
        } else if id >= 0 {
            match super::nsid::name_of(id) {
                Some(name) => out.fp(format_args!(" link-netns {name}"))?,
                None => out.fp(format_args!(" link-netnsid {id}"))?,
            }
        } else {
            out.fp(format_args!(" link-netnsid unknown"))?;
        }
    }
    if let Some(n) = tb[IFLA_NEW_NETNSID as usize] {
        let id = rta::i32_of(n);
        match super::nsid::name_of(id) {
            Some(name) => out.fp(format_args!(" new-netns {name}"))?,
            None => out.fp(format_args!(" new-netnsid {id}"))?,
        }
    }
    if let Some(n) = tb[IFLA_NEW_IFINDEX as usize] {
        out.fp(format_args!(" new-ifindex {}", rta::i32_of(n)))?;
    }
    if tb[IFLA_PROTO_DOWN as usize].is_some() {
        print_proto_down(out, &tb)?;
    }
    if g.details > 0 {
        print_details(out, v, &tb)?;
    }
    if v.do_link || g.details > 0 {
        if let Some(a) = tb[IFLA_IFALIAS as usize] {
            let s = rta::str_of(a);
            let sl = out.sl();
            out.fp(format_args!("{sl}    "))?;
            out.string(Ctx::Any, "ifalias", &s, format_args!("alias {s}"))?;
        }
        if let Some(x) = tb[IFLA_XDP as usize] {
            super::xdp::xdp_dump(out, x, true, true, g.details > 0)?;
        }
    }
    if v.do_link && g.stats > 0 {
        out.nl()?;
        print_link_stats_tb(out, g, &tb)?;
    }
    let mut truncated_vfs = false;
    if v.do_link || g.details > 0 {
        if let (Some(list), Some(num)) = (tb[IFLA_VFINFO_LIST as usize], tb[IFLA_NUM_VF as usize]) {
            out.open_array(Ctx::Json, "vfinfo_list", "")?;
            let mut count = 0u32;
            for (ty, d) in rta::iter(list) {
                out.open_object("")?;
                super::vf::print_vfinfo(out, g, &ifi, ty, d)?;
                out.close_object()?;
                count += 1;
            }
            out.close_array(Ctx::Json, "")?;
            if count != rta::u32_of(num) {
                truncated_vfs = true;
            }
        }
    }
    if let Some(pl) = tb[IFLA_PROP_LIST as usize] {
        out.open_array(Ctx::Json, "altnames", "")?;
        for (ty, d) in rta::iter(pl) {
            if ty != IFLA_ALT_IFNAME {
                continue;
            }
            let sl = out.sl();
            out.fp(format_args!("{sl}    altname "))?;
            let s = rta::str_of(d);
            out.string(Ctx::Any, "", &s, format_args!("{s}"))?;
        }
        out.close_array(Ctx::Json, "")?;
    }
    out.fp(format_args!("\n"))?;
    if truncated_vfs {
        out.flush()?;
        crate::error::warn(&format!("Truncated VF list: {name}"));
    }
    Ok(1)
}

/// The `-d` block of print_linkinfo.
fn print_details<W: Write>(out: &mut Printer<W>, v: &View, tb: &[Slot; IFLA_TB]) -> io::Result<()> {
    let u = |a: Option<&[u8]>| a.map(rta::u32_of);
    if let Some(p) = u(tb[IFLA_PROMISCUITY as usize]) {
        out.uint(
            Ctx::Any,
            "promiscuity",
            p as u64,
            format_args!(" promiscuity {p} "),
        )?;
    }
    if let Some(p) = u(tb[IFLA_ALLMULTI as usize]) {
        out.uint(
            Ctx::Any,
            "allmulti",
            p as u64,
            format_args!(" allmulti {p} "),
        )?;
    }
    if let Some(p) = u(tb[IFLA_MIN_MTU as usize]) {
        out.uint(Ctx::Any, "min_mtu", p as u64, format_args!("minmtu {p} "))?;
    }
    if let Some(p) = u(tb[IFLA_MAX_MTU as usize]) {
        out.uint(Ctx::Any, "max_mtu", p as u64, format_args!("maxmtu {p} "))?;
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
        (IFLA_NUM_TX_QUEUES, "num_tx_queues", "numtxqueues"),
        (IFLA_NUM_RX_QUEUES, "num_rx_queues", "numrxqueues"),
        (IFLA_GSO_MAX_SIZE, "gso_max_size", "gso_max_size"),
        (IFLA_GSO_MAX_SEGS, "gso_max_segs", "gso_max_segs"),
        (IFLA_TSO_MAX_SIZE, "tso_max_size", "tso_max_size"),
        (IFLA_TSO_MAX_SEGS, "tso_max_segs", "tso_max_segs"),
        (IFLA_GRO_MAX_SIZE, "gro_max_size", "gro_max_size"),
    ] {
        if let Some(p) = u(tb[at as usize]) {
            out.uint(Ctx::Any, key, p as u64, format_args!("{text} {p} "))?;
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

/// hexstring_n2a into a 64-byte buffer: at most 31 bytes are printed.
fn hexstring(d: &[u8]) -> String {
    d.iter().take(31).map(|b| format!("{b:02x}")).collect()
}

/// print_linktype: the kind line and the kind's own options (printed by link_kind).
fn print_linktype<W: Write>(out: &mut Printer<W>, g: &Globals, li: &[u8]) -> io::Result<()> {
    let info = rta::parse::<INFO_TB>(li, NLA_F_NESTED);
    out.open_object("linkinfo")?;
    if let Some(k) = info[IFLA_INFO_KIND as usize] {
        let kind = rta::str_of(k);
        out.nl()?;
        out.string(Ctx::Any, "info_kind", &kind, format_args!("    {kind} "))?;
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

/// print_queuelen: IFLA_TXQLEN, or the SIOCGIFTXQLEN ioctl when the message lacks it.
fn print_queuelen<W: Write>(
    out: &mut Printer<W>,
    name: &str,
    tb: &[Slot; IFLA_TB],
) -> io::Result<()> {
    let qlen = match tb[IFLA_TXQLEN as usize] {
        Some(q) => rta::i32_of(q),
        None => match txqlen_ioctl(name) {
            Ok(Some(q)) => q,
            Ok(None) => return Ok(()),
            Err(errno) => {
                out.flush()?;
                crate::error::warn(&format!(
                    "ioctl(SIOCGIFTXQLEN) failed: {}",
                    crate::netlink::strerror(errno)
                ));
                return Ok(());
            }
        },
    };
    if qlen != 0 {
        out.int(Ctx::Any, "txqlen", qlen as i64, format_args!("qlen {qlen}"))?;
    }
    Ok(())
}

/// SIOCGIFTXQLEN on an AF_INET socket. Ok(None) when no socket could be made.
fn txqlen_ioctl(name: &str) -> Result<Option<i32>, i32> {
    const SIOCGIFTXQLEN: libc::c_ulong = 0x8942;
    // SAFETY: plain socket(2); the result is checked.
    let s = unsafe { libc::socket(libc::AF_INET, libc::SOCK_STREAM, 0) };
    if s < 0 {
        return Ok(None);
    }
    // struct ifreq: 16 bytes of name, then the union (ifr_qlen is its first int).
    let mut ifr = [0u8; 40];
    for (d, c) in ifr.iter_mut().zip(name.bytes().take(15)) {
        *d = c;
    }
    // SAFETY: ifr is a writable buffer as large as struct ifreq.
    let r = unsafe { libc::ioctl(s, SIOCGIFTXQLEN, ifr.as_mut_ptr()) };
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    // SAFETY: s is our own descriptor.
    unsafe { libc::close(s) };
    if r < 0 {
        return Err(errno);
    }
    Ok(Some(i32::from_ne_bytes([
        ifr[16], ifr[17], ifr[18], ifr[19],
    ])))
}

/// print_link_event.
fn print_link_event<W: Write>(out: &mut Printer<W>, ev: u32) -> io::Result<()> {
    const EVENTS: [&str; 7] = [
        "NONE",
        "REBOOT",
        "FEATURE CHANGE",
        "BONDING FAILOVER",
        "NOTIFY PEERS",
        "RESEND IGMP",
        "BONDING OPTION",
    ];
    match EVENTS.get(ev as usize) {
        None => out.int(
            Ctx::Any,
            "event",
            ev as i32 as i64,
            format_args!("event {} ", ev as i32),
        ),
        Some(_) if ev == 0 => Ok(()),
        Some(n) => out.string(Ctx::Any, "event", n, format_args!("event {n} ")),
    }
}

/// print_proto_down. The reason check reads the link table at the index of
/// IFLA_PROTO_DOWN_REASON_VALUE (a bug in 6.1 kept here) and the value as a u8.
fn print_proto_down<W: Write>(out: &mut Printer<W>, tb: &[Slot; IFLA_TB]) -> io::Result<()> {
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

/// __print_link_stats.
pub fn print_link_stats_tb<W: Write>(
    out: &mut Printer<W>,
    g: &Globals,
    tb: &[Slot; IFLA_TB],
) -> io::Result<()> {
    let Some((s, is64)) = stats::link_stats(tb) else {
        return Ok(());
    };
    let cc = tb[IFLA_CARRIER_CHANGES as usize].map(rta::u32_of);
    stats::print_stats64(out, g, &s, cc, Some(if is64 { "stats64" } else { "stats" }))
}

/// print_link_stats (the `ip -s addr` form: after the addresses, then a newline).
pub fn print_link_stats<W: Write>(
    out: &mut Printer<W>,
    g: &Globals,
    payload: &[u8],
) -> io::Result<()> {
    if let Some((_, tb)) = link_table(payload) {
        print_link_stats_tb(out, g, &tb)?;
    }
    out.nl()
}
