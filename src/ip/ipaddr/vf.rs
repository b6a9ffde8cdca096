//! print_vfinfo and print_vf_stats64 (ip/ipaddress.c): SR-IOV virtual functions. No device
//! here has VFs, so this follows the reference's code without a fixture to check it.
use super::link_fmt::ll_addr;
use super::link_print::IfInfo;
use super::rta;
use super::stats::fmt_num;
use crate::ip::Globals;
use crate::output::{Color, Ctx, Printer};
use std::io::{self, Write};

const VF_MAC: usize = 1;
const VF_VLAN: usize = 2;
const VF_TX_RATE: usize = 3;
const VF_SPOOFCHK: usize = 4;
const VF_LINK_STATE: usize = 5;
const VF_RATE: usize = 6;
const VF_RSS_QUERY_EN: usize = 7;
const VF_STATS: usize = 8;
const VF_TRUST: usize = 9;
const VF_IB_NODE_GUID: usize = 10;
const VF_IB_PORT_GUID: usize = 11;
const VF_VLAN_LIST: usize = 12;
const VF_BROADCAST: usize = 13;

fn at(d: Option<&[u8]>, off: usize) -> u32 {
    d.and_then(|d| d.get(off..)).map(rta::u32_of).unwrap_or(0)
}

pub fn print_vfinfo<W: Write>(
    out: &mut Printer<W>,
    g: &Globals,
    ifi: &IfInfo,
    ty: u16,
    data: &[u8],
) -> io::Result<()> {
    if ty != super::ifla::IFLA_VF_INFO {
        out.flush()?;
        crate::error::warn(&format!("BUG: rta type is {ty}"));
        return Ok(());
    }
    let vf = rta::parse::<14>(data, super::ifla::NLA_F_NESTED);
    let sl = out.sl();
    out.fp(format_args!("{sl}    "))?;
    let n = at(vf[VF_MAC], 0) as i32;
    out.int(Ctx::Any, "vf", n as i64, format_args!("vf {n} "))?;
    let t = super::link_fmt::ll_type(ifi.ty);
    out.string(Ctx::Any, "link_type", &t, format_args!("    link/{t} "))?;
    let alen = if ifi.ty == 1 { 6 } else { 20 };
    let mac: Vec<u8> = (0..alen)
        .map(|i| vf[VF_MAC].and_then(|d| d.get(4 + i).copied()).unwrap_or(0))
        .collect();
    let s = ll_addr(&mac, ifi.ty);
    out.string_c(Ctx::Any, Color::Mac, "address", &s, format_args!("{s}"))?;
    if let Some(b) = vf[VF_BROADCAST] {
        if ifi.flags & super::ifla::IFF_POINTOPOINT != 0 {
            out.fp(format_args!(" peer "))?;
            out.bool(Ctx::Json, "link_pointtopoint", true, format_args!(""))?;
        } else {
            out.fp(format_args!(" brd "))?;
        }
        let bc: Vec<u8> = (0..alen).map(|i| b.get(i).copied().unwrap_or(0)).collect();
        let s = ll_addr(&bc, ifi.ty);
        out.string_c(Ctx::Any, Color::Mac, "broadcast", &s, format_args!("{s}"))?;
    }
    if let Some(list) = vf[VF_VLAN_LIST] {
        out.open_array(Ctx::Json, "vlan_list", "")?;
        for (_, i) in rta::iter(list) {
            out.open_object("")?;
            let vlan = at(Some(i), 4) as i32;
            let qos = at(Some(i), 8) as i32;
            let proto = i
                .get(12..14)
                .map(|b| u16::from_be_bytes([b[0], b[1]]))
                .unwrap_or(0);
            if vlan != 0 {
                out.int(Ctx::Any, "vlan", vlan as i64, format_args!(", vlan {vlan}"))?;
            }
            if qos != 0 {
                out.int(Ctx::Any, "qos", qos as i64, format_args!(", qos {qos}"))?;
            }
            if proto != 0 && proto != 0x8100 {
                let p = match proto {
                    0x88a8 => "802.1ad".to_string(),
                    _ => format!("0x{proto:04x}"),
                };
                out.string(
                    Ctx::Any,
                    "protocol",
                    &p,
                    format_args!(", vlan protocol {p}"),
                )?;
            }
            out.close_object()?;
        }
        out.close_array(Ctx::Json, "")?;
    } else {
        let vlan = at(vf[VF_VLAN], 4) as i32;
        let qos = at(vf[VF_VLAN], 8) as i32;
        if vlan != 0 {
            out.int(Ctx::Any, "vlan", vlan as i64, format_args!(", vlan {vlan}"))?;
        }
        if qos != 0 {
            out.int(Ctx::Any, "qos", qos as i64, format_args!(", qos {qos}"))?;
        }
    }
    let rate = at(vf[VF_TX_RATE], 4);
    if rate != 0 {
        out.uint(
            Ctx::Any,
            "tx_rate",
            rate as u64,
            format_args!(", tx rate {rate} (Mbps)"),
        )?;
    }
    if let Some(r) = vf[VF_RATE] {
        let min = at(Some(r), 4);
        let max = at(Some(r), 8);
        if out.is_json() {
            out.open_object("rate")?;
            out.uint(Ctx::Json, "max_tx", max as u64, format_args!(""))?;
            out.uint(Ctx::Any, "min_tx", min as u64, format_args!(""))?;
            out.close_object()?;
        } else {
            if max != 0 {
                out.fp(format_args!(", max_tx_rate {max}Mbps"))?;
            }
            if min != 0 {
                out.fp(format_args!(", min_tx_rate {min}Mbps"))?;
            }
        }
    }
    let onoff = |out: &mut Printer<W>, a: Option<&[u8]>, key: &str, on: &str, off: &str| {
        if let Some(d) = a {
            let s = at(Some(d), 4);
            if s != u32::MAX {
                let t = if s != 0 { on } else { off };
                return out.bool(Ctx::Any, key, s != 0, format_args!("{t}"));
            }
        }
        Ok(())
    };
    onoff(
        out,
        vf[VF_SPOOFCHK],
        "spoofchk",
        ", spoof checking on",
        ", spoof checking off",
    )?;
    for (a, key, label) in [
        (VF_IB_NODE_GUID, "node guid", "NODE_GUID"),
        (VF_IB_PORT_GUID, "port guid", "PORT_GUID"),
    ] {
        if let Some(d) = vf[a] {
            let guid = d.get(8..).map(rta::u64_of).unwrap_or(0);
            let b = u64::from_be(guid).to_ne_bytes();
            let s = ll_addr(&b, 32);
            out.string(Ctx::Any, key, &s, format_args!(", {label} {s}"))?;
        }
    }
    if let Some(d) = vf[VF_LINK_STATE] {
        let s = match at(Some(d), 4) {
            0 => "auto",
            1 => "enable",
            _ => "disable",
        };
        out.string(Ctx::Any, "link_state", s, format_args!(", link-state {s}"))?;
    }
    onoff(out, vf[VF_TRUST], "trust", ", trust on", ", trust off")?;
    onoff(
        out,
        vf[VF_RSS_QUERY_EN],
        "query_rss_en",
        ", query_rss on",
        ", query_rss off",
    )?;
    if let Some(st) = vf[VF_STATS] {
        if g.stats > 0 {
            print_vf_stats64(out, g, st)?;
        }
    }
    Ok(())
}

