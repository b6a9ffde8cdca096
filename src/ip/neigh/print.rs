//! print_neigh (ip/ipneigh.c) and the filter it applies to every dumped entry.
use super::prefix::InetPrefix;
use super::*;
use crate::cli::parse::{AF_BRIDGE, AF_INET, AF_INET6};
use crate::ifmap;
use crate::inet::format_host;
use crate::netlink::attr::{table, Attr};
use crate::netlink::{Msg, RTM_DELNEIGH, RTM_GETNEIGH, RTM_NEWNEIGH};
use crate::output::color::family_color;
use crate::output::printer::{Color, Ctx, Printer};
use std::io::{self, Write};

/// The `filter` struct of ipneigh.c (flush buffer aside).
#[derive(Debug, Clone)]
pub struct NeighFilter {
    pub family: u8,
    pub index: u32,
    pub state: u32,
    pub unused_only: bool,
    pub pfx: Option<InetPrefix>,
    /// 0 none, u32::MAX for `nomaster` (-1 in C).
    pub master: u32,
    pub protocol: u8,
    pub ndm_flags: u8,
    /// Flushing: only RTM_NEWNEIGH messages count.
    pub flushing: bool,
    /// The master-filter warning is printed once (`static int logit`).
    pub warned: bool,
}

impl NeighFilter {
    /// ipneigh_reset_filter.
    pub fn reset(ifindex: u32) -> NeighFilter {
        NeighFilter {
            family: 0,
            index: ifindex,
            state: !0,
            unused_only: false,
            pfx: None,
            master: 0,
            protocol: 0,
            ndm_flags: 0,
            flushing: false,
            warned: false,
        }
    }
}

/// The fixed ndmsg header.
#[derive(Debug, Clone, Copy)]
pub struct Ndmsg {
    pub family: u8,
    pub ifindex: u32,
    pub state: u16,
    pub flags: u8,
    pub ty: u8,
}

pub fn ndmsg(payload: &[u8]) -> Option<Ndmsg> {
    let h = payload.get(..NDMSG_LEN)?;
    Some(Ndmsg {
        family: h[0],
        ifindex: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
        state: u16::from_ne_bytes([h[8], h[9]]),
        flags: h[10],
        ty: h[11],
    })
}

/// inet_addr_match_rta: true when `dst` falls outside the filter prefix.
pub fn addr_mismatch(pfx: &Option<InetPrefix>, dst: Option<&Attr>) -> bool {
    let (Some(m), Some(rta)) = (pfx, dst) else {
        return false;
    };
    if m.family == 0 || m.bitlen == 0 {
        return false;
    }
    // get_addr_rta: the length decides the family; another family never matches.
    let fam = match rta.data.len() {
        4 => AF_INET,
        16 => AF_INET6,
        _ => return true,
    };
    if fam != m.family {
        return true;
    }
    let want = &m.data;
    let bits = m.bitlen as usize;
    let words = bits / 32;
    let (a, b) = (rta.data, want.as_slice());
    if words > 0 && a.get(..words * 4) != b.get(..words * 4) {
        return true;
    }
    let rem = bits % 32;
    if rem > 0 {
        let w = |d: &[u8]| {
            d.get(words * 4..words * 4 + 4)
                .map(|x| u32::from_be_bytes([x[0], x[1], x[2], x[3]]))
                .unwrap_or(0)
        };
        let mask = u32::MAX << (32 - rem);
        if (w(a) ^ w(b)) & mask != 0 {
            return true;
        }
    }
    false
}

/// The decoded parts print_neigh needs.
pub struct NeighMsg<'a> {
    pub ty: u16,
    pub hdr: Ndmsg,
    pub tb: Vec<Option<Attr<'a>>>,
}

