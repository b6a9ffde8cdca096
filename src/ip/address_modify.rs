//! `ip address add|change|replace|delete` (ip/ipaddress.c ipaddr_modify).
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{duparg, duparg2, get_u32, invarg, AF_INET, AF_INET6, AF_UNSPEC};
use crate::error::{warn, Error, Result};
use crate::ip::neigh::prefix::{get_addr, get_prefix, InetPrefix};
use crate::netlink::attr::AttrBuf;
use crate::netlink::{NLM_F_ACK, NLM_F_ECHO, RTM_DELADDR};

const IFA_ADDRESS: u16 = 1;
const IFA_LOCAL: u16 = 2;
const IFA_LABEL: u16 = 3;
const IFA_BROADCAST: u16 = 4;
const IFA_ANYCAST: u16 = 5;
const IFA_CACHEINFO: u16 = 6;
const IFA_FLAGS: u16 = 8;
const IFA_RT_PRIORITY: u16 = 9;

const IFA_F_SECONDARY: u32 = 0x01;
const IFA_F_NODAD: u32 = 0x02;
const IFA_F_OPTIMISTIC: u32 = 0x04;
const IFA_F_DADFAILED: u32 = 0x08;
const IFA_F_HOMEADDRESS: u32 = 0x10;
const IFA_F_DEPRECATED: u32 = 0x20;
const IFA_F_TENTATIVE: u32 = 0x40;
const IFA_F_PERMANENT: u32 = 0x80;
const IFA_F_MANAGETEMPADDR: u32 = 0x100;
const IFA_F_NOPREFIXROUTE: u32 = 0x200;
const IFA_F_MCAUTOJOIN: u32 = 0x400;
const IFA_F_STABLE_PRIVACY: u32 = 0x800;

const INFINITY_LIFE_TIME: u32 = 0xffff_ffff;
const RT_SCOPE_HOST: u8 = 254;

/// ifa_flag_data[]: name, mask, read-only, IPv6 only.
const FLAG_DATA: &[(&str, u32, bool, bool)] = &[
    ("secondary", IFA_F_SECONDARY, true, false),
    ("temporary", IFA_F_SECONDARY, true, false),
    ("nodad", IFA_F_NODAD, false, true),
    ("optimistic", IFA_F_OPTIMISTIC, false, true),
    ("dadfailed", IFA_F_DADFAILED, true, true),
    ("home", IFA_F_HOMEADDRESS, false, true),
    ("deprecated", IFA_F_DEPRECATED, true, true),
    ("tentative", IFA_F_TENTATIVE, true, true),
    ("permanent", IFA_F_PERMANENT, true, true),
    ("mngtmpaddr", IFA_F_MANAGETEMPADDR, false, true),
    ("noprefixroute", IFA_F_NOPREFIXROUTE, false, false),
    ("autojoin", IFA_F_MCAUTOJOIN, false, false),
    ("stable-privacy", IFA_F_STABLE_PRIVACY, true, true),
];

/// set_lifetime: `forever` or a u32.
fn lifetime(arg: &str) -> Option<u32> {
    if arg == "forever" {
        Some(INFINITY_LIFE_TIME)
    } else {
        get_u32(arg, 0)
    }
}

/// A parsed request: the ifaddrmsg fields, attributes in the reference's order, the device.
#[derive(Debug)]
pub struct AddrReq {
    pub family: u8,
    pub prefixlen: u8,
    pub flags: u8,
    pub scope: u8,
    pub attrs: AttrBuf,
    pub dev: String,
    /// (valid_lft, preferred_lft) when either was given.
    pub lifetimes: Option<(u32, u32)>,
    /// autojoin on a local address that is not multicast.
    pub autojoin_bad: bool,
}

impl AddrReq {
    pub fn payload(&self, ifindex: u32) -> Vec<u8> {
        let mut p = vec![self.family, self.prefixlen, self.flags, self.scope];
        p.extend_from_slice(&ifindex.to_ne_bytes());
        p.extend_from_slice(&self.attrs.buf);
        p
    }
}

/// The zeroed `inet_prefix` C starts from when no local address is given.
fn zero_prefix() -> InetPrefix {
    InetPrefix {
        family: AF_UNSPEC,
        data: Vec::new(),
        bitlen: 0,
        len_given: false,
    }
}

