//! `tun` link info (ip/iptuntap.c tun_print_opt) and the user/group names it prints,
//! read from /etc/passwd and /etc/group (no NSS).
use super::table;
use crate::ip::Globals;
use crate::output::printer::Ctx;
use crate::output::Printer;
use std::io::{self, Write};

const IFLA_TUN_OWNER: u16 = 1;
const IFLA_TUN_GROUP: u16 = 2;
const IFLA_TUN_TYPE: u16 = 3;
const IFLA_TUN_PI: u16 = 4;
const IFLA_TUN_VNET_HDR: u16 = 5;
const IFLA_TUN_PERSIST: u16 = 6;
const IFLA_TUN_MULTI_QUEUE: u16 = 7;
const IFLA_TUN_NUM_QUEUES: u16 = 8;
const IFLA_TUN_NUM_DISABLED_QUEUES: u16 = 9;
const IFLA_TUN_MAX: usize = 9;

/// The first line of a colon file whose field `key_col` equals `key`: field `want_col`.
fn lookup(path: &str, key_col: usize, key: &str, want_col: usize) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split(':').collect();
        if f.len() < 3 {
            continue;
        }
        if f.get(key_col) == Some(&key) {
            return f.get(want_col).map(|s| s.to_string());
        }
    }
    None
}

/// getpwuid(uid)->pw_name.
pub fn user_name(uid: u32) -> Option<String> {
    lookup("/etc/passwd", 2, &uid.to_string(), 0)
}
/// getgrgid(gid)->gr_name.
pub fn group_name(gid: u32) -> Option<String> {
    lookup("/etc/group", 2, &gid.to_string(), 0)
}
/// getpwnam(name)->pw_uid.
pub fn user_id(name: &str) -> Option<u32> {
    lookup("/etc/passwd", 0, name, 2).and_then(|s| s.parse().ok())
}
/// getgrnam(name)->gr_gid.
pub fn group_id(name: &str) -> Option<u32> {
    lookup("/etc/group", 0, name, 2).and_then(|s| s.parse().ok())
}

fn on_off<W: Write>(out: &mut Printer<W>, key: &str, v: u8) -> io::Result<()> {
    let t = if v != 0 { "on" } else { "off" };
    out.bool(Ctx::Any, key, v != 0, format_args!("{key} {t} "))
}

pub fn print<W: Write>(out: &mut Printer<W>, _g: &Globals, data: Option<&[u8]>) -> io::Result<()> {
    if data.is_none() {
        return Ok(());
    }
    let tb = table(data, IFLA_TUN_MAX);
    let get = |t: u16| tb.get(t as usize).copied().flatten();
    let u8_of = |t: u16| get(t).map(|a| a.u8().unwrap_or(0));
    if let Some(ty) = u8_of(IFLA_TUN_TYPE) {
        let s = match ty {
            1 => "tun".to_string(),
            2 => "tap".to_string(),
            n => format!("UNKNOWN:{n}"),
        };
        out.string(Ctx::Any, "type", &s, format_args!("type {s} "))?;
    }
    if let Some(v) = u8_of(IFLA_TUN_PI) {
        on_off(out, "pi", v)?;
    }
    if let Some(v) = u8_of(IFLA_TUN_VNET_HDR) {
        on_off(out, "vnet_hdr", v)?;
    }
    // print_mq
    if u8_of(IFLA_TUN_MULTI_QUEUE).unwrap_or(0) == 0 {
        if out.is_json() {
            out.bool(Ctx::Json, "multi_queue", false, format_args!(""))?;
        }
    } else {
        out.bool(Ctx::Any, "multi_queue", true, format_args!("multi_queue "))?;
        if let Some(a) = get(IFLA_TUN_NUM_QUEUES) {
            let n = a.u32().unwrap_or(0);
            out.uint(
                Ctx::Any,
                "numqueues",
                n as u64,
                format_args!("numqueues {n} "),
            )?;
        }
        if let Some(a) = get(IFLA_TUN_NUM_DISABLED_QUEUES) {
            let n = a.u32().unwrap_or(0);
            out.uint(
                Ctx::Any,
                "numdisabled",
                n as u64,
                format_args!("numdisabled {n} "),
            )?;
        }
    }
    if let Some(v) = u8_of(IFLA_TUN_PERSIST) {
        on_off(out, "persist", v)?;
    }
    if let Some(a) = get(IFLA_TUN_OWNER) {
        let uid = a.u32().unwrap_or(0);
        match user_name(uid) {
            Some(n) => out.string(Ctx::Any, "user", &n, format_args!("user {n} "))?,
            None => out.uint(Ctx::Any, "user", uid as u64, format_args!("user {uid} "))?,
        }
    }
    if let Some(a) = get(IFLA_TUN_GROUP) {
        let gid = a.u32().unwrap_or(0);
        match group_name(gid) {
            Some(n) => out.string(Ctx::Any, "group", &n, format_args!("group {n} "))?,
            None => out.uint(Ctx::Any, "group", gid as u64, format_args!("group {gid} "))?,
        }
    }
    Ok(())
}
