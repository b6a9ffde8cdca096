//! `ip token` (ip/iptoken.c): the IPv6 interface identifier token of each link.
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_prefix, invarg, AF_INET6};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{AttrBuf, AttrIter};
use crate::netlink::Msg;
use crate::output::{Color, Ctx, Printer};
use std::io::Write;

const RTM_NEWLINK: u16 = 16;
const RTM_GETLINK: u16 = 18;
const RTM_SETLINK: u16 = 19;
const IFLA_PROTINFO: u16 = 12;
const IFLA_AF_SPEC: u16 = 26;
const IFLA_INET6_TOKEN: u16 = 7;
const IFF_LOOPBACK: u32 = 0x8;
const IFF_NOARP: u32 = 0x80;

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(w) = args.next() else {
        return list(args, ip);
    };
    if matches(&w, "list") || matches(&w, "lst") || matches(&w, "show") {
        list(args, ip)
    } else if matches(&w, "set") || matches(&w, "add") {
        set(args, ip, false)
    } else if matches(&w, "delete") {
        set(args, ip, true)
    } else if matches(&w, "get") {
        list(args, ip)
    } else if matches(&w, "help") {
        Err(usage())
    } else {
        Err(Error::exit(
            255,
            format!("Command \"{w}\" is unknown, try \"ip token help\"."),
        ))
    }
}

fn usage() -> Error {
    Error::exit(
        255,
        "Usage: ip token [ list | set | del | get ] [ TOKEN ] [ dev DEV ]",
    )
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    b.get(at..at + 4)
        .map(|s| u32::from_ne_bytes([s[0], s[1], s[2], s[3]]))
        .unwrap_or(0)
}

/// print_token; `Err` ends the dump ("Dump terminated"), as its -1 does.
fn print_token<W: Write>(out: &mut Printer<W>, ifindex: u32, m: &Msg) -> Result<()> {
    let stop = || Error::silent(1, Failure::Return);
    if m.ty != RTM_NEWLINK {
        return Err(stop());
    }
    let Some(hdr) = m.payload.get(..16) else {
        return Err(stop());
    };
    let (family, index, flags) = (hdr[0], u32_at(hdr, 4), u32_at(hdr, 8));
    if family != AF_INET6 || index == 0 || (ifindex > 0 && index != ifindex) {
        return Ok(());
    }
    if flags & (IFF_LOOPBACK | IFF_NOARP) != 0 {
        return Ok(());
    }
    let attrs = m.payload.get(16..).unwrap_or(&[]);
    let Some(pi) = AttrIter::new(attrs)
        .filter(|a| a.ty == IFLA_PROTINFO)
        .last()
    else {
        return Err(stop());
    };
    let Some(tok) = pi.nested().filter(|a| a.ty == IFLA_INET6_TOKEN).last() else {
        crate::error::warn("Seems there's no support for IPv6 token!");
        return Err(stop());
    };
    let text = crate::inet::format_host(family, tok.data);
    out.open_object("")?;
    out.fp(format_args!("token "))?;
    out.string_c(
        Ctx::Any,
        Color::Inet6,
        "token",
        &text,
        format_args!("{text}"),
    )?;
    out.fp(format_args!(" dev "))?;
    let n = crate::ifmap::index_to_name(index);
    out.string_c(Ctx::Any, Color::Ifname, "ifname", &n, format_args!("{n}\n"))?;
    out.close_object()?;
    Ok(())
}

fn list(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let mut ifindex = 0u32;
    while let Some(w) = args.next() {
        if w == "dev" {
            let v = args.need()?;
            ifindex = crate::ifmap::name_to_index(&v);
            if ifindex == 0 {
                return Err(invarg("dev is invalid\n", &v));
            }
            break;
        }
    }
    // rtnl_linkdump_req(AF_INET6): the inet6 view of every link; IFLA_EXT_MASK is only
    // added for AF_UNSPEC/AF_BRIDGE (the strict inet6 dump refuses attributes).
    let mut req = [0u8; 16];
    req[0] = AF_INET6;
    ip.out.begin_list()?;
    let out = &mut ip.out;
    let r = ip
        .nl
        .dump(RTM_GETLINK, &req, |m: &Msg| print_token(out, ifindex, m));
    ip.out.end_list()?;
    if let Err(e) = r {
        let mut text = e.msg.unwrap_or_default();
        text.push_str("Dump terminated\n");
        return Err(Error::raw(1, text, Failure::Return));
    }
    Ok(())
}

fn set(args: &mut Args, ip: &mut Ip, delete: bool) -> Result<()> {
    let mut token: Option<Vec<u8>> = if delete { Some(vec![0; 16]) } else { None };
    let mut index = 0u32;
    let mut have_dev = false;
    while let Some(w) = args.next() {
        if w == "dev" {
            let v = args.need()?;
            if !have_dev {
                index = crate::ifmap::name_to_index(&v);
                if index == 0 {
                    return Err(invarg("dev is invalid\n", &v));
                }
                have_dev = true;
            }
        } else {
            if matches(&w, "help") {
                return Err(usage());
            }
            if token.is_none() {
                let p = get_prefix(&w, AF_INET6)?;
                let mut b = p.bytes();
                b.resize(16, 0);
                token = Some(b);
            }
        }
    }
    let Some(token) = token else {
        return Err(Error::ret(1, "Not enough information: token is required."));
    };
    if !have_dev {
        return Err(Error::ret(
            1,
            "Not enough information: \"dev\" argument is required.",
        ));
    }
    let mut hdr = [0u8; 16];
    hdr[0] = AF_INET6;
    hdr[4..8].copy_from_slice(&index.to_ne_bytes());
    let mut req = AttrBuf::with_header(&hdr);
    let afs = req.begin_nest(IFLA_AF_SPEC);
    let afs6 = req.begin_nest(AF_INET6 as u16);
    req.add(IFLA_INET6_TOKEN, &token);
    req.end_nest(afs6);
    req.end_nest(afs);
    ip.nl.talk(RTM_SETLINK, 0, &req.buf)?;
    Ok(())
}