impl NeighFilter {
    /// The checks at the head of print_neigh. `Ok(None)` = skipped. The master warning goes
    /// to stdout, where the reference prints it.
    pub fn accept<'a, W: Write>(
        &mut self,
        m: &Msg<'a>,
        out: &mut Printer<W>,
    ) -> io::Result<Option<NeighMsg<'a>>> {
        if m.ty != RTM_NEWNEIGH && m.ty != RTM_DELNEIGH && m.ty != RTM_GETNEIGH {
            crate::error::warn(&format!(
                "Not RTM_NEWNEIGH: {:08x} {:08x} {:08x}",
                m.payload.len() + 16,
                m.ty,
                m.flags
            ));
            return Ok(None);
        }
        let Some(r) = ndmsg(m.payload) else {
            crate::error::warn(&format!(
                "BUG: wrong nlmsg len {}",
                m.payload.len() as i64 - NDMSG_LEN as i64
            ));
            return Ok(None);
        };
        if self.flushing && m.ty != RTM_NEWNEIGH {
            return Ok(None);
        }
        if self.family != 0 && self.family != r.family {
            return Ok(None);
        }
        if self.index != 0 && self.index != r.ifindex {
            return Ok(None);
        }
        let st = r.state as u32;
        if self.state & st == 0
            && r.flags & NTF_PROXY == 0
            && r.flags & NTF_EXT_LEARNED == 0
            && (st != 0 || self.state & 0x100 == 0)
        {
            return Ok(None);
        }
        if self.master != 0 && m.flags & NLM_F_DUMP_FILTERED == 0 && !self.warned {
            self.warned = true;
            out.raw(format_args!(
                "\nWARNING: Kernel does not support filtering by master device\n\n"
            ))?;
        }
        let tb = table(m.payload.get(NDMSG_LEN..).unwrap_or(&[]), NDA_MAX);
        if addr_mismatch(&self.pfx, tb[NDA_DST as usize].as_ref()) {
            return Ok(None);
        }
        let protocol = tb[NDA_PROTOCOL as usize].and_then(|a| a.u8()).unwrap_or(0);
        if self.protocol != 0 && self.protocol != protocol {
            return Ok(None);
        }
        if self.unused_only {
            if let Some(ci) = tb[NDA_CACHEINFO as usize] {
                let refcnt = ci
                    .data
                    .get(12..16)
                    .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]));
                if refcnt.unwrap_or(0) != 0 {
                    return Ok(None);
                }
            }
        }
        Ok(Some(NeighMsg {
            ty: m.ty,
            hdr: r,
            tb,
        }))
    }
}

/// What print_neigh reads from the global options.
#[derive(Debug, Clone, Copy, Default)]
pub struct PrintOpts {
    pub stats: u32,
    pub brief: bool,
}

fn user_hz() -> u32 {
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if hz <= 0 {
        100
    } else {
        hz as u32
    }
}

/// The destination family: bridge entries carry IPv4 or IPv6 by length.
fn dst_family(r: &Ndmsg, dst: &Attr) -> u8 {
    if r.family == AF_BRIDGE {
        if dst.data.len() == 16 {
            AF_INET6
        } else {
            AF_INET
        }
    } else {
        r.family
    }
}

fn lladdr_text(r: &Ndmsg, a: &Attr) -> String {
    crate::output::fmt::ll_addr_lazy(a.data, || {
        // ll_index_to_type: the reference knows every link from ll_init_map; fetch on a miss.
        let mut t = ifmap::index_to_type(r.ifindex);
        if t.is_none() && r.ifindex != 0 {
            let _ = ifmap::index_to_name(r.ifindex);
            t = ifmap::index_to_type(r.ifindex);
        }
        t.unwrap_or(0xffff)
    })
}

fn print_brief<W: Write>(n: &NeighMsg, f: &NeighFilter, out: &mut Printer<W>) -> io::Result<()> {
    let r = &n.hdr;
    if let Some(dst) = n.tb[NDA_DST as usize] {
        let fam = dst_family(r, &dst);
        let s = format_host(fam, dst.data);
        out.string_c(
            Ctx::Any,
            family_color(fam),
            "dst",
            &s,
            format_args!("{s:<39} "),
        )?;
    }
    if f.index == 0 && r.ifindex != 0 {
        let name = ifmap::index_to_name(r.ifindex);
        out.string_c(
            Ctx::Any,
            Color::Ifname,
            "dev",
            &name,
            format_args!("{} ", crate::output::fmt::Ljust(&name, 16)),
        )?;
    }
    if let Some(a) = n.tb[NDA_LLADDR as usize] {
        let s = lladdr_text(r, &a);
        out.string_c(Ctx::Any, Color::Mac, "lladdr", &s, format_args!("{s}"))?;
    }
    out.fp(format_args!("\n"))?;
    out.close_object()
}

