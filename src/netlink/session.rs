//! One synchronous rtnetlink socket, opened as lib/libnetlink.c `rtnl_open` opens it.
use super::attr::{AttrIter, NLA_TYPE_MASK};
use super::*;
use crate::error::{warn, Error};
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

const NLMSG_HDRLEN: usize = 16;
const NETLINK_EXT_ACK: libc::c_int = 11;
const NETLINK_GET_STRICT_CHK: libc::c_int = 12;
const SOL_NETLINK: libc::c_int = 270;
const NLMSGERR_ATTR_MSG: u16 = 1;

/// Set by the fuzz targets (compat-tests/fuzz): no socket may be opened, so parsers and
/// printers run without touching the kernel, as if netlink were unavailable.
static OFFLINE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Makes every later `Session::open` fail with EPERM (for the fuzz targets only).
pub fn set_offline() {
    OFFLINE.store(true, std::sync::atomic::Ordering::Relaxed);
}
const NLMSGERR_ATTR_OFFS: u16 = 2;

/// A message of a reply, read in place from the receive buffer.
#[derive(Debug, Clone, Copy)]
pub struct Msg<'a> {
    pub ty: u16,
    pub flags: u16,
    pub seq: u32,
    pub pid: u32,
    /// Everything after the 16-byte nlmsghdr.
    pub payload: &'a [u8],
}

/// What the kernel refused, with the text iproute2 prints for it.
#[derive(Debug, Clone)]
pub struct NlError {
    /// Positive errno (0 when the failure was not an errno, e.g. a malformed reply).
    pub errno: i32,
    /// The complete stderr text (with newline), possibly empty when nothing is printed.
    pub text: String,
}

impl NlError {
    fn os(context: &str, e: io::Error) -> NlError {
        let errno = e.raw_os_error().unwrap_or(0);
        NlError {
            errno,
            text: format!("{context}: {}\n", strerror(errno)),
        }
    }
}

impl From<NlError> for Error {
    /// Most `do_*` functions `return -2` after a failed rtnl_talk: exit 2, batch goes on.
    fn from(e: NlError) -> Error {
        Error::raw(2, e.text, crate::error::Failure::Return)
    }
}

pub struct Session {
    fd: OwnedFd,
    pid: u32,
    seq: u32,
    buf: Vec<u8>,
    /// NLBOX_RECORD=FILE: every dump datagram is appended there, to make test fixtures.
    record: Option<std::fs::File>,
}

