//! The kernel look-ups iplink_parse makes while parsing: namespace descriptors and nsids
//! (ip/ipnetns.c), whether a device is a VRF (ip/iplink_vrf.c), a device's address length.
use super::ifla::*;
use crate::netlink::attr::AttrBuf;
use crate::netlink::Session;
use std::os::fd::{AsRawFd, OwnedFd};

/// netns_get_fd (lib/namespace.c): a path when the word has a '/', else /run/netns/NAME.
pub fn netns_get_fd(name: &str) -> Option<OwnedFd> {
    let path = if name.contains('/') {
        name.to_string()
    } else {
        format!("/run/netns/{name}")
    };
    std::fs::File::open(path).ok().map(OwnedFd::from)
}

fn stderr_text(t: &str) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(t.as_bytes());
}

const RTM_GETNSID: u16 = crate::netlink::RTM_GETNSID;
const RTM_NEWNSID: u16 = crate::netlink::RTM_NEWNSID;
const NETNSA_NSID: u16 = 1;
const NETNSA_FD: u16 = 3;

/// get_netnsid_from_name (ip/ipnetns.c): the nsid the kernel knows for the named netns.
pub fn get_netnsid_from_name(name: &str) -> i32 {
    let Some(fd) = netns_get_fd(name) else {
        return -1;
    };
    let Ok(mut s) = Session::open() else {
        return -1;
    };
    let mut req = AttrBuf::with_header(&[0, 0, 0, 0]);
    req.add_u32(NETNSA_FD, fd.as_raw_fd() as u32);
    let r = s.talk_answer(RTM_GETNSID, 0, &req.buf, |m| {
        let attrs = m.payload.get(4..).unwrap_or(&[]);
        crate::netlink::attr::AttrIter::new(attrs)
            .filter(|a| a.ty == NETNSA_NSID)
            .last()
            .and_then(|a| a.u32())
            .map(|v| v as i32)
            .unwrap_or(-1)
    });
    match r {
        Ok(v) => v,
        Err(e) => {
            stderr_text(&e.text);
            -2
        }
    }
}

/// set_netnsid_from_name(name, -1): asks the kernel to pick an nsid.
pub fn set_netnsid_from_name(name: &str, nsid: i32) -> i32 {
    let Some(fd) = netns_get_fd(name) else {
        return -1;
    };
    let Ok(mut s) = Session::open() else {
        return -1;
    };
    let mut req = AttrBuf::with_header(&[0, 0, 0, 0]);
    req.add_u32(NETNSA_FD, fd.as_raw_fd() as u32);
    req.add_u32(NETNSA_NSID, nsid as u32);
    match s.talk(RTM_NEWNSID, 0, &req.buf) {
        Ok(()) => 0,
        Err(e) => {
            stderr_text(&e.text);
            -2
        }
    }
}

/// nl_get_ll_addr_len: the length of the device's current IFLA_ADDRESS, if it has one.
pub fn ll_addr_len_of(dev: &str) -> Option<usize> {
    ll_addr_len(dev, 0)
}

pub fn ll_addr_len(dev: &str, family: u8) -> Option<usize> {
    let index = crate::ifmap::name_to_index(dev);
    if index == 0 {
        return None;
    }
    let mut s = Session::open().ok()?;
    let hdr = super::req::ifinfomsg(family, index as i32, 0, 0);
    s.talk_answer(crate::netlink::RTM_GETLINK, 0, &hdr, |m| {
        let attrs = m.payload.get(16..)?;
        crate::netlink::attr::AttrIter::new(attrs)
            .filter(|a| a.ty == IFLA_ADDRESS)
            .last()
            .map(|a| a.data.len())
    })
    .ok()
    .flatten()
}

/// name_is_vrf (ip/iplink_vrf.c): the ifindex when the device's kind is "vrf", else 0.
pub fn name_is_vrf(name: &str) -> bool {
    let Ok(mut s) = Session::open() else {
        return false;
    };
    let mut req = AttrBuf::with_header(&super::req::ifinfomsg(0, 0, 0, 0));
    req.add_str(IFLA_IFNAME, name);
    s.talk_answer(crate::netlink::RTM_GETLINK, 0, &req.buf, |m| {
        let attrs = m.payload.get(16..).unwrap_or(&[]);
        let Some(li) = crate::netlink::attr::AttrIter::new(attrs)
            .filter(|a| a.ty == IFLA_LINKINFO)
            .last()
        else {
            return false;
        };
        li.nested()
            .filter(|a| a.ty == IFLA_INFO_KIND)
            .last()
            .is_some_and(|k| k.str() == "vrf")
    })
    .unwrap_or(false)
}
