//! `ip tuntap add|del|show` (ip/iptuntap.c): ioctls on /dev/net/tun to create and delete
//! persistent devices; `show` dumps tun links and reads their sysfs flags.
use super::link_kind::tun::{group_id, user_id};
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{duparg2, invarg};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{AttrBuf, AttrIter};
use crate::output::printer::{Color, Ctx};
use std::os::fd::AsRawFd;

const USAGE: &str = "Usage: ip tuntap { add | del | show | list | lst | help } [ dev PHYS_DEV ]
       [ mode { tun | tap } ] [ user USER ] [ group GROUP ]
       [ one_queue ] [ pi ] [ vnet_hdr ] [ multi_queue ] [ name NAME ]

Where: USER  := { STRING | NUMBER }
       GROUP := { STRING | NUMBER }
";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

const IFF_TUN: u16 = 0x0001;
const IFF_TAP: u16 = 0x0002;
const IFF_MULTI_QUEUE: u16 = 0x0100;
const IFF_PERSIST: i64 = 0x0800;
const IFF_NO_PI: u16 = 0x1000;
const IFF_ONE_QUEUE: u16 = 0x2000;
const IFF_VNET_HDR: u16 = 0x4000;
const IFF_TUN_EXCL: u16 = 0x8000;

const TUNSETIFF: libc::c_ulong = 0x400454ca;
const TUNSETPERSIST: libc::c_ulong = 0x400454cb;
const TUNSETOWNER: libc::c_ulong = 0x400454cc;
const TUNSETGROUP: libc::c_ulong = 0x400454ce;

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(verb) = args.next() else {
        return show(ip);
    };
    if matches(&verb, "add") {
        return add_del(args, true);
    }
    if matches(&verb, "delete") {
        return add_del(args, false);
    }
    if matches(&verb, "show") || matches(&verb, "lst") || matches(&verb, "list") {
        return show(ip);
    }
    if matches(&verb, "help") {
        return Err(usage());
    }
    Err(Error::exit(
        255,
        format!("Command \"{verb}\" is unknown, try \"ip tuntap help\"."),
    ))
}

/// struct ifreq as TUNSETIFF reads it: the name, then ifr_flags.
#[repr(C)]
struct IfReq {
    name: [u8; 16],
    flags: u16,
    pad: [u8; 22],
}

/// `if (**argv && (v = strtol(arg, &end, 10), !*end))`: a whole decimal number.
fn numeric_id(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let (v, used, _) = crate::cli::parse::strtol(s, 10);
    (used == s.len()).then_some(v as u32)
}

struct Parsed {
    name: String,
    flags: u16,
    uid: u32,
    gid: u32,
}

/// parse_args: `user` and `group` are only known to `add`.
fn parse_args(args: &mut Args, add: bool) -> Result<Parsed> {
    let mut p = Parsed {
        name: String::new(),
        flags: IFF_NO_PI,
        uid: u32::MAX,
        gid: u32::MAX,
    };
    while let Some(w) = args.next() {
        if matches(&w, "mode") {
            let m = args.need()?;
            if matches(&m, "tun") {
                if p.flags & IFF_TAP != 0 {
                    return Err(Error::exit(
                        255,
                        "You managed to ask for more than one tunnel mode.",
                    ));
                }
                p.flags |= IFF_TUN;
            } else if matches(&m, "tap") {
                if p.flags & IFF_TUN != 0 {
                    return Err(Error::exit(
                        255,
                        "You managed to ask for more than one tunnel mode.",
                    ));
                }
                p.flags |= IFF_TAP;
            } else {
                return Err(Error::exit(255, format!("Unknown tunnel mode \"{m}\"")));
            }
        } else if add && matches(&w, "user") {
            let u = args.need()?;
            p.uid = match numeric_id(&u).or_else(|| user_id(&u)) {
                Some(v) => v,
                None => return Err(Error::exit(255, format!("invalid user \"{u}\""))),
            };
        } else if add && matches(&w, "group") {
            let g = args.need()?;
            p.gid = match numeric_id(&g).or_else(|| group_id(&g)) {
                Some(v) => v,
                None => return Err(Error::exit(255, format!("invalid group \"{g}\""))),
            };
        } else if matches(&w, "pi") {
            p.flags &= !IFF_NO_PI;
        } else if matches(&w, "one_queue") {
            p.flags |= IFF_ONE_QUEUE;
        } else if matches(&w, "vnet_hdr") {
            p.flags |= IFF_VNET_HDR;
        } else if matches(&w, "multi_queue") {
            p.flags |= IFF_MULTI_QUEUE;
        } else if matches(&w, "dev") {
            let d = args.need()?;
            if !crate::ip::link_modify::parse::check_ifname(&d) {
                return Err(invarg("\"dev\" not a valid ifname", &d));
            }
            p.name = d;
        } else {
            let n = if matches(&w, "name") {
                args.need()?
            } else if matches(&w, "help") {
                return Err(usage());
            } else {
                w
            };
            if !p.name.is_empty() {
                return Err(duparg2("name", &n));
            }
            if !crate::ip::link_modify::parse::check_ifname(&n) {
                return Err(invarg("\"name\" not a valid ifname", &n));
            }
            p.name = n;
        }
    }
    if p.flags & (IFF_TUN | IFF_TAP) == 0 {
        return Err(Error::ret(1, "You failed to specify a tunnel mode"));
    }
    Ok(p)
}

