//! print_linkinfo of bridge/link.c: one port line (flags, STP state, -d port flags).
use super::*;
use crate::output::Printer;
use std::io::{self, Write};

/// print_link_flags: `<FLAG,...> ` (a "flags" array in JSON).
fn print_link_flags<W: Write>(out: &mut Printer<W>, flags: u32, mdown: bool) -> io::Result<()> {
    let key = if out.is_json() { "flags" } else { "<" };
    out.open_array(Ctx::Any, key, "<")?;
    let mut f = flags;
    if f & libc::IFF_UP as u32 != 0 && f & libc::IFF_RUNNING as u32 == 0 {
        out.string(Ctx::Any, "", "NO-CARRIER", format_args!("NO-CARRIER,"))?;
    }
    f &= !(libc::IFF_RUNNING as u32);
    const NAMES: [(u32, &str); 17] = [
        (0x8, "LOOPBACK"),
        (0x2, "BROADCAST"),
        (0x10, "POINTOPOINT"),
        (0x1000, "MULTICAST"),
        (0x80, "NOARP"),
        (0x200, "ALLMULTI"),
        (0x100, "PROMISC"),
        (0x400, "MASTER"),
        (0x800, "SLAVE"),
        (0x4, "DEBUG"),
        (0x8000, "DYNAMIC"),
        (0x4000, "AUTOMEDIA"),
        (0x2000, "PORTSEL"),
        (0x20, "NOTRAILERS"),
        (0x1, "UP"),
        (0x10000, "LOWER_UP"),
        (0x20000, "DORMANT"),
    ];
    for (bit, name) in NAMES {
        if f & bit != 0 {
            f &= !bit;
            let sep = if f != 0 { "," } else { "" };
            out.string(Ctx::Any, "", name, format_args!("{name}{sep}"))?;
        }
    }
    if f & 0x40000 != 0 {
        f &= !0x40000;
        let sep = if f != 0 { "," } else { "" };
        out.string(Ctx::Any, "", "ECHO", format_args!("ECHO{sep}"))?;
    }
    if f != 0 {
        out.hex(Ctx::Any, "", f as u64, format_args!("{f:x}"))?;
    }
    if mdown {
        out.string(Ctx::Any, "", "M-DOWN", format_args!(",M-DOWN"))?;
    }
    out.close_array(Ctx::Any, "> ")
}

/// `mcast_router N` of a port (link.c print_portinfo) or a port's VLAN (vlan.c
/// print_vlan_opts), when the attribute is there.
pub fn print_mcast_router<W: Write>(out: &mut Printer<W>, a: Option<Attr>) -> io::Result<()> {
    let Some(a) = a else {
        return Ok(());
    };
    let v = a.u8().unwrap_or(0);
    out.uint(
        Ctx::Any,
        "mcast_router",
        v as u64,
        format_args!("mcast_router {v} "),
    )
}

pub fn print_stp_state<W: Write>(out: &mut Printer<W>, state: u8) -> io::Result<()> {
    match STP_STATES.get(state as usize) {
        Some(s) => out.string(Ctx::Any, "state", s, format_args!("state {s} ")),
        None => out.uint(
            Ctx::Any,
            "state",
            state as u64,
            format_args!("state ({state}) "),
        ),
    }
}

fn on_off<W: Write>(out: &mut Printer<W>, key: &str, a: Option<Attr>) -> io::Result<()> {
    if let Some(a) = a {
        let v = a.u8().unwrap_or(0) != 0;
        let t = if v { "on" } else { "off" };
        out.bool(Ctx::Any, key, v, format_args!("{key} {t} "))?;
    }
    Ok(())
}

