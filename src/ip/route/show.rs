//! `ip route list|save|flush` (ip/iproute.c iproute_list_flush_or_save, iproute_flush).
use super::filter::Filter;
use super::print::{print_route, Opts, Printed};
use super::rtm::*;
use crate::cli::args::Args;
use crate::error::{Error, Failure, Result};
use crate::ip::Ip;
use crate::netlink::{Session, NLM_F_REQUEST, RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE};
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    List,
    Flush,
    Save,
}

fn opts(ip: &Ip) -> Opts {
    Opts {
        details: ip.g.details,
        stats: ip.g.stats,
        family: ip.g.family,
    }
}

/// A failure inside the dump callback: a refused message (its text) or a write error.
enum Stop {
    Nl(crate::netlink::NlError),
    Text(String),
    Io(std::io::Error),
}

impl From<crate::netlink::NlError> for Stop {
    fn from(e: crate::netlink::NlError) -> Stop {
        Stop::Nl(e)
    }
}

/// route_dump_magic of ip/iproute.c, written before `ip route save` output.
const ROUTE_DUMP_MAGIC: u32 = 0x4531_1224;

pub fn list_flush_or_save(args: &mut Args, ip: &mut Ip, action: Action) -> Result<()> {
    if action == Action::Save {
        // SAFETY: isatty has no preconditions.
        if unsafe { libc::isatty(1) } == 1 {
            return Err(Error::raw(
                1,
                "Not sending a binary stream to stdout\n",
                Failure::Return,
            ));
        }
        if write_fd1(&ROUTE_DUMP_MAGIC.to_ne_bytes()).is_err() {
            return Err(Error::raw(
                1,
                "Can't write magic to dump file\n",
                Failure::Return,
            ));
        }
    }
    if action == Action::Flush && args.is_empty() {
        return Err(Error::raw(
            1,
            "\"ip route flush\" requires arguments.\n",
            Failure::Return,
        ));
    }
    let family = ip.g.family;
    let nl = &mut ip.nl;
    let sel = Filter::parse(args, family, &mut |name| {
        super::filter::vrf_table(nl, family, name)
    })?;
    let filter = sel.filter;
    let family = sel.dump_family;
    if action == Action::Flush {
        return super::flush::flush(ip, filter, family);
    }
    let o = opts(ip);
    let req = filter.dump_request(family);
    let out = &mut ip.out;
    // new_json_obj runs for `save` too: `ip -j route save` brackets the binary stream.
    out.begin_list()?;
    let res = ip
        .nl
        .dump(RTM_GETROUTE, &req, |m| -> std::result::Result<(), Stop> {
            if action == Action::Save {
                return save_route(m, &filter, &o);
            }
            match print_route(out, m.ty, m.payload, &filter, &o) {
                Ok(Printed::Ok) => Ok(()),
                Ok(Printed::Refused(t)) => Err(Stop::Text(t)),
                Err(e) => Err(Stop::Io(e)),
            }
        });
    match res {
        Ok(()) => {}
        Err(Stop::Io(e)) => return Err(e.into()),
        Err(Stop::Text(t)) => {
            return Err(Error::raw(
                2,
                format!("{t}Dump terminated\n"),
                Failure::Return,
            ))
        }
        Err(Stop::Nl(e)) => {
            // save_route_errhndlr: a missing main table (ENOENT in NLMSG_DONE, with or
            // without its extack text) is not an error. An NLMSG_ERROR is never suppressed.
            let from_done = !e.text.starts_with("RTNETLINK answers:");
            if !(e.errno == libc::ENOENT && filter.tb == RT_TABLE_MAIN && from_done) {
                return Err(Error::raw(
                    2,
                    format!("{}Dump terminated\n", e.text),
                    Failure::Return,
                ));
            }
        }
    }
    ip.out.end_list()?;
    ip.out.flush()?;
    Ok(())
}

