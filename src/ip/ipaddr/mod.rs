//! Listing links and addresses (ip/ipaddress.c): `ip link show`, `ip addr show|flush`.
use super::Ip;
use crate::cli::args::Args;
use crate::error::{Error, Failure, Result};

pub fn list_link(_args: &mut Args, _ip: &mut Ip) -> Result<()> {
    Err(Error::ret(1, "nlbox: ip link show: not implemented"))
}
pub fn list_addr(_args: &mut Args, _ip: &mut Ip) -> Result<()> {
    Err(Error::ret(1, "nlbox: ip address show: not implemented"))
}
pub fn flush_addr(_args: &mut Args, _ip: &mut Ip) -> Result<()> {
    Err(Error::ret(1, "nlbox: ip address flush: not implemented"))
}
/// `ip address help`.
pub fn usage() -> Error {
    Error::raw(
        255,
        "nlbox: ip address help: not implemented\n",
        Failure::Exit,
    )
}
