//! `ip link add|set|change|replace|delete`, `property`, `xstats`, `afstats`, `help`
//! (ip/iplink.c iplink_modify, iplink_prop, iplink_afstats, do_help; ip/iplink_xstats.c).
pub mod ifla;
pub mod lladdr;
pub mod lookup;
pub mod parse;
pub mod req;
mod stats;
#[cfg(test)]
mod tests;
pub mod usage;
mod vf;
mod xdp;

use super::link_kind;
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::error::{Error, Result};
use crate::netlink::{NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, RTM_DELLINKPROP, RTM_NEWLINKPROP};
use ifla::*;
use req::LinkReq;

/// iplink_modify: parse the generic words, then `type KIND` and the kind's own words.
pub fn modify(cmd: u16, flags: u16, args: &mut Args, ip: &mut Ip) -> Result<()> {
    let req = build(cmd, flags, args, ip.g.family, ip.g.force)?;
    if ip.g.echo {
        return echo_talk(ip, cmd, &req);
    }
    ip.nl.talk(cmd, req.flags, &req.payload())?;
    crate::ifmap::forget_all();
    drop(req.fds);
    Ok(())
}

/// rtnl_echo_talk with print_linkinfo: the first reply (the echoed link, or the ACK of a
/// change the kernel does not echo) is printed inside one JSON object, with ipaddress.c's
/// filter and do_link as an `ip link add` leaves them (zero).
fn echo_talk(ip: &mut Ip, cmd: u16, req: &LinkReq) -> Result<()> {
    use crate::netlink::{NLM_F_ACK, NLM_F_ECHO};
    let (ty, payload) = ip.nl.talk_answer(
        cmd,
        req.flags | NLM_F_ECHO | NLM_F_ACK,
        &req.payload(),
        |m| (m.ty, m.payload.to_vec()),
    )?;
    crate::ifmap::forget_all();
    let g = ip.g.clone();
    ip.out.begin_list()?;
    ip.out.open_object("")?;
    crate::ip::ipaddr::print_link_echo(&mut ip.out, &g, ty, &payload)?;
    ip.out.close_object()?;
    ip.out.end_list()?;
    Ok(())
}

/// The whole request of `ip link add|set|delete ARGS`, without sending it.
pub fn build(cmd: u16, flags: u16, args: &mut Args, family: u8, force: bool) -> Result<LinkReq> {
    let mut req = LinkReq::new(cmd, flags, family);
    req.force = force;
    let parsed = parse::iplink_parse(args, &mut req)?;
    if let Some(kind) = parsed.kind {
        add_linkinfo(&mut req, &kind, args)?;
    } else if flags & NLM_F_CREATE != 0 {
        return Err(Error::ret(
            1,
            "Not enough information: \"type\" argument is required",
        ));
    }
    Ok(req)
}

/// IFLA_LINKINFO { IFLA_INFO_KIND (no NUL), IFLA_INFO_DATA | IFLA_INFO_SLAVE_DATA {...} }.
fn add_linkinfo(req: &mut LinkReq, kind: &str, args: &mut Args) -> Result<()> {
    let info = req.attrs.begin_nest(IFLA_LINKINFO);
    req.attrs.add(IFLA_INFO_KIND, kind.as_bytes());
    let data_ty = if kind.find('_').map(|p| &kind[p..]) == Some("_slave") {
        IFLA_INFO_SLAVE_DATA
    } else {
        IFLA_INFO_DATA
    };
    let lu = link_kind::find(kind);
    match lu {
        Some(lu) if !args.is_empty() => {
            let data = req.attrs.begin_nest(data_ty);
            link_kind::parse(lu, args, req)?;
            req.attrs.end_nest(data);
        }
        _ => {
            if let Some(w) = args.peek() {
                if matches(w, "help") {
                    return Err(usage::usage());
                }
                return Err(Error::ret(
                    1,
                    format!("Garbage instead of arguments \"{w} ...\". Try \"ip link help\"."),
                ));
            }
        }
    }
    req.attrs.end_nest(info);
    Ok(())
}

pub fn xstats(args: &mut Args, ip: &mut Ip) -> Result<()> {
    stats::xstats(args, ip)
}

pub fn afstats(args: &mut Args, ip: &mut Ip) -> Result<()> {
    stats::afstats(args, ip)
}

/// iplink_prop: `property add|del dev DEV altname NAME ...`.
pub fn property(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(op) = args.next() else {
        return Err(usage::usage());
    };
    let (ty, flags) = if matches(&op, "add") {
        (RTM_NEWLINKPROP, NLM_F_EXCL | NLM_F_CREATE | NLM_F_APPEND)
    } else if matches(&op, "del") {
        (RTM_DELLINKPROP, 0)
    } else if matches(&op, "help") {
        return Err(usage::usage());
    } else {
        return Err(Error::exit(255, "Operator required"));
    };
    let mut req = LinkReq::new(ty, flags, ip.g.family);
    let list = req
        .attrs
        .begin_nest(IFLA_PROP_LIST | crate::netlink::attr::NLA_F_NESTED);
    let mut dev: Option<String> = None;
    while let Some(w) = args.next() {
        if matches(&w, "altname") {
            let v = args.need()?;
            if !parse::check_altifname(&v) {
                return Err(crate::cli::parse::invarg("not a valid altname", &v));
            }
            req.attrs.add_str(IFLA_ALT_IFNAME, &v);
        } else if matches(&w, "help") {
            return Err(usage::usage());
        } else {
            let d = if w == "dev" { args.need()? } else { w };
            if dev.is_some() {
                return Err(crate::cli::parse::duparg2("dev", &d));
            }
            if !parse::check_altifname(&d) {
                return Err(crate::cli::parse::invarg("\"dev\" not a valid ifname", &d));
            }
            dev = Some(d);
        }
    }
    req.attrs.end_nest(list);
    let Some(dev) = dev else {
        return Err(Error::exit(
            255,
            "Not enough of information: \"dev\" argument is required.",
        ));
    };
    req.index = crate::ifmap::name_to_index(&dev) as i32;
    if req.index == 0 {
        return Err(parse::nodev(&dev));
    }
    ip.nl.talk(ty, req.flags, &req.payload())?;
    Ok(())
}

/// do_help: `ip link help KIND` prints the kind's help on stdout (exit 0); anything else
/// is the usage.
pub fn help(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(kind) = args.next() else {
        return Err(usage::usage());
    };
    match link_kind::find(&kind).and_then(|lu| lu.help) {
        Some(text) => {
            use std::io::Write;
            ip.out.w.write_all(text.as_bytes())?;
            Ok(())
        }
        None => Err(usage::usage()),
    }
}
