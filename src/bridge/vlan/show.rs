//! `bridge vlan show|tunnelshow|global show` and their printers (bridge/vlan.c).
use super::rtm::{print_vlan_rtm, VlanRtmOpts};
use super::*;
use crate::bridge::port::{close_port, open_port_entry};
use crate::output::Printer;
use std::io::{self, Write};

/// A dump of RTM_NEWVLAN messages (`-d vlan show`, `vlan global show`). This kernel
/// refuses it (no VLAN filtering), and the printer below is shared with the monitor.
fn vlandb_dump(br: &mut Br, dump_flags: u32, global_only: bool) -> Result<()> {
    let mut r = AttrBuf::with_header(&br_vlan_msg(0));
    r.add_u32(BRIDGE_VLANDB_DUMP_FLAGS, dump_flags);
    if !br.out.is_json() {
        br.out
            .raw(format_args!("{:<16}  {:<9}\n", "port", "vlan-id"))?;
    }
    let o = VlanRtmOpts {
        filter_index: br.st.vlan_filter_index,
        filter_vlan: br.st.vlan_filter_vlan,
        stats: br.g.stats > 0,
        monitor: false,
        global_only,
    };
    let mut cur: i64 = -1;
    let out = &mut br.out;
    br.nl.dump(
        RTM_GETVLAN,
        &r.buf,
        |m| -> std::result::Result<(), DumpFail> {
            print_vlan_rtm(m, &o, &mut cur, &Default::default(), out)?;
            Ok(())
        },
    )?;
    if cur != -1 {
        close_port(&mut br.out)?;
    }
    Ok(())
}

pub(super) fn global_show(args: &mut Args, br: &mut Br) -> Result<()> {
    parse_show_filter(
        args,
        &mut br.st.vlan_filter_index,
        Some(&mut br.st.vlan_filter_vlan),
    )?;
    br.out.begin_list()?;
    vlandb_dump(br, BRIDGE_VLANDB_DUMPF_GLOBAL, true)?;
    br.out.end_list()?;
    Ok(())
}

pub(super) fn show(args: &mut Args, br: &mut Br, subject: Subject) -> Result<()> {
    parse_show_filter(
        args,
        &mut br.st.vlan_filter_index,
        Some(&mut br.st.vlan_filter_vlan),
    )?;
    br.out.begin_list()?;
    if br.g.details > 0 && subject == Subject::Vlan {
        let f = if br.g.stats > 0 {
            BRIDGE_VLANDB_DUMPF_STATS
        } else {
            0
        };
        vlandb_dump(br, f, false)?;
        br.out.end_list()?;
        return Ok(());
    }
    let filter = (br.st.vlan_filter_index, br.st.vlan_filter_vlan);
    if br.g.stats == 0 {
        let mask = if br.g.compress_vlans {
            RTEXT_FILTER_BRVLAN_COMPRESSED
        } else {
            RTEXT_FILTER_BRVLAN
        };
        let mut hdr = [0u8; 16];
        hdr[0] = AF_BRIDGE;
        let mut r = AttrBuf::with_header(&hdr);
        r.add_u32(IFLA_EXT_MASK, mask);
        if !br.out.is_json() {
            br.out
                .raw(format_args!("{:<16}  {:<9}", "port", "vlan-id"))?;
            if subject == Subject::Tunnel {
                br.out.raw(format_args!("  tunnel-id"))?;
            }
            br.out.raw(format_args!("\n"))?;
        }
        let out = &mut br.out;
        br.nl.dump(
            RTM_GETLINK,
            &r.buf,
            |m| -> std::result::Result<(), DumpFail> {
                print_vlan(m, subject, filter, out)?;
                Ok(())
            },
        )?;
    } else {
        if !br.out.is_json() {
            br.out.raw(format_args!("{:<16}  vlan-id\n", "port"))?;
        }
        for mask in [
            1u32 << (IFLA_STATS_LINK_XSTATS - 1),
            1 << (IFLA_STATS_LINK_XSTATS_SLAVE - 1),
        ] {
            let mut req = [0u8; 12];
            req[8..12].copy_from_slice(&mask.to_ne_bytes());
            let out = &mut br.out;
            br.nl.dump(
                RTM_GETSTATS,
                &req,
                |m| -> std::result::Result<(), DumpFail> {
                    print_vlan_stats(m, filter, out)?;
                    Ok(())
                },
            )?;
        }
    }
    br.out.end_list()?;
    Ok(())
}

/// filter_vlan_check: -1 stop, 0 skip, 1 print.
fn filter_vlan_check(filter_vlan: u32, vid: u16, flags: u16) -> i32 {
    if filter_vlan != 0 && vid as u32 > filter_vlan && flags & BRIDGE_VLAN_INFO_RANGE_END == 0 {
        return -1;
    }
    if flags & BRIDGE_VLAN_INFO_RANGE_BEGIN != 0 || (vid as u32) < filter_vlan {
        return 0;
    }
    1
}

