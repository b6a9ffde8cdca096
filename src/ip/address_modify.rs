//! `ip address add|change|replace|delete` (ip/ipaddress.c ipaddr_modify).
use super::Ip;
use crate::cli::args::Args;
use crate::error::{Error, Result};

pub fn modify(_cmd: u16, _flags: u16, _args: &mut Args, _ip: &mut Ip) -> Result<()> {
    Err(Error::ret(1, "nlbox: ip address modify: not implemented"))
}
