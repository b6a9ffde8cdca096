//! `ip link xstats` (ip/iplink_xstats.c) and `ip link afstats` (ip/iplink.c iplink_afstats).
use super::super::link_kind;
use super::super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{duparg2, invarg};
use crate::error::{Error, Result};
use crate::netlink::attr::AttrIter;
use crate::netlink::RTM_GETSTATS;
use crate::output::printer::Ctx;

const IFLA_STATS_LINK_XSTATS: u16 = 2;
const IFLA_STATS_LINK_XSTATS_SLAVE: u16 = 3;
const IFLA_STATS_AF_SPEC: u16 = 5;

/// if_stats_msg for a dump filtered by `mask`.
fn stats_req(mask: u32) -> [u8; 12] {
    let mut r = [0u8; 12];
    r[8..12].copy_from_slice(&mask.to_ne_bytes());
    r
}

/// Kinds whose link_util has print_ifla_xstats.
const XSTATS_KINDS: &[&str] = &["bond", "bond_slave", "bridge", "bridge_slave"];

pub fn xstats(args: &mut Args, ip: &mut Ip) -> Result<()> {
    // iplink_ifla_xstats and the kinds' xstats printers never call fflush.
    ip.g.defer_flush = !ip.g.json;
    let Some(w) = args.next() else {
        return Err(Error::ret(1, "xstats: missing argument"));
    };
    let kind = if matches(&w, "type") {
        let k = args.need()?;
        if link_kind::find(&k).is_none() {
            return Err(invarg("invalid type", &k));
        }
        k
    } else if matches(&w, "help") {
        use std::io::Write;
        ip.out
            .w
            .write_all(b"Usage: ... xstats type TYPE [ ARGS ]\n")?;
        return Ok(());
    } else {
        return Err(invarg("unknown argument", &w));
    };
    if !XSTATS_KINDS.contains(&kind.as_str()) {
        return Err(Error::ret(
            1,
            format!("xstats: link type {kind} doesn't support xstats"),
        ));
    }
    let bond = kind.starts_with("bond");
    // bridge_parse_xstats / bond_parse_xstats
    let mut only: u16 = 0;
    let mut filter_index = 0u32;
    while let Some(a) = args.next() {
        match a.as_str() {
            "igmp" | "mcast" if !bond => only = BRIDGE_XSTATS_MCAST,
            "stp" if !bond => only = BRIDGE_XSTATS_STP,
            "lacp" | "802.3ad" if bond => only = 1,
            "dev" => {
                let d = args.need()?;
                filter_index = crate::ifmap::name_to_index(&d);
                if filter_index == 0 {
                    return Err(super::parse::nodev(&d));
                }
            }
            "help" => {
                let what = if bond { "[ 802.3ad ]" } else { "[ igmp ]" };
                use std::io::Write;
                writeln!(ip.out.w, "Usage: ... {kind} {what} [ dev DEVICE ]")?;
                return Err(Error::silent(0, crate::error::Failure::Exit));
            }
            _ => return Err(invarg("unknown attribute", &a)),
        }
    }
    let bit = if kind.contains("_slave") {
        IFLA_STATS_LINK_XSTATS_SLAVE
    } else {
        IFLA_STATS_LINK_XSTATS
    };
    ip.out.begin_list()?;
    let out = &mut ip.out;
    let r = ip.nl.dump(
        RTM_GETSTATS,
        &stats_req(1 << (bit - 1)),
        |m| -> std::result::Result<(), crate::netlink::NlError> {
            let Some(idx) = m.payload.get(4..8) else {
                return Ok(());
            };
            let idx = u32::from_ne_bytes([idx[0], idx[1], idx[2], idx[3]]);
            if filter_index != 0 && idx != filter_index {
                return Ok(());
            }
            let attrs = m.payload.get(12..).unwrap_or(&[]);
            let tb = crate::netlink::attr::table(attrs, 3);
            for t in [IFLA_STATS_LINK_XSTATS, IFLA_STATS_LINK_XSTATS_SLAVE] {
                let Some(a) = tb.get(t as usize).copied().flatten() else {
                    continue;
                };
                if bond {
                    // bond_print_stats_attr parses into a table one slot too small
                    // (LINK_XSTATS_TYPE_MAX + 1): glibc's stack protector aborts the
                    // reference as soon as any link has extended stats.
                    stack_smash();
                } else {
                    let _ = print_bridge_xstats(out, a.data, idx, only);
                }
            }
            Ok(())
        },
    );
    if let Err(e) = r {
        use std::io::Write;
        let _ = std::io::stderr().write_all(e.text.as_bytes());
        return Err(Error::ret(1, "Dump terminated"));
    }
    ip.out.end_list()?;
    Ok(())
}

