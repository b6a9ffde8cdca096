//! print_linkinfo and its helpers (ip/ipaddress.c): one link message in every mode.
use super::filter::Filter;
use super::ifla::*;
use super::link_details::{print_details, print_proto_down};
use super::link_fmt::*;
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

/// print_name_and_link: `name@link` (or JSON "link"/"link_index"), returning M-DOWN.
fn print_name_and_link<W: Write>(
    out: &mut Printer<W>,
    brief: bool,
    name: &[u8],
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
                mflag = !crate::ifmap::index_is_up(iflink).unwrap_or(false);
            }
        } else if out.is_json() {
            out.null(Ctx::Json, "link", format_args!(""))?;
        } else {
            link = Some("NONE".into());
        }
    }
    // `name@link` (snprintf into a 64-byte buffer), then the text's padding or ": ".
    let mut text = Vec::with_capacity(64 + 17);
    text.extend_from_slice(name);
    if let Some(l) = &link {
        text.push(b'@');
        text.extend_from_slice(l.as_bytes());
        text.truncate(63);
    }
    let full_len = text.len();
    if brief {
        text.resize(full_len.max(16), b' ');
        text.push(b' ');
    } else {
        text.extend_from_slice(b": ");
    }
    out.string_bytes(Ctx::Any, Color::Ifname, "ifname", &text[..full_len], &text)?;
    Ok(mflag)
}

/// get_ifname_rta: the name, or None (the link is skipped) when check_ifname refuses it
/// (empty, 16 bytes or more, a `/` or a blank).
fn ifname(index: i32, tb: &[Slot; IFLA_TB]) -> Option<Vec<u8>> {
    let name = match tb[IFLA_IFNAME as usize] {
        Some(d) => rta::bytes_of(d).to_vec(),
        None => {
            crate::error::warn(&format!("BUG: device with ifindex {index} has nil ifname"));
            format!("if{}", index as u32).into_bytes()
        }
    };
    let bad = name.is_empty()
        || name.len() >= 16
        || name
            .iter()
            .any(|&c| c == b'/' || c == b' ' || (b'\t'..=b'\r').contains(&c));
    if bad {
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
fn link_filtered(
    v: &View,
    msg_ty: u16,
    ifi: &IfInfo,
    tb: &[Slot; IFLA_TB],
) -> Result<Vec<u8>, i32> {
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
    name: &[u8],
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
            out.string_in(Ctx::Any, Color::Mac, "address", &s, "", " ")?;
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
    out.int_in(Ctx::Any, "ifindex", ifi.index as i64, "", ": ")?;
    let mflag = print_name_and_link(out, false, &name, &tb)?;
    print_link_flags(out, ifi.flags, mflag)?;
    if let Some(m) = tb[IFLA_MTU as usize] {
        let mtu = rta::u32_of(m);
        out.int_in(Ctx::Any, "mtu", mtu as i32 as i64, "mtu ", " ")?;
    }
    if let Some(x) = tb[IFLA_XDP as usize] {
        super::xdp::xdp_dump(out, x, v.do_link, false, g.details > 0)?;
    }
    if let Some(q) = tb[IFLA_QDISC as usize] {
        let q = rta::str_of(q);
        out.string_in(Ctx::Any, Color::None, "qdisc", &q, "qdisc ", " ")?;
    }
    if let Some(m) = tb[IFLA_MASTER as usize] {
        let n = crate::ifmap::index_to_name(rta::u32_of(m));
        out.string_in(Ctx::Any, Color::None, "master", &n, "master ", " ")?;
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
        out.string_in(Ctx::Any, Color::None, "group", &n, "group ", " ")?;
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
        out.string_in(Ctx::Any, Color::None, "link_type", &t, "    link/", " ")?;
        if let Some(a) = tb[IFLA_ADDRESS as usize] {
            let s = ll_addr(a, ifi.ty);
            out.string_in(Ctx::Any, Color::Mac, "address", &s, "", "")?;
        }
        if let Some(b) = tb[IFLA_BROADCAST as usize] {
            if ifi.flags & IFF_POINTOPOINT != 0 {
                out.fp(format_args!(" peer "))?;
                out.bool(Ctx::Json, "link_pointtopoint", true, format_args!(""))?;
            } else {
                out.fp(format_args!(" brd "))?;
            }
            let s = ll_addr(b, ifi.ty);
            out.string_in(Ctx::Any, Color::Mac, "broadcast", &s, "", "")?;
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
            let s = rta::bytes_of(a);
            let sl = out.sl();
            out.fp(format_args!("{sl}    "))?;
            let mut t = b"alias ".to_vec();
            t.extend_from_slice(s);
            out.string_bytes(Ctx::Any, Color::None, "ifalias", s, &t)?;
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
            let s = rta::bytes_of(d);
            out.string_bytes(Ctx::Any, Color::None, "", s, s)?;
        }
        out.close_array(Ctx::Json, "")?;
    }
    out.fp(format_args!("\n"))?;
    if truncated_vfs {
        out.flush()?;
        crate::error::warn(&format!(
            "Truncated VF list: {}",
            String::from_utf8_lossy(&name)
        ));
    }
    Ok(1)
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
