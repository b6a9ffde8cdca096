//! print_netconf (ip/ipnetconf.c) for RTM_NEWNETCONF / RTM_DELNETCONF events, read from the
//! raw bytes: the crate cannot parse these messages.
use super::rta;
use crate::netlink::Msg;
use crate::output::{Color, Ctx, Printer};
use std::io::{self, Write};

const RTM_DELNETCONF: u16 = 81;
/// NLMSG_ALIGN(sizeof(struct netconfmsg)): one family byte, padded.
const NCM_LEN: usize = 4;

const NETCONFA_IFINDEX: usize = 1;
const NETCONFA_FORWARDING: usize = 2;
const NETCONFA_RP_FILTER: usize = 3;
const NETCONFA_MC_FORWARDING: usize = 4;
const NETCONFA_PROXY_NEIGH: usize = 5;
const NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN: usize = 6;
const NETCONFA_INPUT: usize = 7;
const NETCONFA_MAX: usize = 8;

const NETCONFA_IFINDEX_ALL: i32 = -1;
const NETCONFA_IFINDEX_DEFAULT: i32 = -2;

const RP_FILTER_NAMES: [&str; 3] = ["off", "strict", "loose"];

/// family_name (lib/utils.c).
fn family_name(af: u8) -> &'static str {
    match af {
        2 => "inet",
        10 => "inet6",
        17 => "link",
        28 => "mpls",
        7 => "bridge",
        _ => "???",
    }
}

fn on_off<W: Write>(out: &mut Printer<W>, key: &str, text: &str, v: u32) -> io::Result<()> {
    let s = if v != 0 { "on" } else { "off" };
    out.bool(Ctx::Any, key, v != 0, format_args!("{text} {s} "))
}

/// print_netconf with ipnetconf_reset_filter(ifindex)'s filter (no family).
/// Returns whether it printed (and the reference flushed).
pub fn print_netconf<W: Write>(out: &mut Printer<W>, ifindex: u32, m: &Msg) -> io::Result<bool> {
    let p = m.payload;
    // len -= NLMSG_SPACE(sizeof(*ncm))
    if p.len() < NCM_LEN {
        crate::error::warn(&format!(
            "BUG: wrong nlmsg len {}",
            p.len() as i64 - NCM_LEN as i64
        ));
        return Ok(false);
    }
    let family = p[0];
    let tb = rta::parse(p.get(NCM_LEN..).unwrap_or(&[]), NETCONFA_MAX, false);
    let u32_of = |i: usize| tb[i].map(|a| a.u32().unwrap_or(0));
    let index = u32_of(NETCONFA_IFINDEX);
    let idx = index.unwrap_or(0);
    if ifindex != 0 && ifindex != idx {
        return Ok(false);
    }
    out.open_object("")?;
    if m.ty == RTM_DELNETCONF {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    let fam = family_name(family);
    out.string(Ctx::Any, "family", fam, format_args!("{fam} "))?;
    if index.is_some() {
        let dev = match idx as i32 {
            NETCONFA_IFINDEX_ALL => "all".to_string(),
            NETCONFA_IFINDEX_DEFAULT => "default".to_string(),
            _ => crate::ifmap::index_to_name(idx),
        };
        out.string_c(
            Ctx::Any,
            Color::Ifname,
            "interface",
            &dev,
            format_args!("{dev} "),
        )?;
    }
    if let Some(v) = u32_of(NETCONFA_FORWARDING) {
        on_off(out, "forwarding", "forwarding", v)?;
    }
    if let Some(v) = u32_of(NETCONFA_RP_FILTER) {
        match RP_FILTER_NAMES.get(v as usize) {
            Some(n) => out.string(Ctx::Any, "rp_filter", n, format_args!("rp_filter {n} "))?,
            None => out.uint(
                Ctx::Any,
                "rp_filter",
                v as u64,
                format_args!("rp_filter {v} "),
            )?,
        }
    }
    if let Some(v) = u32_of(NETCONFA_MC_FORWARDING) {
        on_off(out, "mc_forwarding", "mc_forwarding", v)?;
    }
    if let Some(v) = u32_of(NETCONFA_PROXY_NEIGH) {
        on_off(out, "proxy_neigh", "proxy_neigh", v)?;
    }
    if let Some(v) = u32_of(NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN) {
        on_off(
            out,
            "ignore_routes_with_linkdown",
            "ignore_routes_with_linkdown",
            v,
        )?;
    }
    if let Some(v) = u32_of(NETCONFA_INPUT) {
        on_off(out, "input", "input", v)?;
    }
    out.close_object()?;
    out.fp(format_args!("\n"))?;
    Ok(true)
}
