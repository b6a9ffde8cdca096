//! `type ipip|sit` (ip/link_iptnl.c) and `type vti|vti6` (ip/link_vti*.c), and what the
//! IPv4 tunnel parsers share (gre.rs, ip6tnl.rs use it). On `set` they first read the tunnel's current settings (a GETLINK of the device) and send the
//! whole set again, as the reference does.
use super::opts::{explain_fail, get_addr, get_addr_rta, help_of, InetAddr};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u16, get_u32, get_u8, invarg, AF_INET, AF_INET6};
use crate::error::{Error, Result};
use crate::ip::link_modify::req::{ifinfomsg, LinkReq};
use crate::netlink::attr::{table, AttrBuf, AttrIter};
use crate::netlink::Session;

const IFLA_IPTUN_LINK: u16 = 1;
const IFLA_IPTUN_LOCAL: u16 = 2;
const IFLA_IPTUN_REMOTE: u16 = 3;
const IFLA_IPTUN_TTL: u16 = 4;
const IFLA_IPTUN_TOS: u16 = 5;
const IFLA_IPTUN_FLAGS: u16 = 8;
const IFLA_IPTUN_PROTO: u16 = 9;
const IFLA_IPTUN_PMTUDISC: u16 = 10;
const IFLA_IPTUN_6RD_PREFIX: u16 = 11;
const IFLA_IPTUN_6RD_RELAY_PREFIX: u16 = 12;
const IFLA_IPTUN_6RD_PREFIXLEN: u16 = 13;
const IFLA_IPTUN_6RD_RELAY_PREFIXLEN: u16 = 14;
const IFLA_IPTUN_ENCAP_TYPE: u16 = 15;
const IFLA_IPTUN_ENCAP_FLAGS: u16 = 16;
const IFLA_IPTUN_ENCAP_SPORT: u16 = 17;
const IFLA_IPTUN_ENCAP_DPORT: u16 = 18;
const IFLA_IPTUN_COLLECT_METADATA: u16 = 19;
const IFLA_IPTUN_FWMARK: u16 = 20;

pub fn parse_ipip(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = current(req)?;
    iptun(args, req, "ipip", cur.as_deref())
}
pub fn parse_sit(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = current(req)?;
    iptun(args, req, "sit", cur.as_deref())
}

/// The existing tunnel's IFLA_INFO_DATA when `req` changes a device (no NLM_F_CREATE).
pub(super) fn current(req: &LinkReq) -> Result<Option<Vec<u8>>> {
    if req.is_create() {
        return Ok(None);
    }
    existing_info(req).map(Some)
}

pub(super) fn failed_get() -> Error {
    Error::ret(1, "Failed to get existing tunnel info.")
}

/// The IFLA_INFO_DATA of the device being changed (the "existing tunnel info").
pub(super) fn existing_info(req: &LinkReq) -> Result<Vec<u8>> {
    let mut s = Session::open().map_err(|_| failed_get())?;
    let hdr = ifinfomsg(req.family, req.index, 0, 0);
    let answer = s
        .talk_answer(crate::netlink::RTM_GETLINK, 0, &hdr, |m| m.payload.to_vec())
        .map_err(|e| {
            let mut t = e.text;
            t.push_str("Failed to get existing tunnel info.\n");
            Error::raw(1, t, crate::error::Failure::Return)
        })?;
    let attrs = answer.get(16..).ok_or_else(failed_get)?;
    let li = AttrIter::new(attrs)
        .filter(|a| a.ty == 18)
        .last()
        .ok_or_else(failed_get)?;
    let data = li
        .nested()
        .filter(|a| a.ty == 2)
        .last()
        .ok_or_else(failed_get)?;
    Ok(data.data.to_vec())
}

/// tnl_parse_key (ip/tunnel.c): a dotted quad or a number; the wire (network order) bytes.
pub(super) fn parse_key(name: &str, key: &str) -> Result<[u8; 4]> {
    if key.contains('.') {
        return match crate::cli::parse::get_addr_1(key, AF_INET).and_then(|p| p.addr) {
            Some(std::net::IpAddr::V4(a)) => Ok(a.octets()),
            _ => Err(Error::exit(
                1,
                format!("Error: an IP address is expected rather than \"{key}\""),
            )),
        };
    }
    match get_u32(key, 0) {
        Some(v) => Ok(v.to_be_bytes()),
        None => Err(Error::exit(
            255,
            format!("invalid value for \"{name}\": \"{key}\"; it should be an unsigned integer"),
        )),
    }
}

