//! `type geneve` (ip/iplink_geneve.c).
use crate::cli::args::Args;
use crate::error::{Error, Result};
use crate::ip::link_modify::req::LinkReq;

pub fn parse(_args: &mut Args, _req: &mut LinkReq) -> Result<()> {
    Err(Error::ret(
        1,
        "nlbox: ip link ... type geneve ARGS: not implemented",
    ))
}
