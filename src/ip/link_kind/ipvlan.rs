//! `type ipvlan|ipvtap` (ip/iplink_ipvlan.c): mode and one mode flag.
use super::opts::help_of;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::req::LinkReq;

const IFLA_IPVLAN_MODE: u16 = 1;
const IFLA_IPVLAN_FLAGS: u16 = 2;

pub fn parse_ipvlan(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    parse(args, req, "ipvlan")
}
pub fn parse_ipvtap(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    parse(args, req, "ipvtap")
}

fn parse(args: &mut Args, req: &mut LinkReq, id: &str) -> Result<()> {
    let mut flags = 0u16;
    let mut mflag = false;
    while let Some(w) = args.next() {
        let w = w.as_str();
        if matches(w, "mode") {
            let v = args.need()?;
            let mode = match v.as_str() {
                "l2" => 0,
                "l3" => 1,
                "l3s" => 2,
                _ => {
                    return Err(Error::ret(
                        1,
                        "Error: argument of \"mode\" must be either \"l2\", \"l3\" or \"l3s\"",
                    ))
                }
            };
            req.attrs.add_u16(IFLA_IPVLAN_MODE, mode);
        } else if matches(w, "private") && !mflag {
            flags |= 1;
            mflag = true;
        } else if matches(w, "vepa") && !mflag {
            flags |= 2;
            mflag = true;
        } else if matches(w, "bridge") && !mflag {
            mflag = true;
        } else if matches(w, "help") {
            return Err(Error::raw(1, help_of(id).unwrap_or(""), Failure::Return));
        } else {
            let t = format!(
                "{id}: unknown option \"{w}\"?\n{}",
                help_of(id).unwrap_or("")
            );
            return Err(Error::raw(1, t, Failure::Return));
        }
    }
    req.attrs.add_u16(IFLA_IPVLAN_FLAGS, flags);
    Ok(())
}