const LINK_XSTATS_TYPE_BRIDGE: u16 = 1;
const BRIDGE_XSTATS_MCAST: u16 = 2;
const BRIDGE_XSTATS_STP: u16 = 4;

/// bridge_print_stats_attr (ip/iplink_bridge.c).
fn print_bridge_xstats<W: std::io::Write>(
    out: &mut crate::output::Printer<W>,
    data: &[u8],
    ifindex: u32,
    only: u16,
) -> std::io::Result<()> {
    let Some(list) = AttrIter::new(data)
        .filter(|a| a.ty == LINK_XSTATS_TYPE_BRIDGE)
        .last()
    else {
        return Ok(());
    };
    out.open_object("")?;
    let name = crate::ifmap::index_to_name(ifindex);
    out.string(
        Ctx::Any,
        "ifname",
        &name,
        format_args!("{}\n", crate::output::fmt::Ljust(&name, 16)),
    )?;
    for a in list.nested() {
        if only != 0 && a.ty != only {
            continue;
        }
        let v = |i: usize| -> u64 {
            a.data
                .get(i * 8..i * 8 + 8)
                .map(|b| {
                    let mut x = [0u8; 8];
                    x.copy_from_slice(b);
                    u64::from_ne_bytes(x)
                })
                .unwrap_or(0)
        };
        let pad = "";
        match a.ty {
            BRIDGE_XSTATS_MCAST => {
                out.open_object("multicast")?;
                // (json object, title, rx/tx pairs of (key, index, text))
                let three = |out: &mut crate::output::Printer<W>,
                             obj: &str,
                             title: &str,
                             base: [usize; 3]|
                 -> std::io::Result<()> {
                    out.open_object(obj)?;
                    out.fp(format_args!("{pad:<16}    {title}:\n"))?;
                    out.fp(format_args!("{pad:<16}      "))?;
                    out.uint(
                        Ctx::Any,
                        "rx_v1",
                        v(base[0]),
                        format_args!("RX: v1 {} ", v(base[0])),
                    )?;
                    out.uint(
                        Ctx::Any,
                        "rx_v2",
                        v(base[1]),
                        format_args!("v2 {} ", v(base[1])),
                    )?;
                    out.uint(
                        Ctx::Any,
                        "rx_v3",
                        v(base[2]),
                        format_args!("v3 {}\n", v(base[2])),
                    )?;
                    out.fp(format_args!("{pad:<16}      "))?;
                    out.uint(
                        Ctx::Any,
                        "tx_v1",
                        v(base[0] + 1),
                        format_args!("TX: v1 {} ", v(base[0] + 1)),
                    )?;
                    out.uint(
                        Ctx::Any,
                        "tx_v2",
                        v(base[1] + 1),
                        format_args!("v2 {} ", v(base[1] + 1)),
                    )?;
                    out.uint(
                        Ctx::Any,
                        "tx_v3",
                        v(base[2] + 1),
                        format_args!("v3 {}\n", v(base[2] + 1)),
                    )?;
                    out.close_object()
                };
                let two = |out: &mut crate::output::Printer<W>,
                           obj: &str,
                           title: &str,
                           base: [usize; 2]|
                 -> std::io::Result<()> {
                    out.open_object(obj)?;
                    out.fp(format_args!("{pad:<16}    {title}:\n"))?;
                    out.fp(format_args!("{pad:<16}      "))?;
                    out.uint(
                        Ctx::Any,
                        "rx_v1",
                        v(base[0]),
                        format_args!("RX: v1 {} ", v(base[0])),
                    )?;
                    out.uint(
                        Ctx::Any,
                        "rx_v2",
                        v(base[1]),
                        format_args!("v2 {}\n", v(base[1])),
                    )?;
                    out.fp(format_args!("{pad:<16}      "))?;
                    out.uint(
                        Ctx::Any,
                        "tx_v1",
                        v(base[0] + 1),
                        format_args!("TX: v1 {} ", v(base[0] + 1)),
                    )?;
                    out.uint(
                        Ctx::Any,
                        "tx_v2",
                        v(base[1] + 1),
                        format_args!("v2 {}\n", v(base[1] + 1)),
                    )?;
                    out.close_object()
                };
                let leaves = |out: &mut crate::output::Printer<W>,
                              obj: &str,
                              title: &str,
                              base: usize|
                 -> std::io::Result<()> {
                    out.open_object(obj)?;
                    out.fp(format_args!("{pad:<16}    {title}: "))?;
                    out.uint(Ctx::Any, "rx", v(base), format_args!("RX: {} ", v(base)))?;
                    out.uint(
                        Ctx::Any,
                        "tx",
                        v(base + 1),
                        format_args!("TX: {}\n", v(base + 1)),
                    )?;
                    out.close_object()
                };
                // br_mcast_stats: u64 slots, [rx, tx] pairs.
                three(out, "igmp_queries", "IGMP queries", [0, 2, 4])?;
                three(out, "igmp_reports", "IGMP reports", [8, 10, 12])?;
                leaves(out, "igmp_leaves", "IGMP leaves", 6)?;
                out.fp(format_args!("{pad:<16}    IGMP parse errors: "))?;
                out.uint(
                    Ctx::Any,
                    "igmp_parse_errors",
                    v(14),
                    format_args!("{}\n", v(14)),
                )?;
                two(out, "mld_queries", "MLD queries", [15, 17])?;
                two(out, "mld_reports", "MLD reports", [21, 23])?;
                leaves(out, "mld_leaves", "MLD leaves", 19)?;
                out.fp(format_args!("{pad:<16}    MLD parse errors: "))?;
                out.uint(
                    Ctx::Any,
                    "mld_parse_errors",
                    v(25),
                    format_args!("{}\n", v(25)),
                )?;
                out.close_object()?;
            }
            BRIDGE_XSTATS_STP => {
                // bridge_stp_xstats: transition_blk, transition_fwd, rx_bpdu, tx_bpdu, rx_tcn, tx_tcn
                out.open_object("stp")?;
                out.fp(format_args!("{pad:<16}    STP BPDU:  "))?;
                out.uint(Ctx::Any, "rx_bpdu", v(2), format_args!("RX: {} ", v(2)))?;
                out.uint(Ctx::Any, "tx_bpdu", v(3), format_args!("TX: {}\n", v(3)))?;
                out.fp(format_args!("{pad:<16}    STP TCN:   "))?;
                out.uint(Ctx::Any, "rx_tcn", v(4), format_args!("RX: {} ", v(4)))?;
                out.uint(Ctx::Any, "tx_tcn", v(5), format_args!("TX: {}\n", v(5)))?;
                out.fp(format_args!("{pad:<16}    STP Transitions: "))?;
                out.uint(
                    Ctx::Any,
                    "transition_blk",
                    v(0),
                    format_args!("Blocked: {} ", v(0)),
                )?;
                out.uint(
                    Ctx::Any,
                    "transition_fwd",
                    v(1),
                    format_args!("Forwarding: {}\n", v(1)),
                )?;
                out.close_object()?;
            }
            _ => {}
        }
    }
    out.close_object()
}

