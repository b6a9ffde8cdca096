//! `ip vrf` (ip/ipvrf.c): show, identify, pids and exec. The kernel here has no VRF
//! driver, so no device can be a VRF; joining a VRF cgroup (exec with a real VRF or
//! `default`, pids of a real VRF) is not implemented.
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u32, invarg};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{AttrBuf, AttrIter};
use crate::netlink::Msg;
use crate::output::Ctx;

const RTM_GETLINK: u16 = 18;
const IFLA_IFNAME: u16 = 3;
const IFLA_LINKINFO: u16 = 18;
const IFLA_INFO_KIND: u16 = 1;
const IFLA_INFO_DATA: u16 = 2;
const IFLA_VRF_TABLE: u16 = 1;

const USAGE: &str = "Usage:\tip vrf show [NAME] ...\n\tip vrf exec [NAME] cmd ...\n\tip vrf identify [PID]\n\tip vrf pids [NAME]\n";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(w) = args.next() else {
        return show(&[], ip);
    };
    let rest: Vec<String> = std::iter::from_fn(|| args.next()).collect();
    if matches(&w, "identify") {
        identify(&rest)
    } else if matches(&w, "pids") {
        pids(&rest, ip)
    } else if matches(&w, "exec") {
        exec(&rest, ip)
    } else if matches(&w, "show") || matches(&w, "lst") || matches(&w, "list") {
        show(&rest, ip)
    } else if matches(&w, "help") {
        Err(usage())
    } else {
        Err(Error::exit(
            255,
            format!("Command \"{w}\" is unknown, try \"ip vrf help\"."),
        ))
    }
}

/// The VRF table of a link message, or None when it is not a VRF (vrf_table_linkinfo).
fn vrf_table(m: &Msg) -> Option<u32> {
    let attrs = m.payload.get(16..)?;
    let li = AttrIter::new(attrs)
        .filter(|a| a.ty == IFLA_LINKINFO)
        .last()?;
    let kind = li.nested().filter(|a| a.ty == IFLA_INFO_KIND).last()?;
    if kind.data.split(|b| *b == 0).next() != Some(b"vrf".as_slice()) {
        return None;
    }
    let table = li
        .nested()
        .filter(|a| a.ty == IFLA_INFO_DATA)
        .last()
        .and_then(|d| d.nested().filter(|a| a.ty == IFLA_VRF_TABLE).last())
        .and_then(|t| t.data.get(..4))
        .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
        .unwrap_or(0);
    Some(table)
}

/// name_is_vrf / ipvrf_get_table: a GETLINK by name, kernel errors suppressed.
fn lookup(ip: &mut Ip, name: &str) -> Option<(u32, u32)> {
    let mut hdr = [0u8; 16];
    hdr[0] = ip.g.family;
    let mut req = AttrBuf::with_header(&hdr);
    let mut n = name.as_bytes().to_vec();
    n.push(0);
    req.add(IFLA_IFNAME, &n);
    let r = ip.nl.talk_answer(RTM_GETLINK, 0, &req.buf, |m| {
        let index = m
            .payload
            .get(4..8)
            .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
            .unwrap_or(0);
        vrf_table(m).map(|t| (index, t))
    });
    r.ok().flatten()
}

