//! `ip addrlabel` (ip/ipaddrlabel.c): the IPv6 address-selection label table.
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_prefix, get_u32, invarg, AF_INET, AF_INET6, AF_UNSPEC};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{AttrBuf, AttrIter};
use crate::netlink::Msg;
use crate::output::{Color, Ctx, Printer};
use std::io::Write;

const RTM_NEWADDRLABEL: u16 = 72;
const RTM_DELADDRLABEL: u16 = 73;
const RTM_GETADDRLABEL: u16 = 74;
const IFAL_ADDRESS: u16 = 1;
const IFAL_LABEL: u16 = 2;
const NLM_F_EXCL: u16 = 0x200;
const NLM_F_CREATE: u16 = 0x400;
/// sizeof(struct ifaddrlblmsg): family, reserved, prefixlen, flags, index, seq.
const IFAL_LEN: usize = 12;

const USAGE: &str = "Usage: ip addrlabel { add | del } prefix PREFIX [ dev DEV ] [ label LABEL ]\n       ip addrlabel [ list | flush | help ]\n";

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(w) = args.next() else {
        return list(args, ip);
    };
    if matches(&w, "list") || matches(&w, "lst") || matches(&w, "show") {
        list(args, ip)
    } else if matches(&w, "add") {
        modify(args, ip, RTM_NEWADDRLABEL)
    } else if matches(&w, "delete") {
        modify(args, ip, RTM_DELADDRLABEL)
    } else if matches(&w, "flush") {
        flush(args, ip)
    } else if matches(&w, "help") {
        Err(Error::raw(255, USAGE, Failure::Exit))
    } else {
        Err(Error::exit(
            255,
            format!("Command \"{w}\" is unknown, try \"ip addrlabel help\"."),
        ))
    }
}

fn dump_family(ip: &Ip) -> u8 {
    if ip.g.family == AF_UNSPEC {
        AF_INET6
    } else {
        ip.g.family
    }
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    b.get(at..at + 4)
        .map(|s| u32::from_ne_bytes([s[0], s[1], s[2], s[3]]))
        .unwrap_or(0)
}

