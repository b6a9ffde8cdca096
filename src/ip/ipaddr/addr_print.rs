//! print_addrinfo (ip/ipaddress.c): one address message, and the address-level filter
//! shared by `show`, the link selection of ipaddr_filter, and `flush`.
use super::filter::{Filter, IFA_FLAG_NAMES, IFA_F_DEPRECATED, IFA_F_PERMANENT, IFA_F_SECONDARY};
use super::ifla::*;
use super::link_print::View;
use super::rta::{self, Slot};
use crate::cli::parse::{AF_INET, AF_INET6};
use crate::inet::format_host;
use crate::netlink::{RTM_DELADDR, RTM_NEWADDR};
use crate::output::color::family_color;
use crate::output::{Color, Ctx, Printer};
use std::io::{self, Write};

/// struct ifaddrmsg.
#[derive(Debug, Clone, Copy)]
pub struct IfAddr {
    pub family: u8,
    pub prefixlen: u8,
    pub flags: u8,
    pub scope: u8,
    pub index: u32,
}

/// An address message, parsed in place.
pub struct Addr<'a> {
    pub ifa: IfAddr,
    pub tb: [Slot<'a>; IFA_TB],
    /// IFA_FLAGS when present, else the header's flags (get_ifa_flags).
    pub flags: u32,
}

pub fn ifaddr(p: &[u8]) -> Option<IfAddr> {
    let h = p.get(..8)?;
    Some(IfAddr {
        family: h[0],
        prefixlen: h[1],
        flags: h[2],
        scope: h[3],
        index: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
    })
}

pub fn parse_addr(p: &[u8]) -> Option<Addr<'_>> {
    let ifa = ifaddr(p)?;
    let tb = rta::parse::<IFA_TB>(p.get(8..).unwrap_or(&[]), 0);
    let flags = tb[IFA_FLAGS as usize]
        .map(rta::u32_of)
        .unwrap_or(ifa.flags as u32);
    Some(Addr { ifa, tb, flags })
}

/// ifa_label_match_rta: fnmatch(3) of the label (or the device name) against the pattern.
pub fn label_matches(f: &Filter, index: u32, label: Option<&[u8]>) -> bool {
    let Some(pat) = &f.label else {
        return true;
    };
    let name = match label {
        Some(l) => rta::bytes_of(l).to_vec(),
        None => crate::ifmap::index_to_name(index).into_bytes(),
    };
    // fnmatch(3) stops at the first NUL of either string.
    let cut = |b: &[u8]| b.iter().position(|&c| c == 0).unwrap_or(b.len());
    let pat = pat.as_bytes();
    super::fnmatch::fnmatch(&pat[..cut(pat)], &name[..cut(&name)])
}

/// inet_addr_match_rta: true when the address lies in the `to` prefix (or there is none).
pub fn prefix_matches(f: &Filter, local: Option<&[u8]>) -> bool {
    let (Some(m), Some(d)) = (&f.pfx, local) else {
        return true;
    };
    if m.family == 0 || m.bitlen == 0 {
        return true;
    }
    let fam = match d.len() {
        4 => AF_INET,
        16 => AF_INET6,
        _ => return false,
    };
    if fam != m.family {
        return false;
    }
    let want = m.bytes();
    let bits = m.bitlen as usize;
    let whole = bits / 8;
    if d.get(..whole) != want.get(..whole) {
        return false;
    }
    let rem = bits % 8;
    if rem == 0 {
        return true;
    }
    let mask = 0xffu8 << (8 - rem);
    let a = d.get(whole).copied().unwrap_or(0);
    let b = want.get(whole).copied().unwrap_or(0);
    (a ^ b) & mask == 0
}

/// The address-level checks of print_addrinfo (index, scope, flags, family, label, to).
pub fn selected(f: &Filter, a: &Addr) -> bool {
    if f.ifindex != 0 && f.ifindex != a.ifa.index {
        return false;
    }
    if (f.scope ^ a.ifa.scope as u32) & f.scopemask != 0 {
        return false;
    }
    if (f.flags ^ a.flags) & f.flagmask != 0 {
        return false;
    }
    if f.family != 0 && f.family != a.ifa.family {
        return false;
    }
    if !label_matches(f, a.ifa.index, a.tb[IFA_LABEL as usize]) {
        return false;
    }
    prefix_matches(f, local_of(a))
}

/// IFA_LOCAL, or IFA_ADDRESS when the message has no local address.
pub fn local_of<'a>(a: &Addr<'a>) -> Option<&'a [u8]> {
    a.tb[IFA_LOCAL as usize].or(a.tb[IFA_ADDRESS as usize])
}

/// print_ifa_flags.
fn print_ifa_flags<W: Write>(out: &mut Printer<W>, family: u8, flags: u32) -> io::Result<()> {
    let mut flags = flags;
    for (name, mask) in IFA_FLAG_NAMES {
        if *mask == IFA_F_PERMANENT {
            if flags & mask == 0 {
                out.bool(Ctx::Any, "dynamic", true, format_args!("dynamic "))?;
            }
        } else if flags & mask != 0 {
            if *mask == IFA_F_SECONDARY && family == AF_INET6 {
                out.bool(Ctx::Any, "temporary", true, format_args!("temporary "))?;
            } else {
                out.fp(format_args!("{name} "))?;
                out.bool(Ctx::Json, name, true, format_args!(""))?;
            }
        }
        flags &= !mask;
    }
    if flags != 0 {
        if out.is_json() {
            let s = format!("{flags:02x}");
            out.string(Ctx::Json, "ifa_flags", &s, format_args!(""))?;
        } else {
            out.fp(format_args!("flags {flags:02x} "))?;
        }
    }
    Ok(())
}