/// The parsing half of ipaddr_modify, up to the device lookup. Warnings go to stderr
/// as the reference prints them, in order.
pub fn parse(cmd: u16, args: &mut Args, family: u8) -> Result<AddrReq> {
    let mut fam = family;
    let mut prefixlen: u8 = 0;
    let mut scope: u8 = 0;
    let mut attrs = AttrBuf::new();
    let mut dev: Option<String> = None;
    let mut lcl_arg: Option<String> = None;
    let mut valid_given = false;
    let mut preferred_given = false;
    let mut lcl = zero_prefix();
    let mut peer: Option<InetPrefix> = None;
    let (mut local_len, mut peer_len, mut brd_len, mut any_len) = (0usize, 0usize, 0i32, 0usize);
    let mut scoped = false;
    let mut preferred_lft = INFINITY_LIFE_TIME;
    let mut valid_lft = INFINITY_LIFE_TIME;
    let mut ifa_flags: u32 = 0;

    while let Some(w) = args.next() {
        if w == "peer" || w == "remote" {
            let v = args.need()?;
            if peer_len != 0 {
                return Err(duparg("peer", &v));
            }
            let p = get_prefix(&v, fam)?;
            let d = p.data.clone();
            peer_len = d.len();
            if fam == AF_UNSPEC {
                fam = p.family;
            }
            attrs.add(IFA_ADDRESS, &d);
            prefixlen = p.bitlen;
            peer = Some(p);
        } else if matches(&w, "broadcast") || w == "brd" {
            let v = args.need()?;
            if brd_len != 0 {
                return Err(duparg("broadcast", &v));
            }
            if v == "+" {
                brd_len = -1;
            } else if v == "-" {
                brd_len = -2;
            } else {
                let a = get_addr(&v, fam)?;
                if fam == AF_UNSPEC {
                    fam = a.family;
                }
                let d = a.data.clone();
                attrs.add(IFA_BROADCAST, &d);
                brd_len = d.len() as i32;
            }
        } else if w == "anycast" {
            let v = args.need()?;
            if any_len != 0 {
                return Err(duparg("anycast", &v));
            }
            let a = get_addr(&v, fam)?;
            if fam == AF_UNSPEC {
                fam = a.family;
            }
            let d = a.data.clone();
            attrs.add(IFA_ANYCAST, &d);
            any_len = d.len();
        } else if w == "scope" {
            let v = args.need()?;
            let Some(s) = crate::names::scope_id(&v) else {
                return Err(invarg("invalid scope value.", &v));
            };
            scope = s as u8;
            scoped = true;
        } else if w == "dev" {
            dev = Some(args.need()?);
        } else if w == "label" {
            let v = args.need()?;
            attrs.add_str(IFA_LABEL, &v);
        } else if matches(&w, "metric") || matches(&w, "priority") || matches(&w, "preference") {
            let v = args.need()?;
            let Some(m) = get_u32(&v, 0) else {
                return Err(invarg("\"metric\" value is invalid\n", &v));
            };
            attrs.add_u32(IFA_RT_PRIORITY, m);
        } else if matches(&w, "valid_lft") {
            if valid_given {
                return Err(duparg("valid_lft", &w));
            }
            let v = args.need()?;
            valid_given = true;
            valid_lft = lifetime(&v).ok_or_else(|| invarg("valid_lft value", &v))?;
        } else if matches(&w, "preferred_lft") {
            if preferred_given {
                return Err(duparg("preferred_lft", &w));
            }
            let v = args.need()?;
            preferred_given = true;
            preferred_lft = lifetime(&v).ok_or_else(|| invarg("preferred_lft value", &v))?;
        } else if let Some(&(name, mask, readonly, v6only)) =
            FLAG_DATA.iter().find(|(n, ..)| *n == w)
        {
            if readonly {
                warn(&format!(
                    "Warning: {name} option is not mutable from userspace"
                ));
            } else if v6only && fam != AF_INET6 {
                warn(&format!(
                    "Warning: {name} option can be set only for IPv6 addresses"
                ));
            } else {
                ifa_flags |= mask;
            }
        } else {
            let mut w = w;
            if w == "local" {
                w = args.need()?;
            }
            if matches(&w, "help") {
                return Err(super::ipaddr::usage());
            }
            if local_len != 0 {
                return Err(duparg2("local", &w));
            }
            let p = get_prefix(&w, fam)?;
            if fam == AF_UNSPEC {
                fam = p.family;
            }
            let d = p.data.clone();
            attrs.add(IFA_LOCAL, &d);
            local_len = d.len();
            lcl_arg = Some(w);
            lcl = p;
        }
    }
    let mut flags = 0u8;
    if ifa_flags <= 0xff {
        flags = ifa_flags as u8;
    } else {
        attrs.add_u32(IFA_FLAGS, ifa_flags);
    }
    let Some(dev) = dev else {
        return Err(Error::ret(
            1,
            "Not enough information: \"dev\" argument is required.",
        ));
    };
    if peer_len == 0 && local_len != 0 {
        if cmd == RTM_DELADDR && lcl.family == AF_INET && !lcl.len_given {
            let a = lcl_arg.as_deref().unwrap_or("");
            warn(&format!(
                "Warning: Executing wildcard deletion to stay compatible with old scripts.\n         Explicitly specify the prefix length ({a}/{}) to avoid this warning.\n         This special behaviour is likely to disappear in further releases,\n         fix your scripts!",
                local_len * 8
            ));
        } else {
            peer = Some(lcl.clone());
            attrs.add(IFA_ADDRESS, &lcl.data.clone());
        }
    }
    if prefixlen == 0 {
        prefixlen = lcl.bitlen;
    }
    if brd_len < 0 && cmd != RTM_DELADDR {
        if fam != AF_INET {
            return Err(Error::ret(
                1,
                "Broadcast can be set only for IPv4 addresses",
            ));
        }
        // brd = peer: with neither local nor peer the C copies an uninitialised struct;
        // zeros are as good a guess as any (the kernel refuses the request anyway).
        let brd = peer.unwrap_or_else(zero_prefix);
        if brd.bitlen <= 30 {
            let d = brd.data.clone();
            let mut v = d
                .get(..4)
                .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
                .unwrap_or(0);
            let host = if brd.bitlen == 0 {
                u32::MAX
            } else {
                u32::MAX >> brd.bitlen
            };
            if brd_len == -1 {
                v |= host;
            } else {
                v &= !host;
            }
            // The C writes the first word whatever the length (bytelen 0 sends nothing).
            let mut out = d.clone();
            if out.len() >= 4 {
                out[..4].copy_from_slice(&v.to_be_bytes());
            }
            attrs.add(IFA_BROADCAST, &out);
        }
    }
    if !scoped && cmd != RTM_DELADDR {
        // default_scope: 127/8 is host scope.
        let d = lcl.data.clone();
        scope = if lcl.family == AF_INET && d.first() == Some(&127) {
            RT_SCOPE_HOST
        } else {
            0
        };
    }
    Ok(AddrReq {
        family: fam,
        prefixlen,
        flags,
        scope,
        attrs,
        dev,
        lifetimes: (valid_given || preferred_given).then_some((valid_lft, preferred_lft)),
        autojoin_bad: ifa_flags & IFA_F_MCAUTOJOIN != 0 && !is_multicast(&lcl),
    })
}

