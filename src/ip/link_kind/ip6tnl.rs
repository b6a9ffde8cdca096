//! `type ip6tnl` (ip/link_ip6tnl.c): IPv4/IPv6-in-IPv6 tunnels, in the IFLA_IPTUN_*
//! attribute space of iptnl.rs. Like the IPv4 tunnels, a `set` first reads the tunnel's
//! current settings.
use super::iptnl::{
    IFLA_IPTUN_COLLECT_METADATA, IFLA_IPTUN_ENCAP_LIMIT, IFLA_IPTUN_ENCAP_TYPE, IFLA_IPTUN_FWMARK,
    IFLA_IPTUN_LINK, IFLA_IPTUN_LOCAL, IFLA_IPTUN_MAX, IFLA_IPTUN_PROTO, IFLA_IPTUN_REMOTE,
    IFLA_IPTUN_TTL,
};
use super::tunnel::{usage, Cmp, Current, Encap, Endpoints, V6Opts, TUNNEL_ENCAP_FLAG_CSUM6};
use crate::cli::args::Args;
use crate::cli::parse::{invarg, AF_INET6};
use crate::error::Result;
use crate::ip::link_modify::req::LinkReq;

/// `mode`: the inner protocol.
fn mode(v: &str) -> Result<u8> {
    Ok(match v {
        "ipv6/ipv6" | "ip6ip6" => 41,
        "ip/ipv6" | "ipv4/ipv6" | "ipip6" | "ip4ip6" => 4,
        "any/ipv6" | "any" => 0,
        _ => return Err(invarg("Cannot guess tunnel mode.", v)),
    })
}

/// ip6tunnel_parse_opt. Unlike the other tunnel parsers it does not read the current encap
/// settings: a `set` sends the defaults unless the words give others.
pub(super) fn ip6tnl(
    args: &mut Args,
    req: &mut LinkReq,
    id: &str,
    cur: Option<&[u8]>,
) -> Result<()> {
    let mut ep = Endpoints::default();
    let mut v6 = V6Opts::new();
    let mut proto = 0u8;
    let mut enc = Encap::new(TUNNEL_ENCAP_FLAG_CSUM6);
    let mut metadata = false;
    if let Some(data) = cur {
        let cur = Current::new(data, IFLA_IPTUN_MAX);
        ep.read(&cur, AF_INET6, IFLA_IPTUN_LOCAL, IFLA_IPTUN_REMOTE)?;
        v6.read(&cur, IFLA_IPTUN_TTL, IFLA_IPTUN_ENCAP_LIMIT);
        v6.fwmark = cur.u32(IFLA_IPTUN_FWMARK).unwrap_or(v6.fwmark);
        ep.link = cur.u32(IFLA_IPTUN_LINK).unwrap_or(ep.link);
        proto = cur.u8(IFLA_IPTUN_PROTO).unwrap_or(proto);
        metadata = cur.has(IFLA_IPTUN_COLLECT_METADATA);
    }
    while let Some(w) = args.next() {
        let w = w.as_str();
        if w == "mode" {
            proto = mode(&args.need()?)?;
        } else if ep.word(w, args, AF_INET6, Cmp::Exact)? {
        } else if Cmp::Exact.ttl(w) {
            v6.hop_limit(args)?;
        } else if Cmp::Exact.tos(w) {
            v6.tclass(args)?;
        } else if v6.word(w, args, false)? || enc.word(w, args)? {
        } else if w == "external" {
            metadata = true;
        } else {
            return Err(usage(id));
        }
    }
    let a = &mut req.attrs;
    a.add_u8(IFLA_IPTUN_PROTO, proto);
    if metadata {
        a.add(IFLA_IPTUN_COLLECT_METADATA, &[]);
        return Ok(());
    }
    ep.add(a, IFLA_IPTUN_LOCAL, IFLA_IPTUN_REMOTE);
    v6.add(a, IFLA_IPTUN_TTL, IFLA_IPTUN_ENCAP_LIMIT);
    a.add_u32(IFLA_IPTUN_LINK, ep.link);
    a.add_u32(IFLA_IPTUN_FWMARK, v6.fwmark);
    enc.add(a, IFLA_IPTUN_ENCAP_TYPE);
    Ok(())
}
