//! `type ip6tnl` (ip/link_ip6tnl.c): IPv4/IPv6-in-IPv6 tunnels. Like the IPv4 tunnels, a
//! `set` first reads the tunnel's current settings.
use super::iptnl::{add_encap, dev_index, encap_word, failed_get, Encap};
use super::opts::{explain_fail, get_addr, get_addr_rta, help_of, InetAddr};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u32, get_u8, invarg, AF_INET6};
use crate::error::Result;
use crate::ip::link_modify::req::LinkReq;
use crate::netlink::attr::table;

const IFLA_IPTUN_LINK: u16 = 1;
const IFLA_IPTUN_LOCAL: u16 = 2;
const IFLA_IPTUN_REMOTE: u16 = 3;
const IFLA_IPTUN_TTL: u16 = 4;
const IFLA_IPTUN_ENCAP_LIMIT: u16 = 6;
const IFLA_IPTUN_FLOWINFO: u16 = 7;
const IFLA_IPTUN_FLAGS: u16 = 8;
const IFLA_IPTUN_PROTO: u16 = 9;
const IFLA_IPTUN_ENCAP_TYPE: u16 = 15;
const IFLA_IPTUN_COLLECT_METADATA: u16 = 19;
const IFLA_IPTUN_FWMARK: u16 = 20;

pub const IGN_ENCAP_LIMIT: u32 = 0x1;
pub const USE_ORIG_TCLASS: u32 = 0x2;
pub const USE_ORIG_FLOWLABEL: u32 = 0x4;
pub const RCV_DSCP_COPY: u32 = 0x10;
pub const USE_ORIG_FWMARK: u32 = 0x20;
const ALLOW_LOCAL_REMOTE: u32 = 0x40;
/// IP6_FLOWINFO_TCLASS and _FLOWLABEL, in host order (flowinfo is kept host-order here
/// and written big-endian).
pub const TCLASS: u32 = 0x0FF0_0000;
pub const FLOWLABEL: u32 = 0x000F_FFFF;

/// The words ip6tnl and ip6gre share: tclass, flowlabel, dscp, encaplimit, fwmark.
/// Returns false when `w` is none of them.
pub fn v6_word(
    w: &str,
    args: &mut Args,
    flags: &mut u32,
    flowinfo: &mut u32,
    encap_limit: &mut u8,
    fwmark: &mut u32,
) -> Result<bool> {
    if w == "encaplimit" {
        let v = args.need()?;
        if v == "none" {
            *flags |= IGN_ENCAP_LIMIT;
        } else {
            // get_u8's failure is not checked: the value is whatever was on the stack.
            *encap_limit = get_u8(&v, 0).unwrap_or(0);
            *flags &= !IGN_ENCAP_LIMIT;
        }
    } else if matches!(w, "tos" | "tclass" | "tc") || matches(w, "dsfield") {
        let v = args.need()?;
        *flowinfo &= !TCLASS;
        if v == "inherit" {
            *flags |= USE_ORIG_TCLASS;
        } else {
            let t = get_u8(&v, 16).ok_or_else(|| invarg("invalid TClass", &v))?;
            *flowinfo |= ((t as u32) << 20) & TCLASS;
            *flags &= !USE_ORIG_TCLASS;
        }
    } else if w == "flowlabel" || w == "fl" {
        let v = args.need()?;
        *flowinfo &= !FLOWLABEL;
        if v == "inherit" {
            *flags |= USE_ORIG_FLOWLABEL;
        } else {
            let l = get_u32(&v, 16)
                .filter(|l| *l <= 0xFFFFF)
                .ok_or_else(|| invarg("invalid Flowlabel", &v))?;
            *flowinfo |= l & FLOWLABEL;
            *flags &= !USE_ORIG_FLOWLABEL;
        }
    } else if w == "dscp" {
        let v = args.need()?;
        if v != "inherit" {
            return Err(invarg("not inherit", &v));
        }
        *flags |= RCV_DSCP_COPY;
    } else if w == "fwmark" {
        let v = args.need()?;
        if v == "inherit" {
            *flags |= USE_ORIG_FWMARK;
            *fwmark = 0;
        } else {
            *fwmark = get_u32(&v, 0).ok_or_else(|| invarg("invalid fwmark\n", &v))?;
            *flags &= !USE_ORIG_FWMARK;
        }
    } else {
        return Ok(false);
    }
    Ok(true)
}

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = super::iptnl::current(req)?;
    ip6tnl(args, req, cur.as_deref())
}