/// ipaddr_is_multicast.
fn is_multicast(p: &InetPrefix) -> bool {
    let d = p.data.clone();
    match p.family {
        AF_INET => d.first().is_some_and(|b| b & 0xf0 == 0xe0),
        AF_INET6 => d.first() == Some(&0xff),
        _ => false,
    }
}

/// The checks after the device lookup, then the IFA_CACHEINFO attribute.
pub fn finish(req: &mut AddrReq) -> Result<()> {
    if let Some((valid, preferred)) = req.lifetimes {
        if valid == 0 {
            return Err(Error::ret(1, "valid_lft is zero"));
        }
        if valid < preferred {
            return Err(Error::ret(1, "preferred_lft is greater than valid_lft"));
        }
        // struct ifa_cacheinfo { ifa_prefered, ifa_valid, cstamp, tstamp }
        let mut ci = Vec::with_capacity(16);
        ci.extend_from_slice(&preferred.to_ne_bytes());
        ci.extend_from_slice(&valid.to_ne_bytes());
        ci.extend_from_slice(&[0; 8]);
        req.attrs.add(IFA_CACHEINFO, &ci);
    }
    if req.autojoin_bad {
        return Err(Error::ret(1, "autojoin needs multicast address"));
    }
    Ok(())
}

pub fn modify(cmd: u16, flags: u16, args: &mut Args, ip: &mut Ip) -> Result<()> {
    let mut req = parse(cmd, args, ip.g.family)?;
    let ifindex = crate::ifmap::name_to_index(&req.dev);
    if ifindex == 0 {
        return Err(Error::ret(1, format!("Cannot find device \"{}\"", req.dev)));
    }
    finish(&mut req)?;
    if ip.g.echo {
        // rtnl_echo_talk: the kernel's echo of the address, printed by print_addrinfo in a
        // JSON context of its own. ipaddr's static filter is still zeroed here (no oneline).
        let (ty, body) = ip.nl.talk_answer(
            cmd,
            flags | NLM_F_ECHO | NLM_F_ACK,
            &req.payload(ifindex),
            |m| (m.ty, m.payload.to_vec()),
        )?;
        let out = &mut ip.out;
        out.begin_list()?;
        out.open_object("")?;
        super::ipaddr::print_addr_message(out, &ip.g, false, 0, ty, &body)?;
        out.close_object()?;
        out.end_list()?;
        return Ok(());
    }
    ip.nl.talk(cmd, flags, &req.payload(ifindex))?;
    Ok(())
}