/// Options both tunnel families share, checked with strcmp: encap, fwmark, external.
pub(super) struct Encap {
    pub(super) ty: u16,
    pub(super) flags: u16,
    pub(super) sport: u16,
    pub(super) dport: u16,
}

/// Returns true when `w` was an encap word.
pub(super) fn encap_word(w: &str, args: &mut Args, e: &mut Encap) -> Result<bool> {
    match w {
        "noencap" => e.ty = 0,
        "encap" => {
            let v = args.need()?;
            e.ty = match v.as_str() {
                "fou" => 1,
                "gue" => 2,
                "none" => 0,
                _ => return Err(invarg("Invalid encap type.", &v)),
            };
        }
        "encap-sport" => {
            let v = args.need()?;
            e.sport = if v == "auto" {
                0
            } else {
                get_u16(&v, 0).ok_or_else(|| invarg("Invalid source port.", &v))?
            };
        }
        "encap-dport" => {
            let v = args.need()?;
            e.dport = get_u16(&v, 0).ok_or_else(|| invarg("Invalid destination port.", &v))?;
        }
        "encap-csum" => e.flags |= 1,
        "noencap-csum" => e.flags &= !1,
        "encap-udp6-csum" => e.flags |= 2,
        "noencap-udp6-csum" => e.flags &= !2,
        "encap-remcsum" => e.flags |= 4,
        "noencap-remcsum" => e.flags &= !4,
        _ => return Ok(false),
    }
    Ok(true)
}

pub(super) fn tos_value(args: &mut Args) -> Result<u8> {
    let v = args.need()?;
    if v == "inherit" {
        return Ok(1);
    }
    crate::names::dsfield_id(&v)
        .map(|t| t as u8)
        .ok_or_else(|| invarg("bad TOS value", &v))
}

pub(super) fn ttl_value(args: &mut Args) -> Result<u8> {
    let v = args.need()?;
    if v == "inherit" {
        return Ok(0);
    }
    get_u8(&v, 0).ok_or_else(|| invarg("invalid TTL\n", &v))
}

pub(super) fn dev_index(args: &mut Args) -> Result<u32> {
    let v = args.need()?;
    let l = crate::ifmap::name_to_index(&v);
    if l == 0 {
        return Err(Error::exit(255, format!("Cannot find device \"{v}\"")));
    }
    Ok(l)
}

/// ENCAP_TYPE, ENCAP_FLAGS, ENCAP_SPORT, ENCAP_DPORT are consecutive in both families.
pub(super) fn add_encap(a: &mut AttrBuf, e: &Encap, first: u16) {
    a.add_u16(first, e.ty);
    a.add_u16(first + 1, e.flags);
    a.add(first + 2, &e.sport.to_be_bytes());
    a.add(first + 3, &e.dport.to_be_bytes());
}

