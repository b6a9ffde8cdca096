//! Small kinds: xfrm (ip/link_xfrm.c), vxcan (ip/iplink_vxcan.c), dsa, rmnet, wwan, batadv.
//! None of them exists on this kernel; they are parsed and sent as iproute2 sends them.
use super::opts::help_of;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u16, get_u32, invarg, missarg};
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::req::LinkReq;

fn explain(id: &str, prefix: String) -> Error {
    Error::raw(1, prefix + help_of(id).unwrap_or(""), Failure::Return)
}

pub fn parse_vxcan(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    super::veth::parse_peer(args, req, "vxcan")
}

pub fn parse_xfrm(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let mut link = 0u32;
    let mut metadata = false;
    let mut if_id = 0u32;
    while let Some(w) = args.next() {
        if matches(&w, "dev") {
            let v = args.need()?;
            link = crate::ifmap::name_to_index(&v);
            if link == 0 {
                return Err(Error::exit(255, format!("Cannot find device \"{v}\"")));
            }
        } else if matches(&w, "if_id") {
            let v = args.need()?;
            if_id = get_u32(&v, 0)
                .filter(|i| *i != 0)
                .ok_or_else(|| invarg("if_id value is invalid", &v))?;
            req.attrs.add_u32(2, if_id);
        } else if w == "external" {
            metadata = true;
        } else {
            return Err(explain("xfrm", String::new()));
        }
    }
    if metadata {
        if if_id != 0 || link != 0 {
            return Err(Error::ret(
                1,
                "xfrmi: both 'external' and if_id/link cannot be specified",
            ));
        }
        req.attrs.add(3, &[]);
        return Ok(());
    }
    if if_id == 0 {
        return Err(missarg("IF_ID"));
    }
    if link != 0 {
        req.attrs.add_u32(1, link);
    }
    Ok(())
}

pub fn parse_dsa(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    while let Some(w) = args.next() {
        if w == "conduit" || w == "master" {
            let v = args.need()?;
            let i = crate::ifmap::name_to_index(&v);
            if i == 0 {
                return Err(invarg("Device does not exist\n", &v));
            }
            req.attrs.add_u32(1, i);
        } else if w == "help" {
            return Err(explain("dsa", String::new()));
        } else {
            return Err(explain("dsa", format!("dsa: unknown command \"{w}\"?\n")));
        }
    }
    Ok(())
}

/// rmnet, wwan and batadv: one option each, the same loop.
fn one_option(
    args: &mut Args,
    req: &mut LinkReq,
    id: &str,
    word: &str,
    f: fn(&str, &mut LinkReq) -> Result<()>,
) -> Result<()> {
    while let Some(w) = args.next() {
        if matches(&w, word) {
            let v = args.need()?;
            f(&v, req)?;
        } else if matches(&w, "help") {
            return Err(explain(id, String::new()));
        } else {
            return Err(explain(id, format!("{id}: unknown command \"{w}\"?\n")));
        }
    }
    Ok(())
}

pub fn parse_rmnet(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    one_option(args, req, "rmnet", "mux_id", |v, req| {
        let m = get_u16(v, 0).ok_or_else(|| invarg("mux_id is invalid", v))?;
        req.attrs.add_u16(1, m);
        Ok(())
    })
}

pub fn parse_wwan(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    one_option(args, req, "wwan", "linkid", |v, req| {
        let m = get_u32(v, 0).ok_or_else(|| invarg("linkid", v))?;
        req.attrs.add_u32(1, m);
        Ok(())
    })
}

pub fn parse_batadv(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    one_option(args, req, "batadv", "ra", |v, req| {
        req.attrs.add_str(1, v);
        Ok(())
    })
}
