//! `ip maddress` (ip/ipmaddr.c): multicast memberships read from /proc/net/dev_mcast,
//! /proc/net/igmp and /proc/net/igmp6, grouped by ifindex; add/del by SIOCADDMULTI.
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{duparg, duparg2, AF_INET, AF_INET6, AF_PACKET, AF_UNSPEC};
use crate::error::{Error, Failure, Result};
use crate::output::{Color, Ctx};

const USAGE: &str =
    "Usage: ip maddr [ add | del ] MULTIADDR dev STRING\n       ip maddr show [ dev STRING ]\n";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(w) = args.next() else {
        return list(args, ip);
    };
    if matches(&w, "add") {
        return modify(args, ip, libc::SIOCADDMULTI);
    }
    if matches(&w, "delete") {
        return modify(args, ip, libc::SIOCDELMULTI);
    }
    if matches(&w, "list") || matches(&w, "show") || matches(&w, "lst") {
        return list(args, ip);
    }
    if matches(&w, "help") {
        return Err(usage());
    }
    Err(Error::exit(
        255,
        format!("Command \"{w}\" is unknown, try \"ip maddr help\"."),
    ))
}

/// One membership (struct ma_info); `family` AF_PACKET for link-layer groups.
struct Entry {
    index: i64,
    name: String,
    users: i64,
    family: u8,
    addr: Vec<u8>,
    is_static: bool,
}

/// maddr_ins: sorted by ifindex, a new entry after the ones with the same index.
fn insert(list: &mut Vec<Entry>, e: Entry) {
    let pos = list
        .iter()
        .position(|m| m.index > e.index)
        .unwrap_or(list.len());
    list.insert(pos, e);
}

/// parse_hex: pairs of hex digits read with sscanf("%02x"); an odd tail fails.
fn parse_hex(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() && out.len() < 512 {
        if i + 1 >= b.len() {
            return None;
        }
        let v = scan_hex(&s[i..(i + 2).min(s.len())])?;
        out.push(v as u8);
        i += 2;
    }
    Some(out)
}

/// sscanf("%Nx") on a short piece: leading hex digits, at least one.
fn scan_hex(s: &str) -> Option<u32> {
    let d: String = s.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    if d.is_empty() {
        return None;
    }
    u32::from_str_radix(&d, 16).ok()
}

/// sscanf("%d"): an optional sign and digits; None when nothing converts.
fn scan_int(s: &str) -> Option<i64> {
    let t = s.trim_start();
    let (neg, rest) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let d: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let v: i64 = d.get(..d.len().min(18))?.parse().ok()?;
    Some(if neg { -v } else { v })
}

fn read(path: &str) -> Option<String> {
    std::fs::read(path)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn read_dev_mcast(dev: Option<&str>, list: &mut Vec<Entry>) {
    let Some(text) = read("/proc/net/dev_mcast") else {
        return;
    };
    for line in text.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let name = f.get(1).copied().unwrap_or("");
        if dev.is_some_and(|d| d != name) {
            continue;
        }
        let Some(addr) = parse_hex(f.get(4).copied().unwrap_or("")) else {
            continue;
        };
        insert(
            list,
            Entry {
                index: f.first().and_then(|s| scan_int(s)).unwrap_or(0),
                name: name.to_string(),
                users: f.get(2).and_then(|s| scan_int(s)).unwrap_or(0),
                family: AF_PACKET,
                addr,
                is_static: f.get(3).and_then(|s| scan_int(s)).unwrap_or(0) != 0,
            },
        );
    }
}

fn read_igmp(dev: Option<&str>, list: &mut Vec<Entry>) {
    let Some(text) = read("/proc/net/igmp") else {
        return;
    };
    // The device line's values carry over to the group lines under it (one struct m).
    let (mut index, mut name, mut users) = (0i64, String::new(), 0i64);
    let mut raw = 0u32;
    for line in text.lines().skip(1) {
        if !line.starts_with('\t') {
            let mut f = line.split_whitespace();
            if let Some(i) = f.next().and_then(scan_int) {
                index = i;
                if let Some(n) = f.next() {
                    name = n.strip_suffix(':').unwrap_or(n).to_string();
                }
            }
            continue;
        }
        if dev.is_some_and(|d| d != name) {
            continue;
        }
        let mut f = line.split_whitespace();
        if let Some(v) = f.next().and_then(|s| scan_hex(&s[..s.len().min(8)])) {
            raw = v;
            if let Some(u) = f.next().and_then(scan_int) {
                users = u;
            }
        }
        insert(
            list,
            Entry {
                index,
                name: name.clone(),
                users,
                family: AF_INET,
                addr: raw.to_ne_bytes().to_vec(),
                is_static: false,
            },
        );
    }
}