pub(super) fn ip6tnl(args: &mut Args, req: &mut LinkReq, cur: Option<&[u8]>) -> Result<()> {
    let mut saddr = InetAddr::default();
    let mut daddr = InetAddr::default();
    let mut hop_limit = 64u8;
    let mut encap_limit = 4u8;
    let mut flowinfo = 0u32;
    let mut flags = 0u32;
    let mut proto = 0u8;
    let mut link = 0u32;
    let mut enc = Encap {
        ty: 0,
        flags: 2,
        sport: 0,
        dport: 0,
    };
    let mut metadata = false;
    let mut fwmark = 0u32;
    if let Some(data) = cur {
        let tb = table(data, 20);
        let get = |t: u16| tb.get(t as usize).copied().flatten();
        if let Some(a) = get(IFLA_IPTUN_LOCAL) {
            saddr = get_addr_rta(a.data, AF_INET6).ok_or_else(failed_get)?;
        }
        if let Some(a) = get(IFLA_IPTUN_REMOTE) {
            daddr = get_addr_rta(a.data, AF_INET6).ok_or_else(failed_get)?;
        }
        hop_limit = get(IFLA_IPTUN_TTL)
            .and_then(|a| a.u8())
            .unwrap_or(hop_limit);
        encap_limit = get(IFLA_IPTUN_ENCAP_LIMIT)
            .and_then(|a| a.u8())
            .unwrap_or(encap_limit);
        flowinfo = get(IFLA_IPTUN_FLOWINFO).and_then(|a| a.be32()).unwrap_or(0);
        flags = get(IFLA_IPTUN_FLAGS).and_then(|a| a.u32()).unwrap_or(0);
        link = get(IFLA_IPTUN_LINK).and_then(|a| a.u32()).unwrap_or(0);
        proto = get(IFLA_IPTUN_PROTO).and_then(|a| a.u8()).unwrap_or(0);
        metadata = get(IFLA_IPTUN_COLLECT_METADATA).is_some();
        fwmark = get(IFLA_IPTUN_FWMARK).and_then(|a| a.u32()).unwrap_or(0);
    }
    while let Some(w) = args.next() {
        let w = w.as_str();
        if w == "mode" {
            let v = args.need()?;
            proto = match v.as_str() {
                "ipv6/ipv6" | "ip6ip6" => 41,
                "ip/ipv6" | "ipv4/ipv6" | "ipip6" | "ip4ip6" => 4,
                "any/ipv6" | "any" => 0,
                _ => return Err(invarg("Cannot guess tunnel mode.", &v)),
            };
        } else if w == "remote" {
            let v = args.need()?;
            daddr = get_addr(&v, AF_INET6)?;
        } else if w == "local" {
            let v = args.need()?;
            saddr = get_addr(&v, AF_INET6)?;
        } else if matches(w, "dev") {
            link = dev_index(args)?;
        } else if matches!(w, "ttl" | "hoplimit" | "hlim") {
            let v = args.need()?;
            hop_limit = if v == "inherit" {
                0
            } else {
                get_u8(&v, 0).ok_or_else(|| invarg("invalid HLIM\n", &v))?
            };
        } else if v6_word(
            w,
            args,
            &mut flags,
            &mut flowinfo,
            &mut encap_limit,
            &mut fwmark,
        )? {
        } else if w == "allow-localremote" {
            flags |= ALLOW_LOCAL_REMOTE;
        } else if w == "noallow-localremote" {
            flags &= !ALLOW_LOCAL_REMOTE;
        } else if encap_word(w, args, &mut enc)? {
        } else if w == "external" {
            metadata = true;
        } else {
            return Err(explain_fail("", help_of("ip6tnl")));
        }
    }
    let a = &mut req.attrs;
    a.add_u8(IFLA_IPTUN_PROTO, proto);
    if metadata {
        a.add(IFLA_IPTUN_COLLECT_METADATA, &[]);
        return Ok(());
    }
    if saddr.is_not_unspec() {
        a.add(IFLA_IPTUN_LOCAL, &saddr.bytes);
    }
    if daddr.is_not_unspec() {
        a.add(IFLA_IPTUN_REMOTE, &daddr.bytes);
    }
    a.add_u8(IFLA_IPTUN_TTL, hop_limit);
    a.add_u8(IFLA_IPTUN_ENCAP_LIMIT, encap_limit);
    a.add(IFLA_IPTUN_FLOWINFO, &flowinfo.to_be_bytes());
    a.add_u32(IFLA_IPTUN_FLAGS, flags);
    a.add_u32(IFLA_IPTUN_LINK, link);
    a.add_u32(IFLA_IPTUN_FWMARK, fwmark);
    add_encap(a, &enc, IFLA_IPTUN_ENCAP_TYPE);
    Ok(())
}