pub fn afstats(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let mut filter_dev: Option<String> = None;
    while let Some(w) = args.next() {
        if w == "dev" {
            let d = args.need()?;
            if filter_dev.is_some() {
                return Err(duparg2("dev", &d));
            }
            filter_dev = Some(d);
        } else if matches(&w, "help") {
            return Err(super::usage::usage());
        } else {
            return Err(Error::exit(
                255,
                format!("Command \"{w}\" is unknown, try \"ip link help\"."),
            ));
        }
    }
    let mut ifindex = 0;
    if let Some(d) = filter_dev {
        ifindex = crate::ifmap::name_to_index(&d);
        if ifindex == 0 {
            // do_iplink ignores what iplink_afstats returns: the exit code stays 0.
            crate::error::warn(&format!("Device \"{d}\" does not exist."));
            return Ok(());
        }
    }
    ip.out.begin_list()?;
    let mut unsupported = false;
    let r = ip.nl.dump(
        RTM_GETSTATS,
        &stats_req(1 << (IFLA_STATS_AF_SPEC - 1)),
        |m| -> std::result::Result<(), crate::netlink::NlError> {
            let Some(idx) = m.payload.get(4..8) else {
                return Ok(());
            };
            let idx = u32::from_ne_bytes([idx[0], idx[1], idx[2], idx[3]]);
            if ifindex != 0 && idx != ifindex {
                return Ok(());
            }
            let attrs = m.payload.get(12..).unwrap_or(&[]);
            for a in AttrIter::new(attrs).filter(|a| a.ty == IFLA_STATS_AF_SPEC) {
                if a.nested().next().is_some() {
                    unsupported = true;
                }
            }
            Ok(())
        },
    );
    if let Err(e) = r {
        use std::io::Write;
        let _ = std::io::stderr().write_all(e.text.as_bytes());
        crate::error::warn("Dump terminated");
        return Ok(());
    }
    if unsupported {
        return Err(Error::ret(
            1,
            "nlbox: ip link afstats (MPLS statistics): not implemented",
        ));
    }
    ip.out.end_list()?;
    Ok(())
}

