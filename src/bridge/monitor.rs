//! `bridge monitor` (iproute2 6.1 bridge/monitor.c): link and fdb events as they arrive,
//! or the messages saved in a file.
use super::{Br, Globals};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::error::{Error, Failure, Result};
use crate::netlink::session::messages;
use crate::netlink::{RTM_DELLINK, RTM_DELNEIGH, RTM_NEWLINK, RTM_NEWNEIGH};
use crate::output::Printer;
use std::io::Write;

const USAGE: &str = "Usage: bridge monitor [file | link | fdb | mdb | vlan | vni | all]\n";

const RTNLGRP_LINK: u32 = 1;
const RTNLGRP_NEIGH: u32 = 3;
const RTNLGRP_TC: u32 = 4;
const RTNLGRP_MDB: u32 = 26;
const RTNLGRP_BRVLAN: u32 = 33;
const RTNLGRP_TUNNEL: u32 = 35;

const RTM_NEWMDB: u16 = 84;
const RTM_DELMDB: u16 = 85;
const RTM_NEWVLAN: u16 = 112;
const RTM_DELVLAN: u16 = 113;
const RTM_NEWTUNNEL: u16 = 120;
const RTM_DELTUNNEL: u16 = 121;

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

struct Opts {
    groups: Vec<u32>,
    prefix_banner: bool,
}

pub fn run(args: &mut Args, br: &mut Br) -> Result<()> {
    let mut file = None;
    let mut all = true;
    let (mut llink, mut lneigh, mut lmdb, mut lvlan, mut lvni) =
        (false, false, false, false, false);
    let mut prefix_banner = false;
    while let Some(w) = args.next() {
        let w = w.as_str();
        if matches(w, "file") {
            file = Some(args.need()?);
        } else if matches(w, "link") {
            llink = true;
            all = false;
        } else if matches(w, "fdb") {
            lneigh = true;
            all = false;
        } else if matches(w, "mdb") {
            lmdb = true;
            all = false;
        } else if matches(w, "vlan") {
            lvlan = true;
            all = false;
        } else if w == "vni" {
            lvni = true;
            all = false;
        } else if w == "all" {
            all = true;
            lvlan = true;
            lvni = true;
            prefix_banner = true;
        } else if matches(w, "help") {
            return Err(usage());
        } else {
            return Err(Error::exit(
                255,
                format!("Argument \"{w}\" is unknown, try \"bridge monitor help\"."),
            ));
        }
    }
    let mut groups: Vec<u32> = if all {
        (1..=32).filter(|&g| g != RTNLGRP_TC).collect()
    } else {
        Vec::new()
    };
    for (on, g) in [
        (llink, RTNLGRP_LINK),
        (lneigh, RTNLGRP_NEIGH),
        (lmdb, RTNLGRP_MDB),
    ] {
        if on && !groups.contains(&g) {
            groups.push(g);
        }
    }
    if lvlan {
        groups.push(RTNLGRP_BRVLAN);
    }
    if lvni {
        groups.push(RTNLGRP_TUNNEL);
    }
    let opts = Opts {
        groups,
        prefix_banner,
    };
    if let Some(f) = file {
        return from_file(&f, &opts, br);
    }
    listen(&opts, br)
}

/// print_headers (bridge/monitor.c): the timestamp under -t and the `[LABEL]` banner of
/// `monitor all`, printed once a message has passed its printer's filters.
#[derive(Debug, Clone, Copy, Default)]
pub struct Headers {
    pub timestamp: bool,
    pub banner: bool,
}

impl Headers {
    pub fn print<W: Write>(&self, out: &mut Printer<W>, label: &str) -> std::io::Result<()> {
        if self.timestamp {
            print_timestamp(out)?;
        }
        if self.banner {
            out.raw(format_args!("{label}"))?;
        }
        Ok(())
    }
}

fn print_timestamp<W: Write>(out: &mut Printer<W>) -> std::io::Result<()> {
    let mut tv = libc::timeval {
        tv_sec: 0,
        tv_usec: 0,
    };
    // SAFETY: tv is a valid timeval; a null timezone is allowed.
    unsafe { libc::gettimeofday(&mut tv, std::ptr::null_mut()) };
    // SAFETY: tm is plain data; localtime_r fills it from a valid time_t.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    unsafe { libc::localtime_r(&tv.tv_sec, &mut tm) };
    let mut buf = [0u8; 64];
    let fmt = b"%a %b %e %H:%M:%S %Y\0";
    // SAFETY: buf is writable for its length; fmt is NUL-terminated; tm is initialised.
    let n = unsafe {
        libc::strftime(
            buf.as_mut_ptr() as *mut libc::c_char,
            buf.len(),
            fmt.as_ptr() as *const libc::c_char,
            &tm,
        )
    };
    let s = String::from_utf8_lossy(&buf[..n]);
    out.raw(format_args!("Timestamp: {s} {} usec\n", tv.tv_usec))
}