fn print_vf_stats64<W: Write>(out: &mut Printer<W>, g: &Globals, st: &[u8]) -> io::Result<()> {
    let s = rta::parse::<9>(st, super::ifla::NLA_F_NESTED);
    let v = |i: usize| s[i].map(rta::u64_of).unwrap_or(0);
    if out.is_json() {
        let j = |out: &mut Printer<W>, k: &str, x: u64| out.uint(Ctx::Json, k, x, format_args!(""));
        out.open_object("stats")?;
        out.open_object("rx")?;
        j(out, "bytes", v(2))?;
        j(out, "packets", v(0))?;
        j(out, "multicast", v(5))?;
        j(out, "broadcast", v(4))?;
        if s[7].is_some() {
            j(out, "dropped", v(7))?;
        }
        out.close_object()?;
        out.open_object("tx")?;
        j(out, "tx_bytes", v(3))?;
        j(out, "tx_packets", v(1))?;
        if s[8].is_some() {
            j(out, "dropped", v(8))?;
        }
        out.close_object()?;
        return out.close_object();
    }
    let sl = out.sl();
    let mut t = format!("{sl}    RX: bytes  packets  mcast   bcast ");
    if s[7].is_some() {
        t.push_str("  dropped ");
    }
    t.push_str(sl);
    t.push_str("    ");
    for (i, w) in [(2, 10), (0, 8), (5, 7), (4, 7)] {
        t.push_str(&fmt_num(g, w, v(i)));
    }
    if s[7].is_some() {
        t.push_str(&fmt_num(g, 8, v(7)));
    }
    t.push_str(&format!("{sl}    TX: bytes  packets "));
    if s[8].is_some() {
        t.push_str("  dropped ");
    }
    t.push_str(sl);
    t.push_str("    ");
    t.push_str(&fmt_num(g, 10, v(3)));
    t.push_str(&fmt_num(g, 8, v(1)));
    if s[8].is_some() {
        t.push_str(&fmt_num(g, 8, v(8)));
    }
    out.fp(format_args!("{t}"))
}
