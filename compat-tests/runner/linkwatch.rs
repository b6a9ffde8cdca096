//! Applying the kernel's pending operstate changes now rather than up to a second later.
//!
//! A carrier change takes effect at once, but the operstate that `ip link` prints (`state
//! UP`, `UNKNOWN`, and the NO-CARRIER flag, which follows IFF_RUNNING) is updated by
//! linkwatch, which runs at most once a second (net/core/link_watch.c). Two runs of the same
//! scenario would then print different states depending on when linkwatch last ran. The
//! ethtool GLINK request makes the kernel apply a device's pending event on the spot
//! (ethtool_op_get_link calls linkwatch_sync_dev); it changes nothing else. The driver asks
//! it for every link in every namespace after each line.

use std::os::fd::AsRawFd;

const ETHTOOL_GLINK: u32 = 0x0000_000a;

#[repr(C)]
struct EthtoolValue {
    cmd: u32,
    data: u32,
}

/// `struct ifreq` with the `ifr_data` member of its union (40 bytes on x86_64).
#[repr(C)]
struct IfreqData {
    name: [u8; 16],
    data: *mut EthtoolValue,
    _rest: [u8; 16],
}

/// The interface names of the calling thread's network namespace.
fn names() -> Vec<Vec<u8>> {
    let mut v = Vec::new();
    // SAFETY: if_nameindex returns a list ending in an entry with index 0, freed below.
    unsafe {
        let list = libc::if_nameindex();
        if list.is_null() {
            return v;
        }
        let mut p = list;
        while (*p).if_index != 0 && !(*p).if_name.is_null() {
            v.push(std::ffi::CStr::from_ptr((*p).if_name).to_bytes().to_vec());
            p = p.add(1);
        }
        libc::if_freenameindex(list);
    }
    v
}

/// Syncs every link of the calling thread's network namespace.
fn sync_here() {
    // SAFETY: a plain datagram socket, closed at the end of this function.
    let fd = unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) };
    if fd < 0 {
        return;
    }
    for name in names() {
        if name.len() >= 16 {
            continue;
        }
        let mut ev = EthtoolValue {
            cmd: ETHTOOL_GLINK,
            data: 0,
        };
        let mut req = IfreqData {
            name: [0; 16],
            data: &mut ev,
            _rest: [0; 16],
        };
        req.name[..name.len()].copy_from_slice(&name);
        // SAFETY: SIOCETHTOOL reads the ifreq and writes the ethtool_value it points to;
        // both live until the call returns. Devices without ethtool ops just fail.
        unsafe { libc::ioctl(fd, libc::SIOCETHTOOL, &mut req as *mut IfreqData) };
    }
    // SAFETY: closing the socket opened above.
    unsafe { libc::close(fd) };
}

/// Syncs every link of this namespace and of each namespace in /run/netns.
pub fn sync_all(netns: &[String]) {
    sync_here();
    for ns in netns {
        let Ok(f) = std::fs::File::open(format!("/run/netns/{ns}")) else {
            continue;
        };
        // setns(2) moves only the calling thread: do it in a thread of its own.
        let _ = std::thread::spawn(move || {
            // SAFETY: setns on an open namespace file; only this short-lived thread moves.
            if unsafe { libc::setns(f.as_raw_fd(), libc::CLONE_NEWNET) } == 0 {
                sync_here();
            }
        })
        .join();
    }
}