pub fn parse_ip6gre(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = super::iptnl::current(req)?;
    gre6(args, req, "ip6gre", cur.as_deref())
}
pub fn parse_ip6gretap(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = super::iptnl::current(req)?;
    gre6(args, req, "ip6gretap", cur.as_deref())
}
pub fn parse_ip6erspan(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = super::iptnl::current(req)?;
    gre6(args, req, "ip6erspan", cur.as_deref())
}

const GRE_CSUM: u16 = 0x8000;
const GRE_KEY: u16 = 0x2000;
const GRE_SEQ: u16 = 0x1000;

/// `type ip6gre|ip6gretap|ip6erspan` (ip/link_gre6.c). Unlike link_gre.c, the erspan
/// words are accepted for every kind and ERSPAN_VER is always sent.
pub(super) fn gre6(args: &mut Args, req: &mut LinkReq, id: &str, cur: Option<&[u8]>) -> Result<()> {
    use super::iptnl::parse_key;
    let mut iflags = 0u16;
    let mut oflags = 0u16;
    let mut ikey = [0u8; 4];
    let mut okey = [0u8; 4];
    let mut saddr = InetAddr::default();
    let mut daddr = InetAddr::default();
    let mut hop_limit = 64u8;
    let mut encap_limit = 4u8;
    let mut flowinfo = 0u32;
    let mut flags = 0u32;
    let mut link = 0u32;
    let mut enc = Encap {
        ty: 0,
        flags: 2,
        sport: 0,
        dport: 0,
    };
    let mut metadata = false;
    let mut fwmark = 0u32;
    let mut erspan_idx = 0u32;
    let mut erspan_ver = 1u8;
    let mut erspan_dir = 0u8;
    let mut erspan_hwid = 0u16;
    if let Some(data) = cur {
        let tb = table(data, 24);
        let get = |t: u16| tb.get(t as usize).copied().flatten();
        if let Some(a) = get(6) {
            saddr = get_addr_rta(a.data, AF_INET6).ok_or_else(failed_get)?;
        }
        if let Some(a) = get(7) {
            daddr = get_addr_rta(a.data, AF_INET6).ok_or_else(failed_get)?;
        }
        let raw4 = |t: u16| {
            get(t)
                .and_then(|a| a.data.get(..4))
                .map(|b| [b[0], b[1], b[2], b[3]])
        };
        ikey = raw4(4).unwrap_or(ikey);
        okey = raw4(5).unwrap_or(okey);
        iflags = get(2).and_then(|a| a.be16()).unwrap_or(0);
        oflags = get(3).and_then(|a| a.be16()).unwrap_or(0);
        hop_limit = get(8).and_then(|a| a.u8()).unwrap_or(hop_limit);
        link = get(1).and_then(|a| a.u32()).unwrap_or(0);
        encap_limit = get(11).and_then(|a| a.u8()).unwrap_or(encap_limit);
        flowinfo = get(12).and_then(|a| a.be32()).unwrap_or(0);
        flags = get(13).and_then(|a| a.u32()).unwrap_or(0);
        let u16_of = |t: u16| get(t).and_then(|a| a.u16());
        enc.ty = u16_of(14).unwrap_or(0);
        enc.flags = u16_of(15).unwrap_or(2);
        enc.sport = u16_of(16).unwrap_or(0);
        enc.dport = u16_of(17).unwrap_or(0);
        metadata = get(18).is_some();
        fwmark = get(20).and_then(|a| a.u32()).unwrap_or(0);
        erspan_idx = get(21).and_then(|a| a.u32()).unwrap_or(0);
        erspan_ver = get(22).and_then(|a| a.u8()).unwrap_or(1);
        erspan_dir = get(23).and_then(|a| a.u8()).unwrap_or(0);
        erspan_hwid = get(24).and_then(|a| a.u16()).unwrap_or(0);
    }
    while let Some(w) = args.next() {
        let w = w.as_str();
        let m = |k: &str| matches(w, k);
        if m("key") {
            let v = args.need()?;
            iflags |= GRE_KEY;
            oflags |= GRE_KEY;
            ikey = parse_key("key", &v)?;
            okey = ikey;
        } else if m("nokey") {
            iflags &= !GRE_KEY;
            oflags &= !GRE_KEY;
            ikey = [0; 4];
            okey = [0; 4];
        } else if m("ikey") {
            let v = args.need()?;
            iflags |= GRE_KEY;
            ikey = parse_key("ikey", &v)?;
        } else if m("noikey") {
            iflags &= !GRE_KEY;
            ikey = [0; 4];
        } else if m("okey") {
            let v = args.need()?;
            oflags |= GRE_KEY;
            okey = parse_key("okey", &v)?;
        } else if m("nookey") {
            oflags &= !GRE_KEY;
            okey = [0; 4];
        } else if m("seq") {
            iflags |= GRE_SEQ;
            oflags |= GRE_SEQ;
        } else if m("noseq") {
            iflags &= !GRE_SEQ;
            oflags &= !GRE_SEQ;
        } else if m("iseq") {
            iflags |= GRE_SEQ;
        } else if m("noiseq") {
            iflags &= !GRE_SEQ;
        } else if m("oseq") {
            oflags |= GRE_SEQ;
        } else if m("nooseq") {
            oflags &= !GRE_SEQ;
        } else if m("csum") {
            iflags |= GRE_CSUM;
            oflags |= GRE_CSUM;
        } else if m("nocsum") {
            iflags &= !GRE_CSUM;
            oflags &= !GRE_CSUM;
        } else if m("icsum") {
            iflags |= GRE_CSUM;
        } else if m("noicsum") {
            iflags &= !GRE_CSUM;
        } else if m("ocsum") {
            oflags |= GRE_CSUM;
        } else if m("noocsum") {
            oflags &= !GRE_CSUM;
        } else if m("remote") {
            let v = args.need()?;
            daddr = get_addr(&v, AF_INET6)?;
        } else if m("local") {
            let v = args.need()?;
            saddr = get_addr(&v, AF_INET6)?;
        } else if m("dev") {
            link = dev_index(args)?;
        } else if m("ttl") || m("hoplimit") || m("hlim") {
            let v = args.need()?;
            hop_limit = if v == "inherit" {
                0
            } else {
                get_u8(&v, 0).ok_or_else(|| invarg("invalid HLIM\n", &v))?
            };
        } else if m("tos") || m("tclass") || m("dsfield") {
            // The same parse as ip6tnl's "tclass".
            v6_word(
                "tclass",
                args,
                &mut flags,
                &mut flowinfo,
                &mut encap_limit,
                &mut fwmark,
            )?;
        } else if matches!(w, "flowlabel" | "fl" | "dscp") {
            v6_word(
                w,
                args,
                &mut flags,
                &mut flowinfo,
                &mut encap_limit,
                &mut fwmark,
            )?;
        } else if encap_word(w, args, &mut enc)? {
        } else if w == "external" {
            metadata = true;
        } else if w == "fwmark" {
            v6_word(
                w,
                args,
                &mut flags,
                &mut flowinfo,
                &mut encap_limit,
                &mut fwmark,
            )?;
        } else if w == "allow-localremote" {
            flags |= ALLOW_LOCAL_REMOTE;
        } else if w == "noallow-localremote" {
            flags &= !ALLOW_LOCAL_REMOTE;
        } else if w == "encaplimit" {
            let v = args.need()?;
            if v == "none" {
                flags |= IGN_ENCAP_LIMIT;
            } else {
                encap_limit = get_u8(&v, 0).ok_or_else(|| invarg("invalid ELIM", &v))?;
                flags &= !IGN_ENCAP_LIMIT;
            }
        } else if w == "erspan" {
            let v = args.need()?;
            erspan_idx = get_u32(&v, 0).ok_or_else(|| invarg("invalid erspan index\n", &v))?;
            if erspan_idx & !((1 << 20) - 1) != 0 || erspan_idx == 0 {
                return Err(invarg("erspan index must be > 0 and <= 20-bit\n", &v));
            }
        } else if w == "erspan_ver" {
            let v = args.need()?;
            erspan_ver = get_u8(&v, 0).ok_or_else(|| invarg("invalid erspan version\n", &v))?;
            if erspan_ver > 2 {
                return Err(invarg("erspan version must be 0/1/2\n", &v));
            }
        } else if w == "erspan_dir" {
            let v = args.need()?;
            erspan_dir = if matches(&v, "ingress") {
                0
            } else if matches(&v, "egress") {
                1
            } else {
                return Err(invarg("Invalid erspan direction.", &v));
            };
        } else if w == "erspan_hwid" {
            let v = args.need()?;
            erspan_hwid = crate::cli::parse::get_u16(&v, 0)
                .ok_or_else(|| invarg("invalid erspan hwid\n", &v))?;
        } else {
            return Err(explain_fail("", help_of(id)));
        }
    }
    let a = &mut req.attrs;
    if metadata {
        a.add(18, &[]);
        return Ok(());
    }
    a.add(4, &ikey);
    a.add(5, &okey);
    a.add(2, &iflags.to_be_bytes());
    a.add(3, &oflags.to_be_bytes());
    if saddr.is_not_unspec() {
        a.add(6, &saddr.bytes);
    }
    if daddr.is_not_unspec() {
        a.add(7, &daddr.bytes);
    }
    if link != 0 {
        a.add_u32(1, link);
    }
    a.add_u8(8, hop_limit);
    a.add_u8(11, encap_limit);
    a.add(12, &flowinfo.to_be_bytes());
    a.add_u32(13, flags);
    a.add_u32(20, fwmark);
    if erspan_ver <= 2 {
        a.add_u8(22, erspan_ver);
        if erspan_ver == 1 && erspan_idx != 0 {
            a.add_u32(21, erspan_idx);
        } else if erspan_ver == 2 {
            a.add_u8(23, erspan_dir);
            a.add_u16(24, erspan_hwid);
        }
    }
    add_encap(a, &enc, 14);
    Ok(())
}
