//! `ip neigh add|del|change|replace` (ipneigh_modify) and `ip neigh get` (ipneigh_get).
use super::lladdr::ll_addr_a2n;
use super::prefix::{get_addr, InetPrefix};
use super::print::{print_neigh, NeighFilter, PrintOpts};
use super::*;
use crate::cli::parse::{duparg, duparg2, invarg, AF_UNSPEC};
use crate::ifmap;
use crate::netlink::attr::AttrBuf;
use crate::netlink::{NLM_F_REQUEST, RTM_GETNEIGH};

/// The parsed request of ipneigh_modify: the ndmsg fields and the attributes in order.
#[derive(Debug)]
pub struct NeighReq {
    pub hdr: [u8; NDMSG_LEN],
    pub attrs: AttrBuf,
    pub dev: Option<String>,
}

fn set_state(hdr: &mut [u8; NDMSG_LEN], state: u32) {
    hdr[8..10].copy_from_slice(&(state as u16).to_ne_bytes());
}

/// Parses the words after the verb into the request (everything but the ifindex).
pub fn parse_modify(args: &mut Args, family: u8) -> Result<NeighReq> {
    let mut hdr = [0u8; NDMSG_LEN];
    hdr[0] = family;
    set_state(&mut hdr, NUD_PERMANENT);
    let mut attrs = AttrBuf::new();
    let mut ext_flags = 0u32;
    let mut dev = None;
    let mut dst: Option<InetPrefix> = None;
    let mut dev_ok = false;
    let mut lla: Option<String> = None;
    while let Some(w) = args.next() {
        if matches(&w, "lladdr") {
            let v = args.need()?;
            if lla.is_some() {
                return Err(duparg("lladdr", &v));
            }
            lla = Some(v);
        } else if w == "nud" {
            let v = args.need()?;
            let Some(s) = nud_state_a2n(&v) else {
                return Err(invarg("nud state is bad", &v));
            };
            set_state(&mut hdr, s);
        } else if matches(&w, "proxy") {
            let v = args.need()?;
            if matches(&v, "help") {
                return Err(usage());
            }
            if dst.is_some() {
                return Err(duparg("address", &v));
            }
            dst = Some(get_addr(&v, family)?);
            dev_ok = true;
            hdr[10] |= NTF_PROXY;
        } else if w == "router" {
            hdr[10] |= NTF_ROUTER;
        } else if w == "use" {
            hdr[10] |= NTF_USE;
        } else if w == "managed" {
            ext_flags |= NTF_EXT_MANAGED;
            set_state(&mut hdr, NUD_NONE);
        } else if matches(&w, "extern_learn") {
            hdr[10] |= NTF_EXT_LEARNED;
        } else if w == "dev" {
            dev = Some(args.need()?);
            dev_ok = true;
        } else if matches(&w, "protocol") {
            let v = args.need()?;
            let Some(p) = crate::names::proto_id(&v) else {
                return Err(invarg("\"protocol\" value is invalid\n", &v));
            };
            attrs.add_u8(NDA_PROTOCOL, p as u8);
        } else {
            let mut w = w;
            if w == "to" {
                w = args.need()?;
            }
            // The reference skips a "help" word here instead of printing usage.
            if matches(&w, "help") {
                w = args.need()?;
            }
            if dst.is_some() {
                return Err(duparg2("to", &w));
            }
            dst = Some(get_addr(&w, family)?);
        }
    }
    let dst = match dst {
        Some(d) if dev_ok && d.family != AF_UNSPEC => d,
        _ => {
            return Err(Error::exit(
                255,
                "Device and destination are required arguments.",
            ))
        }
    };
    hdr[0] = dst.family;
    attrs.add(NDA_DST, &dst.data);
    if ext_flags != 0 {
        attrs.add_u32(NDA_FLAGS_EXT, ext_flags);
    }
    if let Some(l) = lla.filter(|l| l != "null") {
        let b = ll_addr_a2n(&l, 20).map_err(|t| {
            if t.is_empty() {
                Error::silent(1, Failure::Return)
            } else {
                Error::ret(1, t)
            }
        })?;
        attrs.add(NDA_LLADDR, &b);
    }
    Ok(NeighReq { hdr, attrs, dev })
}

