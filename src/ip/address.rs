//! `ip address`: the verb table of ip/ipaddress.c `do_ipaddr`, in its order.
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::error::{Error, Result};
use crate::netlink::{NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, RTM_DELADDR, RTM_NEWADDR};

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(verb) = args.next() else {
        return super::ipaddr::list_addr(args, ip);
    };
    let m = |k: &str| matches(&verb, k);
    if m("add") {
        return super::address_modify::modify(RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL, args, ip);
    }
    if m("change") || verb == "chg" {
        return super::address_modify::modify(RTM_NEWADDR, NLM_F_REPLACE, args, ip);
    }
    if m("replace") {
        return super::address_modify::modify(RTM_NEWADDR, NLM_F_CREATE | NLM_F_REPLACE, args, ip);
    }
    if m("delete") {
        return super::address_modify::modify(RTM_DELADDR, 0, args, ip);
    }
    if m("list") || m("show") || m("lst") {
        return super::ipaddr::list_addr(args, ip);
    }
    if m("flush") {
        return super::ipaddr::flush_addr(args, ip);
    }
    if m("save") {
        return super::ipaddr::save_addr(args, ip);
    }
    if m("showdump") {
        return super::ipaddr::showdump(ip);
    }
    if m("restore") {
        return super::ipaddr::restore(ip);
    }
    if m("help") {
        return Err(super::ipaddr::help(ip));
    }
    Err(Error::exit(
        255,
        format!("Command \"{verb}\" is unknown, try \"ip address help\"."),
    ))
}
