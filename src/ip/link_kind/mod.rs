//! One module per link kind (ip/iplink_*.c): option parser, `-d` printer and help text.
use super::Globals;
use crate::output::Printer;
use std::io::{self, Write};

/// print_opt of the kind's link_util, inside the "info_data" JSON object. Returns false when
/// nlbox has no printer for this kind (iproute2 then prints nothing more).
pub fn print_opt<W: Write>(
    _out: &mut Printer<W>,
    _g: &Globals,
    _kind: &str,
    _data: Option<&[u8]>,
) -> io::Result<bool> {
    Ok(false)
}

/// print_opt of the `KIND_slave` link_util, inside "info_slave_data".
pub fn print_slave_opt<W: Write>(
    _out: &mut Printer<W>,
    _g: &Globals,
    _slave_kind: &str,
    _data: Option<&[u8]>,
) -> io::Result<bool> {
    Ok(false)
}
