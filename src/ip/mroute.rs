//! `ip mroute show` (ip/ipmroute.c): the multicast routing cache (RTNL_FAMILY_IPMR /
//! IP6MR route dump). Nothing here runs a multicast routing daemon, so the cache stays
//! empty; printing an entry is not implemented.
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_prefix, invarg, AF_INET, AF_INET6, AF_UNSPEC};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::AttrBuf;
use crate::netlink::Msg;

const RTM_GETROUTE: u16 = 26;
const RTA_TABLE: u16 = 15;
const RTNL_FAMILY_IPMR: u8 = 128;
const RTNL_FAMILY_IP6MR: u8 = 129;
const RT_TABLE_DEFAULT: u32 = 253;

const USAGE: &str = "Usage: ip mroute show [ [ to ] PREFIX ] [ from PREFIX ] [ iif DEVICE ]\n                      [ table TABLE_ID ]\nTABLE_ID := [ local | main | default | all | NUMBER ]\n";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(w) = args.next() else {
        return list(args, ip);
    };
    if matches(&w, "list") || matches(&w, "show") || matches(&w, "lst") {
        return list(args, ip);
    }
    if matches(&w, "help") {
        return Err(usage());
    }
    Err(Error::exit(
        255,
        format!("Command \"{w}\" is unknown, try \"ip mroute help\"."),
    ))
}

fn list(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let (family, mut table) = match ip.g.family {
        AF_INET | AF_UNSPEC => (RTNL_FAMILY_IPMR, RT_TABLE_DEFAULT),
        AF_INET6 => (RTNL_FAMILY_IP6MR, 0),
        // The family has no multicast routing.
        _ => return Ok(()),
    };
    let mut iif: Option<String> = None;
    while let Some(w) = args.next() {
        if matches(&w, "table") {
            let v = args.need()?;
            match crate::names::table_id(&v) {
                Some(t) => table = t,
                None if v == "all" => table = 0,
                None if v == "help" => return Err(usage()),
                None => return Err(invarg("table id value is invalid\n", &v)),
            }
        } else if w == "iif" {
            iif = Some(args.need()?);
        } else if matches(&w, "from") {
            get_prefix(&args.need()?, family)?;
        } else {
            let w = if w == "to" { args.need()? } else { w };
            if matches(&w, "help") {
                return Err(usage());
            }
            get_prefix(&w, family)?;
        }
    }
    if let Some(name) = iif {
        if crate::ifmap::name_to_index(&name) == 0 {
            return Err(Error::ret(1, format!("Cannot find device \"{name}\"")));
        }
    }
    let mut req = AttrBuf::with_header(&[family, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    if table != 0 {
        req.add_u32(RTA_TABLE, table);
    }
    ip.out.begin_list()?;
    let r = ip
        .nl
        .dump(RTM_GETROUTE, &req.buf, |_m: &Msg| -> Result<()> {
            Err(Error::ret(
                1,
                "nlbox: ip mroute: printing multicast routes: not implemented",
            ))
        });
    if let Err(e) = r {
        // delete_json_obj, "Dump terminated", exit(1).
        ip.out.end_list()?;
        let mut text = e.msg.unwrap_or_default();
        text.push_str("Dump terminated\n");
        return Err(Error::raw(1, text, Failure::Exit));
    }
    ip.out.end_list()?;
    Ok(())
}
