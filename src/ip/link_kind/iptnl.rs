//! `type ipip|sit` (ip/link_iptnl.c), and the IFLA_IPTUN_* attribute space it shares with
//! ip6tnl.rs. On `set` the tunnel's current settings are read first and the whole set is
//! sent again, as the reference does.
use super::tunnel::{fwmark_value, tos_value, ttl_value, usage, Cmp, Current, Encap, Endpoints};
use crate::cli::args::Args;
use crate::cli::parse::{get_prefix, invarg, AF_INET, AF_INET6};
use crate::error::{Error, Result};
use crate::ip::link_modify::req::LinkReq;

pub(super) const IFLA_IPTUN_LINK: u16 = 1;
pub(super) const IFLA_IPTUN_LOCAL: u16 = 2;
pub(super) const IFLA_IPTUN_REMOTE: u16 = 3;
pub(super) const IFLA_IPTUN_TTL: u16 = 4;
pub(super) const IFLA_IPTUN_TOS: u16 = 5;
pub(super) const IFLA_IPTUN_ENCAP_LIMIT: u16 = 6;
// 7 IFLA_IPTUN_FLOWINFO and 8 IFLA_IPTUN_FLAGS: ip6tnl's are sent by tunnel::V6Opts after
// ENCAP_LIMIT.
pub(super) const IFLA_IPTUN_FLAGS: u16 = 8;
pub(super) const IFLA_IPTUN_PROTO: u16 = 9;
pub(super) const IFLA_IPTUN_PMTUDISC: u16 = 10;
pub(super) const IFLA_IPTUN_6RD_PREFIX: u16 = 11;
pub(super) const IFLA_IPTUN_6RD_RELAY_PREFIX: u16 = 12;
pub(super) const IFLA_IPTUN_6RD_PREFIXLEN: u16 = 13;
pub(super) const IFLA_IPTUN_6RD_RELAY_PREFIXLEN: u16 = 14;
pub(super) const IFLA_IPTUN_ENCAP_TYPE: u16 = 15;
pub(super) const IFLA_IPTUN_COLLECT_METADATA: u16 = 19;
pub(super) const IFLA_IPTUN_FWMARK: u16 = 20;
pub(super) const IFLA_IPTUN_MAX: usize = 20;

const SIT_ISATAP: u16 = 0x0001;

/// `mode`: the inner protocol.
fn mode(sit: bool, v: &str) -> Result<u8> {
    Ok(if sit && matches!(v, "ipv6/ipv4" | "ip6ip") {
        41
    } else if matches!(v, "ipv4/ipv4" | "ipip" | "ip4ip4") {
        4
    } else if matches!(v, "mpls/ipv4" | "mplsip") {
        137
    } else if matches!(v, "any/ipv4" | "any") {
        0
    } else {
        return Err(invarg("Cannot guess tunnel mode.", v));
    })
}

/// iptunnel_parse_opt. The 6rd prefixes are (address bytes, prefix length).
pub(super) fn iptun(
    args: &mut Args,
    req: &mut LinkReq,
    id: &str,
    cur: Option<&[u8]>,
) -> Result<()> {
    let sit = id == "sit";
    let mut ep = Endpoints::default();
    let mut p6: Option<(Vec<u8>, u16)> = None;
    let mut relay: Option<(Vec<u8>, u16)> = None;
    let mut pmtudisc = 1u8;
    let mut tos = 0u8;
    let mut iflags = 0u16;
    let mut ttl = 0u8;
    let mut proto = 0u8;
    let mut enc = Encap::new(0);
    let mut metadata = false;
    let mut fwmark = 0u32;
    if let Some(data) = cur {
        let cur = Current::new(data, IFLA_IPTUN_MAX);
        ep.read(&cur, AF_INET, IFLA_IPTUN_LOCAL, IFLA_IPTUN_REMOTE)?;
        // link_iptnl.c reads (and checks) the 6rd prefixes for ipip too.
        if let Some(x) = cur.addr(IFLA_IPTUN_6RD_PREFIX, AF_INET6)? {
            let len = cur.u16(IFLA_IPTUN_6RD_PREFIXLEN).unwrap_or(0);
            p6 = Some((x.bytes, len));
        }
        if let Some(x) = cur.addr(IFLA_IPTUN_6RD_RELAY_PREFIX, AF_INET)? {
            let len = cur.u16(IFLA_IPTUN_6RD_RELAY_PREFIXLEN).unwrap_or(0);
            relay = Some((x.bytes, len));
        }
        ttl = cur.u8(IFLA_IPTUN_TTL).unwrap_or(ttl);
        pmtudisc = cur.u8(IFLA_IPTUN_PMTUDISC).unwrap_or(pmtudisc);
        tos = cur.u8(IFLA_IPTUN_TOS).unwrap_or(tos);
        iflags = cur.u16(IFLA_IPTUN_FLAGS).unwrap_or(iflags);
        ep.link = cur.u32(IFLA_IPTUN_LINK).unwrap_or(ep.link);
        proto = cur.u8(IFLA_IPTUN_PROTO).unwrap_or(proto);
        enc.read(&cur, IFLA_IPTUN_ENCAP_TYPE);
        metadata = cur.has(IFLA_IPTUN_COLLECT_METADATA);
        fwmark = cur.u32(IFLA_IPTUN_FWMARK).unwrap_or(fwmark);
    }
    while let Some(w) = args.next() {
        let w = w.as_str();
        if w == "mode" {
            proto = mode(sit, &args.need()?)?;
        } else if ep.word(w, args, AF_INET, Cmp::Exact)? {
        } else if Cmp::Exact.ttl(w) {
            ttl = ttl_value(args, "invalid TTL\n")?;
        } else if Cmp::Exact.tos(w) {
            tos = tos_value(args)?;
        } else if w == "nopmtudisc" {
            pmtudisc = 0;
        } else if w == "pmtudisc" {
            pmtudisc = 1;
        } else if sit && w == "isatap" {
            iflags |= SIT_ISATAP;
        } else if enc.word(w, args)? {
        } else if w == "external" {
            metadata = true;
        } else if w == "6rd-prefix" {
            let p = get_prefix(&args.need()?, AF_INET6)?;
            p6 = Some((p.bytes(), p.bitlen as u16));
        } else if w == "6rd-relay_prefix" {
            let p = get_prefix(&args.need()?, AF_INET)?;
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
            fwmark = fwmark_value(args)?;
        } else {
            return Err(usage(id));
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
    ep.add(a, IFLA_IPTUN_LOCAL, IFLA_IPTUN_REMOTE);
    a.add_u8(IFLA_IPTUN_PMTUDISC, pmtudisc);
    a.add_u8(IFLA_IPTUN_TOS, tos);
    a.add_u8(IFLA_IPTUN_TTL, ttl);
    a.add_u32(IFLA_IPTUN_LINK, ep.link);
    a.add_u32(IFLA_IPTUN_FWMARK, fwmark);
    enc.add(a, IFLA_IPTUN_ENCAP_TYPE);
    if sit {
        a.add_u16(IFLA_IPTUN_FLAGS, iflags);
        if let Some((b, len)) = p6 {
            a.add(IFLA_IPTUN_6RD_PREFIX, &b);
            a.add_u16(IFLA_IPTUN_6RD_PREFIXLEN, len);
        }
        if let Some((b, len)) = relay {
            // addattr32 of the prefix's first 32-bit word.
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
