//! `ip route get` (ip/iproute.c iproute_get).
use super::addr::{get_addr, get_prefix};
use super::filter::{nodev, Filter};
use super::print::{print_route, Opts, Printed};
use super::rtm::*;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u16, get_u32, get_u8, invarg, AF_INET, AF_INET6, AF_UNSPEC};
use crate::error::{Error, Failure, Result};
use crate::ip::Ip;
use crate::netlink::attr::{AttrBuf, AttrIter};
use crate::netlink::{RTM_GETROUTE, RTM_NEWROUTE};

/// inet_proto_a2n: a decimal number, or a name (or alias) from /etc/protocols.
fn inet_proto_a2n(s: &str) -> Option<u8> {
    if let Some(v) = get_u8(s, 10) {
        return Some(v);
    }
    let text = std::fs::read_to_string("/etc/protocols").ok()?;
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut it = line.split_whitespace();
        let (Some(name), Some(num)) = (it.next(), it.next()) else {
            continue;
        };
        if name == s || it.any(|a| a == s) {
            return num.parse::<u8>().ok();
        }
    }
    None
}

/// name_is_vrf: the ifindex of a VRF device of that name, else 0 (errors not printed).
fn name_is_vrf(ip: &mut Ip, name: &str) -> u32 {
    let mut hdr = [0u8; 16];
    hdr[0] = ip.g.family;
    let mut req = AttrBuf::with_header(&hdr);
    req.add_str(crate::ifmap::IFLA_IFNAME, name);
    ip.nl
        .talk_answer(crate::netlink::RTM_GETLINK, 0, &req.buf, |m| {
            let idx = crate::ifmap::ifinfo(m.payload).map(|i| i.2).unwrap_or(0);
            let attrs = m.payload.get(16..).unwrap_or(&[]);
            let li = AttrIter::new(attrs).filter(|a| a.ty == 18).last();
            let kind = li.and_then(|li| li.nested().filter(|a| a.ty == 1).last());
            match kind {
                Some(k) if k.str() == "vrf" => idx,
                _ => 0,
            }
        })
        .unwrap_or(0)
}

/// The parsed `ip route get` request and what the printing half needs to know.
pub struct GetReq {
    pub payload: Vec<u8>,
    pub connected: bool,
    pub from_ok: bool,
}

pub fn get(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let family = ip.g.family;
    let req = build(args, family, &mut |name| name_is_vrf(ip, name))?;
    let GetReq {
        payload,
        connected,
        from_ok,
    } = req;
    let mut filter = Filter::new();
    filter.cloned = 2;
    let o = Opts {
        details: ip.g.details,
        stats: ip.g.stats,
        family: ip.g.family,
    };
    let mut answer = ip
        .nl
        .talk_answer(RTM_GETROUTE, 0, &payload, |m| (m.ty, m.payload.to_vec()))?;
    ip.out.begin_list()?;
    if connected && !from_ok {
        print_answer(ip, &answer, &filter, &o)?;
        if answer.0 != RTM_NEWROUTE {
            return Err(Error::raw(1, "Not a route?\n", Failure::Return));
        }
        if answer.1.len() < RTMSG_LEN {
            return Err(Error::raw(
                1,
                format!("Wrong len {}\n", answer.1.len() as i64 - RTMSG_LEN as i64),
                Failure::Return,
            ));
        }
        let tb = parse_tb(answer.1.get(RTMSG_LEN..).unwrap_or(&[]));
        if tb[RTA_PREFSRC as usize].is_none() && tb[RTA_SRC as usize].is_none() {
            return Err(Error::raw(
                1,
                "Failed to connect the route\n",
                Failure::Return,
            ));
        }
        // iproute2 rewrites the answer's attributes and then frees it: what it sends again
        // is its own first request, and the JSON context is closed before the second print.
        ip.out.end_list()?;
        answer = ip
            .nl
            .talk_answer(RTM_GETROUTE, 0, &payload, |m| (m.ty, m.payload.to_vec()))?;
    }
    print_answer(ip, &answer, &filter, &o)?;
    ip.out.end_list()?;
    Ok(())
}

