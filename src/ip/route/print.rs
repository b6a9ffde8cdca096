//! print_route (ip/iproute.c): one route message, in place, in every output mode.
use super::filter::Filter;
use super::metrics::print_rta_metrics;
use super::rtm::*;
use crate::cli::parse::{family_name, AF_INET, AF_INET6, AF_MPLS};
use crate::netlink::attr::Attr;
use crate::netlink::{RTM_DELROUTE, RTM_NEWROUTE};
use crate::output::printer::{Color, Ctx, Printer};
use std::io::{self, Write};

/// The globals print_route reads.
#[derive(Debug, Clone, Copy, Default)]
pub struct Opts {
    pub details: u32,
    pub stats: u32,
    pub family: u8,
}

/// What print_route returned: printed/skipped, or a message it refused (-1).
pub enum Printed {
    Ok,
    Refused(String),
}

/// print_route: `f` is the active filter (its masks hide columns the selector fixed).
pub fn print_route<W: Write>(
    out: &mut Printer<W>,
    msg_type: u16,
    payload: &[u8],
    f: &Filter,
    o: &Opts,
) -> io::Result<Printed> {
    if msg_type != RTM_NEWROUTE && msg_type != RTM_DELROUTE {
        return Ok(Printed::Refused(format!(
            "Not a route: {:08x} {:08x} {:08x}\n",
            payload.len() + 16,
            msg_type,
            0
        )));
    }
    if f.flush && msg_type != RTM_NEWROUTE {
        return Ok(Printed::Ok);
    }
    let Some(r) = RtMsg::parse(payload) else {
        return Ok(Printed::Refused(format!(
            "BUG: wrong nlmsg len {}\n",
            payload.len() as i64 - RTMSG_LEN as i64
        )));
    };
    let tb = parse_tb(payload.get(RTMSG_LEN..).unwrap_or(&[]));
    if !f.accepts(&r, &tb, o.family) {
        return Ok(Printed::Ok);
    }
    print_body(out, msg_type, &r, &tb, f, o)?;
    Ok(Printed::Ok)
}

fn at<'a>(tb: &Tb<'a>, ty: u16) -> Option<Attr<'a>> {
    tb[ty as usize]
}

/// `ADDR/LEN`, as print_route writes a prefix.
fn prefix_text(family: u8, data: &[u8], len: u8) -> String {
    let mut s = addr_n2a(family, data);
    s.push('/');
    crate::inet::push_dec(&mut s, u64::from(len));
    s
}

