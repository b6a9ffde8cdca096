//! xdp_dump (ip/iplink_xdp.c) and bpf_dump_prog_info (lib/bpf_legacy.c): the attached XDP
//! mode and programs, with what the bpf syscall says about each program.
use super::ifla::*;
use super::rta;
use crate::output::{Ctx, Printer};
use std::io::{self, Write};

const BPF_PROG_GET_FD_BY_ID: libc::c_long = 13;
const BPF_OBJ_GET_INFO_BY_FD: libc::c_long = 15;

/// The fields of struct bpf_prog_info iproute2 prints.
struct ProgInfo {
    tag: [u8; 8],
    jited: bool,
    load_time: u64,
    created_by_uid: u32,
    name: String,
    btf_id: u32,
}

fn prog_info(id: u32) -> Option<ProgInfo> {
    let mut attr = [0u8; 128];
    attr[..4].copy_from_slice(&id.to_ne_bytes());
    // SAFETY: attr is a zeroed union bpf_attr of sufficient size.
    let fd = unsafe {
        libc::syscall(
            libc::SYS_bpf,
            BPF_PROG_GET_FD_BY_ID,
            attr.as_mut_ptr(),
            attr.len() as u32,
        )
    };
    if fd < 0 {
        return None;
    }
    let fd = fd as i32;
    let mut info = [0u8; 256];
    let mut a = [0u8; 128];
    a[..4].copy_from_slice(&(fd as u32).to_ne_bytes());
    a[4..8].copy_from_slice(&(info.len() as u32).to_ne_bytes());
    a[8..16].copy_from_slice(&(info.as_mut_ptr() as u64).to_ne_bytes());
    // SAFETY: attr.info points at `info`, which is writable for info_len bytes.
    let r = unsafe {
        libc::syscall(
            libc::SYS_bpf,
            BPF_OBJ_GET_INFO_BY_FD,
            a.as_mut_ptr(),
            a.len() as u32,
        )
    };
    // SAFETY: fd is the descriptor the kernel just gave us.
    unsafe { libc::close(fd) };
    let len = u32::from_ne_bytes([a[4], a[5], a[6], a[7]]);
    if r != 0 || len == 0 {
        return None;
    }
    let mut tag = [0u8; 8];
    tag.copy_from_slice(&info[8..16]);
    Some(ProgInfo {
        tag,
        jited: rta::u32_of(&info[16..20]) != 0,
        load_time: rta::u64_of(&info[40..48]),
        created_by_uid: rta::u32_of(&info[48..52]),
        name: rta::str_of(&info[64..80]),
        btf_id: rta::u32_of(&info[128..132]),
    })
}

/// bpf_dump_prog_info: a "prog" object (JSON) or `id N name X tag T jited ` (text).
fn dump_prog_info<W: Write>(out: &mut Printer<W>, details: bool, id: u32) -> io::Result<()> {
    out.open_object("prog")?;
    out.uint(Ctx::Any, "id", id as u64, format_args!("id {id} "))?;
    if let Some(i) = prog_info(id) {
        let n = &i.name;
        out.string(Ctx::Any, "name", n, format_args!("name {n} "))?;
        let t: String = i.tag.iter().map(|b| format!("{b:02x}")).collect();
        out.string(Ctx::Any, "tag", &t, format_args!("tag {t} "))?;
        out.uint(Ctx::Json, "jited", i.jited as u64, format_args!(""))?;
        if i.jited && !out.is_json() {
            out.fp(format_args!("jited "))?;
        }
        if details {
            if i.load_time != 0 {
                let lt = i.load_time;
                out.uint(Ctx::Any, "load_time", lt, format_args!("load_time {lt} "))?;
                let u = i.created_by_uid;
                out.uint(
                    Ctx::Any,
                    "created_by_uid",
                    u as u64,
                    format_args!("created_by_uid {u} "),
                )?;
            }
            if i.btf_id != 0 {
                let b = i.btf_id;
                out.uint(Ctx::Any, "btf_id", b as u64, format_args!("btf_id {b} "))?;
            }
        }
    }
    out.close_object()
}

/// xdp_dump. `details` says where the call comes from (the -d line or the flags line);
/// `show_details` is the global -d.
pub fn xdp_dump<W: Write>(
    out: &mut Printer<W>,
    xdp: &[u8],
    link: bool,
    details: bool,
    show_details: bool,
) -> io::Result<()> {
    let tb = rta::parse::<XDP_TB>(xdp, NLA_F_NESTED);
    let Some(m) = tb[IFLA_XDP_ATTACHED as usize] else {
        return Ok(());
    };
    let mode = rta::u8_of(m);
    if mode == 0 {
        return Ok(());
    }
    let prog = |a: u16| tb[a as usize].map(rta::u32_of);
    if out.is_json() {
        if details {
            return Ok(());
        }
        out.open_object("xdp")?;
        out.uint(Ctx::Json, "mode", mode as u64, format_args!(""))?;
        if let Some(id) = prog(IFLA_XDP_PROG_ID).filter(|&i| i != 0) {
            dump_prog_info(out, show_details, id)?;
        }
        out.open_array(Ctx::Json, "attached", "")?;
        let one = |out: &mut Printer<W>, a: u16, m: u8| -> io::Result<()> {
            if let Some(id) = prog(a) {
                out.open_object("")?;
                out.uint(Ctx::Json, "mode", m as u64, format_args!(""))?;
                dump_prog_info(out, show_details, id)?;
                out.close_object()?;
            }
            Ok(())
        };
        if prog(IFLA_XDP_SKB_PROG_ID).is_some()
            || prog(IFLA_XDP_DRV_PROG_ID).is_some()
            || prog(IFLA_XDP_HW_PROG_ID).is_some()
        {
            one(out, IFLA_XDP_SKB_PROG_ID, 2)?;
            one(out, IFLA_XDP_DRV_PROG_ID, 1)?;
            one(out, IFLA_XDP_HW_PROG_ID, 3)?;
        } else if prog(IFLA_XDP_PROG_ID).is_some() {
            one(out, IFLA_XDP_PROG_ID, mode)?;
        }
        out.close_array(Ctx::Json, "")?;
        return out.close_object();
    }
    if !(details && link) {
        match mode {
            1 => out.fp(format_args!("xdp"))?,
            2 => out.fp(format_args!("xdpgeneric"))?,
            3 => out.fp(format_args!("xdpoffload"))?,
            4 => out.fp(format_args!("xdpmulti"))?,
            _ => out.fp(format_args!("xdp[{mode}]"))?,
        }
    }
    let sl = out.sl();
    let one = |out: &mut Printer<W>, a: u16, pfx: &str| -> io::Result<()> {
        let Some(id) = prog(a) else { return Ok(()) };
        if !details {
            if id != 0 && !link && a == IFLA_XDP_PROG_ID {
                out.fp(format_args!("/id:{id}"))?;
            }
            return Ok(());
        }
        if id != 0 {
            out.fp(format_args!("{sl}    prog/xdp{pfx} "))?;
            dump_prog_info(out, show_details, id)?;
        }
        Ok(())
    };
    one(out, IFLA_XDP_PROG_ID, "")?;
    if mode == 4 {
        one(out, IFLA_XDP_SKB_PROG_ID, "generic")?;
        one(out, IFLA_XDP_DRV_PROG_ID, "drv")?;
        one(out, IFLA_XDP_HW_PROG_ID, "offload")?;
    }
    if !details || !link {
        out.fp(format_args!(" "))?;
    }
    Ok(())
}
