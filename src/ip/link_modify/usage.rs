//! iplink_usage (ip/iplink.c): the whole text on stderr, then exit(-1). The text is the
//! reference's own output (`ip link help 2>usage.txt`), kept verbatim.
use crate::error::{Error, Failure};

pub const USAGE: &str = include_str!("usage.txt");

pub fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}
