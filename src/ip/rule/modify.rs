//! `ip rule add|delete` (iprule_modify).
use super::print::{parse_rule, print_rule, PrintOpts};
use super::scan::{inet_proto_a2n, scan_range};
use super::*;
use crate::cli::parse::{
    check_ifname, get_addr_1, get_long, get_u32, get_u64, invarg, AF_INET, AF_UNSPEC,
};
use crate::ip::neigh::prefix::{get_prefix, InetPrefix};
use crate::ip::route::{get_rt_realms_or_raw, rtntype_a2n};
use crate::netlink::attr::AttrBuf;
use crate::netlink::{Msg, NLM_F_ACK, NLM_F_CREATE, NLM_F_ECHO, NLM_F_EXCL};

/// A parsed request: nlmsg flags, the fib_rule_hdr bytes and attributes.
#[derive(Debug)]
pub struct RuleReq {
    pub flags: u16,
    pub hdr: [u8; FRH_LEN],
    pub attrs: AttrBuf,
}

impl RuleReq {
    pub fn payload(&self) -> Vec<u8> {
        let mut p = self.hdr.to_vec();
        p.extend_from_slice(&self.attrs.buf);
        p
    }
}

/// get_s32.
fn get_s32(arg: &str) -> Option<i32> {
    get_long(arg, 0).and_then(|v| i32::try_from(v).ok())
}

/// Ports and uids: sscanf's count decides, one value means a single port.
fn port_range(arg: &str, msg: &str) -> Result<[u8; 4]> {
    let (n, a, b) = scan_range(arg);
    let (s, e) = match n {
        1 => (a as u16, a as u16),
        2 => (a as u16, b as u16),
        _ => return Err(invarg(msg, arg)),
    };
    let mut r = [0u8; 4];
    r[..2].copy_from_slice(&s.to_ne_bytes());
    r[2..].copy_from_slice(&e.to_ne_bytes());
    Ok(r)
}