fn print_protinfo<W: Write>(out: &mut Printer<W>, attr: Attr, details: bool) -> io::Result<()> {
    if !attr.nested {
        return print_stp_state(out, attr.u8().unwrap_or(0));
    }
    let t = table(attr.data, IFLA_BRPORT_MAX);
    let get = |i: u16| t.get(i as usize).copied().flatten();
    if let Some(a) = get(IFLA_BRPORT_STATE) {
        print_stp_state(out, a.u8().unwrap_or(0))?;
    }
    if let Some(a) = get(IFLA_BRPORT_PRIORITY) {
        let v = a.u16().unwrap_or(0);
        out.uint(
            Ctx::Any,
            "priority",
            v as u64,
            format_args!("priority {v} "),
        )?;
    }
    if let Some(a) = get(IFLA_BRPORT_COST) {
        let v = a.u32().unwrap_or(0);
        out.uint(Ctx::Any, "cost", v as u64, format_args!("cost {v} "))?;
    }
    if !details {
        return Ok(());
    }
    if !out.is_json() {
        let sl = out.sl();
        out.fp(format_args!("{sl}    "))?;
    }
    on_off(out, "hairpin", get(IFLA_BRPORT_MODE))?;
    on_off(out, "guard", get(IFLA_BRPORT_GUARD))?;
    on_off(out, "root_block", get(IFLA_BRPORT_PROTECT))?;
    on_off(out, "fastleave", get(IFLA_BRPORT_FAST_LEAVE))?;
    on_off(out, "learning", get(IFLA_BRPORT_LEARNING))?;
    on_off(out, "learning_sync", get(IFLA_BRPORT_LEARNING_SYNC))?;
    on_off(out, "flood", get(IFLA_BRPORT_UNICAST_FLOOD))?;
    on_off(out, "mcast_flood", get(IFLA_BRPORT_MCAST_FLOOD))?;
    on_off(out, "bcast_flood", get(IFLA_BRPORT_BCAST_FLOOD))?;
    print_mcast_router(out, get(IFLA_BRPORT_MULTICAST_ROUTER))?;
    on_off(out, "mcast_to_unicast", get(IFLA_BRPORT_MCAST_TO_UCAST))?;
    on_off(out, "neigh_suppress", get(IFLA_BRPORT_NEIGH_SUPPRESS))?;
    on_off(out, "vlan_tunnel", get(IFLA_BRPORT_VLAN_TUNNEL))?;
    if let Some(a) = get(IFLA_BRPORT_BACKUP_PORT) {
        let n = crate::ifmap::index_to_name(a.u32().unwrap_or(0));
        out.string(
            Ctx::Any,
            "backup_port",
            &n,
            format_args!("backup_port {n} "),
        )?;
    }
    on_off(out, "isolated", get(IFLA_BRPORT_ISOLATED))?;
    on_off(out, "locked", get(IFLA_BRPORT_LOCKED))
}

fn print_af_spec<W: Write>(out: &mut Printer<W>, attr: Attr) -> io::Result<()> {
    let t = table(attr.data, 6);
    if let Some(a) = t.get(IFLA_BRIDGE_MODE as usize).copied().flatten() {
        let mode = a.u16().unwrap_or(0);
        match mode {
            0 => out.string(Ctx::Any, "hwmode", "VEB", format_args!("hwmode VEB "))?,
            1 => out.string(Ctx::Any, "hwmode", "VEPA", format_args!("hwmode VEPA "))?,
            m => out.xhex(Ctx::Any, "hwmode", m as u64, format_args!("hwmode {m:#x} "))?,
        }
    }
    Ok(())
}

/// print_name_and_link: `NAME@LINK: ` (the link's name, `if%d` across namespaces, or
/// NONE); returns whether the lower link is down (M-DOWN).
pub fn print_name_and_link<W: Write>(
    out: &mut Printer<W>,
    name: &str,
    tb: &[Option<Attr>],
) -> io::Result<bool> {
    let mut shown = name.to_string();
    let mut mdown = false;
    if let Some(a) = tb.get(IFLA_LINK).copied().flatten() {
        let iflink = a.u32().unwrap_or(0);
        if iflink != 0 {
            if tb.get(IFLA_LINK_NETNSID).copied().flatten().is_some() {
                if out.is_json() {
                    out.int(Ctx::Json, "link_index", iflink as i64, format_args!(""))?;
                } else {
                    shown = format!("{name}@if{iflink}");
                }
            } else {
                let link = crate::ifmap::index_to_name(iflink);
                if out.is_json() {
                    out.string(Ctx::Json, "link", &link, format_args!(""))?;
                } else {
                    shown = format!("{name}@{link}");
                }
                // ll_index_to_flags is -1 (every flag, so "up") for an unknown index.
                let f = crate::ifmap::index_to_flags(iflink).unwrap_or(u32::MAX);
                mdown = f & libc::IFF_UP as u32 == 0;
            }
        } else if out.is_json() {
            out.null(Ctx::Json, "link", format_args!(""))?;
        } else {
            shown = format!("{name}@NONE");
        }
    }
    out.string_c(
        Ctx::Any,
        Color::Ifname,
        "ifname",
        &shown,
        format_args!("{shown}: "),
    )?;
    Ok(mdown)
}