/// The printing half of print_route, after the filter accepted the message.
pub fn print_body<W: Write>(
    out: &mut Printer<W>,
    msg_type: u16,
    r: &RtMsg,
    tb: &Tb,
    f: &Filter,
    o: &Opts,
) -> io::Result<()> {
    let host_len = host_len(r.family);
    let table = rtm_get_table(r, tb);
    out.open_object("")?;
    if msg_type == RTM_DELROUTE {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    if (r.rtype != RTN_UNICAST || o.details > 0)
        && (f.typemask == 0 || f.typemask & super::filter::type_bit(r.rtype) != 0)
    {
        let t = rtntype_n2a(r.rtype);
        out.string(Ctx::Any, "type", &t, format_args!("{t} "))?;
    }

    let mut color = Color::None;
    let dst = if let Some(a) = at(tb, RTA_DST) {
        let family = get_real_family(r.rtype, r.family);
        color = family_color(family);
        if r.dst_len as u32 != host_len {
            prefix_text(family, a.data, r.dst_len)
        } else {
            format_host(family, a.data)
        }
    } else if r.dst_len != 0 {
        format!("0/{} ", r.dst_len)
    } else {
        "default".to_string()
    };
    out.string_in(Ctx::Any, color, "dst", &dst, "", " ")?;

    if let Some(a) = at(tb, RTA_SRC) {
        let family = get_real_family(r.rtype, r.family);
        let color = family_color(family);
        let s = if r.src_len as u32 != host_len {
            prefix_text(family, a.data, r.src_len)
        } else {
            format_host(family, a.data)
        };
        out.string_c(Ctx::Any, color, "from", &s, format_args!("from {s} "))?;
    } else if r.src_len != 0 {
        let s = format!("0/{}", r.src_len);
        out.string(Ctx::Any, "src", &s, format_args!("from {s} "))?;
    }

    if let Some(id) = at(tb, RTA_NH_ID).and_then(|a| a.u32()) {
        out.uint(Ctx::Any, "nhid", id as u64, format_args!("nhid {id} "))?;
    }
    if let Some(a) = at(tb, RTA_NEWDST) {
        print_rta_newdst(out, r.family, a)?;
    }
    if let Some(a) = at(tb, RTA_ENCAP) {
        super::lwt::print_encap(out, at(tb, RTA_ENCAP_TYPE), a, o.stats)?;
    }
    if r.tos != 0 && f.tosmask != u32::MAX {
        let t = crate::names::dsfield_name(r.tos as u32);
        out.string(Ctx::Any, "tos", &t, format_args!("tos {t} "))?;
    }
    if let Some(a) = at(tb, RTA_GATEWAY) {
        if f.rvia.bitlen != host_len as i32 {
            print_rta_gateway(out, r.family, a)?;
        }
    }
    if let Some(a) = at(tb, RTA_VIA) {
        print_rta_via(out, a)?;
    }
    if let Some(oif) = at(tb, RTA_OIF).and_then(|a| a.u32()) {
        if f.oifmask != u32::MAX {
            print_rta_ifidx(out, oif, "dev")?;
        }
    }
    if table != 0 && (table != RT_TABLE_MAIN || o.details > 0) && f.tb == 0 {
        let t = crate::names::table_name(table);
        out.string_in(Ctx::Any, Color::None, "table", &t, "table ", " ")?;
    }
    if r.flags & RTM_F_CLONED == 0 {
        if (r.protocol != RTPROT_BOOT || o.details > 0) && f.protocolmask != u32::MAX {
            let p = crate::names::proto_name(r.protocol as u32);
            out.string_in(Ctx::Any, Color::None, "protocol", &p, "proto ", " ")?;
        }
        if (r.scope != RT_SCOPE_UNIVERSE || o.details > 0) && f.scopemask != u32::MAX {
            let s = crate::names::scope_name(r.scope as u32);
            out.string_in(Ctx::Any, Color::None, "scope", &s, "scope ", " ")?;
        }
    }
    if let Some(a) = at(tb, RTA_PREFSRC) {
        if f.rprefsrc.bitlen != host_len as i32 {
            // Not format_host(): our own address, a name would not help (print_route).
            let s = addr_n2a(r.family, a.data);
            if out.is_json() {
                out.string(Ctx::Json, "prefsrc", &s, format_args!(""))?;
            } else {
                out.fp(format_args!("src "))?;
                out.string_in(Ctx::Fp, family_color(r.family), "", &s, "", " ")?;
            }
        }
    }
    if let Some(m) = at(tb, RTA_PRIORITY).and_then(|a| a.u32()) {
        if f.metricmask != u32::MAX {
            out.uint_in(Ctx::Any, "metric", m as u64, "metric ", " ")?;
        }
    }
    print_rt_flags(out, r.flags)?;
    if let Some(mark) = at(tb, RTA_MARK).and_then(|a| a.u32()) {
        if mark != 0 {
            if out.is_json() {
                out.uint(Ctx::Json, "mark", mark as u64, format_args!(""))?;
            } else if mark >= 16 {
                out.fp(format_args!("mark {mark:#x} "))?;
            } else {
                out.fp(format_args!("mark {mark} "))?;
            }
        }
    }
    if let Some(a) = at(tb, RTA_FLOW) {
        if f.realmmask != u32::MAX {
            print_rta_flow(out, a)?;
        }
    }
    if let Some(uid) = at(tb, RTA_UID).and_then(|a| a.u32()) {
        out.uint(Ctx::Any, "uid", uid as u64, format_args!("uid {uid} "))?;
    }
    if r.family == AF_INET {
        if r.flags & RTM_F_CLONED != 0 {
            print_cache_flags(out, r.flags)?;
        }
        if let Some(a) = at(tb, RTA_CACHEINFO) {
            print_rta_cacheinfo(out, a.data, o.stats)?;
        }
    } else if r.family == AF_INET6 {
        if let Some(a) = at(tb, RTA_CACHEINFO) {
            print_rta_cacheinfo(out, a.data, o.stats)?;
        }
    }
    if let Some(a) = at(tb, RTA_METRICS) {
        print_rta_metrics(out, a.data)?;
    }
    if let Some(iif) = at(tb, RTA_IIF).and_then(|a| a.u32()) {
        if f.iifmask != u32::MAX {
            print_rta_ifidx(out, iif, "iif")?;
        }
    }
    if let Some(p) = at(tb, RTA_PREF).and_then(|a| a.u8()) {
        print_rt_pref(out, p)?;
    }
    if let Some(p) = at(tb, RTA_TTL_PROPAGATE).and_then(|a| a.u8()) {
        let on = p != 0;
        if out.is_json() {
            out.bool(Ctx::Json, "ttl-propogate", on, format_args!(""))?;
        } else {
            let s = if on { "enabled" } else { "disabled" };
            out.fp(format_args!("ttl-propogate {s}"))?;
        }
    }
    if o.details > 0 {
        if let Some(id) = at(tb, RTA_NH_ID).and_then(|a| a.u32()) {
            super::nhinfo::print_nh_info(out, id, o.family, o.details)?;
        }
    }
    if let Some(a) = at(tb, RTA_MULTIPATH) {
        print_rta_multipath(out, r, a.data, o.stats)?;
    }
    out.fp(format_args!("\n"))?;
    out.close_object()
}

/// print_rta_ifidx: `dev NAME ` with the name coloured.
fn print_rta_ifidx<W: Write>(out: &mut Printer<W>, idx: u32, prefix: &str) -> io::Result<()> {
    let name = crate::ifmap::index_to_name(idx);
    if out.is_json() {
        out.string(Ctx::Json, prefix, &name, format_args!(""))
    } else {
        out.string_in(Ctx::Fp, Color::None, "", prefix, "", " ")?;
        out.string_in(Ctx::Fp, Color::Ifname, "", &name, "", " ")
    }
}

fn print_rta_newdst<W: Write>(out: &mut Printer<W>, family: u8, a: Attr) -> io::Result<()> {
    let s = format_host(family, a.data);
    if out.is_json() {
        out.string(Ctx::Json, "to", &s, format_args!(""))
    } else {
        out.fp(format_args!("as to "))?;
        out.string_c(Ctx::Fp, family_color(family), "", &s, format_args!("{s} "))
    }
}

/// print_rta_gateway.
pub fn print_rta_gateway<W: Write>(out: &mut Printer<W>, family: u8, a: Attr) -> io::Result<()> {
    let s = format_host(family, a.data);
    print_rta_gateway_str(out, family, &s)
}

/// __print_rta_gateway.
pub fn print_rta_gateway_str<W: Write>(
    out: &mut Printer<W>,
    family: u8,
    s: &str,
) -> io::Result<()> {
    if out.is_json() {
        out.string(Ctx::Json, "gateway", s, format_args!(""))
    } else {
        out.fp(format_args!("via "))?;
        out.string_in(Ctx::Fp, family_color(family), "", s, "", " ")
    }
}

/// print_rta_via: `via FAMILY ADDRESS ` (struct rtvia: a family, then the address).
fn print_rta_via<W: Write>(out: &mut Printer<W>, a: Attr) -> io::Result<()> {
    let fam = a.data.first().copied().unwrap_or(0);
    let addr = a.data.get(2..).unwrap_or(&[]);
    let host = format_host(fam, addr);
    let fname = family_name(fam);
    if out.is_json() {
        out.open_object("via")?;
        out.string(Ctx::Json, "family", fname, format_args!(""))?;
        out.string(Ctx::Json, "host", &host, format_args!(""))?;
        out.close_object()
    } else {
        out.fp(format_args!("via {fname} "))?;
        out.string_c(
            Ctx::Fp,
            family_color(fam),
            "",
            &host,
            format_args!("{host} "),
        )
    }
}

/// print_rta_flow: `realm TO ` or `realms FROM/TO `.
fn print_rta_flow<W: Write>(out: &mut Printer<W>, a: Attr) -> io::Result<()> {
    let v = a.u32().unwrap_or(0);
    let from = v >> 16;
    let to = v & 0xFFFF;
    let to_s = crate::names::realm_name(to);
    if out.is_json() {
        out.open_object("flow")?;
        if from != 0 {
            let s = crate::names::realm_name(from);
            out.string(Ctx::Json, "from", &s, format_args!(""))?;
        }
        out.string(Ctx::Json, "to", &to_s, format_args!(""))?;
        out.close_object()
    } else {
        out.fp(format_args!("realm{} ", if from != 0 { "s" } else { "" }))?;
        if from != 0 {
            let s = crate::names::realm_name(from);
            out.fp(format_args!("{s}/"))?;
        }
        out.fp(format_args!("{to_s} "))
    }
}

/// print_rt_flags: nexthop and route flags, a JSON array `flags`.
pub fn print_rt_flags<W: Write>(out: &mut Printer<W>, flags: u32) -> io::Result<()> {
    out.open_array(Ctx::Json, "flags", "")?;
    const NAMES: [(u32, &str); 11] = [
        (RTNH_F_DEAD, "dead"),
        (RTNH_F_ONLINK, "onlink"),
        (RTNH_F_PERVASIVE, "pervasive"),
        (RTNH_F_OFFLOAD, "offload"),
        (RTNH_F_TRAP, "trap"),
        (RTM_F_NOTIFY, "notify"),
        (RTNH_F_LINKDOWN, "linkdown"),
        (RTNH_F_UNRESOLVED, "unresolved"),
        (RTM_F_OFFLOAD, "rt_offload"),
        (RTM_F_TRAP, "rt_trap"),
        (RTM_F_OFFLOAD_FAILED, "rt_offload_failed"),
    ];
    for (bit, name) in NAMES {
        if flags & bit != 0 {
            out.string(Ctx::Any, "", name, format_args!("{name} "))?;
        }
    }
    out.close_array(Ctx::Json, "")
}

fn print_rt_pref<W: Write>(out: &mut Printer<W>, pref: u8) -> io::Result<()> {
    let name = match pref {
        3 => "low",
        0 => "medium",
        1 => "high",
        _ => return out.uint(Ctx::Any, "pref", pref as u64, format_args!("{pref}")),
    };
    out.string(Ctx::Any, "pref", name, format_args!("pref {name}"))
}

/// print_cache_flags: the RTCF_* bits of a cached IPv4 route.
fn print_cache_flags<W: Write>(out: &mut Printer<W>, flags: u32) -> io::Result<()> {
    let mut flags = flags & !0xFFFF;
    let json = out.is_json();
    if json {
        out.open_array(Ctx::Json, "cache", "")?;
    } else {
        let sl = out.sl();
        out.fp(format_args!("{sl}    cache "))?;
        if flags == 0 {
            return Ok(());
        }
        out.fp(format_args!("<"))?;
    }
    const NAMES: [(u32, &str); 14] = [
        (0x8000_0000, "local"),
        (0x4000_0000, "reject"),
        (0x2000_0000, "mc"),
        (0x1000_0000, "brd"),
        (0x0800_0000, "dst-nat"),
        (0x0080_0000, "src-nat"),
        (0x0040_0000, "masq"),
        (0x0002_0000, "dst-direct"),
        (0x0400_0000, "src-direct"),
        (0x0004_0000, "redirected"),
        (0x0100_0000, "redirect"),
        (0x0020_0000, "fastroute"),
        (0x0001_0000, "notify"),
        (0x0008_0000, "proxy"),
    ];
    for (bit, name) in NAMES {
        if flags & bit != 0 {
            flags &= !bit;
            if json {
                out.string(Ctx::Json, "", name, format_args!(""))?;
            } else {
                let sep = if flags != 0 { "," } else { "> " };
                out.fp(format_args!("{name}{sep}"))?;
            }
        }
    }
    if flags != 0 {
        out.hex(Ctx::Any, "flags", flags as u64, format_args!("{flags:x}>"))?;
    }
    if json {
        out.close_array(Ctx::Json, "")?;
    }
    Ok(())
}

/// print_rta_cacheinfo: struct rta_cacheinfo; times are in USER_HZ (100 here).
fn print_rta_cacheinfo<W: Write>(out: &mut Printer<W>, d: &[u8], stats: u32) -> io::Result<()> {
    let mut w = [0u32; 8];
    for (i, x) in w.iter_mut().enumerate() {
        if let Some(b) = d.get(i * 4..i * 4 + 4) {
            *x = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
        }
    }
    let [clntref, lastuse, expires, error, used, id, ts, tsage] = w;
    // SAFETY: sysconf has no memory-safety preconditions.
    let hz = (unsafe { libc::sysconf(libc::_SC_CLK_TCK) }).max(1) as i64;
    let expires = expires as i32;
    if expires != 0 {
        let v = (expires as i64 / hz) as i32;
        out.int(
            Ctx::Any,
            "expires",
            v as i64,
            format_args!("expires {v}sec "),
        )?;
    }
    if error != 0 {
        out.uint(
            Ctx::Any,
            "error",
            error as u64,
            format_args!("error {error} "),
        )?;
    }
    if stats > 0 {
        if clntref != 0 {
            out.uint(
                Ctx::Any,
                "users",
                clntref as u64,
                format_args!("users {clntref} "),
            )?;
        }
        if used != 0 {
            out.uint(Ctx::Any, "used", used as u64, format_args!("used {used} "))?;
        }
        if lastuse != 0 {
            let v = (lastuse as i64 / hz) as u32;
            out.uint(Ctx::Any, "age", v as u64, format_args!("age {v}sec "))?;
        }
    }
    if id != 0 {
        out.xhex(
            Ctx::Any,
            "ipid",
            id as u64,
            format_args!("ipid 0x{id:04x} "),
        )?;
    }
    if ts != 0 || tsage != 0 {
        out.xhex(Ctx::Any, "ts", ts as u64, format_args!("ts 0x{ts:x}"))?;
        out.uint(
            Ctx::Any,
            "tsage",
            tsage as u64,
            format_args!("tsage {tsage}sec "),
        )?;
    }
    Ok(())
}

/// print_rta_multipath: struct rtnexthop records, each with its own attributes.
fn print_rta_multipath<W: Write>(
    out: &mut Printer<W>,
    r: &RtMsg,
    data: &[u8],
    stats: u32,
) -> io::Result<()> {
    out.open_array(Ctx::Json, "nexthops", "")?;
    let mc = r.flags & RTM_F_CLONED != 0 && r.rtype == RTN_MULTICAST;
    let mut first = true;
    let mut rest = data;
    while rest.len() >= 8 {
        let len = u16::from_ne_bytes([rest[0], rest[1]]) as usize;
        if len > rest.len() {
            break;
        }
        let flags = rest[2];
        let hops = rest[3];
        let ifindex = u32::from_ne_bytes([rest[4], rest[5], rest[6], rest[7]]);
        out.open_object("")?;
        if mc {
            if first {
                out.fp(format_args!("Oifs: "))?;
                first = false;
            } else {
                out.fp(format_args!(" "))?;
            }
        } else {
            let sl = out.sl();
            out.fp(format_args!("{sl}\tnexthop "))?;
        }
        if len > 8 {
            let tb = parse_tb(rest.get(8..len).unwrap_or(&[]));
            if let Some(a) = at(&tb, RTA_ENCAP) {
                super::lwt::print_encap(out, at(&tb, RTA_ENCAP_TYPE), a, stats)?;
            }
            if let Some(a) = at(&tb, RTA_NEWDST) {
                print_rta_newdst(out, r.family, a)?;
            }
            if let Some(a) = at(&tb, RTA_GATEWAY) {
                print_rta_gateway(out, r.family, a)?;
            }
            if let Some(a) = at(&tb, RTA_VIA) {
                print_rta_via(out, a)?;
            }
            if let Some(a) = at(&tb, RTA_FLOW) {
                print_rta_flow(out, a)?;
            }
        }
        let dev = crate::ifmap::index_to_name(ifindex);
        if mc {
            out.string(Ctx::Any, "dev", &dev, format_args!("{dev}"))?;
            if hops != 1 {
                out.int(Ctx::Any, "ttl", hops as i64, format_args!("(ttl>{hops})"))?;
            }
            out.fp(format_args!(" "))?;
        } else {
            out.string(Ctx::Any, "dev", &dev, format_args!("dev {dev} "))?;
            if r.family != AF_MPLS {
                let w = hops as i32 + 1;
                out.int(Ctx::Any, "weight", w as i64, format_args!("weight {w} "))?;
            }
        }
        print_rt_flags(out, flags as u32)?;
        let adv = crate::netlink::attr::align(len).min(rest.len());
        if adv == 0 {
            out.close_object()?;
            break;
        }
        rest = &rest[adv..];
        out.close_object()?;
    }
    out.close_array(Ctx::Json, "")
}
