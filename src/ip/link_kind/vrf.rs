//! `type vrf table ID` (ip/iplink_vrf.c).
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::invarg;
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::req::LinkReq;

const IFLA_VRF_TABLE: u16 = 1;
const EXPLAIN: &str = "Usage: ... vrf table TABLEID\n";

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    while let Some(w) = args.next() {
        if matches(&w, "table") {
            let v = args.need()?;
            let t = crate::names::table_id(&v).ok_or_else(|| invarg("invalid table ID\n", &v))?;
            req.attrs.add_u32(IFLA_VRF_TABLE, t);
        } else if matches(&w, "help") {
            return Err(Error::raw(1, EXPLAIN, Failure::Return));
        } else {
            let t = format!("vrf: unknown option \"{w}\"?\n{EXPLAIN}");
            return Err(Error::raw(1, t, Failure::Return));
        }
    }
    Ok(())
}