/// write(STDOUT_FILENO, ...): `ip route save` bypasses stdio, so its bytes come before
/// anything still buffered (the JSON brackets under -j).
fn write_fd1(mut b: &[u8]) -> std::io::Result<()> {
    while !b.is_empty() {
        // SAFETY: b is valid for its length.
        let n = unsafe { libc::write(1, b.as_ptr() as *const libc::c_void, b.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        b = b.get(n as usize..).unwrap_or(&[]);
    }
    Ok(())
}

/// save_route: the raw message of each route the filter accepts.
fn save_route(m: &crate::netlink::Msg, f: &Filter, o: &Opts) -> std::result::Result<(), Stop> {
    let Some(r) = RtMsg::parse(m.payload) else {
        return Ok(());
    };
    let tb = parse_tb(m.payload.get(RTMSG_LEN..).unwrap_or(&[]));
    if !f.accepts(&r, &tb, o.family) {
        return Ok(());
    }
    let len = (m.payload.len() + 16) as u32;
    let mut hdr = Vec::with_capacity(16);
    hdr.extend_from_slice(&len.to_ne_bytes());
    hdr.extend_from_slice(&m.ty.to_ne_bytes());
    hdr.extend_from_slice(&m.flags.to_ne_bytes());
    hdr.extend_from_slice(&m.seq.to_ne_bytes());
    hdr.extend_from_slice(&m.pid.to_ne_bytes());
    hdr.extend_from_slice(m.payload);
    write_fd1(&hdr).map_err(Stop::Io)?;
    Ok(())
}

/// One DELROUTE per accepted route, batched as iproute2 batches them (flushb[4096-512]).
pub struct FlushBuf {
    pub buf: Vec<u8>,
    pub cap: usize,
    pub seq: u32,
    pub flushed: u32,
}

impl FlushBuf {
    /// Appends the message as a delete request; returns false when it must be sent first.
    pub fn fits(&self, len: usize) -> bool {
        crate::netlink::attr::align(self.buf.len()) + len <= self.cap
    }
    pub fn push(&mut self, payload: &[u8]) {
        while !self.buf.len().is_multiple_of(4) {
            self.buf.push(0);
        }
        self.seq = self.seq.wrapping_add(1);
        let len = (payload.len() + 16) as u32;
        self.buf.extend_from_slice(&len.to_ne_bytes());
        self.buf.extend_from_slice(&RTM_DELROUTE.to_ne_bytes());
        self.buf.extend_from_slice(&NLM_F_REQUEST.to_ne_bytes());
        self.buf.extend_from_slice(&self.seq.to_ne_bytes());
        self.buf.extend_from_slice(&0u32.to_ne_bytes());
        self.buf.extend_from_slice(payload);
        self.flushed += 1;
    }
}

/// print_route's flush branch: queue the delete; print it too under `-s -s`.
pub fn flush_one<W: Write>(
    out: &mut crate::output::Printer<W>,
    fb: &mut FlushBuf,
    sender: &mut Session,
    m: &crate::netlink::Msg,
    f: &Filter,
    o: &Opts,
) -> std::result::Result<(), String> {
    if m.ty != RTM_NEWROUTE {
        if m.ty != RTM_DELROUTE {
            return Err(format!(
                "Not a route: {:08x} {:08x} {:08x}\n",
                m.payload.len() + 16,
                m.ty,
                m.flags
            ));
        }
        return Ok(());
    }
    let Some(r) = RtMsg::parse(m.payload) else {
        return Err(format!(
            "BUG: wrong nlmsg len {}\n",
            m.payload.len() as i64 - 12
        ));
    };
    let tb = parse_tb(m.payload.get(RTMSG_LEN..).unwrap_or(&[]));
    if !f.accepts(&r, &tb, o.family) {
        return Ok(());
    }
    if !fb.fits(m.payload.len() + 16) {
        send_flush(sender, fb)?;
    }
    fb.push(m.payload);
    if o.stats < 2 {
        return Ok(());
    }
    super::print::print_body(out, m.ty, &r, &tb, f, o).map_err(|e| format!("{e}\n"))
}

/// flush_update / rtnl_send_check: send the batch, then peek for an immediate error.
pub fn send_flush(sender: &mut Session, fb: &mut FlushBuf) -> std::result::Result<(), String> {
    let r = sender.send_raw_check(&fb.buf);
    fb.buf.clear();
    match r {
        Ok(()) => Ok(()),
        Err(errno) => Err(format!(
            "Failed to send flush request: {}\n",
            crate::netlink::strerror(errno)
        )),
    }
}
