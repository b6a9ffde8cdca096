//! print_rule and filter_nlmsg (ip/iprule.c).
use super::scan::inet_proto_n2a;
use super::*;
use crate::cli::parse::af_bit_len;
use crate::inet::{addr_n2a, format_host};
use crate::ip::neigh::prefix::InetPrefix;
use crate::ip::neigh::print::addr_mismatch;
use crate::netlink::attr::{table, Attr};
use crate::netlink::{Msg, RTM_DELRULE, RTM_NEWRULE};
use crate::output::color::family_color;
use crate::output::printer::{Color, Ctx, Printer};
use std::io::{self, Write};

/// struct fib_rule_hdr.
#[derive(Debug, Clone, Copy, Default)]
pub struct FibRuleHdr {
    pub family: u8,
    pub dst_len: u8,
    pub src_len: u8,
    pub tos: u8,
    pub table: u8,
    pub action: u8,
    pub flags: u32,
}

pub fn fib_rule_hdr(p: &[u8]) -> Option<FibRuleHdr> {
    let h = p.get(..FRH_LEN)?;
    Some(FibRuleHdr {
        family: h[0],
        dst_len: h[1],
        src_len: h[2],
        tos: h[3],
        table: h[4],
        action: h[7],
        flags: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
    })
}

/// The `filter` of iprule.c (list and flush).
#[derive(Debug, Clone, Default)]
pub struct RuleFilter {
    /// preferred_family: the dump asks for AF_INET when unset, but the filter keeps 0.
    pub family: u8,
    pub not: bool,
    pub l3mdev: bool,
    pub iif: Option<String>,
    pub oif: Option<String>,
    pub uidrange: Option<(u32, u32)>,
    pub tb: u32,
    pub tos: Option<u32>,
    pub pref: Option<u32>,
    pub fwmark: u32,
    pub fwmask: u32,
    pub tun_id: u64,
    pub src: Option<InetPrefix>,
    pub dst: Option<InetPrefix>,
    pub protocol: u32,
    pub protocolmask: u32,
    pub sport: (u16, u16),
    pub dport: (u16, u16),
    pub ipproto: u8,
}

fn u32_of(a: Option<&Attr>) -> u32 {
    a.and_then(|a| a.u32()).unwrap_or(0)
}

fn range_of(a: &Attr) -> (u32, u32) {
    let v = |i: usize| {
        a.data
            .get(i..i + 4)
            .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
            .unwrap_or(0)
    };
    (v(0), v(4))
}

fn port_range_of(a: &Attr) -> (u16, u16) {
    let v = |i: usize| {
        a.data
            .get(i..i + 2)
            .map(|b| u16::from_ne_bytes([b[0], b[1]]))
            .unwrap_or(0)
    };
    (v(0), v(2))
}

/// frh_get_table: FRA_TABLE overrides the header's 8-bit table.
pub fn rule_table(frh: &FibRuleHdr, tb: &[Option<Attr>]) -> u32 {
    match tb[FRA_TABLE as usize] {
        Some(a) => a.u32().unwrap_or(0),
        None => frh.table as u32,
    }
}

