//! `ip route add|change|replace|prepend|append|test|delete` (ip/iproute.c iproute_modify).
use super::addr::{get_addr, get_prefix};
use super::filter::{nodev, vrf_table, Filter};
use super::metrics::get_time_rtt;
use super::nexthop::parse_nexthops;
use super::rtm::*;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{duparg2, get_u32, get_u8, invarg, AF_INET, AF_INET6, AF_MPLS, AF_UNSPEC};
use crate::error::Result;
use crate::ip::{read_family, Ip};
use crate::netlink::attr::AttrBuf;
use crate::netlink::{NLM_F_ACK, NLM_F_ECHO, RTM_DELROUTE};

/// The metric keywords that take `[lock] NUMBER` (get_unsigned) and sit between `scope`
/// and `rtt` in iproute_modify's chain: the RTAX number and the name its error text uses.
/// The first three are strcmp()ed, `reordering` may be abbreviated.
fn metric_u32(w: &str) -> Option<(u16, &'static str)> {
    // (keyword, RTAX, error name, exact keyword?)
    let t: &[(&str, u16, &str, bool)] = &[
        ("mtu", RTAX_MTU, "mtu", true),
        ("hoplimit", RTAX_HOPLIMIT, "hoplimit", true),
        ("advmss", RTAX_ADVMSS, "mss", true),
        ("reordering", RTAX_REORDERING, "reordering", false),
    ];
    for (k, ax, name, exact) in t {
        if (*exact && w == *k) || (!*exact && matches(w, k)) {
            return Some((*ax, name));
        }
    }
    None
}

pub fn modify(args: &mut Args, ip: &mut Ip, cmd: u16, flags: u16) -> Result<()> {
    let family = ip.g.family;
    let nl = &mut ip.nl;
    let payload = build(args, family, cmd, &mut |name| vrf_table(nl, family, name))?;
    if ip.g.echo {
        return echo_talk(ip, cmd, flags, &payload);
    }
    ip.nl.talk(cmd, flags, &payload)?;
    Ok(())
}