fn read_igmp6(dev: Option<&str>, list: &mut Vec<Entry>) {
    let Some(text) = read("/proc/net/igmp6") else {
        return;
    };
    for line in text.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let name = f.get(1).copied().unwrap_or("");
        if dev.is_some_and(|d| d != name) {
            continue;
        }
        let Some(addr) = parse_hex(f.get(2).copied().unwrap_or("")) else {
            continue;
        };
        insert(
            list,
            Entry {
                index: f.first().and_then(|s| scan_int(s)).unwrap_or(0),
                name: name.to_string(),
                users: f.get(3).and_then(|s| scan_int(s)).unwrap_or(0),
                family: AF_INET6,
                addr,
                is_static: false,
            },
        );
    }
}

/// format_host(family, -1, addr): with a length of -1 even `-resolve` finds no name, so
/// this is the address as inet_ntop writes it.
fn host(family: u8, a: &[u8]) -> String {
    match family {
        AF_INET => crate::inet::ntop4(a),
        _ => crate::inet::ntop6(a),
    }
}

fn list(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let mut dev: Option<String> = None;
    while let Some(w) = args.next() {
        let w = if w == "dev" {
            args.need()?
        } else {
            if matches(&w, "help") {
                return Err(usage());
            }
            w
        };
        if dev.is_some() {
            return Err(duparg2("dev", &w));
        }
        dev = Some(w);
    }
    let fam = ip.g.family;
    let d = dev.as_deref();
    let mut list = Vec::new();
    if fam == AF_UNSPEC || fam == AF_PACKET {
        read_dev_mcast(d, &mut list);
    }
    if fam == AF_UNSPEC || fam == AF_INET {
        read_igmp(d, &mut list);
    }
    if fam == AF_UNSPEC || fam == AF_INET6 {
        read_igmp6(d, &mut list);
    }
    print_mlist(ip, &list)?;
    Ok(())
}

/// print_mlist / print_maddr.
fn print_mlist(ip: &mut Ip, list: &[Entry]) -> std::io::Result<()> {
    let out = &mut ip.out;
    let oneline = out.oneline();
    out.begin_list()?;
    let mut cur = 0i64;
    for m in list {
        if m.index != cur || oneline {
            if cur != 0 {
                out.close_array(Ctx::Json, "")?;
                out.close_object()?;
            }
            out.open_object("")?;
            let idx = m.index;
            out.uint(Ctx::Any, "ifindex", idx as u64, format_args!("{idx}:"))?;
            let n = &m.name;
            out.string_c(Ctx::Any, Color::Ifname, "ifname", n, format_args!("\t{n}"))?;
            out.nl()?;
            cur = m.index;
            out.open_array(Ctx::Json, "maddr", "")?;
        }
        out.fp(format_args!("\t"))?;
        out.open_object("")?;
        if m.family == AF_PACKET {
            out.fp(format_args!("link  "))?;
            let a = crate::output::fmt::ll_addr(&m.addr, 0);
            out.string_c(Ctx::Any, Color::Mac, "link", &a, format_args!("{a}"))?;
        } else {
            let f = if m.family == AF_INET { "inet" } else { "inet6" };
            out.string(Ctx::Any, "family", f, format_args!("{f:<5} "))?;
            let a = host(m.family, &m.addr);
            let c = if m.family == AF_INET {
                Color::Inet
            } else {
                Color::Inet6
            };
            out.string_c(Ctx::Any, c, "address", &a, format_args!("{a}"))?;
        }
        if m.users != 1 {
            let u = m.users as u32;
            out.uint(Ctx::Any, "users", u as u64, format_args!(" users {u}"))?;
        }
        if m.is_static {
            out.string(Ctx::Any, "features", "static", format_args!(" static"))?;
        }
        out.fp(format_args!("\n"))?;
        out.close_object()?;
    }
    if cur != 0 {
        out.close_array(Ctx::Json, "")?;
        out.close_object()?;
    }
    out.end_list()?;
    out.flush()
}

