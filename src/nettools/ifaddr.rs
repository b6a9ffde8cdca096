//! ifconfig's address keywords: `add`/`del`/`tunnel` of IPv6 addresses (struct in6_ifreq on
//! the inet6 socket) and the IPv4 `add`/`del` that net-tools turns into v0:N aliases
//! (ifconfig.c get_nmbc_parent / set_ifstate / do_ifcmd).
use super::iface::{self, ioc, IfList, *};
use super::ifset::{Ctx, Exit};
use super::ioctl::IfReq;
use super::{atoi, inet, resolve, strerror};
use crate::ifconfig::usage;

/// `add`/`del` of an IPv6 address: SIOCSIFADDR/SIOCDIFADDR with struct in6_ifreq.
pub fn addr6(c: &Ctx, v: &str, add: bool, opt_v: bool) -> Result<i32, Exit> {
    let mut text = v.to_string();
    let prefix_len: u64 = match text.find('/') {
        Some(p) => {
            // atol() into an unsigned long: a negative length wraps and fails the > 128 test.
            let n = crate::cli::parse::strtol(&text[p + 1..], 10).0 as u64;
            if n > 128 {
                return Err(Exit(usage(3)));
            }
            text.truncate(p);
            n
        }
        None => 128,
    };
    let host: String = text.chars().take(127).collect();
    let Some(a) = inet::pton6(&host) else {
        eprint!("{}", resolve::herror(&host, 0));
        return Ok(1);
    };
    let Some(fd) = c.socks.inet6.as_ref() else {
        eprintln!("No support for INET6 on this system.");
        return Ok(1);
    };
    let mut ifr = IfReq::new(&c.name);
    if let Err(e) = super::ioctl::ioctl_ifr(fd, SIOGIFINDEX, &mut ifr) {
        eprintln!("SIOGIFINDEX: {}", strerror(e));
        return Ok(1);
    }
    let idx = ifr.int();
    let mut r = [0u8; 24];
    r[..16].copy_from_slice(&a);
    r[16..20].copy_from_slice(&(prefix_len as u32).to_ne_bytes());
    r[20..24].copy_from_slice(&idx.to_ne_bytes());
    if add {
        if let Err(e) = super::ioctl::ioctl_buf(fd, SIOCSIFADDR, &mut r) {
            eprintln!("SIOCSIFADDR: {}", strerror(e));
            return Ok(1);
        }
    } else {
        if opt_v {
            eprintln!(
                "now deleting: ioctl(SIOCDIFADDR,{{ifindex={idx},prefixlen={}}})",
                prefix_len as i64
            );
        }
        if let Err(e) = super::ioctl::ioctl_buf(fd, SIOCDIFADDR, &mut r) {
            eprintln!("SIOCDIFADDR: {}", strerror(e));
            return Ok(1);
        }
    }
    Ok(0)
}

/// `tunnel ADDR[/LEN]`: SIOCSIFDSTADDR with a struct in6_ifreq on the inet6 socket.
pub fn tunnel6(c: &Ctx, v: &str) -> Result<i32, Exit> {
    let mut text = v.to_string();
    let prefix_len: u64 = match text.find('/') {
        Some(p) => {
            let n = crate::cli::parse::strtol(&text[p + 1..], 10).0 as u64;
            if n > 128 {
                return Err(Exit(usage(3)));
            }
            text.truncate(p);
            n
        }
        None => 128,
    };
    let host: String = text.chars().take(127).collect();
    let Some(a) = inet::pton6(&host) else {
        eprint!("{}", resolve::herror(&host, 0));
        return Ok(1);
    };
    let Some(fd) = c.socks.inet6.as_ref() else {
        eprintln!("No support for INET6 on this system.");
        return Ok(1);
    };
    let mut ifr = IfReq::new(&c.name);
    if let Err(e) = super::ioctl::ioctl_ifr(fd, SIOGIFINDEX, &mut ifr) {
        eprintln!("SIOGIFINDEX: {}", strerror(e));
        return Ok(1);
    }
    let mut r = [0u8; 24];
    r[..16].copy_from_slice(&a);
    r[16..20].copy_from_slice(&(prefix_len as u32).to_ne_bytes());
    r[20..24].copy_from_slice(&ifr.int().to_ne_bytes());
    if let Err(e) = super::ioctl::ioctl_buf(fd, SIOCSIFDSTADDR, &mut r) {
        eprintln!("SIOCSIFDSTADDR: {}", strerror(e));
        return Ok(1);
    }
    Ok(0)
}