/// iproute_get's parser: the request bytes (rtmsg and attributes). `vrf` is name_is_vrf.
pub fn build(args: &mut Args, family: u8, vrf: &mut dyn FnMut(&str) -> u32) -> Result<GetReq> {
    let mut r = RtMsg {
        family,
        ..RtMsg::default()
    };
    let mut req = AttrBuf::new();
    let mut idev: Option<String> = None;
    let mut odev: Option<String> = None;
    let mut connected = false;
    let mut fib_match = false;
    let mut from_ok = false;
    let mut mark = 0u32;
    let mut address_found = false;
    let mut warnings = String::new();

    while let Some(w) = args.next() {
        if w == "tos" || matches(&w, "dsfield") {
            let v = args.need()?;
            let Some(t) = crate::names::dsfield_id(&v) else {
                return Err(invarg("TOS value is invalid\n", &v));
            };
            r.tos = t as u8;
        } else if matches(&w, "from") {
            let v = args.need()?;
            if matches(&v, "help") {
                return Err(super::usage());
            }
            from_ok = true;
            let a = get_prefix(&v, r.family)?;
            if r.family == AF_UNSPEC {
                r.family = a.family;
            }
            let d = a.data;
            if !d.is_empty() {
                req.add(RTA_SRC, &d);
            }
            r.src_len = a.bitlen;
        } else if matches(&w, "iif") {
            idev = Some(args.need()?);
        } else if matches(&w, "mark") {
            let v = args.need()?;
            let Some(m) = get_u32(&v, 0) else {
                return Err(invarg("invalid mark value", &v));
            };
            mark = m;
        } else if matches(&w, "oif") || w == "dev" {
            odev = Some(args.need()?);
        } else if matches(&w, "notify") {
            r.flags |= RTM_F_NOTIFY;
        } else if matches(&w, "connected") {
            connected = true;
        } else if matches(&w, "vrf") {
            let v = args.need()?;
            if vrf(&v) == 0 {
                return Err(invarg("Invalid VRF\n", &v));
            }
            odev = Some(v);
        } else if matches(&w, "uid") {
            let v = args.need()?;
            let Some(u) = get_u32(&v, 0) else {
                return Err(invarg("invalid UID\n", &v));
            };
            req.add_u32(RTA_UID, u);
        } else if matches(&w, "fibmatch") {
            fib_match = true;
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
        } else if matches(&w, "sport") {
            let v = args.need()?;
            let Some(p) = get_u16(&v, 0) else {
                return Err(invarg("invalid sport\n", &v));
            };
            req.add(RTA_SPORT, &p.to_be_bytes());
        } else if matches(&w, "dport") {
            let v = args.need()?;
            let Some(p) = get_u16(&v, 0) else {
                return Err(invarg("invalid dport\n", &v));
            };
            req.add(RTA_DPORT, &p.to_be_bytes());
        } else if matches(&w, "ipproto") {
            let v = args.need()?;
            let Some(p) = inet_proto_a2n(&v) else {
                return Err(invarg("Invalid \"ipproto\" value\n", &v));
            };
            req.add_u8(RTA_IP_PROTO, p);
        } else {
            let mut v = w;
            if v == "to" {
                v = args.need()?;
            }
            if matches(&v, "help") {
                return Err(super::usage());
            }
            let a = get_prefix(&v, r.family)?;
            if r.family == AF_UNSPEC {
                r.family = a.family;
            }
            let d = a.data;
            if !d.is_empty() {
                req.add(RTA_DST, &d);
            }
            if r.family == AF_INET && a.bitlen != 32 {
                warnings.push_str(&format!(
                    "Warning: /{} as prefix is invalid, only /32 (or none) is supported.\n",
                    a.bitlen
                ));
                r.dst_len = 32;
            } else if r.family == AF_INET6 && a.bitlen != 128 {
                warnings.push_str(&format!(
                    "Warning: /{} as prefix is invalid, only /128 (or none) is supported.\n",
                    a.bitlen
                ));
                r.dst_len = 128;
            } else {
                r.dst_len = a.bitlen;
            }
            address_found = true;
        }
        if !warnings.is_empty() {
            crate::error::warn(warnings.trim_end_matches('\n'));
            warnings.clear();
        }
    }
    if !address_found {
        return Err(Error::raw(
            1,
            "need at least a destination address\n",
            Failure::Return,
        ));
    }
    if let Some(d) = &idev {
        let idx = crate::ifmap::name_to_index(d);
        if idx == 0 {
            return Err(nodev(d));
        }
        req.add_u32(RTA_IIF, idx);
    }
    if let Some(d) = &odev {
        let idx = crate::ifmap::name_to_index(d);
        if idx == 0 {
            return Err(nodev(d));
        }
        req.add_u32(RTA_OIF, idx);
    }
    if mark != 0 {
        req.add_u32(RTA_MARK, mark);
    }
    if r.family == AF_UNSPEC {
        r.family = AF_INET;
    }
    if r.family == AF_INET {
        r.flags |= RTM_F_LOOKUP_TABLE;
    }
    if fib_match {
        r.flags |= RTM_F_FIB_MATCH;
    }
    let mut payload = r.bytes().to_vec();
    payload.extend_from_slice(&req.buf);
    Ok(GetReq {
        payload,
        connected,
        from_ok,
    })
}

fn print_answer(ip: &mut Ip, answer: &(u16, Vec<u8>), f: &Filter, o: &Opts) -> Result<()> {
    match print_route(&mut ip.out, answer.0, &answer.1, f, o)? {
        Printed::Ok => Ok(()),
        Printed::Refused(t) => Err(Error::raw(1, format!("{t}An error :-)\n"), Failure::Return)),
    }
}
