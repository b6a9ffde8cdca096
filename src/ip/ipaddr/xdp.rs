//! xdp_dump (ip/iplink_xdp.c): the attached XDP mode and program ids. Program details
//! (name, tag) need the bpf syscall; only the id is printed for them.
use super::ifla::*;
use super::rta;
use crate::output::{Ctx, Printer};
use std::io::{self, Write};

pub fn xdp_dump<W: Write>(
    out: &mut Printer<W>,
    xdp: &[u8],
    link: bool,
    details: bool,
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
            out.uint(Ctx::Json, "id", id as u64, format_args!(""))?;
        }
        out.open_array(Ctx::Json, "attached", "")?;
        let one = |out: &mut Printer<W>, a: u16, m: u8| -> io::Result<()> {
            if let Some(id) = prog(a) {
                out.open_object("")?;
                out.uint(Ctx::Json, "mode", m as u64, format_args!(""))?;
                out.uint(Ctx::Json, "id", id as u64, format_args!(""))?;
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
            out.fp(format_args!("{sl}    prog/xdp{pfx} id {id} "))?;
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
