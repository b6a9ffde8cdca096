//! `ip addr save`, `showdump` and `restore` (ip/ipaddress.c): the address dump as a binary
//! stream (a magic word, then the raw netlink messages), printed or replayed.
use super::addr_print;
use super::filter::Filter;
use super::link_print::View;
use crate::error::{warn, Error, Failure, Result};
use crate::ip::Ip;
use crate::netlink::{NLM_F_CREATE, RTM_GETADDR};
use crate::output::Ctx;
use std::io::{Read, Write};

const MAGIC: u32 = 0x47361222;

fn isatty(fd: i32) -> bool {
    // SAFETY: isatty has no memory-safety preconditions.
    unsafe { libc::isatty(fd) == 1 }
}

/// IPADD_SAVE: every address of the family (and device) as received, filters ignored.
pub fn save(ip: &mut Ip, f: &Filter, preferred: u8) -> Result<()> {
    if isatty(1) {
        return Err(Error::exit(1, "Not sending a binary stream to stdout"));
    }
    let Ip { nl, out, .. } = ip;
    out.w.write_all(&MAGIC.to_ne_bytes())?;
    let req = super::addr_dump_req(preferred, f.ifindex);
    let r = nl.dump(
        RTM_GETADDR,
        &req,
        |m| -> std::result::Result<(), super::DumpErr> {
            let len = 16 + m.payload.len() as u32;
            out.w.write_all(&len.to_ne_bytes())?;
            out.w.write_all(&m.ty.to_ne_bytes())?;
            out.w.write_all(&m.flags.to_ne_bytes())?;
            out.w.write_all(&m.seq.to_ne_bytes())?;
            out.w.write_all(&m.pid.to_ne_bytes())?;
            out.w.write_all(m.payload)?;
            Ok(())
        },
    );
    out.flush()?;
    match r {
        Ok(()) => Err(Error::silent(0, Failure::Exit)),
        Err(super::DumpErr::Nl(e)) => Err(Error::raw(
            1,
            format!("{}Save terminated\n", e.text),
            Failure::Exit,
        )),
        Err(super::DumpErr::Other(e)) => Err(e),
    }
}

/// ipadd_dump_check_magic: exit(-1) from a terminal or on a wrong magic word.
fn check_magic(input: &mut impl Read) -> Result<()> {
    if isatty(0) {
        return Err(Error::exit(
            255,
            "Can't restore address dump from a terminal",
        ));
    }
    let mut b = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        match input.read(&mut b[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(_) => break,
        }
    }
    // fread(&magic, 4, 1): a short read still leaves its bytes in `magic`.
    let elems = if got == 4 { 1 } else { 0 };
    let magic = u32::from_ne_bytes(b);
    if magic != MAGIC {
        return Err(Error::exit(
            255,
            format!("Magic mismatch ({elems} elems, {magic:x} magic)"),
        ));
    }
    Ok(())
}

/// One message of rtnl_from_file: Ok(None) at a clean end, Err(()) after its complaint.
fn next_msg(input: &mut impl Read) -> std::result::Result<Option<Vec<u8>>, ()> {
    let mut h = [0u8; 16];
    let n = read_full(input, &mut h);
    if n == 0 {
        return Ok(None);
    }
    if n != 16 {
        warn("rtnl-from_file: truncated message");
        return Err(());
    }
    let len = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]) as usize;
    if !(16..=16384).contains(&len) {
        warn(&format!("!!!malformed message: len={} @{n}", len as i32));
        return Err(());
    }
    let body = (len - 16 + 3) & !3;
    let mut m = h.to_vec();
    m.resize(16 + body, 0);
    if read_full(input, &mut m[16..]) != body {
        warn("rtnl-from_file: truncated message");
        return Err(());
    }
    m.truncate(len);
    Ok(Some(m))
}

fn read_full(input: &mut impl Read, buf: &mut [u8]) -> usize {
    let mut got = 0;
    while got < buf.len() {
        match input.read(&mut buf[got..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => got += n,
        }
    }
    got
}

/// ipaddr_showdump.
pub fn showdump(ip: &mut Ip) -> Result<()> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    check_magic(&mut input)?;
    let Ip { g, out, .. } = ip;
    let f = Filter::default();
    let v = View {
        g,
        f: &f,
        do_link: super::DO_LINK.load(std::sync::atomic::Ordering::Relaxed),
    };
    out.begin_list()?;
    out.open_object("")?;
    out.open_array(Ctx::Json, "addr_info", "")?;
    let mut err = 0;
    loop {
        match next_msg(&mut input) {
            Ok(Some(m)) => {
                let ty = u16::from_ne_bytes([m[4], m[5]]);
                let p = &m[16..];
                let index = addr_print::ifaddr(p).map(|a| a.index as i32).unwrap_or(0);
                out.open_object("")?;
                out.int(Ctx::Any, "index", index as i64, format_args!("if{index}:"))?;
                out.nl()?;
                addr_print::print_addrinfo(out, &v, ty, p)?;
                out.close_object()?;
            }
            Ok(None) => break,
            Err(()) => {
                err = 255;
                break;
            }
        }
    }
    out.close_array(Ctx::Json, "")?;
    out.close_object()?;
    out.end_list()?;
    out.flush()?;
    Err(Error::silent(err, Failure::Exit))
}

/// ipaddr_restore: each saved address is added again; existing ones are reported only.
pub fn restore(ip: &mut Ip) -> Result<()> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    check_magic(&mut input)?;
    loop {
        match next_msg(&mut input) {
            Ok(Some(m)) => {
                let ty = u16::from_ne_bytes([m[4], m[5]]);
                let flags = u16::from_ne_bytes([m[6], m[7]]);
                if let Err(e) = ip.nl.talk(ty, flags | NLM_F_CREATE, &m[16..]) {
                    warn(e.text.trim_end_matches('\n'));
                    if e.errno != libc::EEXIST {
                        return Err(Error::silent(255, Failure::Exit));
                    }
                }
            }
            Ok(None) => return Err(Error::silent(0, Failure::Exit)),
            Err(()) => return Err(Error::silent(255, Failure::Exit)),
        }
    }
}