pub(super) fn iptun(
    args: &mut Args,
    req: &mut LinkReq,
    id: &str,
    cur: Option<&[u8]>,
) -> Result<()> {
    let sit = id == "sit";
    let mut saddr = InetAddr::default();
    let mut daddr = InetAddr::default();
    // 6rd prefixes: (bytes, bitlen, is_inet)
    let mut p6: Option<(Vec<u8>, u16)> = None;
    let mut relay: Option<(Vec<u8>, u16)> = None;
    let mut pmtudisc = 1u8;
    let mut tos = 0u8;
    let mut iflags = 0u16;
    let mut ttl = 0u8;
    let mut proto = 0u8;
    let mut link = 0u32;
    let mut enc = Encap {
        ty: 0,
        flags: 0,
        sport: 0,
        dport: 0,
    };
    let mut metadata = false;
    let mut fwmark = 0u32;
    if let Some(data) = cur {
        let tb = table(data, 20);
        let get = |t: u16| tb.get(t as usize).copied().flatten();
        if let Some(a) = get(IFLA_IPTUN_LOCAL) {
            saddr = get_addr_rta(a.data, AF_INET).ok_or_else(failed_get)?;
        }
        if let Some(a) = get(IFLA_IPTUN_REMOTE) {
            daddr = get_addr_rta(a.data, AF_INET).ok_or_else(failed_get)?;
        }
        if let Some(a) = get(IFLA_IPTUN_6RD_PREFIX) {
            let x = get_addr_rta(a.data, AF_INET6).ok_or_else(failed_get)?;
            let len = get(IFLA_IPTUN_6RD_PREFIXLEN)
                .and_then(|a| a.u16())
                .unwrap_or(0);
            p6 = Some((x.bytes, len));
        }
        if let Some(a) = get(IFLA_IPTUN_6RD_RELAY_PREFIX) {
            let x = get_addr_rta(a.data, AF_INET).ok_or_else(failed_get)?;
            let len = get(IFLA_IPTUN_6RD_RELAY_PREFIXLEN)
                .and_then(|a| a.u16())
                .unwrap_or(0);
            relay = Some((x.bytes, len));
        }
        let u8_of = |t: u16| get(t).and_then(|a| a.u8());
        ttl = u8_of(IFLA_IPTUN_TTL).unwrap_or(0);
        pmtudisc = u8_of(IFLA_IPTUN_PMTUDISC).unwrap_or(1);
        tos = u8_of(IFLA_IPTUN_TOS).unwrap_or(0);
        iflags = get(IFLA_IPTUN_FLAGS).and_then(|a| a.u16()).unwrap_or(0);
        link = get(IFLA_IPTUN_LINK).and_then(|a| a.u32()).unwrap_or(0);
        proto = u8_of(IFLA_IPTUN_PROTO).unwrap_or(0);
        let u16_of = |t: u16| get(t).and_then(|a| a.u16());
        enc.ty = u16_of(IFLA_IPTUN_ENCAP_TYPE).unwrap_or(0);
        enc.flags = u16_of(IFLA_IPTUN_ENCAP_FLAGS).unwrap_or(0);
        enc.sport = u16_of(IFLA_IPTUN_ENCAP_SPORT).unwrap_or(0);
        enc.dport = u16_of(IFLA_IPTUN_ENCAP_DPORT).unwrap_or(0);
        metadata = get(IFLA_IPTUN_COLLECT_METADATA).is_some();
        fwmark = get(IFLA_IPTUN_FWMARK).and_then(|a| a.u32()).unwrap_or(0);
    }
    while let Some(w) = args.next() {
        let w = w.as_str();
        if w == "mode" {
            let v = args.need()?;
            let v = v.as_str();
            proto = if sit && (v == "ipv6/ipv4" || v == "ip6ip") {
                41
            } else if matches!(v, "ipv4/ipv4" | "ipip" | "ip4ip4") {
                4
            } else if matches!(v, "mpls/ipv4" | "mplsip") {
                137
            } else if matches!(v, "any/ipv4" | "any") {
                0
            } else {
                return Err(invarg("Cannot guess tunnel mode.", v));
            };
        } else if w == "remote" {
            let v = args.need()?;
            daddr = get_addr(&v, AF_INET)?;
        } else if w == "local" {
            let v = args.need()?;
            saddr = get_addr(&v, AF_INET)?;
        } else if matches(w, "dev") {
            link = dev_index(args)?;
        } else if matches!(w, "ttl" | "hoplimit" | "hlim") {
            ttl = ttl_value(args)?;
        } else if matches!(w, "tos" | "tclass" | "tc") || matches(w, "dsfield") {
            tos = tos_value(args)?;
        } else if w == "nopmtudisc" {
            pmtudisc = 0;
        } else if w == "pmtudisc" {
            pmtudisc = 1;
        } else if sit && w == "isatap" {
            iflags |= 1;
        } else if encap_word(w, args, &mut enc)? {
        } else if w == "external" {
            metadata = true;
        } else if w == "6rd-prefix" {
            let v = args.need()?;
            let p = crate::cli::parse::get_prefix(&v, AF_INET6)?;
            p6 = Some((p.bytes(), p.bitlen as u16));
        } else if w == "6rd-relay_prefix" {
            let v = args.need()?;
            let p = crate::cli::parse::get_prefix(&v, AF_INET)?;
            relay = Some((p.bytes(), p.bitlen as u16));
        } else if w == "6rd-reset" {
            // iproute2 6.1 hands get_prefix() a string literal, which it writes into:
            // the process dies of SIGSEGV.
            // SAFETY: resetting a signal to its default action and raising it.
            unsafe {
                libc::signal(libc::SIGSEGV, libc::SIG_DFL);
                libc::raise(libc::SIGSEGV);
            }
            p6 = Some((
                vec![0x20, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                16,
            ));
            relay = None;
        } else if w == "fwmark" {
            let v = args.need()?;
            fwmark = get_u32(&v, 0).ok_or_else(|| invarg("invalid fwmark\n", &v))?;
        } else {
            return Err(explain_fail("", help_of(id)));
        }
    }
    if ttl != 0 && pmtudisc == 0 {
        return Err(Error::exit(255, "ttl != 0 and nopmtudisc are incompatible"));
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
    a.add_u8(IFLA_IPTUN_PMTUDISC, pmtudisc);
    a.add_u8(IFLA_IPTUN_TOS, tos);
    a.add_u8(IFLA_IPTUN_TTL, ttl);
    a.add_u32(IFLA_IPTUN_LINK, link);
    a.add_u32(IFLA_IPTUN_FWMARK, fwmark);
    add_encap(a, &enc, IFLA_IPTUN_ENCAP_TYPE);
    if sit {
        a.add_u16(IFLA_IPTUN_FLAGS, iflags);
        if let Some((b, len)) = p6 {
            a.add(IFLA_IPTUN_6RD_PREFIX, &b);
            a.add_u16(IFLA_IPTUN_6RD_PREFIXLEN, len);
        }
        if let Some((b, len)) = relay {
            let mut w = [0u8; 4];
            for (s, x) in w.iter_mut().zip(b.iter()) {
                *s = *x;
            }
            a.add(IFLA_IPTUN_6RD_RELAY_PREFIX, &w);
            a.add_u16(IFLA_IPTUN_6RD_RELAY_PREFIXLEN, len);
        }
    }
    Ok(())
}

pub fn parse_vti(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = current(req)?;
    vti(args, req, "vti", AF_INET, cur.as_deref())
}
pub fn parse_vti6(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = current(req)?;
    vti(args, req, "vti6", AF_INET6, cur.as_deref())
}

/// `type vti|vti6` (ip/link_vti.c, link_vti6.c): the same code for either family.
pub(super) fn vti(
    args: &mut Args,
    req: &mut LinkReq,
    id: &str,
    family: u8,
    cur: Option<&[u8]>,
) -> Result<()> {
    let mut ikey = [0u8; 4];
    let mut okey = [0u8; 4];
    let mut saddr = InetAddr::default();
    let mut daddr = InetAddr::default();
    let mut link = 0u32;
    let mut fwmark = 0u32;
    if let Some(data) = cur {
        let tb = table(data, 6);
        let get = |t: u16| tb.get(t as usize).copied().flatten();
        if let Some(a) = get(4) {
            saddr = get_addr_rta(a.data, family).ok_or_else(failed_get)?;
        }
        if let Some(a) = get(5) {
            daddr = get_addr_rta(a.data, family).ok_or_else(failed_get)?;
        }
        let raw4 = |t: u16| {
            get(t)
                .and_then(|a| a.data.get(..4))
                .map(|b| [b[0], b[1], b[2], b[3]])
        };
        ikey = raw4(2).unwrap_or(ikey);
        okey = raw4(3).unwrap_or(okey);
        // The reference reads the link as a u8.
        link = get(1).and_then(|a| a.u8()).map(u32::from).unwrap_or(0);
        fwmark = get(6).and_then(|a| a.u32()).unwrap_or(0);
    }
    while let Some(w) = args.next() {
        let w = w.as_str();
        if matches(w, "key") {
            let v = args.need()?;
            ikey = parse_key("key", &v)?;
            okey = ikey;
        } else if matches(w, "ikey") {
            let v = args.need()?;
            ikey = parse_key("ikey", &v)?;
        } else if matches(w, "okey") {
            let v = args.need()?;
            okey = parse_key("okey", &v)?;
        } else if matches(w, "remote") {
            let v = args.need()?;
            daddr = get_addr(&v, family)?;
        } else if matches(w, "local") {
            let v = args.need()?;
            saddr = get_addr(&v, family)?;
        } else if matches(w, "dev") {
            link = dev_index(args)?;
        } else if w == "fwmark" {
            let v = args.need()?;
            fwmark = get_u32(&v, 0).ok_or_else(|| invarg("invalid fwmark\n", &v))?;
        } else {
            return Err(explain_fail("", help_of(id)));
        }
    }
    let a = &mut req.attrs;
    a.add(2, &ikey);
    a.add(3, &okey);
    if saddr.is_not_unspec() {
        a.add(4, &saddr.bytes);
    }
    if daddr.is_not_unspec() {
        a.add(5, &daddr.bytes);
    }
    a.add_u32(6, fwmark);
    if link != 0 {
        a.add_u32(1, link);
    }
    Ok(())
}