fn setsockopt_int(fd: i32, level: i32, opt: i32, v: i32) -> io::Result<()> {
    // SAFETY: passes a valid pointer to an int and its size.
    let r = unsafe {
        libc::setsockopt(
            fd,
            level,
            opt,
            &v as *const i32 as *const libc::c_void,
            std::mem::size_of::<i32>() as u32,
        )
    };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

impl Session {
    /// rtnl_open: SO_SNDBUF 32768, SO_RCVBUF `rcvbuf` (1 MiB unless -rcvbuf), NETLINK_EXT_ACK.
    pub fn open_with_rcvbuf(rcvbuf: i32) -> Result<Session, NlError> {
        if OFFLINE.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(NlError::os(
                "Cannot open netlink socket",
                io::Error::from_raw_os_error(libc::EPERM),
            ));
        }
        // SAFETY: plain socket(2) call; the result is checked.
        let fd = unsafe {
            libc::socket(
                libc::AF_NETLINK,
                libc::SOCK_RAW | libc::SOCK_CLOEXEC,
                libc::NETLINK_ROUTE,
            )
        };
        if fd < 0 {
            return Err(NlError::os(
                "Cannot open netlink socket",
                io::Error::last_os_error(),
            ));
        }
        // SAFETY: fd is a freshly created, owned descriptor.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        let raw = fd.as_raw_fd();
        setsockopt_int(raw, libc::SOL_SOCKET, libc::SO_SNDBUF, 32768)
            .map_err(|e| NlError::os("SO_SNDBUF", e))?;
        setsockopt_int(raw, libc::SOL_SOCKET, libc::SO_RCVBUF, rcvbuf)
            .map_err(|e| NlError::os("SO_RCVBUF", e))?;
        let _ = setsockopt_int(raw, SOL_NETLINK, NETLINK_EXT_ACK, 1);
        // SAFETY: sockaddr_nl is plain data; zeroed is a valid value.
        let mut addr: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
        addr.nl_family = libc::AF_NETLINK as u16;
        let alen = std::mem::size_of::<libc::sockaddr_nl>() as u32;
        // SAFETY: addr is a valid sockaddr_nl of length alen.
        if unsafe { libc::bind(raw, &addr as *const _ as *const libc::sockaddr, alen) } < 0 {
            return Err(NlError::os(
                "Cannot bind netlink socket",
                io::Error::last_os_error(),
            ));
        }
        let mut len = alen;
        // SAFETY: addr and len describe a writable sockaddr_nl.
        if unsafe { libc::getsockname(raw, &mut addr as *mut _ as *mut libc::sockaddr, &mut len) }
            < 0
        {
            return Err(NlError::os(
                "Cannot getsockname",
                io::Error::last_os_error(),
            ));
        }
        // SAFETY: time(NULL) has no preconditions.
        let seq = unsafe { libc::time(std::ptr::null_mut()) } as u32;
        let record = std::env::var_os("NLBOX_RECORD").and_then(|p| {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(p)
                .ok()
        });
        Ok(Session {
            fd,
            pid: addr.nl_pid,
            seq,
            buf: Vec::new(),
            record,
        })
    }

    pub fn open() -> Result<Session, NlError> {
        Self::open_with_rcvbuf(1024 * 1024)
    }

    /// rtnl_set_strict_dump: ip and bridge ask the kernel to check dump requests strictly.
    pub fn set_strict(&self) {
        let _ = setsockopt_int(self.fd.as_raw_fd(), SOL_NETLINK, NETLINK_GET_STRICT_CHK, 1);
    }

    pub fn raw_fd(&self) -> i32 {
        self.fd.as_raw_fd()
    }
    pub fn port_id(&self) -> u32 {
        self.pid
    }

    /// Joins multicast groups (monitor).
    pub fn add_membership(&self, group: u32) -> io::Result<()> {
        setsockopt_int(
            self.fd.as_raw_fd(),
            SOL_NETLINK,
            libc::NETLINK_ADD_MEMBERSHIP,
            group as i32,
        )
    }

    fn send(&mut self, ty: u16, flags: u16, payload: &[u8]) -> Result<u32, NlError> {
        self.seq = self.seq.wrapping_add(1);
        let seq = self.seq;
        let len = NLMSG_HDRLEN + payload.len();
        let mut msg = Vec::with_capacity(len);
        msg.extend_from_slice(&(len as u32).to_ne_bytes());
        msg.extend_from_slice(&ty.to_ne_bytes());
        msg.extend_from_slice(&flags.to_ne_bytes());
        msg.extend_from_slice(&seq.to_ne_bytes());
        msg.extend_from_slice(&0u32.to_ne_bytes());
        msg.extend_from_slice(payload);
        log_request(ty, flags, payload);
        // SAFETY: sockaddr_nl is plain data.
        let mut to: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
        to.nl_family = libc::AF_NETLINK as u16;
        // SAFETY: msg and to are valid for the lengths given.
        let r = unsafe {
            libc::sendto(
                self.fd.as_raw_fd(),
                msg.as_ptr() as *const libc::c_void,
                msg.len(),
                0,
                &to as *const _ as *const libc::sockaddr,
                std::mem::size_of::<libc::sockaddr_nl>() as u32,
            )
        };
        if r < 0 {
            return Err(NlError::os(
                "Cannot talk to rtnetlink",
                io::Error::last_os_error(),
            ));
        }
        Ok(seq)
    }

    /// rtnl_send_check: sends a ready buffer of requests (headers included, e.g. a batch
    /// of flush deletes), then peeks without blocking for an immediate NLMSG_ERROR.
    /// Returns the errno of that error.
    pub fn send_raw_check(&mut self, buf: &[u8]) -> Result<(), i32> {
        // SAFETY: buf is valid for its length.
        let r = unsafe {
            libc::send(
                self.fd.as_raw_fd(),
                buf.as_ptr() as *const libc::c_void,
                buf.len(),
                0,
            )
        };
        if r < 0 {
            return Err(io::Error::last_os_error().raw_os_error().unwrap_or(0));
        }
        let mut resp = [0u8; 1024];
        // SAFETY: resp is writable for its length.
        let n = unsafe {
            libc::recv(
                self.fd.as_raw_fd(),
                resp.as_mut_ptr() as *mut libc::c_void,
                resp.len(),
                libc::MSG_DONTWAIT | libc::MSG_PEEK,
            )
        };
        if n < 0 {
            let e = io::Error::last_os_error().raw_os_error().unwrap_or(0);
            return if e == libc::EAGAIN { Ok(()) } else { Err(e) };
        }
        for m in messages(resp.get(..n as usize).unwrap_or(&[])) {
            if m.ty == NLMSG_ERROR {
                let e = m
                    .payload
                    .get(..4)
                    .map(|b| -i32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
                    .unwrap_or(0);
                return Err(e);
            }
        }
        Ok(())
    }

    /// rtnl_recvmsg: peeks the datagram's size, grows the one buffer if needed, reads it.
    /// Returns the length read and the sender's port id.
    fn recv(&mut self) -> Result<(usize, u32), NlError> {
        loop {
            let want = self.peek_len()?;
            let want = want.max(32768);
            if self.buf.len() < want {
                self.buf.resize(want, 0);
            }
            // SAFETY: sockaddr_nl is plain data.
            let mut from: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
            let mut flen = std::mem::size_of::<libc::sockaddr_nl>() as u32;
            // SAFETY: buf is writable for its length; from/flen describe a sockaddr_nl.
            let n = unsafe {
                libc::recvfrom(
                    self.fd.as_raw_fd(),
                    self.buf.as_mut_ptr() as *mut libc::c_void,
                    self.buf.len(),
                    0,
                    &mut from as *mut _ as *mut libc::sockaddr,
                    &mut flen,
                )
            };
            if n < 0 {
                let e = io::Error::last_os_error();
                if matches!(e.raw_os_error(), Some(libc::EINTR) | Some(libc::EAGAIN)) {
                    continue;
                }
                let errno = e.raw_os_error().unwrap_or(0);
                return Err(NlError {
                    errno,
                    text: format!("netlink receive error {} ({})\n", strerror(errno), errno),
                });
            }
            if n == 0 {
                return Err(NlError {
                    errno: libc::ENODATA,
                    text: "EOF on netlink\n".into(),
                });
            }
            return Ok((n as usize, from.nl_pid));
        }
    }

    fn peek_len(&mut self) -> Result<usize, NlError> {
        loop {
            // SAFETY: a zero-length peek with MSG_TRUNC only reports the datagram's size.
            let n = unsafe {
                libc::recv(
                    self.fd.as_raw_fd(),
                    std::ptr::null_mut(),
                    0,
                    libc::MSG_PEEK | libc::MSG_TRUNC,
                )
            };
            if n < 0 {
                let e = io::Error::last_os_error();
                if matches!(e.raw_os_error(), Some(libc::EINTR) | Some(libc::EAGAIN)) {
                    continue;
                }
                let errno = e.raw_os_error().unwrap_or(0);
                return Err(NlError {
                    errno,
                    text: format!("netlink receive error {} ({})\n", strerror(errno), errno),
                });
            }
            return Ok(n as usize);
        }
    }

    /// rtnl_talk without an answer: sends with NLM_F_ACK and waits for the ACK.
    /// Extack warnings on success are printed; a refusal comes back as its text.
    pub fn talk(&mut self, ty: u16, flags: u16, payload: &[u8]) -> Result<(), NlError> {
        let seq = self.send(ty, flags | NLM_F_REQUEST | NLM_F_ACK, payload)?;
        loop {
            let (n, from) = self.recv()?;
            let mut off = 0;
            while off + NLMSG_HDRLEN <= n {
                let Some(m) = parse_msg(&self.buf[off..n]) else {
                    return Err(NlError {
                        errno: 0,
                        text: format!("!!!malformed message: len={}\n", n - off),
                    });
                };
                let len = msg_len(&self.buf[off..n]);
                off += super::attr::align(len);
                if from != 0 || m.pid != self.pid || m.seq != seq {
                    continue;
                }
                if m.ty == NLMSG_ERROR {
                    return ack_result(&m);
                }
                warn("Unexpected reply!!!");
            }
        }
    }

    /// rtnl_talk with an answer (NLM_F_ACK not set): hands the first reply to `f`.
    /// An NLMSG_ERROR reply becomes the error.
    pub fn talk_answer<T>(
        &mut self,
        ty: u16,
        flags: u16,
        payload: &[u8],
        f: impl FnOnce(&Msg) -> T,
    ) -> Result<T, NlError> {
        let seq = self.send(ty, flags | NLM_F_REQUEST, payload)?;
        loop {
            let (n, from) = self.recv()?;
            let mut off = 0;
            while off + NLMSG_HDRLEN <= n {
                let Some(m) = parse_msg(&self.buf[off..n]) else {
                    return Err(NlError {
                        errno: 0,
                        text: format!("!!!malformed message: len={}\n", n - off),
                    });
                };
                let len = msg_len(&self.buf[off..n]);
                off += super::attr::align(len);
                if from != 0 || m.pid != self.pid || m.seq != seq {
                    continue;
                }
                if m.ty == NLMSG_ERROR {
                    ack_result(&m)?;
                }
                return Ok(f(&m));
            }
        }
    }

    /// Sends a dump request and streams each reply message to `f` out of one buffer.
    /// `f` returning an error stops the dump (the rest is drained so the socket stays usable).
    /// The error of NLMSG_ERROR/NLMSG_DONE comes back as `NlError` with iproute2's text
    /// (`RTNETLINK answers: ...`, or the extack `Error: ...`, or empty where iproute2
    /// stays silent: ENOENT and EOPNOTSUPP in DONE).
    pub fn dump<E: From<NlError>>(
        &mut self,
        ty: u16,
        payload: &[u8],
        mut f: impl FnMut(&Msg) -> Result<(), E>,
    ) -> Result<(), E> {
        self.dump_flags(ty, NLM_F_DUMP | NLM_F_REQUEST, payload, &mut f)
    }

    pub fn dump_flags<E: From<NlError>>(
        &mut self,
        ty: u16,
        flags: u16,
        payload: &[u8],
        f: &mut impl FnMut(&Msg) -> Result<(), E>,
    ) -> Result<(), E> {
        self.dump_inner(
            ty,
            flags,
            payload,
            &mut |_: &mut Session, m: &Msg| f(m),
            true,
            None,
        )
    }

    /// As `dump`, but `pre` sees every message of a datagram before `f` sees the first of
    /// them. Link dumps use it to learn the names of the links in the same datagram first:
    /// iproute2 stores the whole dump (and every name) before printing, and a veth's peer
    /// usually comes right after it, so this saves one RTM_GETLINK round trip per link.
    pub fn dump_pre<E: From<NlError>>(
        &mut self,
        ty: u16,
        payload: &[u8],
        pre: &mut dyn FnMut(&Msg),
        mut f: impl FnMut(&Msg) -> Result<(), E>,
    ) -> Result<(), E> {
        self.dump_inner(
            ty,
            NLM_F_DUMP | NLM_F_REQUEST,
            payload,
            &mut |_: &mut Session, m: &Msg| f(m),
            true,
            Some(pre),
        )
    }

    /// As `dump_flags`, but `f` also gets the session, so it may send requests on the same
    /// socket while the dump is being read (iproute2's flush loops do).
    pub fn dump_with<E: From<NlError>>(
        &mut self,
        ty: u16,
        flags: u16,
        payload: &[u8],
        f: &mut impl FnMut(&mut Session, &Msg) -> Result<(), E>,
    ) -> Result<(), E> {
        self.dump_inner(ty, flags, payload, f, true, None)
    }

    /// The next sequence number (`++rth.seq`), for requests built by the caller.
    pub fn next_seq(&mut self) -> u32 {
        self.seq = self.seq.wrapping_add(1);
        self.seq
    }

    /// As `dump`, but NLM_F_DUMP_INTR is not reported: rtnl_dump_filter_nc(..,
    /// NLM_F_DUMP_INTR) as `ip addr flush` uses it, whose own deletes interrupt the dump.
    /// `f` gets the session too, to send those deletes while the dump is read.
    pub fn dump_nc_intr<E: From<NlError>>(
        &mut self,
        ty: u16,
        payload: &[u8],
        f: &mut impl FnMut(&mut Session, &Msg) -> Result<(), E>,
    ) -> Result<(), E> {
        self.dump_inner(ty, NLM_F_DUMP | NLM_F_REQUEST, payload, f, false, None)
    }

    fn dump_inner<E: From<NlError>>(
        &mut self,
        ty: u16,
        flags: u16,
        payload: &[u8],
        f: &mut impl FnMut(&mut Session, &Msg) -> Result<(), E>,
        warn_intr: bool,
        mut pre: Option<&mut dyn FnMut(&Msg)>,
    ) -> Result<(), E> {
        let seq = self.send(ty, flags | NLM_F_REQUEST, payload)?;
        let mut interrupted = false;
        let mut failed: Option<E> = None;
        loop {
            let (n, from) = self.recv()?;
            if let Some(f) = self.record.as_mut() {
                use std::io::Write as _;
                let _ = f.write_all(&self.buf[..n]);
            }
            let mut off = 0;
            let mut done = false;
            // Take the buffer out so `f` may borrow the session's other state freely.
            let buf = std::mem::take(&mut self.buf);
            let mut result: Result<(), NlError> = Ok(());
            if let (Some(pre), None) = (pre.as_mut(), failed.as_ref()) {
                for m in messages(buf.get(..n).unwrap_or(&[])) {
                    let ours = from == 0 && m.pid == self.pid && m.seq == seq;
                    if ours && m.ty != NLMSG_DONE && m.ty != NLMSG_ERROR {
                        pre(&m);
                    }
                }
            }
            while off + NLMSG_HDRLEN <= n {
                let Some(m) = parse_msg(&buf[off..n]) else {
                    break;
                };
                off += super::attr::align(msg_len(&buf[off..n]));
                if from != 0 || m.pid != self.pid || m.seq != seq {
                    continue;
                }
                if warn_intr && m.flags & NLM_F_DUMP_INTR != 0 {
                    interrupted = true;
                }
                if m.ty == NLMSG_DONE {
                    if let Err(e) = dump_done(&m) {
                        result = Err(e);
                    }
                    done = true;
                    break;
                }
                if m.ty == NLMSG_ERROR {
                    let errno = m
                        .payload
                        .get(..4)
                        .map(|b| -i32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
                        .unwrap_or(0);
                    result = Err(NlError {
                        errno,
                        text: format!("RTNETLINK answers: {}\n", strerror(errno)),
                    });
                    done = true;
                    break;
                }
                if failed.is_none() {
                    if let Err(e) = f(self, &m) {
                        failed = Some(e);
                    }
                }
            }
            self.buf = buf;
            if let Err(e) = result {
                return Err(e.into());
            }
            if done {
                if let Some(e) = failed {
                    return Err(e);
                }
                if interrupted {
                    warn("Dump was interrupted and may be inconsistent.");
                }
                return Ok(());
            }
        }
    }
}

/// NLBOX_SENDLOG=FILE appends "TYPE FLAGS HEX-PAYLOAD" for every request sent, so tests can
/// compare nlbox's requests with the reference's captured ones.
fn log_request(ty: u16, flags: u16, payload: &[u8]) {
    static PATH: std::sync::OnceLock<Option<std::ffi::OsString>> = std::sync::OnceLock::new();
    let Some(path) = PATH.get_or_init(|| std::env::var_os("NLBOX_SENDLOG")) else {
        return;
    };
    use std::fmt::Write as _;
    use std::io::Write as _;
    let mut line = format!("{ty} {flags} ");
    for b in payload {
        let _ = write!(line, "{b:02x}");
    }
    line.push('\n');
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = f.write_all(line.as_bytes());
    }
}

fn msg_len(b: &[u8]) -> usize {
    b.get(..4)
        .map(|h| u32::from_ne_bytes([h[0], h[1], h[2], h[3]]) as usize)
        .unwrap_or(0)
}

/// The nlmsghdr at the start of `b`, if whole.
pub fn parse_msg(b: &[u8]) -> Option<Msg<'_>> {
    let h = b.get(..NLMSG_HDRLEN)?;
    let len = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]) as usize;
    if len < NLMSG_HDRLEN || len > b.len() {
        return None;
    }
    Some(Msg {
        ty: u16::from_ne_bytes([h[4], h[5]]),
        flags: u16::from_ne_bytes([h[6], h[7]]),
        seq: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
        pid: u32::from_ne_bytes([h[12], h[13], h[14], h[15]]),
        payload: &b[NLMSG_HDRLEN..len],
    })
}