/// print_range: returns the text width printed (0 under JSON, as print_uint returns).
pub(super) fn print_range<W: Write>(
    out: &mut Printer<W>,
    name: &str,
    start: u32,
    id: u32,
) -> io::Result<usize> {
    let mut width = 0;
    let json = out.is_json();
    out.uint(Ctx::Any, name, start as u64, format_args!("{start}"))?;
    if !json {
        width += start.to_string().len();
    }
    if start != id {
        let end = format!("{name}End");
        out.uint(Ctx::Any, &end, id as u64, format_args!("-{id}"))?;
        if !json {
            width += 1 + id.to_string().len();
        }
    }
    Ok(width)
}

/// __print_one_vlan_stats (vlan.c): the RX and TX counters of one VLAN, in the order
/// rx_bytes, rx_packets, tx_bytes, tx_packets; `vlan -s show` and the -s of
/// print_vlan_rtm both print them.
pub(super) fn print_one_vlan_stats<W: Write>(out: &mut Printer<W>, v: [u64; 4]) -> io::Result<()> {
    let [rxb, rxp, txb, txp] = v;
    out.fp(format_args!("{:<16}    ", ""))?;
    out.uint(Ctx::Any, "rx_bytes", rxb, format_args!("RX: {rxb} bytes"))?;
    out.uint(
        Ctx::Any,
        "rx_packets",
        rxp,
        format_args!(" {rxp} packets\n"),
    )?;
    out.fp(format_args!("{:<16}    ", ""))?;
    out.uint(Ctx::Any, "tx_bytes", txb, format_args!("TX: {txb} bytes"))?;
    out.uint(
        Ctx::Any,
        "tx_packets",
        txp,
        format_args!(" {txp} packets\n"),
    )
}

pub(super) fn print_vlan_flags<W: Write>(out: &mut Printer<W>, flags: u16) -> io::Result<()> {
    if flags == 0 {
        return Ok(());
    }
    out.open_array(Ctx::Json, "flags", "")?;
    if flags & BRIDGE_VLAN_INFO_PVID != 0 {
        out.string(Ctx::Any, "", "PVID", format_args!(" PVID"))?;
    }
    if flags & BRIDGE_VLAN_INFO_UNTAGGED != 0 {
        out.string(
            Ctx::Any,
            "",
            "Egress Untagged",
            format_args!(" Egress Untagged"),
        )?;
    }
    out.close_array(Ctx::Json, "")
}

fn print_vlan<W: Write>(
    m: &Msg,
    subject: Subject,
    (filter_index, filter_vlan): (u32, u32),
    out: &mut Printer<W>,
) -> io::Result<()> {
    if m.ty != RTM_NEWLINK {
        crate::error::warn(&format!(
            "Not RTM_NEWLINK: {:08x} {:08x} {:08x}",
            m.payload.len() + 16,
            m.ty,
            m.flags
        ));
        return Ok(());
    }
    let Some((family, _, index, _)) = crate::ifmap::ifinfo(m.payload) else {
        return Ok(());
    };
    if family != AF_BRIDGE || (filter_index != 0 && filter_index != index) {
        return Ok(());
    }
    let tb = table(m.payload.get(16..).unwrap_or(&[]), 64);
    let Some(af) = tb.get(IFLA_AF_SPEC as usize).copied().flatten() else {
        return Ok(());
    };
    match subject {
        Subject::Vlan => print_vlan_info(out, af, index, filter_vlan),
        Subject::Tunnel => print_vlan_tunnel_info(out, af, index, filter_vlan),
    }
}

fn print_vlan_info<W: Write>(
    out: &mut Printer<W>,
    af: Attr,
    ifindex: u32,
    filter_vlan: u32,
) -> io::Result<()> {
    let mut last_start = 0u16;
    let mut opened = false;
    for a in AttrIter::new(af.data) {
        if a.ty != IFLA_BRIDGE_VLAN_INFO {
            continue;
        }
        let Some(b) = a.data.get(..4) else {
            continue;
        };
        let flags = u16::from_ne_bytes([b[0], b[1]]);
        let vid = u16::from_ne_bytes([b[2], b[3]]);
        if flags & BRIDGE_VLAN_INFO_RANGE_END == 0 {
            last_start = vid;
        }
        match filter_vlan_check(filter_vlan, vid, flags) {
            -1 => break,
            0 => continue,
            _ => {}
        }
        open_port_entry(out, ifindex, "vlans", !opened)?;
        opened = true;
        print_range(out, "vlan", last_start as u32, vid as u32)?;
        print_vlan_flags(out, flags)?;
        out.close_object()?;
        out.nl()?;
    }
    if opened {
        close_port(out)?;
    }
    Ok(())
}