/// perror(what): `what: strerror(errno)`, and `return -1` (exit 1).
fn perror(what: &str) -> Error {
    let e = std::io::Error::last_os_error();
    let errno = e.raw_os_error().unwrap_or(0);
    Error::ret(1, format!("{what}: {}", crate::netlink::strerror(errno)))
}

fn ioctl_int(fd: i32, req: libc::c_ulong, v: libc::c_ulong) -> bool {
    // SAFETY: the tun ioctls here take their argument by value.
    unsafe { libc::ioctl(fd, req, v) == 0 }
}

fn add_del(args: &mut Args, add: bool) -> Result<()> {
    let p = parse_args(args, add)?;
    let mut ifr = IfReq {
        name: [0; 16],
        flags: p.flags,
        pad: [0; 22],
    };
    if add {
        ifr.flags |= IFF_TUN_EXCL;
    }
    for (slot, b) in ifr.name.iter_mut().zip(p.name.bytes().take(15)) {
        *slot = b;
    }
    let f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/net/tun")
        .map_err(|e| {
            let errno = e.raw_os_error().unwrap_or(0);
            Error::ret(1, format!("open: {}", crate::netlink::strerror(errno)))
        })?;
    let fd = f.as_raw_fd();
    // SAFETY: ifr is a properly sized, initialised struct ifreq.
    if unsafe { libc::ioctl(fd, TUNSETIFF, &mut ifr as *mut IfReq) } != 0 {
        return Err(perror("ioctl(TUNSETIFF)"));
    }
    if add {
        if p.uid != u32::MAX && !ioctl_int(fd, TUNSETOWNER, p.uid as libc::c_ulong) {
            return Err(perror("ioctl(TUNSETOWNER)"));
        }
        if p.gid != u32::MAX && !ioctl_int(fd, TUNSETGROUP, p.gid as libc::c_ulong) {
            return Err(perror("ioctl(TUNSETGROUP)"));
        }
    }
    if !ioctl_int(fd, TUNSETPERSIST, add as libc::c_ulong) {
        return Err(perror("ioctl(TUNSETPERSIST)"));
    }
    Ok(())
}

/// read_prop (lib/utils.c): a C long from /sys/class/net/DEV/PROP, complaining on stderr.
fn read_prop(dev: &str, prop: &str) -> Option<i64> {
    let fname = format!("/sys/class/net/{dev}/{prop}");
    let text = match std::fs::read_to_string(&fname) {
        Ok(t) => t,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(0);
            crate::error::warn(&format!(
                "fopen {fname}: {}",
                crate::netlink::strerror(errno)
            ));
            return None;
        }
    };
    let line = text.split('\n').next().unwrap_or("");
    let (v, used, _) = crate::cli::parse::strtol(line, 0);
    if used == 0 || used != line.len() {
        crate::error::warn(&format!(
            "value \"{line}\" in file {fname} is not a number\nFailed to parse {fname}"
        ));
        return None;
    }
    Some(v)
}

const IFLA_IFNAME: u16 = 3;
const IFLA_LINKINFO: u16 = 18;
const IFLA_INFO_KIND: u16 = 1;

fn show(ip: &mut Ip) -> Result<()> {
    let mut req = AttrBuf::with_header(&[0u8; 16]);
    let li = req.begin_nest(IFLA_LINKINFO);
    req.add(IFLA_INFO_KIND, b"tun");
    req.end_nest(li);
    let details = ip.g.details > 0;
    ip.out.begin_list()?;
    let out = &mut ip.out;
    let r = ip.nl.dump(
        crate::netlink::RTM_GETLINK,
        &req.buf,
        |m| -> std::result::Result<(), crate::netlink::NlError> {
            let _ = print_tuntap(m, out, details);
            Ok(())
        },
    );
    if let Err(e) = r {
        use std::io::Write;
        let _ = std::io::stderr().write_all(e.text.as_bytes());
        return Err(Error::ret(1, "Dump terminated"));
    }
    ip.out.end_list()?;
    Ok(())
}