pub fn parse(cmd: u16, args: &mut Args, family: u8) -> Result<RuleReq> {
    let mut hdr = [0u8; FRH_LEN];
    hdr[0] = family;
    let mut flags = 0u16;
    let mut attrs = AttrBuf::new();
    let mut l3mdev_rule = false;
    let mut table_ok = false;
    let mut tid: u32 = 0;
    if cmd == RTM_NEWRULE {
        if args.is_empty() {
            return Err(Error::ret(1, "\"ip rule add\" requires arguments."));
        }
        flags |= NLM_F_CREATE | NLM_F_EXCL;
        hdr[7] = FR_ACT_TO_TBL;
    } else {
        hdr[7] = FR_ACT_UNSPEC;
    }
    if cmd == RTM_DELRULE && args.is_empty() {
        return Err(Error::ret(1, "\"ip rule del\" requires arguments."));
    }
    let mut frh_flags: u32 = 0;
    while let Some(w) = args.next() {
        let m = |k: &str| matches(&w, k);
        if w == "not" {
            frh_flags |= FIB_RULE_INVERT;
        } else if w == "from" || w == "to" {
            let v = args.need()?;
            let p = get_prefix(&v, hdr[0])?;
            let (len_at, ty) = if w == "from" {
                (2, FRA_SRC)
            } else {
                (1, FRA_DST)
            };
            hdr[len_at] = p.bitlen;
            attrs.add(ty, &p.data);
        } else if m("preference") || m("order") || m("priority") {
            let v = args.need()?;
            let p = get_u32(&v, 0).ok_or_else(|| invarg("preference value is invalid\n", &v))?;
            attrs.add_u32(FRA_PRIORITY, p);
        } else if w == "tos" || m("dsfield") {
            let v = args.need()?;
            let t =
                crate::names::dsfield_id(&v).ok_or_else(|| invarg("TOS value is invalid\n", &v))?;
            hdr[3] = t as u8;
        } else if w == "fwmark" {
            let v = args.need()?;
            let (mark, mask) = match v.find('/') {
                Some(i) => (&v[..i], Some(&v[i + 1..])),
                None => (v.as_str(), None),
            };
            let fm = get_u32(mark, 0).ok_or_else(|| invarg("fwmark value is invalid\n", mark))?;
            attrs.add_u32(FRA_FWMARK, fm);
            if let Some(mask) = mask {
                let fk =
                    get_u32(mask, 0).ok_or_else(|| invarg("fwmask value is invalid\n", mask))?;
                attrs.add_u32(FRA_FWMASK, fk);
            }
        } else if m("realms") {
            let v = args.need()?;
            let r = get_rt_realms_or_raw(&v).ok_or_else(|| invarg("invalid realms\n", &v))?;
            attrs.add_u32(FRA_FLOW, r);
        } else if m("protocol") {
            let v = args.need()?;
            let p = crate::names::proto_id(&v)
                .ok_or_else(|| invarg("\"protocol\" value is invalid\n", &v))?;
            attrs.add_u8(FRA_PROTOCOL, p as u8);
        } else if m("tun_id") {
            let v = args.need()?;
            let t = get_u64(&v, 0).ok_or_else(|| invarg("\"tun_id\" value is invalid\n", &v))?;
            attrs.add(FRA_TUN_ID, &t.to_be_bytes());
        } else if m("table") || w == "lookup" {
            let v = args.need()?;
            tid = crate::names::table_id(&v).ok_or_else(|| invarg("invalid table ID\n", &v))?;
            if tid < 256 {
                hdr[4] = tid as u8;
            } else {
                hdr[4] = 0;
                attrs.add_u32(FRA_TABLE, tid);
            }
            table_ok = true;
        } else if m("suppress_prefixlength") || w == "sup_pl" {
            let v = args.need()?;
            let pl = get_s32(&v)
                .filter(|p| *p >= 0)
                .ok_or_else(|| invarg("suppress_prefixlength value is invalid\n", &v))?;
            attrs.add_u32(FRA_SUPPRESS_PREFIXLEN, pl as u32);
        } else if m("suppress_ifgroup") || w == "sup_group" {
            let v = args.need()?;
            let g = crate::names::group_id(&v)
                .ok_or_else(|| invarg("Invalid \"suppress_ifgroup\" value\n", &v))?;
            attrs.add_u32(FRA_SUPPRESS_IFGROUP, g);
        } else if w == "dev" || w == "iif" {
            let v = args.need()?;
            if !check_ifname(&v) {
                return Err(invarg("\"iif\"/\"dev\" not a valid ifname", &v));
            }
            attrs.add_str(FRA_IFNAME, &v);
        } else if w == "oif" {
            let v = args.need()?;
            if !check_ifname(&v) {
                return Err(invarg("\"oif\" not a valid ifname", &v));
            }
            attrs.add_str(FRA_OIFNAME, &v);
        } else if w == "l3mdev" {
            attrs.add_u8(FRA_L3MDEV, 1);
            table_ok = true;
            l3mdev_rule = true;
        } else if w == "uidrange" {
            let v = args.need()?;
            let (n, a, b) = scan_range(&v);
            if n != 2 {
                return Err(invarg("invalid UID range\n", &v));
            }
            let mut r = (a as u32).to_ne_bytes().to_vec();
            r.extend_from_slice(&(b as u32).to_ne_bytes());
            attrs.add(FRA_UID_RANGE, &r);
        } else if w == "nat" || m("map-to") {
            let v = args.need()?;
            crate::error::warn("Warning: route NAT is deprecated");
            let a = get_addr_1(&v, AF_INET).ok_or_else(|| {
                Error::exit(
                    1,
                    format!("Error: an IP address is expected rather than \"{v}\""),
                )
            })?;
            let mut d = InetPrefix::from(a).data;
            d.resize(4, 0);
            attrs.add(RTA_GATEWAY, &d);
            hdr[7] = RTN_NAT;
        } else if w == "ipproto" {
            let v = args.need()?;
            let p = inet_proto_a2n(&v).ok_or_else(|| invarg("Invalid \"ipproto\" value\n", &v))?;
            attrs.add_u8(FRA_IP_PROTO, p);
        } else if w == "sport" {
            let v = args.need()?;
            attrs.add(FRA_SPORT_RANGE, &port_range(&v, "invalid port range\n")?);
        } else if w == "dport" {
            let v = args.need()?;
            attrs.add(FRA_DPORT_RANGE, &port_range(&v, "invalid dport range\n")?);
        } else {
            let mut w = w;
            if w == "type" {
                w = args.need()?;
            }
            let ty = if matches(&w, "help") {
                return Err(usage());
            } else if matches(&w, "goto") {
                let v = args.need()?;
                let t = get_u32(&v, 0).ok_or_else(|| invarg("invalid target\n", &v))?;
                attrs.add_u32(FRA_GOTO, t);
                FR_ACT_GOTO
            } else if matches(&w, "nop") {
                FR_ACT_NOP
            } else {
                rtntype_a2n(&w).ok_or_else(|| invarg("Failed to parse rule type", &w))?
            };
            hdr[7] = ty;
            table_ok = true;
        }
    }
    hdr[8..12].copy_from_slice(&frh_flags.to_ne_bytes());
    if l3mdev_rule && tid != 0 {
        return Err(Error::ret(
            22,
            "table can not be specified for l3mdev rules",
        ));
    }
    if hdr[0] == AF_UNSPEC {
        hdr[0] = AF_INET;
    }
    if !table_ok && cmd == RTM_NEWRULE {
        hdr[4] = RT_TABLE_MAIN;
    }
    Ok(RuleReq { flags, hdr, attrs })
}

pub fn modify(cmd: u16, args: &mut Args, ip: &mut Ip) -> Result<()> {
    let req = parse(cmd, args, ip.g.family)?;
    if !ip.g.echo {
        ip.nl.talk(cmd, req.flags, &req.payload())?;
        return Ok(());
    }
    // rtnl_echo_talk: the kernel echoes the rule, printed in a JSON context of its own.
    let answer = ip.nl.talk_answer(
        cmd,
        req.flags | NLM_F_ECHO | NLM_F_ACK,
        &req.payload(),
        |m| (m.ty, m.flags, m.payload.to_vec()),
    )?;
    let (ty, flags, body) = answer;
    let m = Msg {
        ty,
        flags,
        seq: 0,
        pid: 0,
        payload: &body,
    };
    let opts = PrintOpts {
        details: ip.g.details,
    };
    let out = &mut ip.out;
    out.begin_list()?;
    out.open_object("")?;
    if let Some(r) = parse_rule(&m) {
        print_rule(&r, &opts, out)?;
    }
    out.close_object()?;
    out.end_list()?;
    Ok(())
}
