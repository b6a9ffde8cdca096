//! The ioctl structures net-tools and tunctl hand to the kernel, as plain byte buffers
//! laid out like the x86-64 C structs (struct ifreq, struct rtentry, struct in6_rtmsg).
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

pub const IFNAMSIZ: usize = 16;

/// struct ifreq: 16 bytes of name and a 24-byte union.
#[repr(C, align(8))]
pub struct IfReq {
    pub buf: [u8; 40],
}

impl IfReq {
    /// safe_strncpy(ifr_name, name, IFNAMSIZ): at most 15 bytes, always NUL-terminated.
    pub fn new(name: &str) -> IfReq {
        let mut r = IfReq { buf: [0; 40] };
        r.set_name_bytes(name.as_bytes());
        r
    }
    pub fn set_name_bytes(&mut self, name: &[u8]) {
        self.buf[..IFNAMSIZ].fill(0);
        let n = name.len().min(IFNAMSIZ - 1);
        // strncpy stops at a NUL in the source.
        let n = name[..n].iter().position(|&b| b == 0).unwrap_or(n);
        self.buf[..n].copy_from_slice(&name[..n]);
    }
    pub fn name(&self) -> String {
        let end = self.buf[..IFNAMSIZ]
            .iter()
            .position(|&b| b == 0)
            .unwrap_or(IFNAMSIZ);
        String::from_utf8_lossy(&self.buf[..end]).into_owned()
    }
    pub fn as_mut_ptr(&mut self) -> *mut libc::c_void {
        self.buf.as_mut_ptr().cast()
    }
    pub fn flags(&self) -> i16 {
        i16::from_ne_bytes([self.buf[16], self.buf[17]])
    }
    pub fn set_flags(&mut self, f: i16) {
        self.buf[16..18].copy_from_slice(&f.to_ne_bytes());
    }
    pub fn int(&self) -> i32 {
        i32::from_ne_bytes([self.buf[16], self.buf[17], self.buf[18], self.buf[19]])
    }
    pub fn set_int(&mut self, v: i32) {
        self.buf[16..20].copy_from_slice(&v.to_ne_bytes());
    }
    /// The union read as a struct sockaddr (16 bytes).
    pub fn sockaddr(&self) -> [u8; 16] {
        let mut s = [0u8; 16];
        s.copy_from_slice(&self.buf[16..32]);
        s
    }
    pub fn set_sockaddr(&mut self, sa: &[u8; 16]) {
        self.buf[16..32].copy_from_slice(sa);
    }
    pub fn union_bytes(&self) -> &[u8] {
        &self.buf[16..40]
    }
    pub fn union_mut(&mut self) -> &mut [u8] {
        &mut self.buf[16..40]
    }
}

/// A struct sockaddr_in as 16 bytes: family, port 0, the address in network order.
pub fn sockaddr_in(addr: [u8; 4]) -> [u8; 16] {
    let mut s = [0u8; 16];
    s[..2].copy_from_slice(&(libc::AF_INET as u16).to_ne_bytes());
    s[4..8].copy_from_slice(&addr);
    s
}

pub fn socket(family: i32) -> Option<OwnedFd> {
    // SAFETY: plain socket(2) call; the fd is owned by the returned OwnedFd.
    let fd = unsafe { libc::socket(family, libc::SOCK_DGRAM, 0) };
    if fd < 0 {
        return None;
    }
    // SAFETY: fd is a fresh, valid descriptor we own.
    Some(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// ioctl(fd, req, buf) -> Ok or Err(errno).
pub fn ioctl_buf(fd: &OwnedFd, req: libc::c_ulong, buf: &mut [u8]) -> Result<(), i32> {
    // SAFETY: buf is a live, writable buffer at least as large as the kernel struct for req
    // (callers pass the matching struct), so the kernel reads and writes inside it.
    let r = unsafe { libc::ioctl(fd.as_raw_fd(), req as _, buf.as_mut_ptr()) };
    if r < 0 {
        Err(super::errno())
    } else {
        Ok(())
    }
}

pub fn ioctl_ifr(fd: &OwnedFd, req: libc::c_ulong, ifr: &mut IfReq) -> Result<(), i32> {
    ioctl_buf(fd, req, &mut ifr.buf)
}
