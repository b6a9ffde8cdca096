//! rtnl_from_file (lib/libnetlink.c): the messages of a file, one after another, each
//! header then its aligned body, as `rtmon` and NLBOX_RECORD write them.
use super::accept::{Monitor, Origin, Pending};
use crate::error::{warn, Error, Failure, Result};
use crate::netlink::session::parse_msg;
use crate::output::Printer;
use std::io::{Read, Write};

const NLMSG_HDRLEN: usize = 16;
/// rtnl_from_file's buffer: a longer message is "malformed".
const BUF_LEN: usize = 16384;

/// Reads until `buf` is full or the file ends; the count read.
fn read_full(f: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// do_ipmonitor's `file` branch: fopen, then rtnl_from_file; its -1 becomes exit 1.
pub fn replay<W: Write + Pending>(
    path: &str,
    mon: &mut Monitor,
    out: &mut Printer<W>,
) -> Result<()> {
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            return Err(Error::exit(
                255,
                format!(
                    "Cannot fopen: {}",
                    crate::netlink::strerror(e.raw_os_error().unwrap_or(0))
                ),
            ))
        }
    };
    let r = from_reader(&mut f, mon, out);
    out.flush()?;
    if r.is_err() {
        return Err(Error::silent(1, Failure::Return));
    }
    Ok(())
}

/// rtnl_from_file; `Err(())` is its -1 (the reason already on stderr).
pub fn from_reader<W: Write + Pending>(
    f: &mut impl Read,
    mon: &mut Monitor,
    out: &mut Printer<W>,
) -> std::result::Result<(), ()> {
    let mut buf = vec![0u8; BUF_LEN];
    let mut pos: u64 = 0;
    loop {
        let n = read_full(f, &mut buf[..NLMSG_HDRLEN]).map_err(read_error)?;
        pos += n as u64;
        if n == 0 {
            return Ok(());
        }
        if n != NLMSG_HDRLEN {
            truncated();
            return Err(());
        }
        let len = u32::from_ne_bytes([buf[0], buf[1], buf[2], buf[3]]) as usize;
        if !(NLMSG_HDRLEN..=BUF_LEN).contains(&len) {
            warn(&format!("!!!malformed message: len={} @{pos}", len as i32));
            return Err(());
        }
        let body = (len - NLMSG_HDRLEN + 3) & !3;
        let end = NLMSG_HDRLEN + body;
        // NLMSG_ALIGN of a length up to 16384 stays within the buffer.
        let n = read_full(f, &mut buf[NLMSG_HDRLEN..end]).map_err(read_error)?;
        pos += n as u64;
        if n != body {
            truncated();
            return Err(());
        }
        let Some(m) = parse_msg(&buf[..end]) else {
            return Err(());
        };
        if mon.accept(&m, Origin::File, out).is_err() {
            return Err(());
        }
    }
}

fn truncated() {
    warn("rtnl-from_file: truncated message");
}

fn read_error(e: std::io::Error) {
    warn(&format!(
        "rtnl_from_file: fread: {}",
        crate::netlink::strerror(e.raw_os_error().unwrap_or(0))
    ));
}