/// print_linkinfo of bridge/link.c (also used by the monitor).
pub fn print_linkinfo<W: Write>(
    m: &Msg,
    filter_index: u32,
    details: bool,
    hdr: &crate::bridge::monitor::Headers,
    out: &mut Printer<W>,
) -> io::Result<()> {
    let Some((family, _, index, flags)) = crate::ifmap::ifinfo(m.payload) else {
        crate::error::warn("Message too short!");
        return Ok(());
    };
    if family != AF_BRIDGE && family != AF_UNSPEC {
        return Ok(());
    }
    if filter_index != 0 && filter_index != index {
        return Ok(());
    }
    let tb = table(m.payload.get(16..).unwrap_or(&[]), IFLA_MAX);
    let get = |i: usize| tb.get(i).copied().flatten();
    let name = match get(IFLA_IFNAME) {
        Some(a) => a.str().to_string(),
        None => {
            crate::error::warn(&format!("BUG: device with ifindex {index} has nil ifname"));
            format!("if{index}")
        }
    };
    hdr.print(out, "[LINK]")?;
    out.open_object("")?;
    if m.ty == RTM_DELLINK {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    out.int(Ctx::Any, "ifindex", index as i64, format_args!("{index}: "))?;
    let mdown = print_name_and_link(out, &name, &tb)?;
    print_link_flags(out, flags, mdown)?;
    if let Some(a) = get(IFLA_MTU) {
        let v = a.u32().unwrap_or(0);
        out.int(Ctx::Any, "mtu", v as i32 as i64, format_args!("mtu {v} "))?;
    }
    if let Some(a) = get(IFLA_MASTER) {
        let n = crate::ifmap::index_to_name(a.u32().unwrap_or(0));
        out.string(Ctx::Any, "master", &n, format_args!("master {n} "))?;
    }
    if let Some(a) = get(IFLA_PROTINFO as usize) {
        print_protinfo(out, a, details)?;
    }
    if let Some(a) = get(IFLA_AF_SPEC as usize) {
        print_af_spec(out, a)?;
    }
    out.fp(format_args!("\n"))?;
    out.close_object()
}

#[cfg(test)]
mod fixture_tests {
    use super::*;
    use crate::bridge::testutil::{dumps, render, truncations};

    const NL: &[u8] = include_bytes!("../../../compat-tests/fixtures/bridge/link.nl");

    fn show(json: bool, pretty: bool, oneline: bool, details: bool) -> String {
        let d = dumps(NL);
        render(json, pretty, oneline, |p| {
            p.begin_list()?;
            for m in &d[1] {
                print_linkinfo(m, 0, details, &Default::default(), p)?;
            }
            p.end_list()
        })
    }

    #[test]
    fn link_show_like_iproute2() {
        let g = |s: &str| s.to_string();
        assert_eq!(
            show(false, false, false, false),
            g(include_str!(
                "../../../compat-tests/fixtures/bridge/link.link.txt"
            ))
        );
        assert_eq!(
            show(false, false, false, true),
            g(include_str!(
                "../../../compat-tests/fixtures/bridge/link.dlink.txt"
            ))
        );
        assert_eq!(
            show(false, false, true, true),
            g(include_str!(
                "../../../compat-tests/fixtures/bridge/link.odlink.txt"
            ))
        );
        assert_eq!(
            show(true, false, false, false),
            g(include_str!(
                "../../../compat-tests/fixtures/bridge/link.jlink.txt"
            ))
        );
        assert_eq!(
            show(true, true, false, true),
            g(include_str!(
                "../../../compat-tests/fixtures/bridge/link.jpdlink.txt"
            ))
        );
    }

    #[test]
    fn truncated_capture_does_not_panic() {
        let d = dumps(NL);
        for short in truncations(&d[1]) {
            for json in [false, true] {
                let _ = render(json, false, false, |p| {
                    print_linkinfo(&short, 0, true, &Default::default(), p)
                });
            }
        }
    }
}