/// print_neigh after its filter: one entry in the active output mode.
pub fn print_neigh<W: Write>(
    n: &NeighMsg,
    f: &NeighFilter,
    o: &PrintOpts,
    out: &mut Printer<W>,
) -> io::Result<()> {
    let r = &n.hdr;
    let tb = &n.tb;
    out.open_object("")?;
    if n.ty == RTM_DELNEIGH {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    } else if n.ty == RTM_GETNEIGH {
        out.null(Ctx::Any, "miss", format_args!("miss "))?;
    }
    if o.brief {
        return print_brief(n, f, out);
    }
    if let Some(dst) = tb[NDA_DST as usize] {
        let fam = dst_family(r, &dst);
        let s = format_host(fam, dst.data);
        out.string_c(Ctx::Any, family_color(fam), "dst", &s, format_args!("{s} "))?;
    }
    if f.index == 0 && r.ifindex != 0 {
        out.fp(format_args!("dev "))?;
        let name = ifmap::index_to_name(r.ifindex);
        out.string_c(
            Ctx::Any,
            Color::Ifname,
            "dev",
            &name,
            format_args!("{name} "),
        )?;
    }
    if let Some(a) = tb[NDA_LLADDR as usize] {
        let s = lladdr_text(r, &a);
        out.fp(format_args!("lladdr "))?;
        out.string_c(Ctx::Any, Color::Mac, "lladdr", &s, format_args!("{s} "))?;
    }
    let ext_flags = tb[NDA_FLAGS_EXT as usize]
        .and_then(|a| a.u32())
        .unwrap_or(0);
    if r.flags & NTF_ROUTER != 0 {
        out.null(Ctx::Any, "router", format_args!("router "))?;
    }
    if r.flags & NTF_PROXY != 0 {
        out.null(Ctx::Any, "proxy", format_args!("proxy "))?;
    }
    if ext_flags & NTF_EXT_MANAGED != 0 {
        out.null(Ctx::Any, "managed", format_args!("managed "))?;
    }
    if r.flags & NTF_EXT_LEARNED != 0 {
        out.null(Ctx::Any, "extern_learn", format_args!("extern_learn "))?;
    }
    if r.flags & NTF_OFFLOADED != 0 {
        out.null(Ctx::Any, "offload", format_args!("offload "))?;
    }
    if o.stats > 0 {
        if let Some(ci) = tb[NDA_CACHEINFO as usize] {
            print_cacheinfo(ci.data, out)?;
        }
        if let Some(p) = tb[NDA_PROBES as usize] {
            let v = p.u32().unwrap_or(0);
            out.uint(Ctx::Any, "probes", v as u64, format_args!("probes {v} "))?;
        }
    }
    if r.state != 0 {
        print_state(r.state as u32, out)?;
    }
    let protocol = tb[NDA_PROTOCOL as usize].and_then(|a| a.u8()).unwrap_or(0);
    if protocol != 0 {
        let s = crate::names::proto_name(protocol as u32);
        out.string(Ctx::Any, "protocol", &s, format_args!("proto {s} "))?;
    }
    out.fp(format_args!("\n"))?;
    out.close_object()
}

/// print_cacheinfo: struct nda_cacheinfo { confirmed, used, updated, refcnt }, in ticks.
fn print_cacheinfo<W: Write>(d: &[u8], out: &mut Printer<W>) -> io::Result<()> {
    let u = |i: usize| {
        d.get(i * 4..i * 4 + 4)
            .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
            .unwrap_or(0)
    };
    let (confirmed, used, updated, refcnt) = (u(0), u(1), u(2), u(3));
    let hz = user_hz();
    if refcnt != 0 {
        out.uint(
            Ctx::Any,
            "refcnt",
            refcnt as u64,
            format_args!(" ref {refcnt}"),
        )?;
    }
    let (a, b, c) = (used / hz, confirmed / hz, updated / hz);
    out.uint(Ctx::Any, "used", a as u64, format_args!(" used {a}"))?;
    out.uint(Ctx::Any, "confirmed", b as u64, format_args!("/{b}"))?;
    out.uint(Ctx::Any, "updated", c as u64, format_args!("/{c}"))
}

/// print_neigh_state: the NUD bits in the reference's order.
fn print_state<W: Write>(nud: u32, out: &mut Printer<W>) -> io::Result<()> {
    out.open_array(Ctx::Json, "state", "")?;
    for (bit, name) in NUD_NAMES {
        if nud & bit != 0 {
            out.string(Ctx::Any, "", name, format_args!("{name} "))?;
        }
    }
    out.close_array(Ctx::Json, "")
}