/// get_nmbc_parent: the parent's netmask and broadcast (None when /proc/net/dev fails).
/// A failing fetch prints its complaint and leaves both zero.
pub fn get_nmbc_parent(c: &Ctx, list: &mut IfList, parent: &str) -> Option<([u8; 4], [u8; 4])> {
    list.read_proc(Some(parent)).ok()?;
    let idx = list.add(parent);
    let ife = list.list.get_mut(idx)?;
    if let Err(e) = iface::fetch(ife, c.skfd(), c.socks) {
        eprint!("{}", iface::fetch_error(&ife.name, e));
        return Some(([0; 4], [0; 4]));
    }
    let a = ife.addr.unwrap_or([[0; 16]; 4]);
    let q = |s: &[u8; 16]| [s[4], s[5], s[6], s[7]];
    Some((q(&a[3]), q(&a[2])))
}

/// set_ifstate: bring the alias of `parent` holding `ip` up (add) or down (del); when no
/// alias has it, make a new one "parent:N" with the first free N (both for add and del,
/// as net-tools does). Errors of the new alias's ioctls are silent, like the C code.
pub fn set_ifstate(
    c: &Ctx,
    list: &mut IfList,
    parent: &str,
    ip: [u8; 4],
    nm: [u8; 4],
    bc: [u8; 4],
    up: bool,
) {
    let _ = list.read_proc(None);
    let _ = list.read_conf(c.socks);
    let mut used = [false; 256];
    for ife in list.list.iter_mut() {
        if let Err(e) = iface::fetch(ife, c.skfd(), c.socks) {
            eprint!("{}", iface::fetch_error(&ife.name, e));
            continue;
        }
        if !ife.name.as_bytes().starts_with(parent.as_bytes()) {
            continue;
        }
        let Some(colon) = ife.name.find(':') else {
            continue;
        };
        let z = &ife.name[colon + 1..];
        if z.contains('-') {
            continue;
        }
        let n = atoi(z);
        let Ok(n) = usize::try_from(n) else {
            std::process::abort();
        };
        let Some(slot) = used.get_mut(n) else {
            std::process::abort();
        };
        *slot = true;
        let dst = ife
            .addr
            .map(|a| [a[1][4], a[1][5], a[1][6], a[1][7]])
            .unwrap_or([0; 4]);
        if dst != ip {
            continue;
        }
        if up {
            c.set_flag_on(&ife.name, IFF_UP | IFF_RUNNING);
        } else {
            c.clr_flag_on(&ife.name, IFF_UP);
        }
        return;
    }
    let Some(free) = used.iter().position(|u| !u) else {
        return;
    };
    let full = format!("{parent}:{free}");
    if full.len() > 16 {
        return;
    }
    let alias: String = full.chars().take(15).collect();
    let set = |req: libc::c_ulong, a: [u8; 4]| -> bool {
        let mut r = IfReq::new(&alias);
        r.set_sockaddr(&super::ioctl::sockaddr_in(a));
        ioc(c.skfd(), req, &mut r).is_ok()
    };
    if !set(SIOCSIFADDR, ip) || !set(SIOCSIFNETMASK, nm) || !set(SIOCSIFBRDADDR, bc) {
        return;
    }
    c.set_flag_on(&alias, IFF_BROADCAST);
}