/// Iterates the messages of a buffer holding several (for fixtures and tests).
pub fn messages(mut b: &[u8]) -> impl Iterator<Item = Msg<'_>> {
    std::iter::from_fn(move || {
        let m = parse_msg(b)?;
        let adv = super::attr::align(msg_len(b)).min(b.len());
        b = &b[adv..];
        Some(m)
    })
}

/// The extack message of an NLMSG_ERROR (or DONE) reply, starting at `tlv_off` of the payload.
fn extack_msg(payload: &[u8], tlv_off: usize) -> Option<String> {
    let tlvs = payload.get(tlv_off..)?;
    let mut msg = None;
    for a in AttrIter::new(tlvs) {
        match a.ty & NLA_TYPE_MASK {
            NLMSGERR_ATTR_MSG => msg = Some(a.str().to_string()),
            NLMSGERR_ATTR_OFFS => {}
            _ => {}
        }
    }
    msg.filter(|m| !m.is_empty())
}

/// "Error: MSG." / "Warning: MSG." with the final dot iproute2 adds when missing.
fn ext_ack_line(is_err: bool, msg: &str) -> String {
    let dot = if msg.ends_with('.') { "" } else { "." };
    format!("{}: {msg}{dot}\n", if is_err { "Error" } else { "Warning" })
}