impl RuleFilter {
    /// filter_nlmsg.
    pub fn accepts(&self, frh: &FibRuleHdr, tb: &[Option<Attr>]) -> bool {
        if self.family != 0 && frh.family != self.family {
            return false;
        }
        if let Some(p) = self.pref {
            if p != u32_of(tb[FRA_PRIORITY as usize].as_ref()) {
                return false;
            }
        }
        if self.not && frh.flags & FIB_RULE_INVERT == 0 {
            return false;
        }
        for (f, len, attr) in [
            (&self.src, frh.src_len, FRA_SRC),
            (&self.dst, frh.dst_len, FRA_DST),
        ] {
            if let Some(p) = f.as_ref().filter(|p| p.family != 0) {
                if p.family != frh.family || p.bitlen > len {
                    return false;
                }
                if addr_mismatch(f, tb[attr as usize].as_ref()) {
                    return false;
                }
            }
        }
        if let Some(t) = self.tos {
            if t != frh.tos as u32 {
                return false;
            }
        }
        if self.fwmark != 0 && self.fwmark != u32_of(tb[FRA_FWMARK as usize].as_ref()) {
            return false;
        }
        if self.fwmask != 0 && self.fwmask != u32_of(tb[FRA_FWMASK as usize].as_ref()) {
            return false;
        }
        if let Some(i) = &self.iif {
            match tb[FRA_IFNAME as usize] {
                Some(a) if a.str() == i => {}
                _ => return false,
            }
        }
        if let Some(o) = &self.oif {
            match tb[FRA_OIFNAME as usize] {
                Some(a) if a.str() == o => {}
                _ => return false,
            }
        }
        if self.l3mdev && tb[FRA_L3MDEV as usize].and_then(|a| a.u8()).unwrap_or(0) == 0 {
            return false;
        }
        if let Some(r) = self.uidrange {
            match tb[FRA_UID_RANGE as usize] {
                Some(a) if range_of(&a) == r => {}
                _ => return false,
            }
        }
        if self.ipproto != 0
            && self.ipproto != tb[FRA_IP_PROTO as usize].and_then(|a| a.u8()).unwrap_or(0)
        {
            return false;
        }
        for (want, attr) in [(self.sport, FRA_SPORT_RANGE), (self.dport, FRA_DPORT_RANGE)] {
            if want.0 != 0 {
                match tb[attr as usize] {
                    Some(a) if port_range_of(&a) == want => {}
                    _ => return false,
                }
            }
        }
        if self.tun_id != 0 {
            match tb[FRA_TUN_ID as usize].and_then(|a| a.u64()) {
                Some(v) if u64::from_be(v) == self.tun_id => {}
                _ => return false,
            }
        }
        let table = rule_table(frh, tb);
        if self.tb > 0 && self.tb != table {
            return false;
        }
        true
    }
}

/// The parts of a rule message, parsed in place.
pub struct RuleMsg<'a> {
    pub ty: u16,
    pub frh: FibRuleHdr,
    pub tb: Vec<Option<Attr<'a>>>,
}

/// The head of print_rule / flush_rule: only rule messages, with a whole header.
pub fn parse_rule<'a>(m: &Msg<'a>) -> Option<RuleMsg<'a>> {
    if m.ty != RTM_NEWRULE && m.ty != RTM_DELRULE {
        return None;
    }
    let frh = fib_rule_hdr(m.payload)?;
    let tb = table(m.payload.get(FRH_LEN..).unwrap_or(&[]), FRA_MAX);
    Some(RuleMsg { ty: m.ty, frh, tb })
}

/// What print_rule reads from the global options.
#[derive(Debug, Clone, Copy, Default)]
pub struct PrintOpts {
    pub details: u32,
}

/// rtnl_rtntype_n2a.
pub fn rtntype_name(id: u8) -> String {
    if crate::names::numeric() {
        return id.to_string();
    }
    let n = match id {
        0 => "none",
        1 => "unicast",
        2 => "local",
        3 => "broadcast",
        4 => "anycast",
        5 => "multicast",
        6 => "blackhole",
        7 => "unreachable",
        8 => "prohibit",
        9 => "throw",
        10 => "nat",
        11 => "xresolve",
        _ => return id.to_string(),
    };
    n.to_string()
}