const INFINITY_LIFE_TIME: u32 = u32::MAX;

/// print_addrinfo for a message the caller has already checked and selected.
pub fn print_addr<W: Write>(
    out: &mut Printer<W>,
    v: &View,
    msg_ty: u16,
    a: &Addr,
) -> io::Result<()> {
    let g = v.g;
    let f = v.f;
    let fam = a.ifa.family;
    if msg_ty == RTM_DELADDR {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    if !g.brief {
        if f.oneline || f.flushing || g.echo {
            let dev = crate::ifmap::index_to_name(a.ifa.index);
            if out.is_json() {
                out.int(Ctx::Json, "index", a.ifa.index as i64, format_args!(""))?;
                out.string(Ctx::Json, "dev", &dev, format_args!(""))?;
            } else {
                out.raw(format_args!("{}: {dev}", a.ifa.index))?;
            }
        }
        let name = crate::cli::parse::family_name(fam);
        if !name.starts_with('?') {
            out.string(Ctx::Any, "family", name, format_args!("    {name} "))?;
        } else {
            out.int(
                Ctx::Any,
                "family_index",
                fam as i64,
                format_args!("    family {fam} "),
            )?;
        }
    }
    let local = local_of(a);
    let address = a.tb[IFA_ADDRESS as usize].or(a.tb[IFA_LOCAL as usize]);
    if let Some(l) = local {
        let s = format_host(fam, l);
        out.string_c(
            Ctx::Any,
            family_color(fam),
            "local",
            &s,
            format_args!("{s}"),
        )?;
        if let Some(ad) = address {
            let n = if fam == AF_INET { 4 } else { 16 };
            let pad =
                |d: &[u8]| -> Vec<u8> { (0..n).map(|i| d.get(i).copied().unwrap_or(0)).collect() };
            if pad(ad) != pad(l) {
                out.fp(format_args!(" peer "))?;
                let s = format_host(fam, ad);
                out.string_c(
                    Ctx::Any,
                    family_color(fam),
                    "address",
                    &s,
                    format_args!("{s}"),
                )?;
            }
        }
        let pl = a.ifa.prefixlen;
        out.int(Ctx::Any, "prefixlen", pl as i64, format_args!("/{pl} "))?;
        if let Some(m) = a.tb[IFA_RT_PRIORITY as usize] {
            let m = rta::u32_of(m);
            out.uint(Ctx::Any, "metric", m as u64, format_args!("metric {m} "))?;
        }
    }
    if g.brief {
        return Ok(());
    }
    if let Some(b) = a.tb[IFA_BROADCAST as usize] {
        out.fp(format_args!("brd "))?;
        let s = format_host(fam, b);
        out.string_c(
            Ctx::Any,
            family_color(fam),
            "broadcast",
            &s,
            format_args!("{s} "),
        )?;
    }
    if let Some(b) = a.tb[IFA_ANYCAST as usize] {
        out.fp(format_args!("any "))?;
        let s = format_host(fam, b);
        out.string_c(
            Ctx::Any,
            family_color(fam),
            "anycast",
            &s,
            format_args!("{s} "),
        )?;
    }
    let sc = crate::names::scope_name(a.ifa.scope as u32);
    out.string(Ctx::Any, "scope", &sc, format_args!("scope {sc} "))?;
    print_ifa_flags(out, fam, a.flags)?;
    if let Some(l) = a.tb[IFA_LABEL as usize] {
        let s = rta::bytes_of(l);
        out.string_bytes(Ctx::Any, Color::None, "label", s, s)?;
    }
    if let Some(ci) = a.tb[IFA_CACHEINFO as usize] {
        // struct ifa_cacheinfo { ifa_prefered, ifa_valid, cstamp, tstamp }.
        let prefered = rta::u32_of(ci);
        let valid = ci.get(4..).map(rta::u32_of).unwrap_or(0);
        out.nl()?;
        out.fp(format_args!("       valid_lft "))?;
        if valid == INFINITY_LIFE_TIME {
            out.uint(Ctx::Json, "valid_life_time", valid as u64, format_args!(""))?;
            out.fp(format_args!("forever"))?;
        } else {
            out.uint(
                Ctx::Any,
                "valid_life_time",
                valid as u64,
                format_args!("{valid}sec"),
            )?;
        }
        out.fp(format_args!(" preferred_lft "))?;
        if prefered == INFINITY_LIFE_TIME {
            out.uint(
                Ctx::Json,
                "preferred_life_time",
                prefered as u64,
                format_args!(""),
            )?;
            out.fp(format_args!("forever"))?;
        } else if a.flags & IFA_F_DEPRECATED != 0 {
            let p = prefered as i32;
            out.int(
                Ctx::Any,
                "preferred_life_time",
                p as i64,
                format_args!("{p}sec"),
            )?;
        } else {
            out.uint(
                Ctx::Any,
                "preferred_life_time",
                prefered as u64,
                format_args!("{prefered}sec"),
            )?;
        }
    }
    out.fp(format_args!("\n"))
}

/// print_addrinfo as a whole for the show path (no flush buffer).
pub fn print_addrinfo<W: Write>(
    out: &mut Printer<W>,
    v: &View,
    msg_ty: u16,
    payload: &[u8],
) -> io::Result<()> {
    if msg_ty != RTM_NEWADDR && msg_ty != RTM_DELADDR {
        return Ok(());
    }
    let Some(a) = parse_addr(payload) else {
        out.flush()?;
        crate::error::warn(&format!(
            "BUG: wrong nlmsg len {}",
            payload.len() as i64 - 8
        ));
        return Ok(());
    };
    if !selected(v.f, &a) {
        return Ok(());
    }
    print_addr(out, v, msg_ty, &a)
}
