//! `ip link add|set|change|replace|delete`, `property`, `xstats`, `afstats`, `help` (ip/iplink.c).
use super::Ip;
use crate::cli::args::Args;
use crate::error::{Error, Result};

pub fn modify(_cmd: u16, _flags: u16, _args: &mut Args, _ip: &mut Ip) -> Result<()> {
    Err(Error::ret(1, "nlbox: ip link modify: not implemented"))
}
pub fn xstats(_args: &mut Args, _ip: &mut Ip) -> Result<()> {
    Err(Error::ret(1, "nlbox: ip link xstats: not implemented"))
}
pub fn afstats(_args: &mut Args, _ip: &mut Ip) -> Result<()> {
    Err(Error::ret(1, "nlbox: ip link afstats: not implemented"))
}
pub fn property(_args: &mut Args, _ip: &mut Ip) -> Result<()> {
    Err(Error::ret(1, "nlbox: ip link property: not implemented"))
}
pub fn help(_args: &mut Args, _ip: &mut Ip) -> Result<()> {
    Err(Error::ret(1, "nlbox: ip link help: not implemented"))
}