fn show(rest: &[String], ip: &mut Ip) -> Result<()> {
    if rest.len() > 1 {
        return Err(usage());
    }
    if let Some(name) = rest.first() {
        return match lookup(ip, name) {
            Some((_, t)) if t != 0 => {
                ip.out.raw(format_args!("{name} {t}\n"))?;
                Ok(())
            }
            _ => Err(Error::ret(255, "Invalid VRF")),
        };
    }
    // rtnl_linkdump_req_filter_fn: for AF_UNSPEC/AF_PACKET ipvrf_filter_req asks the
    // kernel for kind "vrf" (an unknown kind filters nothing); other families send the
    // bare header.
    let mut req = AttrBuf::with_header(&[ip.g.family, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    if ip.g.family == crate::cli::parse::AF_UNSPEC || ip.g.family == crate::cli::parse::AF_PACKET {
        let li = req.begin_nest(IFLA_LINKINFO);
        req.add(IFLA_INFO_KIND, b"vrf");
        req.end_nest(li);
    }
    // ip_link_list collects the whole dump before printing.
    let mut vrfs: Vec<(String, u32)> = Vec::new();
    let r = ip.nl.dump(RTM_GETLINK, &req.buf, |m: &Msg| -> Result<()> {
        if let Some(t) = vrf_table(m) {
            let name = m
                .payload
                .get(16..)
                .and_then(|a| AttrIter::new(a).filter(|a| a.ty == IFLA_IFNAME).last())
                .map(|a| {
                    String::from_utf8_lossy(a.data.split(|b| *b == 0).next().unwrap_or(&[]))
                        .into_owned()
                });
            match name {
                Some(n) if t != 0 => vrfs.push((n, t)),
                Some(n) => crate::error::warn(&format!("BUG: VRF {n} is missing table id")),
                None => {}
            }
        }
        Ok(())
    });
    if r.is_err() {
        return Err(Error::silent(255, Failure::Return));
    }
    let out = &mut ip.out;
    out.begin_list()?;
    out.fp(format_args!("{:<16}", "Name"))?;
    out.fp(format_args!("  {:>5}\n", "Table"))?;
    out.fp(format_args!("-----------------------\n"))?;
    for (n, t) in &vrfs {
        out.open_object("")?;
        out.string(Ctx::Any, "name", n, format_args!("{n:<16}"))?;
        out.uint(Ctx::Any, "table", *t as u64, format_args!(" {t:>5}"))?;
        out.fp(format_args!("\n"))?;
        out.close_object()?;
    }
    if vrfs.is_empty() {
        out.fp(format_args!("No VRF has been configured\n"))?;
    }
    out.end_list()?;
    Ok(())
}

/// ipvrf_identify: the `.../vrf/NAME` of the controller-less cgroup line.
fn identify(rest: &[String]) -> Result<()> {
    let pid = match rest {
        [] => std::process::id(),
        [_, extra, ..] => return Err(invarg("Extra arguments specified\n", extra)),
        [p] => match get_u32(p, 10) {
            Some(v) => v,
            None => return Err(invarg("Invalid pid\n", p)),
        },
    };
    let text = match std::fs::read(format!("/proc/{}/cgroup", pid as i32)) {
        Ok(t) => t,
        Err(e) => {
            return Err(Error::ret(
                1,
                format!(
                    "Failed to lookup vrf association: {}",
                    crate::netlink::strerror(e.raw_os_error().unwrap_or(0))
                ),
            ))
        }
    };
    let text = String::from_utf8_lossy(&text);
    for line in text.lines() {
        if !line.contains("::/") {
            continue;
        }
        if let Some(p) = line.find("/vrf/") {
            // strlcpy into char[32].
            let name: String = line[p + 5..].chars().take(31).collect();
            if !name.is_empty() {
                println!("{name}");
            }
            break;
        }
    }
    Ok(())
}

fn pids(rest: &[String], ip: &mut Ip) -> Result<()> {
    let [name] = rest else {
        return Err(Error::ret(1, "Invalid arguments"));
    };
    if lookup(ip, name).is_none() {
        return Err(Error::ret(1, "Invalid VRF name"));
    }
    Err(Error::ret(1, "nlbox: ip vrf pids: not implemented"))
}

fn exec(rest: &[String], ip: &mut Ip) -> Result<()> {
    let Some(name) = rest.first() else {
        return Err(Error::ret(1, "No VRF name specified"));
    };
    if rest.len() < 2 {
        return Err(Error::ret(1, "No command specified"));
    }
    // vrf_switch runs in the child cmd_exec forks; its failure ends that child with
    // exit(-1), which the parent reports as its own status.
    if name != "default" && lookup(ip, name).is_none() {
        return Err(Error::ret(255, "Invalid VRF name"));
    }
    Err(Error::ret(1, "nlbox: ip vrf exec: not implemented"))
}
