//! `ip link`: the verb table of ip/iplink.c `do_iplink`, in its order (`ip link s` is set).
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::error::{Error, Result};
use crate::netlink::{NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, RTM_DELLINK, RTM_NEWLINK};

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(verb) = args.next() else {
        return super::ipaddr::list_link(args, ip);
    };
    let m = |k: &str| matches(&verb, k);
    if m("add") {
        return super::link_modify::modify(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, args, ip);
    }
    if m("set") || m("change") {
        return super::link_modify::modify(RTM_NEWLINK, 0, args, ip);
    }
    if m("replace") {
        return super::link_modify::modify(RTM_NEWLINK, NLM_F_CREATE | NLM_F_REPLACE, args, ip);
    }
    if m("delete") {
        return super::link_modify::modify(RTM_DELLINK, 0, args, ip);
    }
    if m("show") || m("lst") || m("list") {
        return super::ipaddr::list_link(args, ip);
    }
    if m("xstats") {
        return super::link_modify::xstats(args, ip);
    }
    if m("afstats") {
        return super::link_modify::afstats(args, ip);
    }
    if m("property") {
        return super::link_modify::property(args, ip);
    }
    if m("help") {
        return super::link_modify::help(args, ip);
    }
    Err(Error::exit(
        255,
        format!("Command \"{verb}\" is unknown, try \"ip link help\"."),
    ))
}