/// multiaddr_modify: SIOCADDMULTI/SIOCDELMULTI with a 6-byte link-layer address.
fn modify(args: &mut Args, ip: &mut Ip, cmd: libc::c_ulong) -> Result<()> {
    let mut name: Option<String> = None;
    let mut addr: Option<Vec<u8>> = None;
    while let Some(w) = args.next() {
        if w == "dev" {
            let v = args.need()?;
            if name.is_some() {
                return Err(duparg("dev", &v));
            }
            if !crate::cli::parse::check_ifname(&v) {
                return Err(crate::cli::parse::invarg("\"dev\" not a valid ifname", &v));
            }
            name = Some(v);
        } else {
            let w = if matches(&w, "address") {
                args.need()?
            } else {
                w
            };
            if matches(&w, "help") {
                return Err(usage());
            }
            if addr
                .as_ref()
                .is_some_and(|a| a.first().is_some_and(|b| *b != 0))
            {
                return Err(duparg("address", &w));
            }
            let a = crate::ip::link_modify::lladdr::ll_addr_a2n_max(&w, 14).map_err(|e| {
                Error::exit(
                    1,
                    e.msg.unwrap_or_default().trim_end_matches('\n').to_string(),
                )
            })?;
            if a.len() != 6 {
                return Err(Error::exit(
                    1,
                    format!(
                        "Error: Invalid address length {} - must be 6 bytes",
                        a.len()
                    ),
                ));
            }
            addr = Some(a);
        }
    }
    let Some(name) = name else {
        return Err(Error::exit(
            255,
            "Not enough information: \"dev\" is required.",
        ));
    };
    let family = match ip.g.family {
        AF_INET6 | AF_PACKET | AF_INET => ip.g.family,
        _ => AF_INET,
    };
    // SAFETY: plain socket(2) call.
    let fd = unsafe { libc::socket(family as i32, libc::SOCK_DGRAM, 0) };
    if fd < 0 {
        let e = std::io::Error::last_os_error();
        return Err(Error::exit(
            1,
            format!(
                "Cannot create socket: {}",
                crate::netlink::strerror(e.raw_os_error().unwrap_or(0))
            ),
        ));
    }
    // SAFETY: ifreq is plain data; zeroed is a valid value.
    let mut ifr: libc::ifreq = unsafe { std::mem::zeroed() };
    for (d, s) in ifr
        .ifr_name
        .iter_mut()
        .zip(name.bytes().take(libc::IFNAMSIZ - 1))
    {
        *d = s as libc::c_char;
    }
    // SAFETY: sockaddr is the active union member for SIOC*MULTI.
    let sa = unsafe { &mut ifr.ifr_ifru.ifru_hwaddr };
    for (d, s) in sa.sa_data.iter_mut().zip(addr.unwrap_or_default()) {
        *d = s as libc::c_char;
    }
    // SAFETY: fd is our socket and ifr lives across the call.
    let r = unsafe { libc::ioctl(fd, cmd as _, &mut ifr) };
    let e = std::io::Error::last_os_error();
    // SAFETY: closing our own descriptor.
    unsafe { libc::close(fd) };
    if r != 0 {
        return Err(Error::exit(
            1,
            format!(
                "ioctl: {}",
                crate::netlink::strerror(e.raw_os_error().unwrap_or(0))
            ),
        ));
    }
    let _ = ip.out.flush();
    Err(Error::silent(0, Failure::Exit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_pairs() {
        assert_eq!(
            parse_hex("333300000001"),
            Some(vec![0x33, 0x33, 0, 0, 0, 1])
        );
        assert_eq!(parse_hex("abc"), None);
        assert_eq!(parse_hex(""), Some(vec![]));
    }

    #[test]
    fn grouped_by_index_in_arrival_order() {
        let e = |index, family| Entry {
            index,
            name: String::new(),
            users: 1,
            family,
            addr: vec![],
            is_static: false,
        };
        let mut l = Vec::new();
        for (i, f) in [(2, AF_PACKET), (1, AF_PACKET), (2, AF_INET), (1, AF_INET6)] {
            insert(&mut l, e(i, f));
        }
        let got: Vec<(i64, u8)> = l.iter().map(|m| (m.index, m.family)).collect();
        assert_eq!(
            got,
            [(1, AF_PACKET), (1, AF_INET6), (2, AF_PACKET), (2, AF_INET)]
        );
    }
}
