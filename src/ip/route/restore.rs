//! `ip route showdump` and `ip route restore`: read what `ip route save` wrote
//! (ip/iproute.c route_dump_check_magic, iproute_showdump, iproute_restore; lib/libnetlink.c
//! rtnl_from_file).
use super::filter::Filter;
use super::print::{print_route, Opts};
use super::rtm::*;
use crate::error::{Error, Failure, Result};
use crate::ip::Ip;
use std::io::Read;

const ROUTE_DUMP_MAGIC: u32 = 0x4531_1224;

fn fail(code: i32, text: String) -> Error {
    Error::raw(code, text, Failure::Return)
}

/// route_dump_check_magic, then the rest of stdin.
fn read_dump(need_seek: bool) -> Result<Vec<u8>> {
    // SAFETY: isatty has no preconditions.
    if unsafe { libc::isatty(0) } == 1 {
        return Err(fail(1, "Can't restore route dump from a terminal\n".into()));
    }
    let mut all = Vec::new();
    let _ = std::io::stdin().lock().read_to_end(&mut all);
    let (elems, magic) = match all.get(..4) {
        Some(b) => (1, u32::from_ne_bytes([b[0], b[1], b[2], b[3]])),
        None => (0, 0),
    };
    if magic != ROUTE_DUMP_MAGIC {
        return Err(fail(
            1,
            format!("Magic mismatch ({elems} elems, {magic:x} magic)\n"),
        ));
    }
    if need_seek {
        // SAFETY: lseek on fd 0 only queries the offset.
        if unsafe { libc::lseek(0, 0, libc::SEEK_CUR) } < 0 {
            let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            return Err(fail(
                1,
                format!(
                    "Failed to restore: ftell: {}\n",
                    crate::netlink::strerror(e)
                ),
            ));
        }
    }
    Ok(all.split_off(4))
}

/// rtnl_from_file: each saved message as (type, flags, payload); stops at a bad one with
/// its error text.
fn for_each_msg(
    data: &[u8],
    mut f: impl FnMut(u16, u16, &[u8]) -> Result<()>,
) -> std::result::Result<(), Error> {
    let mut off = 0usize;
    loop {
        if off >= data.len() {
            return Ok(());
        }
        let Some(h) = data.get(off..off + 16) else {
            return Err(fail(2, "rtnl-from_file: truncated message\n".into()));
        };
        let len = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]) as usize;
        let ty = u16::from_ne_bytes([h[4], h[5]]);
        let flags = u16::from_ne_bytes([h[6], h[7]]);
        if !(16..=16384).contains(&len) {
            return Err(fail(
                2,
                format!(
                    "!!!malformed message: len={} @{}\n",
                    len as i32,
                    off + 16 + 4
                ),
            ));
        }
        let body_end = off + 16 + crate::netlink::attr::align(len - 16);
        let Some(payload) = data.get(off + 16..off + len) else {
            return Err(fail(2, "rtnl-from_file: truncated message\n".into()));
        };
        if body_end > data.len() {
            return Err(fail(2, "rtnl-from_file: truncated message\n".into()));
        }
        f(ty, flags, payload)?;
        off = body_end;
    }
}

pub fn showdump(ip: &mut Ip) -> Result<()> {
    let data = read_dump(false)?;
    let f = Filter::default();
    let o = Opts {
        details: ip.g.details,
        stats: ip.g.stats,
        family: ip.g.family,
    };
    let out = &mut ip.out;
    let r = for_each_msg(&data, |ty, _, p| {
        // show_handler ignores what print_route returns; its complaint still reaches stderr.
        if let super::print::Printed::Refused(t) = print_route(out, ty, p, &f, &o)? {
            crate::error::warn(t.trim_end_matches('\n'));
        }
        Ok(())
    });
    ip.out.flush()?;
    r
}

/// restore_handler: local addresses first, then local networks, then gatewayed routes.
pub fn restore(ip: &mut Ip) -> Result<()> {
    let data = read_dump(true)?;
    for prio in 0..3 {
        let nl = &mut ip.nl;
        for_each_msg(&data, |ty, flags, p| {
            let tb = parse_tb(p.get(RTMSG_LEN..).unwrap_or(&[]));
            let gw = tb[RTA_GATEWAY as usize].is_some();
            let psrc = tb[RTA_PREFSRC as usize];
            let same = match (psrc, tb[RTA_DST as usize]) {
                (Some(a), Some(b)) => a.data == b.data,
                _ => false,
            };
            let go = match prio {
                0 => !gw && (psrc.is_none() || same),
                1 => !gw && psrc.is_some() && !same,
                _ => gw,
            };
            if !go {
                return Ok(());
            }
            match nl.talk(ty, flags | crate::netlink::NLM_F_CREATE, p) {
                Ok(()) => Ok(()),
                Err(e) if e.errno == libc::EEXIST => {
                    crate::error::warn(e.text.trim_end_matches('\n'));
                    Ok(())
                }
                Err(e) => Err(fail(2, e.text)),
            }
        })?;
    }
    Ok(())
}