/// print_addrlabel.
fn print_addrlabel<W: Write>(out: &mut Printer<W>, m: &Msg) -> Result<()> {
    if m.ty != RTM_NEWADDRLABEL && m.ty != RTM_DELADDRLABEL {
        return Ok(());
    }
    let Some(hdr) = m.payload.get(..IFAL_LEN) else {
        return Err(Error::silent(1, Failure::Return));
    };
    let (family, plen, index) = (hdr[0], hdr[2], u32_at(hdr, 4));
    let mut addr = None;
    let mut label = None;
    for a in AttrIter::new(m.payload.get(IFAL_LEN..).unwrap_or(&[])) {
        match a.ty {
            IFAL_ADDRESS => addr = Some(a.data),
            IFAL_LABEL => label = Some(a.data),
            _ => {}
        }
    }
    out.open_object("")?;
    if m.ty == RTM_DELADDRLABEL {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    if let Some(a) = addr {
        let host = crate::inet::format_host(family, a);
        out.fp(format_args!("prefix "))?;
        let c = if family == AF_INET {
            Color::Inet
        } else {
            Color::Inet6
        };
        out.string_c(Ctx::Any, c, "address", &host, format_args!("{host}"))?;
        out.uint(Ctx::Any, "prefixlen", plen as u64, format_args!("/{plen} "))?;
    }
    if index != 0 {
        let n = crate::ifmap::index_to_name(index);
        out.fp(format_args!("dev "))?;
        out.string_c(Ctx::Any, Color::Ifname, "ifname", &n, format_args!("{n} "))?;
    }
    if let Some(l) = label.filter(|l| l.len() == 4) {
        let v = u32_at(l, 0);
        out.uint(Ctx::Any, "label", v as u64, format_args!("label {v} "))?;
    }
    out.fp(format_args!("\n"))?;
    out.close_object()?;
    Ok(())
}

fn dump_request(family: u8) -> [u8; IFAL_LEN] {
    let mut h = [0u8; IFAL_LEN];
    h[0] = family;
    h
}

fn list(args: &mut Args, ip: &mut Ip) -> Result<()> {
    if args.peek().is_some() {
        return Err(Error::ret(
            1,
            "\"ip addrlabel show\" does not take any arguments.",
        ));
    }
    let req = dump_request(dump_family(ip));
    ip.out.begin_list()?;
    let out = &mut ip.out;
    let r = ip
        .nl
        .dump(RTM_GETADDRLABEL, &req, |m: &Msg| print_addrlabel(out, m));
    if let Err(e) = r {
        let mut text = e.msg.unwrap_or_default();
        text.push_str("Dump terminated\n");
        return Err(Error::raw(255, text, Failure::Return));
    }
    ip.out.end_list()?;
    Ok(())
}

fn modify(args: &mut Args, ip: &mut Ip, cmd: u16) -> Result<()> {
    let mut prefix = None;
    let mut index = 0u32;
    let mut label: Option<u32> = None;
    // Words other than prefix/dev/label are skipped, as the C loop has no else.
    while let Some(w) = args.next() {
        match w.as_str() {
            "prefix" => {
                let v = args.need()?;
                prefix = Some(get_prefix(&v, ip.g.family)?);
            }
            "dev" => {
                let v = args.need()?;
                index = crate::ifmap::name_to_index(&v);
                if index == 0 {
                    return Err(invarg("dev is invalid\n", &v));
                }
            }
            "label" => {
                let v = args.need()?;
                match get_u32(&v, 0) {
                    Some(l) if l != u32::MAX => label = Some(l),
                    _ => return Err(invarg("label is invalid\n", &v)),
                }
            }
            _ => {}
        }
    }
    let Some(prefix) = prefix else {
        return Err(Error::ret(
            1,
            "Not enough information: \"prefix\" argument is required.",
        ));
    };
    let Some(label) = label else {
        return Err(Error::ret(
            1,
            "Not enough information: \"label\" argument is required.",
        ));
    };
    let family = if ip.g.family == AF_UNSPEC {
        AF_INET6
    } else {
        ip.g.family
    };
    let mut hdr = [0u8; IFAL_LEN];
    hdr[0] = family;
    hdr[2] = prefix.bitlen;
    hdr[4..8].copy_from_slice(&index.to_ne_bytes());
    let mut req = AttrBuf::with_header(&hdr);
    req.add_u32(IFAL_LABEL, label);
    req.add(IFAL_ADDRESS, &prefix.bytes());
    let flags = if cmd == RTM_NEWADDRLABEL {
        NLM_F_CREATE | NLM_F_EXCL
    } else {
        0
    };
    ip.nl.talk(cmd, flags, &req.buf)?;
    Ok(())
}

/// ipaddrlabel_flush: every dumped label goes back as a delete on a second socket.
fn flush(args: &mut Args, ip: &mut Ip) -> Result<()> {
    if args.peek().is_some() {
        return Err(Error::ret(
            1,
            "\"ip addrlabel flush\" does not allow extra arguments",
        ));
    }
    let req = dump_request(dump_family(ip));
    let mut del =
        crate::netlink::session::Session::open().map_err(|_| Error::ret(1, "Flush terminated"))?;
    let r = ip.nl.dump(RTM_GETADDRLABEL, &req, |m: &Msg| -> Result<()> {
        let has_addr =
            AttrIter::new(m.payload.get(IFAL_LEN..).unwrap_or(&[])).any(|a| a.ty == IFAL_ADDRESS);
        if has_addr {
            del.talk(RTM_DELADDRLABEL, 0, m.payload)?;
        }
        Ok(())
    });
    if let Err(e) = r {
        let mut text = e.msg.unwrap_or_default();
        text.push_str("Flush terminated\n");
        return Err(Error::raw(1, text, Failure::Return));
    }
    Ok(())
}