fn print_vlan_tunnel_info<W: Write>(
    out: &mut Printer<W>,
    af: Attr,
    ifindex: u32,
    filter_vlan: u32,
) -> io::Result<()> {
    let mut last_vid = 0u16;
    let mut last_tunid = 0u32;
    let mut opened = false;
    for a in AttrIter::new(af.data) {
        if a.ty != IFLA_BRIDGE_VLAN_TUNNEL_INFO {
            continue;
        }
        let t = table(a.data, 3);
        let get = |i: u16| t.get(i as usize).copied().flatten();
        let Some(vid) = get(IFLA_BRIDGE_VLAN_TUNNEL_VID).and_then(|a| a.u16()) else {
            continue;
        };
        let id = get(IFLA_BRIDGE_VLAN_TUNNEL_ID)
            .and_then(|a| a.u32())
            .unwrap_or(0);
        let flags = get(IFLA_BRIDGE_VLAN_TUNNEL_FLAGS)
            .and_then(|a| a.u16())
            .unwrap_or(0);
        if flags & BRIDGE_VLAN_INFO_RANGE_END == 0 {
            last_vid = vid;
            last_tunid = id;
        }
        match filter_vlan_check(filter_vlan, vid, flags) {
            -1 => break,
            0 => continue,
            _ => {}
        }
        open_port_entry(out, ifindex, "tunnels", !opened)?;
        opened = true;
        let width = print_range(out, "vlan", last_vid as u32, vid as u32)?;
        if width <= 9 {
            out.fp(format_args!("{:<w$}  ", "", w = 9 - width))?;
        } else {
            crate::error::warn(&format!("BUG: vlan range too wide, {width}"));
        }
        print_range(out, "tunid", last_tunid, id)?;
        out.close_object()?;
        out.nl()?;
    }
    if opened {
        close_port(out)?;
    }
    Ok(())
}

fn print_vlan_stats<W: Write>(
    m: &Msg,
    (filter_index, filter_vlan): (u32, u32),
    out: &mut Printer<W>,
) -> io::Result<()> {
    let Some(h) = m.payload.get(..12) else {
        crate::error::warn(&format!(
            "BUG: wrong nlmsg len {}",
            m.payload.len() as i64 - 12
        ));
        return Ok(());
    };
    let ifindex = u32::from_ne_bytes([h[4], h[5], h[6], h[7]]);
    if filter_index != 0 && filter_index != ifindex {
        return Ok(());
    }
    let tb = table(&m.payload[12..], 8);
    for ty in [IFLA_STATS_LINK_XSTATS, IFLA_STATS_LINK_XSTATS_SLAVE] {
        if let Some(a) = tb.get(ty as usize).copied().flatten() {
            print_vlan_stats_attr(out, a, ifindex, filter_vlan)?;
        }
    }
    Ok(())
}

fn print_vlan_stats_attr<W: Write>(
    out: &mut Printer<W>,
    attr: Attr,
    ifindex: u32,
    filter_vlan: u32,
) -> io::Result<()> {
    let t = table(attr.data, 2);
    let Some(list) = t.get(LINK_XSTATS_TYPE_BRIDGE as usize).copied().flatten() else {
        return Ok(());
    };
    let mut found = false;
    for a in AttrIter::new(list.data) {
        if a.ty != BRIDGE_XSTATS_VLAN {
            continue;
        }
        let d = a.data;
        let u64at = |o: usize| {
            d.get(o..o + 8)
                .map(|b| {
                    let mut x = [0u8; 8];
                    x.copy_from_slice(b);
                    u64::from_ne_bytes(x)
                })
                .unwrap_or(0)
        };
        let u16at = |o: usize| {
            d.get(o..o + 2)
                .map(|b| u16::from_ne_bytes([b[0], b[1]]))
                .unwrap_or(0)
        };
        let vid = u16at(32);
        let flags = u16at(34);
        if filter_vlan != 0 && filter_vlan != vid as u32 {
            continue;
        }
        if flags & BRIDGE_VLAN_INFO_MASTER != 0 && flags & BRIDGE_VLAN_INFO_BRENTRY == 0 {
            continue;
        }
        open_port_entry(out, ifindex, "vlans", !found)?;
        found = true;
        out.uint(Ctx::Any, "vid", vid as u64, format_args!("{vid}"))?;
        print_vlan_flags(out, flags)?;
        out.nl()?;
        print_one_vlan_stats(out, [u64at(0), u64at(8), u64at(16), u64at(24)])?;
        out.close_object()?;
    }
    if found {
        close_port(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vlan_filter_tristate() {
        assert_eq!(filter_vlan_check(0, 5, 0), 1);
        assert_eq!(filter_vlan_check(3, 5, 0), -1);
        assert_eq!(filter_vlan_check(7, 5, 0), 0);
        assert_eq!(filter_vlan_check(0, 5, BRIDGE_VLAN_INFO_RANGE_BEGIN), 0);
    }
}