/// What glibc does on a smashed stack: the message on stderr, then SIGABRT.
fn stack_smash() -> ! {
    crate::error::warn("*** stack smashing detected ***: terminated");
    std::process::abort()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netlink::attr::AttrBuf;
    use crate::output::Printer;

    const IFLA_IFNAME: u16 = 3;

    // The expected texts are what `ip [-j [-p]] link xstats type bridge_slave [FILTER]`
    // (iproute2 6.1) printed for a bridge port v1 of a bridge with mcast_stats_enabled,
    // while an LD_PRELOAD shim around recvmsg set every u64 of BRIDGE_XSTATS_MCAST to
    // 100 + its index and every u64 of BRIDGE_XSTATS_STP to 200 + its index.

    /// The IFLA_STATS_LINK_XSTATS_SLAVE payload the kernel sends for such a port.
    fn bridge_xstats() -> Vec<u8> {
        let mut b = AttrBuf::new();
        let br = b.begin_nest(LINK_XSTATS_TYPE_BRIDGE);
        let mcast: Vec<u8> = (0..30u64).flat_map(|i| (100 + i).to_ne_bytes()).collect();
        b.add(BRIDGE_XSTATS_MCAST, &mcast);
        let stp: Vec<u8> = (0..6u64).flat_map(|i| (200 + i).to_ne_bytes()).collect();
        b.add(BRIDGE_XSTATS_STP, &stp);
        b.end_nest(br);
        b.buf
    }

    fn render(json: bool, pretty: bool, only: u16) -> String {
        let mut link = AttrBuf::with_header(&[0, 0, 1, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        link.add_str(IFLA_IFNAME, "v1");
        crate::ifmap::remember(crate::netlink::RTM_NEWLINK, &link.buf);
        let mut buf = Vec::new();
        {
            let mut out = Printer::new(&mut buf, json, pretty, false);
            out.begin_list().unwrap();
            print_bridge_xstats(&mut out, &bridge_xstats(), 7, only).unwrap();
            out.end_list().unwrap();
        }
        String::from_utf8(buf).unwrap()
    }

    const MCAST_TEXT: &str = concat!(
        "                    IGMP queries:\n",
        "                      RX: v1 100 v2 102 v3 104\n",
        "                      TX: v1 101 v2 103 v3 105\n",
        "                    IGMP reports:\n",
        "                      RX: v1 108 v2 110 v3 112\n",
        "                      TX: v1 109 v2 111 v3 113\n",
        "                    IGMP leaves: RX: 106 TX: 107\n",
        "                    IGMP parse errors: 114\n",
        "                    MLD queries:\n",
        "                      RX: v1 115 v2 117\n",
        "                      TX: v1 116 v2 118\n",
        "                    MLD reports:\n",
        "                      RX: v1 121 v2 123\n",
        "                      TX: v1 122 v2 124\n",
        "                    MLD leaves: RX: 119 TX: 120\n",
        "                    MLD parse errors: 125\n",
    );
    const STP_TEXT: &str = concat!(
        "                    STP BPDU:  RX: 202 TX: 203\n",
        "                    STP TCN:   RX: 204 TX: 205\n",
        "                    STP Transitions: Blocked: 200 Forwarding: 201\n",
    );

    #[test]
    fn bridge_xstats_text() {
        let head = "v1              \n";
        assert_eq!(
            render(false, false, 0),
            [head, MCAST_TEXT, STP_TEXT].concat()
        );
        assert_eq!(
            render(false, false, BRIDGE_XSTATS_MCAST),
            [head, MCAST_TEXT].concat()
        );
        assert_eq!(
            render(false, false, BRIDGE_XSTATS_STP),
            [head, STP_TEXT].concat()
        );
    }

    #[test]
    fn bridge_xstats_json() {
        let want = r#"[{"ifname":"v1","multicast":{"igmp_queries":{"rx_v1":100,"rx_v2":102,"rx_v3":104,"tx_v1":101,"tx_v2":103,"tx_v3":105},"igmp_reports":{"rx_v1":108,"rx_v2":110,"rx_v3":112,"tx_v1":109,"tx_v2":111,"tx_v3":113},"igmp_leaves":{"rx":106,"tx":107},"igmp_parse_errors":114,"mld_queries":{"rx_v1":115,"rx_v2":117,"tx_v1":116,"tx_v2":118},"mld_reports":{"rx_v1":121,"rx_v2":123,"tx_v1":122,"tx_v2":124},"mld_leaves":{"rx":119,"tx":120},"mld_parse_errors":125},"stp":{"rx_bpdu":202,"tx_bpdu":203,"rx_tcn":204,"tx_tcn":205,"transition_blk":200,"transition_fwd":201}}]
"#;
        assert_eq!(render(true, false, 0), want);
        let want = r#"[{"ifname":"v1","stp":{"rx_bpdu":202,"tx_bpdu":203,"rx_tcn":204,"tx_tcn":205,"transition_blk":200,"transition_fwd":201}}]
"#;
        assert_eq!(render(true, false, BRIDGE_XSTATS_STP), want);
    }

    #[test]
    fn bridge_xstats_pretty_json() {
        let want = r#"[ {
        "ifname": "v1",
        "multicast": {
            "igmp_queries": {
                "rx_v1": 100,
                "rx_v2": 102,
                "rx_v3": 104,
                "tx_v1": 101,
                "tx_v2": 103,
                "tx_v3": 105
            },
            "igmp_reports": {
                "rx_v1": 108,
                "rx_v2": 110,
                "rx_v3": 112,
                "tx_v1": 109,
                "tx_v2": 111,
                "tx_v3": 113
            },
            "igmp_leaves": {
                "rx": 106,
                "tx": 107
            },
            "igmp_parse_errors": 114,
            "mld_queries": {
                "rx_v1": 115,
                "rx_v2": 117,
                "tx_v1": 116,
                "tx_v2": 118
            },
            "mld_reports": {
                "rx_v1": 121,
                "rx_v2": 123,
                "tx_v1": 122,
                "tx_v2": 124
            },
            "mld_leaves": {
                "rx": 119,
                "tx": 120
            },
            "mld_parse_errors": 125
        },
        "stp": {
            "rx_bpdu": 202,
            "tx_bpdu": 203,
            "rx_tcn": 204,
            "tx_tcn": 205,
            "transition_blk": 200,
            "transition_fwd": 201
        }
    } ]
"#;
        assert_eq!(render(true, true, 0), want);
    }
}
