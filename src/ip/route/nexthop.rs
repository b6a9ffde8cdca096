//! `nexthop via A dev D weight N ...` of `ip route add` (ip/iproute.c parse_nexthops,
//! parse_one_nh): RTA_MULTIPATH, a list of struct rtnexthop each followed by attributes.
use super::addr::get_addr;
use super::rtm::*;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u32, invarg, AF_UNSPEC};
use crate::error::{Error, Failure, Result};
use crate::ip::read_family;
use crate::netlink::attr::AttrBuf;

fn cannot_parse(prefix: &str) -> Error {
    Error::raw(
        255,
        format!("{prefix}Error: cannot parse nexthop\n"),
        Failure::Exit,
    )
}

/// parse_one_nh: the words after one `nexthop`, up to the first it does not know.
fn parse_one_nh(args: &mut Args, r: &mut RtMsg, nh: &mut AttrBuf) -> Result<(u8, u8, u32)> {
    let mut flags = 0u8;
    let mut hops = 0u8;
    let mut ifindex = 0u32;
    while let Some(w) = args.next() {
        if w == "via" {
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
                nh.add(RTA_GATEWAY, &a.data);
            } else {
                nh.add(RTA_VIA, &a.rtvia());
            }
        } else if w == "dev" {
            let v = args.need()?;
            ifindex = crate::ifmap::name_to_index(&v);
            if ifindex == 0 {
                return Err(cannot_parse(&format!("Cannot find device \"{v}\"\n")));
            }
        } else if w == "weight" {
            let v = args.need()?;
            let w = get_u32(&v, 0).filter(|w| (1..=256).contains(w));
            let Some(w) = w else {
                return Err(invarg("\"weight\" is invalid\n", &v));
            };
            hops = (w - 1) as u8;
        } else if w == "onlink" {
            flags |= RTNH_F_ONLINK as u8;
        } else if matches(&w, "realms") {
            let v = args.need()?;
            let Some(realm) = get_rt_realms_or_raw(&v) else {
                return Err(invarg("\"realm\" value is invalid\n", &v));
            };
            nh.add_u32(RTA_FLOW, realm);
        } else if w == "encap" {
            let raw = super::encap::parse_encap(args)?;
            nh.buf.extend_from_slice(&raw);
        } else if w == "as" {
            let mut v = args.need()?;
            if v == "to" {
                v = args.need()?;
            }
            let a = get_addr(&v, r.family)?;
            nh.add(RTA_NEWDST, &a.data);
        } else {
            args.back();
            break;
        }
    }
    Ok((flags, hops, ifindex))
}

/// parse_nexthops: every remaining word belongs to `nexthop` groups.
pub fn parse_nexthops(args: &mut Args, r: &mut RtMsg, req: &mut AttrBuf) -> Result<()> {
    let mut mp: Vec<u8> = Vec::new();
    while let Some(w) = args.next() {
        if w != "nexthop" {
            return Err(Error::exit(
                255,
                format!("Error: \"nexthop\" or end of line is expected instead of \"{w}\""),
            ));
        }
        if args.is_empty() {
            return Err(Error::exit(
                255,
                "Error: unexpected end of line after \"nexthop\"",
            ));
        }
        let mut nh = AttrBuf::new();
        let (flags, hops, ifindex) = parse_one_nh(args, r, &mut nh)?;
        let len = (8 + nh.buf.len()) as u16;
        mp.extend_from_slice(&len.to_ne_bytes());
        mp.push(flags);
        mp.push(hops);
        mp.extend_from_slice(&ifindex.to_ne_bytes());
        mp.extend_from_slice(&nh.buf);
    }
    if !mp.is_empty() {
        req.add(RTA_MULTIPATH, &mp);
    }
    Ok(())
}
