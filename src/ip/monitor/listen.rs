//! The live half of do_ipmonitor: the socket joins the groups, learns the links
//! (ll_init_map) and the named namespaces (netns_map_init), then rtnl_listen reads events
//! until it is killed.
use super::accept::{Monitor, Origin};
use crate::error::{warn, Error, Failure, Result};
use crate::ip::Ip;
use crate::netlink::attr::AttrBuf;
use crate::netlink::session::parse_msg;
use crate::netlink::{NlError, RTM_GETLINK};

const SOL_NETLINK: libc::c_int = 270;
const NETLINK_LISTEN_ALL_NSID: libc::c_int = 8;
/// rtnl_listen's receive buffer.
const BUF_LEN: usize = 16384;

/// What to listen to.
pub struct Plan {
    pub groups: Vec<u32>,
    pub nexthop: bool,
    pub stats: bool,
    /// `stats` was named: failing to join its group is then an error.
    pub stats_needed: bool,
    pub all_nsid: bool,
}

const RTNLGRP_NEXTHOP: u32 = super::RTNLGRP_NEXTHOP;
const RTNLGRP_STATS: u32 = super::RTNLGRP_STATS;

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// ll_init_map: every link into the name cache, so events about links deleted later still
/// name them.
fn init_map(ip: &mut Ip) -> Result<()> {
    let mut req = AttrBuf::with_header(&[0u8; 16]);
    req.add_u32(crate::ifmap::IFLA_EXT_MASK, crate::ifmap::RTEXT_FILTER_VF);
    ip.nl
        .dump(
            RTM_GETLINK,
            &req.buf,
            |m| -> std::result::Result<(), NlError> {
                crate::ifmap::remember(m.ty, m.payload);
                Ok(())
            },
        )
        .map_err(|e| Error::raw(1, format!("{}Dump terminated\n", e.text), Failure::Exit))
}

pub fn listen(plan: &Plan, mon: &mut Monitor, ip: &mut Ip) -> Result<()> {
    for &g in &plan.groups {
        if ip.nl.add_membership(g).is_err() {
            return Err(Error::exit(
                1,
                format!(
                    "Cannot bind netlink socket: {}",
                    crate::netlink::strerror(errno())
                ),
            ));
        }
    }
    if plan.nexthop && ip.nl.add_membership(RTNLGRP_NEXTHOP).is_err() {
        return Err(Error::exit(1, "Failed to add nexthop group to list"));
    }
    if plan.stats && ip.nl.add_membership(RTNLGRP_STATS).is_err() && plan.stats_needed {
        return Err(Error::exit(1, "Failed to add stats group to list"));
    }
    let fd = ip.nl.raw_fd();
    if plan.all_nsid {
        let on: libc::c_int = 1;
        // SAFETY: a valid pointer to an int and its size.
        let r = unsafe {
            libc::setsockopt(
                fd,
                SOL_NETLINK,
                NETLINK_LISTEN_ALL_NSID,
                &on as *const libc::c_int as *const libc::c_void,
                std::mem::size_of::<libc::c_int>() as u32,
            )
        };
        if r < 0 {
            return Err(Error::exit(
                1,
                format!(
                    "NETLINK_LISTEN_ALL_NSID: {}",
                    crate::netlink::strerror(errno())
                ),
            ));
        }
    }
    init_map(ip)?;
    mon.init_nsid_map()?;
    receive(fd, plan.all_nsid, mon, ip)
}

/// The nsid in a NETLINK_LISTEN_ALL_NSID control message, or -1.
fn cmsg_nsid(msg: &libc::msghdr) -> i32 {
    let mut nsid = -1;
    // SAFETY: msg was filled by recvmsg; the CMSG macros walk its control buffer.
    unsafe {
        let mut c = libc::CMSG_FIRSTHDR(msg);
        while !c.is_null() {
            let h = &*c;
            if h.cmsg_level == SOL_NETLINK
                && h.cmsg_type == NETLINK_LISTEN_ALL_NSID
                && h.cmsg_len as usize == libc::CMSG_LEN(4) as usize
            {
                nsid = std::ptr::read_unaligned(libc::CMSG_DATA(c) as *const i32);
            }
            c = libc::CMSG_NXTHDR(msg, c);
        }
    }
    nsid
}

/// rtnl_listen.
fn receive(fd: i32, all_nsid: bool, mon: &mut Monitor, ip: &mut Ip) -> Result<()> {
    let mut buf = vec![0u8; BUF_LEN];
    let mut cbuf = vec![0u8; 8192];
    loop {
        // SAFETY: sockaddr_nl is plain data.
        let mut addr: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
        let mut iov = libc::iovec {
            iov_base: buf.as_mut_ptr() as *mut libc::c_void,
            iov_len: buf.len(),
        };
        // SAFETY: msghdr is plain data; the pointers set below outlive the call.
        let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
        msg.msg_name = &mut addr as *mut _ as *mut libc::c_void;
        msg.msg_namelen = std::mem::size_of::<libc::sockaddr_nl>() as u32;
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        if all_nsid {
            msg.msg_control = cbuf.as_mut_ptr() as *mut libc::c_void;
            msg.msg_controllen = cbuf.len();
        }
        // SAFETY: msg describes valid, writable buffers.
        let status = unsafe { libc::recvmsg(fd, &mut msg, 0) };
        if status < 0 {
            let e = errno();
            if e == libc::EINTR || e == libc::EAGAIN {
                continue;
            }
            warn(&format!(
                "netlink receive error {} ({e})",
                crate::netlink::strerror(e)
            ));
            if e == libc::ENOBUFS {
                continue;
            }
            return Err(Error::silent(2, Failure::Exit));
        }
        if status == 0 {
            return Err(Error::exit(2, "EOF on netlink"));
        }
        if msg.msg_namelen as usize != std::mem::size_of::<libc::sockaddr_nl>() {
            return Err(Error::exit(
                1,
                format!("Sender address length == {}", msg.msg_namelen),
            ));
        }
        let origin = Origin::Net {
            nsid: if all_nsid { cmsg_nsid(&msg) } else { -1 },
        };
        let trunc = msg.msg_flags & libc::MSG_TRUNC != 0;
        let total = (status as usize).min(buf.len());
        let mut off = 0usize;
        while total - off >= 16 {
            let rest = &buf[off..total];
            let len = u32::from_ne_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
            if len < 16 || len > rest.len() {
                if trunc {
                    return Err(Error::exit(2, "Truncated message"));
                }
                return Err(Error::exit(
                    1,
                    format!("!!!malformed message: len={}", len as i32),
                ));
            }
            let Some(m) = parse_msg(rest) else {
                break;
            };
            if mon.accept(&m, origin, &mut ip.out).is_err() {
                return Err(Error::silent(2, Failure::Exit));
            }
            off += (len + 3) & !3;
            if off > total {
                break;
            }
        }
        if trunc {
            warn("Message truncated");
        }
    }
}