pub fn print_rule<W: Write>(r: &RuleMsg, o: &PrintOpts, out: &mut Printer<W>) -> io::Result<()> {
    let frh = &r.frh;
    let tb = &r.tb;
    let host_len = af_bit_len(frh.family);
    out.open_object("")?;
    if r.ty == RTM_DELRULE {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    let prio = u32_of(tb[FRA_PRIORITY as usize].as_ref());
    out.uint(Ctx::Any, "priority", prio as u64, format_args!("{prio}:\t"))?;
    if frh.flags & FIB_RULE_INVERT != 0 {
        out.null(Ctx::Any, "not", format_args!("not "))?;
    }
    let color = family_color(frh.family);
    if let Some(src) = tb[FRA_SRC as usize] {
        let s = addr_n2a(frh.family, src.data);
        out.fp(format_args!("from "))?;
        out.string_c(Ctx::Any, color, "src", &s, format_args!("{s}"))?;
        if frh.src_len != host_len {
            let l = frh.src_len;
            out.uint(Ctx::Any, "srclen", l as u64, format_args!("/{l}"))?;
        }
    } else if frh.src_len != 0 {
        out.string(Ctx::Any, "src", "0", format_args!("from 0"))?;
        let l = frh.src_len;
        out.uint(Ctx::Any, "srclen", l as u64, format_args!("/{l}"))?;
    } else {
        out.string(Ctx::Any, "src", "all", format_args!("from all"))?;
    }
    if let Some(dst) = tb[FRA_DST as usize] {
        let s = addr_n2a(frh.family, dst.data);
        out.fp(format_args!(" to "))?;
        out.string_c(Ctx::Any, color, "dst", &s, format_args!("{s}"))?;
        if frh.dst_len != host_len {
            let l = frh.dst_len;
            out.uint(Ctx::Any, "dstlen", l as u64, format_args!("/{l}"))?;
        }
    } else if frh.dst_len != 0 {
        out.string(Ctx::Any, "dst", "0", format_args!(" to 0"))?;
        let l = frh.dst_len;
        out.uint(Ctx::Any, "dstlen", l as u64, format_args!("/{l}"))?;
    }
    if frh.tos != 0 {
        let s = crate::names::dsfield_name(frh.tos as u32);
        out.string(Ctx::Any, "tos", &s, format_args!(" tos {s}"))?;
    }
    let (fwmark, fwmask) = (tb[FRA_FWMARK as usize], tb[FRA_FWMASK as usize]);
    if fwmark.is_some() || fwmask.is_some() {
        let mark = u32_of(fwmark.as_ref()) as u64;
        out.xhex(
            Ctx::Any,
            "fwmark",
            mark,
            format_args!(" fwmark {}", c_hex(mark)),
        )?;
        if let Some(m) = fwmask.and_then(|a| a.u32()).filter(|m| *m != u32::MAX) {
            let m = m as u64;
            out.xhex(Ctx::Any, "fwmask", m, format_args!("/{}", c_hex(m)))?;
        }
    }
    for (attr, key, det_key, det_flag) in [
        (FRA_IFNAME, "iif", "iif_detached", FIB_RULE_IIF_DETACHED),
        (FRA_OIFNAME, "oif", "oif_detached", FIB_RULE_OIF_DETACHED),
    ] {
        if let Some(a) = tb[attr as usize] {
            out.fp(format_args!(" {key} "))?;
            let n = a.str();
            out.string_c(Ctx::Any, Color::Ifname, key, n, format_args!("{n}"))?;
            if frh.flags & det_flag != 0 {
                out.null(Ctx::Any, det_key, format_args!(" [detached]"))?;
            }
        }
    }
    if let Some(a) = tb[FRA_L3MDEV as usize] {
        if a.u8().unwrap_or(0) != 0 {
            out.null(Ctx::Any, "l3mdev", format_args!(" lookup [l3mdev-table]"))?;
        }
    }
    if let Some(a) = tb[FRA_UID_RANGE as usize] {
        let (s, e) = range_of(&a);
        out.uint(
            Ctx::Any,
            "uid_start",
            s as u64,
            format_args!(" uidrange {s}"),
        )?;
        out.uint(Ctx::Any, "uid_end", e as u64, format_args!("-{e}"))?;
    }
    if let Some(a) = tb[FRA_IP_PROTO as usize] {
        let s = inet_proto_n2a(a.u8().unwrap_or(0));
        out.string(Ctx::Any, "ipproto", &s, format_args!(" ipproto {s}"))?;
    }
    for (attr, name) in [(FRA_SPORT_RANGE, "sport"), (FRA_DPORT_RANGE, "dport")] {
        if let Some(a) = tb[attr as usize] {
            let (s, e) = port_range_of(&a);
            if s == e {
                out.uint(Ctx::Any, name, s as u64, format_args!(" {name} {s}"))?;
            } else {
                let (ks, ke) = (format!("{name}_start"), format!("{name}_end"));
                out.uint(Ctx::Any, &ks, s as u64, format_args!(" {name} {s}"))?;
                out.uint(Ctx::Any, &ke, e as u64, format_args!("-{e}"))?;
            }
        }
    }
    if let Some(a) = tb[FRA_TUN_ID as usize] {
        let v = u64::from_be(a.u64().unwrap_or(0));
        out.uint(Ctx::Any, "tun_id", v, format_args!(" tun_id {v}"))?;
    }
    let table = rule_table(frh, tb);
    if table != 0 {
        let s = crate::names::table_name(table);
        out.string(Ctx::Any, "table", &s, format_args!(" lookup {s}"))?;
        if let Some(a) = tb[FRA_SUPPRESS_PREFIXLEN as usize] {
            let pl = a.u32().unwrap_or(0) as i32;
            if pl != -1 {
                out.int(
                    Ctx::Any,
                    "suppress_prefixlen",
                    pl as i64,
                    format_args!(" suppress_prefixlength {pl}"),
                )?;
            }
        }
        if let Some(a) = tb[FRA_SUPPRESS_IFGROUP as usize] {
            let g = a.u32().unwrap_or(0);
            if g as i32 != -1 {
                let s = crate::names::group_name(g);
                out.string(
                    Ctx::Any,
                    "suppress_ifgroup",
                    &s,
                    format_args!(" suppress_ifgroup {s}"),
                )?;
            }
        }
    }
    if let Some(a) = tb[FRA_FLOW as usize] {
        let v = a.u32().unwrap_or(0);
        let (from, to) = (v >> 16, v & 0xffff);
        if from != 0 {
            let s = crate::names::realm_name(from);
            out.string(Ctx::Any, "flow_from", &s, format_args!(" realms {s}/"))?;
        } else {
            out.fp(format_args!(" realms "))?;
        }
        let s = crate::names::realm_name(to);
        out.string(Ctx::Any, "flow_to", &s, format_args!("{s}"))?;
    }
    if frh.action == RTN_NAT {
        if let Some(g) = tb[RTA_GATEWAY as usize] {
            let s = format_host(frh.family, g.data);
            out.string(Ctx::Any, "nat_gateway", &s, format_args!(" map-to {s}"))?;
        } else {
            out.null(Ctx::Any, "masquerade", format_args!(" masquerade"))?;
        }
    } else if frh.action == FR_ACT_GOTO {
        if let Some(g) = tb[FRA_GOTO as usize] {
            let v = g.u32().unwrap_or(0);
            out.uint(Ctx::Any, "goto", v as u64, format_args!(" goto {v}"))?;
        } else {
            out.string(Ctx::Any, "goto", "none", format_args!(" goto none"))?;
        }
        if frh.flags & FIB_RULE_UNRESOLVED != 0 {
            out.null(Ctx::Any, "unresolved", format_args!(" [unresolved]"))?;
        }
    } else if frh.action == FR_ACT_NOP {
        out.null(Ctx::Any, "nop", format_args!(" nop"))?;
    } else if frh.action != FR_ACT_TO_TBL {
        let s = rtntype_name(frh.action);
        out.string(Ctx::Any, "action", &s, format_args!(" {s}"))?;
    }
    if let Some(a) = tb[FRA_PROTOCOL as usize] {
        let p = a.u8().unwrap_or(0);
        if (p != 0 && p != RTPROT_KERNEL) || o.details > 0 {
            let s = crate::names::proto_name(p as u32);
            out.string(Ctx::Any, "protocol", &s, format_args!(" proto {s}"))?;
        }
    }
    out.fp(format_args!("\n"))?;
    out.close_object()
}

/// printf("%#llx"): 0 prints as "0".
fn c_hex(v: u64) -> String {
    if v == 0 {
        "0".into()
    } else {
        format!("{v:#x}")
    }
}