/// iproute_modify's parser: the rtmsg and attributes of the request, in the reference's
/// byte order. `vrf` is ipvrf_get_table.
pub fn build(
    args: &mut Args,
    family: u8,
    cmd: u16,
    vrf: &mut dyn FnMut(&str) -> u32,
) -> Result<Vec<u8>> {
    let mut r = RtMsg {
        family,
        table: RT_TABLE_MAIN as u8,
        scope: RT_SCOPE_NOWHERE,
        ..RtMsg::default()
    };
    if cmd != RTM_DELROUTE {
        r.protocol = RTPROT_BOOT;
        r.scope = RT_SCOPE_UNIVERSE;
        r.rtype = RTN_UNICAST;
    }
    let mut req = AttrBuf::new();
    let mut mx = AttrBuf::new();
    let mut mxlock = 0u32;
    let mut dev: Option<String> = None;
    let mut gw_ok = false;
    let mut dst_ok = false;
    let mut nhs_ok = false;
    let mut scope_ok = false;
    let mut table_ok = false;
    let mut type_ok = false;
    let mut nhid = 0u32;

    // `[lock] VALUE` of a metric: sets the lock bit and returns the value word.
    fn lockable(args: &mut Args, mxlock: &mut u32, ax: u16) -> Result<String> {
        let v = args.need()?;
        if v == "lock" {
            *mxlock |= 1 << ax;
            return args.need();
        }
        Ok(v)
    }

    while let Some(w) = args.next() {
        if w == "src" {
            let v = args.need()?;
            let a = get_addr(&v, r.family)?;
            if r.family == AF_UNSPEC {
                r.family = a.family;
            }
            req.add(RTA_PREFSRC, &a.data);
        } else if w == "as" {
            let mut v = args.need()?;
            if v == "to" {
                v = args.need()?;
            }
            let a = get_addr(&v, r.family)?;
            if r.family == AF_UNSPEC {
                r.family = a.family;
            }
            req.add(RTA_NEWDST, &a.data);
        } else if w == "via" {
            if gw_ok {
                return Err(invarg("use nexthop syntax to specify multiple via\n", &w));
            }
            gw_ok = true;
            let mut v = args.need()?;
            let mut fam = read_family(&v);
            if fam == AF_UNSPEC {
                fam = r.family;
            } else {
                v = args.need()?;
            }
            let a = get_addr(&v, fam)?;
            if r.family == AF_UNSPEC {
                r.family = a.family;
            }
            if a.family == r.family {
                req.add(RTA_GATEWAY, &a.data);
            } else {
                req.add(RTA_VIA, &a.rtvia());
            }
        } else if w == "from" {
            let v = args.need()?;
            let a = get_prefix(&v, r.family)?;
            if r.family == AF_UNSPEC {
                r.family = a.family;
            }
            let d = a.data;
            if !d.is_empty() {
                req.add(RTA_SRC, &d);
            }
            r.src_len = a.bitlen;
        } else if w == "tos" || matches(&w, "dsfield") {
            let v = args.need()?;
            let Some(t) = crate::names::dsfield_id(&v) else {
                return Err(invarg("\"tos\" value is invalid\n", &v));
            };
            r.tos = t as u8;
        } else if w == "expires" {
            let v = args.need()?;
            let Some(e) = get_u32(&v, 0) else {
                return Err(invarg("\"expires\" value is invalid\n", &v));
            };
            req.add_u32(RTA_EXPIRES, e);
        } else if matches(&w, "metric") || matches(&w, "priority") || w == "preference" {
            let v = args.need()?;
            let Some(m) = get_u32(&v, 0) else {
                return Err(invarg("\"metric\" value is invalid\n", &v));
            };
            req.add_u32(RTA_PRIORITY, m);
        } else if w == "scope" {
            let v = args.need()?;
            let Some(s) = crate::names::scope_id(&v) else {
                return Err(invarg("invalid \"scope\" value\n", &v));
            };
            r.scope = s as u8;
            scope_ok = true;
        } else if let Some((ax, name)) = metric_u32(&w) {
            let v = lockable(args, &mut mxlock, ax)?;
            let n = get_u32(&v, 0);
            let bad = match n {
                None => true,
                Some(n) => ax == RTAX_HOPLIMIT && n > 255,
            };
            if bad {
                return Err(invarg(&format!("\"{name}\" value is invalid\n"), &v));
            }
            mx.add_u32(ax, n.unwrap_or(0));
        } else if w == "rtt" {
            let v = lockable(args, &mut mxlock, RTAX_RTT)?;
            let Some((t, raw)) = get_time_rtt(&v) else {
                return Err(invarg("\"rtt\" value is invalid\n", &v));
            };
            mx.add_u32(RTAX_RTT, if raw { t } else { t.wrapping_mul(8) });
        } else if w == "rto_min" {
            let v = args.need()?;
            mxlock |= 1 << RTAX_RTO_MIN;
            let Some((t, _)) = get_time_rtt(&v) else {
                return Err(invarg("\"rto_min\" value is invalid\n", &v));
            };
            mx.add_u32(RTAX_RTO_MIN, t);
        } else if let Some((ax, name)) = [
            ("window", RTAX_WINDOW),
            ("cwnd", RTAX_CWND),
            ("initcwnd", RTAX_INITCWND),
            ("initrwnd", RTAX_INITRWND),
        ]
        .into_iter()
        .find(|(k, _)| matches(&w, k))
        .map(|(k, ax)| (ax, k))
        {
            let v = lockable(args, &mut mxlock, ax)?;
            let Some(n) = get_u32(&v, 0) else {
                return Err(invarg(&format!("\"{name}\" value is invalid\n"), &v));
            };
            mx.add_u32(ax, n);
        } else if matches(&w, "features") {
            let v = args.need()?;
            if v != "ecn" {
                return Err(invarg("\"features\" value not valid\n", &v));
            }
            mx.add_u32(RTAX_FEATURES, 1);
        } else if matches(&w, "quickack") {
            let v = args.need()?;
            let Some(q) = get_u32(&v, 0) else {
                return Err(invarg("\"quickack\" value is invalid\n", &v));
            };
            if q > 1 {
                return Err(invarg("\"quickack\" value should be 0 or 1\n", &v));
            }
            mx.add_u32(RTAX_QUICKACK, q);
        } else if matches(&w, "congctl") {
            let v = lockable(args, &mut mxlock, RTAX_CC_ALGO)?;
            mx.add(RTAX_CC_ALGO, v.as_bytes());
        } else if matches(&w, "rttvar") {
            let v = lockable(args, &mut mxlock, RTAX_RTTVAR)?;
            let Some((t, raw)) = get_time_rtt(&v) else {
                return Err(invarg("\"rttvar\" value is invalid\n", &v));
            };
            mx.add_u32(RTAX_RTTVAR, if raw { t } else { t.wrapping_mul(4) });
        } else if matches(&w, "ssthresh") {
            let v = lockable(args, &mut mxlock, RTAX_SSTHRESH)?;
            let Some(n) = get_u32(&v, 0) else {
                return Err(invarg("\"ssthresh\" value is invalid\n", &v));
            };
            mx.add_u32(RTAX_SSTHRESH, n);
        } else if matches(&w, "realms") {
            let v = args.need()?;
            let Some(realm) = get_rt_realms_or_raw(&v) else {
                return Err(invarg("\"realm\" value is invalid\n", &v));
            };
            req.add_u32(RTA_FLOW, realm);
        } else if w == "onlink" {
            r.flags |= RTNH_F_ONLINK;
        } else if w == "nexthop" {
            nhs_ok = true;
            args.back();
            break;
        } else if w == "nhid" {
            let v = args.need()?;
            let Some(n) = get_u32(&v, 0) else {
                return Err(invarg("\"id\" value is invalid\n", &v));
            };
            nhid = n;
            req.add_u32(RTA_NH_ID, n);
        } else if matches(&w, "protocol") {
            let v = args.need()?;
            let Some(p) = crate::names::proto_id(&v) else {
                return Err(invarg("\"protocol\" value is invalid\n", &v));
            };
            r.protocol = p as u8;
        } else if matches(&w, "table") {
            let v = args.need()?;
            let Some(t) = crate::names::table_id(&v) else {
                return Err(invarg("\"table\" value is invalid\n", &v));
            };
            set_table(&mut r, &mut req, t);
            table_ok = true;
        } else if matches(&w, "vrf") {
            let v = args.need()?;
            let t = vrf(&v);
            if t == 0 {
                return Err(invarg("Invalid VRF\n", &v));
            }
            set_table(&mut r, &mut req, t);
            table_ok = true;
        } else if w == "dev" || w == "oif" {
            dev = Some(args.need()?);
        } else if matches(&w, "pref") {
            let v = args.need()?;
            let p = match v.as_str() {
                "low" => 3,
                "medium" => 0,
                "high" => 1,
                _ => match get_u8(&v, 0) {
                    Some(p) => p,
                    None => return Err(invarg("\"pref\" value is invalid\n", &v)),
                },
            };
            req.add_u8(RTA_PREF, p);
        } else if w == "encap" {
            let raw = super::encap::parse_encap(args)?;
            req.buf.extend_from_slice(&raw);
        } else if w == "ttl-propagate" {
            let v = args.need()?;
            let p = if matches(&v, "enabled") {
                1
            } else if matches(&v, "disabled") {
                0
            } else {
                return Err(invarg("\"ttl-propagate\" value is invalid\n", &v));
            };
            req.add_u8(RTA_TTL_PROPAGATE, p);
        } else if matches(&w, "fastopen_no_cookie") {
            let v = args.need()?;
            let Some(q) = get_u32(&v, 0) else {
                return Err(invarg("\"fastopen_no_cookie\" value is invalid\n", &v));
            };
            if q > 1 {
                return Err(invarg(
                    "\"fastopen_no_cookie\" value should be 0 or 1\n",
                    &v,
                ));
            }
            mx.add_u32(RTAX_FASTOPEN_NO_COOKIE, q);
        } else {
            let mut v = w;
            if v == "to" {
                v = args.need()?;
            }
            if !v.starts_with(|c: char| c.is_ascii_digit()) {
                if let Some(t) = rtntype_a2n(&v) {
                    v = args.need()?;
                    r.rtype = t;
                    type_ok = true;
                }
            }
            if matches(&v, "help") {
                return Err(super::usage());
            }
            if dst_ok {
                return Err(duparg2("to", &v));
            }
            let d = get_prefix(&v, r.family)?;
            if r.family == AF_UNSPEC {
                r.family = d.family;
            }
            r.dst_len = d.bitlen;
            dst_ok = true;
            let data = d.data;
            if !data.is_empty() {
                req.add(RTA_DST, &data);
            }
        }
    }
    if !dst_ok {
        return Err(super::usage());
    }
    if let Some(d) = dev {
        let idx = crate::ifmap::name_to_index(&d);
        if idx == 0 {
            return Err(nodev(&d));
        }
        req.add_u32(RTA_OIF, idx);
    }
    if !mx.buf.is_empty() {
        if mxlock != 0 {
            mx.add_u32(RTAX_LOCK, mxlock);
        }
        req.add(RTA_METRICS, &mx.buf);
    }
    if nhs_ok {
        parse_nexthops(args, &mut r, &mut req)?;
    }
    if r.family == AF_UNSPEC {
        r.family = AF_INET;
    }
    if !table_ok && matches!(r.rtype, RTN_LOCAL | RTN_BROADCAST | RTN_NAT | RTN_ANYCAST) {
        r.table = RT_TABLE_LOCAL as u8;
    }
    if !scope_ok {
        if r.family == AF_INET6 || r.family == AF_MPLS {
            r.scope = RT_SCOPE_UNIVERSE;
        } else if r.rtype == RTN_LOCAL || r.rtype == RTN_NAT {
            r.scope = RT_SCOPE_HOST;
        } else if matches!(r.rtype, RTN_BROADCAST | RTN_MULTICAST | RTN_ANYCAST) {
            r.scope = RT_SCOPE_LINK;
        } else if r.rtype == RTN_UNICAST || r.rtype == RTN_UNSPEC {
            if cmd == RTM_DELROUTE {
                r.scope = RT_SCOPE_NOWHERE;
            } else if !gw_ok && !nhs_ok && nhid == 0 {
                r.scope = RT_SCOPE_LINK;
            }
        }
    }
    if !type_ok && r.family == AF_MPLS {
        r.rtype = RTN_UNICAST;
    }
    let mut payload = r.bytes().to_vec();
    payload.extend_from_slice(&req.buf);
    Ok(payload)
}

fn set_table(r: &mut RtMsg, req: &mut AttrBuf, t: u32) {
    if t < 256 {
        r.table = t as u8;
    } else {
        r.table = RT_TABLE_UNSPEC as u8;
        req.add_u32(RTA_TABLE, t);
    }
}

/// rtnl_echo_talk: the kernel echoes the route back, and it is printed.
fn echo_talk(ip: &mut Ip, cmd: u16, flags: u16, payload: &[u8]) -> Result<()> {
    let answer = ip
        .nl
        .talk_answer(cmd, flags | NLM_F_ECHO | NLM_F_ACK, payload, |m| {
            (m.ty, m.payload.to_vec())
        })?;
    let o = super::print::Opts {
        details: ip.g.details,
        stats: ip.g.stats,
        family: ip.g.family,
    };
    let f = Filter::default();
    ip.out.begin_list()?;
    ip.out.open_object("")?;
    let _ = super::print::print_route(&mut ip.out, answer.0, &answer.1, &f, &o)?;
    ip.out.close_object()?;
    ip.out.end_list()?;
    Ok(())
}