impl NeighReq {
    pub fn payload(&self, ifindex: u32) -> Vec<u8> {
        let mut p = self.hdr.to_vec();
        p[4..8].copy_from_slice(&ifindex.to_ne_bytes());
        p.extend_from_slice(&self.attrs.buf);
        p
    }
}

pub fn modify(cmd: u16, flags: u16, args: &mut Args, ip: &mut Ip) -> Result<()> {
    let req = parse_modify(args, ip.g.family)?;
    let mut ifindex = 0;
    if let Some(d) = &req.dev {
        ifindex = ifmap::name_to_index(d);
        if ifindex == 0 {
            return Err(Error::ret(1, format!("Cannot find device \"{d}\"")));
        }
    }
    ip.nl
        .talk(cmd, flags, &req.payload(ifindex))
        .map_err(|e| Error::raw(2, e.text, Failure::Exit))
}

/// ipneigh_get's parse: (request header + NDA_DST, device name).
pub fn parse_get(args: &mut Args, family: u8) -> Result<(Vec<u8>, Option<String>)> {
    let mut hdr = [0u8; NDMSG_LEN];
    hdr[0] = family;
    let mut d = None;
    let mut dst: Option<InetPrefix> = None;
    let mut dev_ok = false;
    while let Some(w) = args.next() {
        if w == "dev" {
            d = Some(args.need()?);
            dev_ok = true;
        } else if matches(&w, "proxy") {
            let v = args.need()?;
            if matches(&v, "help") {
                return Err(usage());
            }
            if dst.is_some() {
                return Err(duparg("address", &v));
            }
            dst = Some(get_addr(&v, family)?);
            dev_ok = true;
            hdr[10] |= NTF_PROXY;
        } else {
            let mut w = w;
            if w == "to" {
                w = args.need()?;
            }
            if matches(&w, "help") {
                return Err(usage());
            }
            if dst.is_some() {
                return Err(duparg2("to", &w));
            }
            dst = Some(get_addr(&w, family)?);
        }
    }
    let dst = match dst {
        Some(x) if dev_ok && x.family != AF_UNSPEC => x,
        _ => return Err(Error::ret(1, "Device and address are required arguments.")),
    };
    hdr[0] = dst.family;
    let mut attrs = AttrBuf::with_header(&hdr);
    attrs.add(NDA_DST, &dst.data);
    Ok((attrs.buf, d))
}

pub fn get(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let (mut payload, d) = parse_get(args, ip.g.family)?;
    if let Some(d) = d {
        let i = ifmap::name_to_index(&d);
        if i == 0 {
            return Err(Error::ret(1, format!("Cannot find device \"{d}\"")));
        }
        payload[4..8].copy_from_slice(&i.to_ne_bytes());
    }
    let answer = ip
        .nl
        .talk_answer(RTM_GETNEIGH, NLM_F_REQUEST, &payload, |m| {
            (m.ty, m.flags, m.payload.to_vec())
        })?;
    let (ty, flags, body) = answer;
    let msg = crate::netlink::Msg {
        ty,
        flags,
        seq: 0,
        pid: 0,
        payload: &body,
    };
    // ipneigh_reset_filter(0): everything passes. No JSON context is opened, so even
    // `ip -j neigh get` prints text (iproute2 6.1).
    let mut f = NeighFilter::reset(0);
    let opts = PrintOpts {
        stats: ip.g.stats,
        brief: ip.g.brief,
    };
    if let Some(n) = f.accept(&msg, &mut ip.out)? {
        print_neigh(&n, &f, &opts, &mut ip.out)?;
    }
    Ok(())
}