/// NLMSG_ERROR: 0 is an ACK (print any extack warning), otherwise the error text.
fn ack_result(m: &Msg) -> Result<(), NlError> {
    let Some(eb) = m.payload.get(..4) else {
        return Err(NlError {
            errno: 0,
            text: "ERROR truncated\n".into(),
        });
    };
    let error = i32::from_ne_bytes([eb[0], eb[1], eb[2], eb[3]]);
    let tlv_off = if m.flags & NLM_F_ACK_TLVS != 0 {
        // nlmsgerr is the error and the echoed request header (all of it unless capped).
        let inner_len = if m.flags & NLM_F_CAPPED != 0 {
            NLMSG_HDRLEN
        } else {
            msg_len(&m.payload[4..]).max(NLMSG_HDRLEN)
        };
        Some(4 + super::attr::align(inner_len))
    } else {
        None
    };
    let ext = tlv_off.and_then(|o| extack_msg(m.payload, o));
    if error == 0 {
        if let Some(msg) = ext {
            let line = ext_ack_line(false, &msg);
            warn(line.trim_end_matches('\n'));
        }
        return Ok(());
    }
    let errno = -error;
    let text = match ext {
        Some(msg) => ext_ack_line(true, &msg),
        None => format!("RTNETLINK answers: {}\n", strerror(errno)),
    };
    Err(NlError { errno, text })
}

