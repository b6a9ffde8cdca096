//! The request `ip link add|set|delete` builds: iproute2's `struct iplink_req` (an ifinfomsg
//! followed by attributes), plus the namespace descriptors its attributes refer to.
use crate::netlink::attr::AttrBuf;
use std::os::fd::OwnedFd;

#[derive(Debug, Default)]
pub struct LinkReq {
    /// nlmsg_type (RTM_NEWLINK or RTM_DELLINK): some kinds parse differently for `set`.
    pub cmd: u16,
    /// nlmsg_flags besides NLM_F_REQUEST/NLM_F_ACK (NLM_F_CREATE, NLM_F_EXCL ...).
    pub flags: u16,
    pub family: u8,
    pub index: i32,
    pub ifi_flags: u32,
    pub change: u32,
    /// The attributes after the ifinfomsg.
    pub attrs: AttrBuf,
    /// `netns NAME` descriptors: IFLA_NET_NS_FD names them by number, so they stay open
    /// until the request has been answered.
    pub fds: Vec<OwnedFd>,
    /// `ip -force`: xdp replaces a program instead of failing when one is attached.
    pub force: bool,
}

/// struct ifinfomsg as iproute2 fills it (ifi_type stays 0).
pub fn ifinfomsg(family: u8, index: i32, flags: u32, change: u32) -> [u8; 16] {
    let mut h = [0u8; 16];
    h[0] = family;
    h[4..8].copy_from_slice(&index.to_ne_bytes());
    h[8..12].copy_from_slice(&flags.to_ne_bytes());
    h[12..16].copy_from_slice(&change.to_ne_bytes());
    h
}

impl LinkReq {
    pub fn new(cmd: u16, flags: u16, family: u8) -> LinkReq {
        LinkReq {
            cmd,
            flags,
            family,
            ..LinkReq::default()
        }
    }
    pub fn is_create(&self) -> bool {
        self.flags & crate::netlink::NLM_F_CREATE != 0
    }
    /// The message body: ifinfomsg then the attributes.
    pub fn payload(&self) -> Vec<u8> {
        let mut v = ifinfomsg(self.family, self.index, self.ifi_flags, self.change).to_vec();
        v.extend_from_slice(&self.attrs.buf);
        v
    }
}
