//! `type gre|gretap` (ip/link_gre.c) and `type ipip|sit` (ip/link_iptnl.c).
use crate::cli::args::Args;
use crate::error::{Error, Result};
use crate::ip::link_modify::req::LinkReq;

fn ni(k: &str) -> Error {
    Error::ret(
        1,
        format!("nlbox: ip link ... type {k} ARGS: not implemented"),
    )
}
pub fn parse_gre(_args: &mut Args, _req: &mut LinkReq) -> Result<()> {
    Err(ni("gre"))
}
pub fn parse_gretap(_args: &mut Args, _req: &mut LinkReq) -> Result<()> {
    Err(ni("gretap"))
}
pub fn parse_ipip(_args: &mut Args, _req: &mut LinkReq) -> Result<()> {
    Err(ni("ipip"))
}
pub fn parse_sit(_args: &mut Args, _req: &mut LinkReq) -> Result<()> {
    Err(ni("sit"))
}