/// rtnl_dump_done: a negative length in DONE is an error, perhaps with an extack message.
fn dump_done(m: &Msg) -> Result<(), NlError> {
    let Some(b) = m.payload.get(..4) else {
        return Err(NlError {
            errno: 0,
            text: "DONE truncated\n".into(),
        });
    };
    let len = i32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
    if len >= 0 {
        if m.flags & NLM_F_ACK_TLVS != 0 {
            if let Some(msg) = extack_msg(m.payload, 4) {
                warn(ext_ack_line(false, &msg).trim_end_matches('\n'));
            }
        }
        return Ok(());
    }
    let errno = -len;
    if let Some(msg) = extack_msg(m.payload, 4) {
        return Err(NlError {
            errno,
            text: ext_ack_line(true, &msg),
        });
    }
    let text = match errno {
        libc::ENOENT | libc::EOPNOTSUPP => String::new(),
        libc::EMSGSIZE => "Error: Buffer too small for object.\n".into(),
        _ => format!("RTNETLINK answers: {}\n", strerror(errno)),
    };
    Err(NlError { errno, text })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nlmsg(ty: u16, flags: u16, payload: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(&((16 + payload.len()) as u32).to_ne_bytes());
        v.extend_from_slice(&ty.to_ne_bytes());
        v.extend_from_slice(&flags.to_ne_bytes());
        v.extend_from_slice(&[0; 8]);
        v.extend_from_slice(payload);
        v
    }

    #[test]
    fn error_with_extack() {
        let inner = nlmsg(RTM_NEWLINK, 0, &[]);
        let mut p = (-17i32).to_ne_bytes().to_vec();
        p.extend_from_slice(&inner);
        let mut tlv = crate::netlink::attr::AttrBuf::new();
        tlv.add_str(NLMSGERR_ATTR_MSG, "Unknown device type");
        p.extend_from_slice(&tlv.buf);
        let raw = nlmsg(NLMSG_ERROR, NLM_F_ACK_TLVS, &p);
        let m = parse_msg(&raw).unwrap();
        let e = ack_result(&m).unwrap_err();
        assert_eq!(e.errno, 17);
        assert_eq!(e.text, "Error: Unknown device type.\n");
    }

    #[test]
    fn error_without_extack() {
        let mut p = (-17i32).to_ne_bytes().to_vec();
        p.extend_from_slice(&nlmsg(RTM_NEWLINK, 0, &[]));
        let raw = nlmsg(NLMSG_ERROR, 0, &p);
        let e = ack_result(&parse_msg(&raw).unwrap()).unwrap_err();
        assert_eq!(e.text, "RTNETLINK answers: File exists\n");
    }

    #[test]
    fn truncated_header_is_not_a_message() {
        assert!(parse_msg(&[1, 2, 3]).is_none());
        let mut raw = nlmsg(NLMSG_DONE, 0, &[0; 4]);
        raw.truncate(18);
        assert!(parse_msg(&raw).is_none());
    }
}