/// accept_msg: one event, printed like the show commands print it.
fn accept<W: Write>(
    ty: u16,
    flags: u16,
    payload: &[u8],
    g: &Globals,
    opts: &Opts,
    out: &mut Printer<W>,
) -> Result<()> {
    let m = crate::netlink::Msg {
        ty,
        flags,
        seq: 0,
        pid: 0,
        payload,
    };
    let h = Headers {
        timestamp: g.timestamp > 0,
        banner: opts.prefix_banner,
    };
    // Like the reference, the name cache is not refreshed from events: names and flags
    // stay as they were first looked up.
    match ty {
        RTM_NEWLINK | RTM_DELLINK => {
            super::link::print_linkinfo(&m, 0, g.details > 0, &h, out)?;
        }
        RTM_NEWNEIGH | RTM_DELNEIGH => {
            let f = super::fdb::Filter::default();
            super::fdb::print_fdb(&m, &f, g.stats > 0, &h, out)?;
        }
        RTM_NEWMDB | RTM_DELMDB => {
            let o = super::mdb::Opts {
                filter_index: 0,
                filter_vlan: 0,
                details: g.details > 0,
                stats: g.stats > 0,
            };
            // print_mdb_mon does not fflush: its lines wait in stdio's buffer.
            super::mdb::print_mdb_mon(&m, &o, &h, out)?;
            return Ok(());
        }
        RTM_NEWTUNNEL | RTM_DELTUNNEL => {
            super::vni::print_vnifilter_rtm(&m, 0, &h, out)?;
        }
        RTM_NEWVLAN | RTM_DELVLAN => {
            // print_vlan_rtm does not fflush either.
            let o = super::vlan::VlanRtmOpts {
                stats: g.stats > 0,
                monitor: true,
                ..Default::default()
            };
            let mut cur = -1;
            super::vlan::print_vlan_rtm(&m, &o, &mut cur, &h, out)?;
            return Ok(());
        }
        _ => return Ok(()),
    }
    out.flush()?;
    Ok(())
}

/// rtnl_from_file: whole messages read one after another.
fn from_file(path: &str, opts: &Opts, br: &mut Br) -> Result<()> {
    let data = match std::fs::read(path) {
        Ok(d) => d,
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
    let mut consumed = 0usize;
    for m in messages(&data) {
        consumed += crate::netlink::attr::align(m.payload.len() + 16);
        accept(m.ty, m.flags, m.payload, &br.g, opts, &mut br.out)?;
    }
    if consumed < data.len() {
        let rest = &data[consumed..];
        if rest.len() < 16 {
            return Err(Error::ret(255, "rtnl-from_file: truncated message"));
        }
        let len = u32::from_ne_bytes([rest[0], rest[1], rest[2], rest[3]]) as i64;
        if !(16..=16384).contains(&len) {
            return Err(Error::ret(
                255,
                format!(
                    "!!!malformed message: len={} @{}",
                    len as i32,
                    consumed + 16
                ),
            ));
        }
        return Err(Error::ret(255, "rtnl-from_file: truncated message"));
    }
    Ok(())
}

/// rtnl_open with the groups, then rtnl_listen until killed.
fn listen(opts: &Opts, br: &mut Br) -> Result<()> {
    // SAFETY: plain socket(2); the result is checked.
    let fd = unsafe {
        libc::socket(
            libc::AF_NETLINK,
            libc::SOCK_RAW | libc::SOCK_CLOEXEC,
            libc::NETLINK_ROUTE,
        )
    };
    if fd < 0 {
        return Err(Error::silent(1, Failure::Exit));
    }
    let rcv: i32 = 1024 * 1024;
    // SAFETY: valid pointer to an int of the size given.
    unsafe {
        libc::setsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_RCVBUF,
            &rcv as *const i32 as *const libc::c_void,
            4,
        )
    };
    // SAFETY: sockaddr_nl is plain data.
    let mut addr: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
    addr.nl_family = libc::AF_NETLINK as u16;
    // SAFETY: addr is a valid sockaddr_nl.
    if unsafe {
        libc::bind(
            fd,
            &addr as *const _ as *const libc::sockaddr,
            std::mem::size_of::<libc::sockaddr_nl>() as u32,
        )
    } < 0
    {
        return Err(Error::silent(1, Failure::Exit));
    }
    for &g in &opts.groups {
        // SAFETY: valid pointer to a u32 group number.
        let r = unsafe {
            libc::setsockopt(
                fd,
                270,
                libc::NETLINK_ADD_MEMBERSHIP,
                &g as *const u32 as *const libc::c_void,
                4,
            )
        };
        if r < 0 && g == RTNLGRP_BRVLAN {
            return Err(Error::exit(1, "Failed to add bridge vlan group to list"));
        }
        if r < 0 && g == RTNLGRP_TUNNEL {
            return Err(Error::exit(1, "Failed to add bridge vni group to list"));
        }
    }
    br.init_map()?;
    let mut buf = vec![0u8; 1 << 20];
    loop {
        // SAFETY: buf is writable for its length.
        let n = unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), 0) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if matches!(e.raw_os_error(), Some(libc::EINTR) | Some(libc::EAGAIN)) {
                continue;
            }
            if e.raw_os_error() == Some(libc::ENOBUFS) {
                continue;
            }
            return Err(Error::exit(2, format!("netlink receive error {e}")));
        }
        if n == 0 {
            return Err(Error::exit(2, "EOF on netlink"));
        }
        for m in messages(&buf[..n as usize]) {
            accept(m.ty, m.flags, m.payload, &br.g, opts, &mut br.out)?;
        }
    }
}