fn print_tuntap(
    m: &crate::netlink::Msg,
    out: &mut super::Out,
    details: bool,
) -> std::io::Result<()> {
    if m.ty != crate::netlink::RTM_NEWLINK && m.ty != crate::netlink::RTM_DELLINK {
        return Ok(());
    }
    let Some((_, hwtype, _, _)) = crate::ifmap::ifinfo(m.payload) else {
        return Ok(());
    };
    // ARPHRD_NONE and ARPHRD_ETHER only.
    if hwtype != 0xfffe && hwtype != 1 {
        return Ok(());
    }
    let attrs = m.payload.get(16..).unwrap_or(&[]);
    let tb = crate::netlink::attr::table(attrs, IFLA_LINKINFO as usize);
    let (Some(name), Some(li)) = (
        tb.get(IFLA_IFNAME as usize).copied().flatten(),
        tb.get(IFLA_LINKINFO as usize).copied().flatten(),
    ) else {
        return Ok(());
    };
    let Some(kind) = AttrIter::new(li.data)
        .filter(|a| a.ty == IFLA_INFO_KIND)
        .last()
    else {
        return Ok(());
    };
    if kind.str() != "tun" {
        return Ok(());
    }
    let name = name.str();
    let Some(flags) = read_prop(name, "tun_flags") else {
        return Ok(());
    };
    let Some(owner) = read_prop(name, "owner") else {
        return Ok(());
    };
    let Some(group) = read_prop(name, "group") else {
        return Ok(());
    };
    out.open_object("")?;
    out.string_c(
        Ctx::Any,
        Color::Ifname,
        "ifname",
        name,
        format_args!("{name}:"),
    )?;
    print_flags(out, flags)?;
    if owner != -1 {
        out.uint(
            Ctx::Any,
            "user",
            owner as u64,
            format_args!(" user {owner}"),
        )?;
    }
    if group != -1 {
        out.uint(
            Ctx::Any,
            "group",
            group as u64,
            format_args!(" group {group}"),
        )?;
    }
    if details {
        let sl = out.sl();
        out.fp(format_args!("{sl}\tAttached to processes:"))?;
        show_processes(out, name)?;
    }
    out.close_object()?;
    out.fp(format_args!("\n"))
}

fn print_flags(out: &mut super::Out, flags: i64) -> std::io::Result<()> {
    out.open_array(Ctx::Json, "flags", "")?;
    let f = flags;
    let word = |out: &mut super::Out, w: &str| out.string(Ctx::Any, "", w, format_args!(" {w}"));
    if f & IFF_TUN as i64 != 0 {
        word(out, "tun")?;
    }
    if f & IFF_TAP as i64 != 0 {
        word(out, "tap")?;
    }
    if f & IFF_NO_PI as i64 == 0 {
        word(out, "pi")?;
    }
    if f & IFF_ONE_QUEUE as i64 != 0 {
        word(out, "one_queue")?;
    }
    if f & IFF_MULTI_QUEUE as i64 != 0 {
        word(out, "multi_queue")?;
    }
    if f & IFF_VNET_HDR as i64 != 0 {
        word(out, "vnet_hdr")?;
    }
    if f & IFF_PERSIST != 0 {
        word(out, "persist")?;
    }
    // IFF_NOFILTER has the value of IFF_NO_PI.
    if f & IFF_NO_PI as i64 == 0 {
        word(out, "filter")?;
    }
    let known = (IFF_TUN | IFF_TAP | IFF_NO_PI | IFF_ONE_QUEUE | IFF_MULTI_QUEUE | IFF_VNET_HDR)
        as i64
        | IFF_PERSIST;
    let rest = f & !known;
    if rest != 0 {
        out.xhex(Ctx::Any, "", rest as u64, format_args!(" {rest:#x}"))?;
    }
    out.close_array(Ctx::Json, "")
}

/// show_processes: every /proc/PID/fd/N that is /dev/net/tun with `iff: NAME` in fdinfo.
fn show_processes(out: &mut super::Out, name: &str) -> std::io::Result<()> {
    out.open_array(Ctx::Json, "processes", "")?;
    let me = std::process::id();
    let Ok(procs) = std::fs::read_dir("/proc") else {
        return out.close_array(Ctx::Json, "");
    };
    for p in procs.flatten() {
        let Some(pid) = p.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
            continue;
        };
        if pid == me {
            continue;
        }
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            let Some(n) = fd.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
                continue;
            };
            match std::fs::read_link(fd.path()) {
                Ok(l) if l.as_os_str() == "/dev/net/tun" => {}
                Ok(_) => continue,
                Err(e) => {
                    perror_warn("readlink", &e);
                    continue;
                }
            }
            let info = match std::fs::read_to_string(format!("/proc/{pid}/fdinfo/{n}")) {
                Ok(i) => i,
                Err(e) => {
                    perror_warn("fopen", &e);
                    continue;
                }
            };
            let hit = info.lines().any(|l| {
                l.split_once(':')
                    .is_some_and(|(k, v)| k == "iff" && v.trim() == name)
            });
            if hit {
                let comm = std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .map(|s| s.trim_end_matches('\n').to_string());
                match comm {
                    Ok(c) => out.string(Ctx::Any, "name", &c, format_args!("{c}"))?,
                    Err(_) => out.string(Ctx::Any, "name", "<NULL>", format_args!("<NULL>"))?,
                }
                out.uint(Ctx::Any, "pid", pid as u64, format_args!("({pid})"))?;
            }
        }
    }
    out.close_array(Ctx::Json, "")
}

/// perror() that does not end the command.
fn perror_warn(what: &str, e: &std::io::Error) {
    let errno = e.raw_os_error().unwrap_or(0);
    crate::error::warn(&format!("{what}: {}", crate::netlink::strerror(errno)));
}
