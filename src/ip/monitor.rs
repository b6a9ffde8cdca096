//! `ip monitor`.
use super::Ip;
use crate::cli::args::Args;
use crate::error::{Error, Result};

pub fn run(_args: &mut Args, _ip: &mut Ip) -> Result<()> {
    Err(Error::ret(1, "nlbox: ip monitor: not implemented"))
}
