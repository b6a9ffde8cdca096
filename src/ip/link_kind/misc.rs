//! Small kinds: xfrm (ip/link_xfrm.c), vxcan (ip/iplink_vxcan.c), dsa, rmnet, wwan, batadv.
//! None of them exists on this kernel; they are parsed and sent as iproute2 sends them.
use super::opts::help_of;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u16, get_u32, invarg, missarg};
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::req::LinkReq;

fn explain(id: &str, prefix: String) -> Error {
    Error::raw(1, prefix + help_of(id).unwrap_or(""), Failure::Return)
}

pub fn parse_vxcan(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    super::veth::parse_peer(args, req, "vxcan")
}

pub fn parse_xfrm(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let mut link = 0u32;
    let mut metadata = false;
    let mut if_id = 0u32;
    while let Some(w) = args.next() {
        if matches(&w, "dev") {
            let v = args.need()?;
            link = crate::ifmap::name_to_index(&v);
            if link == 0 {
                return Err(Error::exit(255, format!("Cannot find device \"{v}\"")));
            }
        } else if matches(&w, "if_id") {
            let v = args.need()?;
            if_id = get_u32(&v, 0)
                .filter(|i| *i != 0)
                .ok_or_else(|| invarg("if_id value is invalid", &v))?;
            req.attrs.add_u32(2, if_id);
        } else if w == "external" {
            metadata = true;
        } else {
            return Err(explain("xfrm", String::new()));
        }
    }
    if metadata {
        if if_id != 0 || link != 0 {
            return Err(Error::ret(
                1,
                "xfrmi: both 'external' and if_id/link cannot be specified",
            ));
        }
        req.attrs.add(3, &[]);
        return Ok(());
    }
    if if_id == 0 {
        return Err(missarg("IF_ID"));
    }
    if link != 0 {
        req.attrs.add_u32(1, link);
    }
    Ok(())
}

pub fn parse_dsa(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    while let Some(w) = args.next() {
        if w == "conduit" || w == "master" {
            let v = args.need()?;
            let i = crate::ifmap::name_to_index(&v);
            if i == 0 {
                return Err(invarg("Device does not exist\n", &v));
            }
            req.attrs.add_u32(1, i);
        } else if w == "help" {
            return Err(explain("dsa", String::new()));
        } else {
            return Err(explain("dsa", format!("dsa: unknown command \"{w}\"?\n")));
        }
    }
    Ok(())
}

/// rmnet, wwan and batadv: one option each, the same loop.
fn one_option(
    args: &mut Args,
    req: &mut LinkReq,
    id: &str,
    word: &str,
    f: fn(&str, &mut LinkReq) -> Result<()>,
) -> Result<()> {
    while let Some(w) = args.next() {
        if matches(&w, word) {
            let v = args.need()?;
            f(&v, req)?;
        } else if matches(&w, "help") {
            return Err(explain(id, String::new()));
        } else {
            return Err(explain(id, format!("{id}: unknown command \"{w}\"?\n")));
        }
    }
    Ok(())
}

pub fn parse_rmnet(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    one_option(args, req, "rmnet", "mux_id", |v, req| {
        let m = get_u16(v, 0).ok_or_else(|| invarg("mux_id is invalid", v))?;
        req.attrs.add_u16(1, m);
        Ok(())
    })
}

pub fn parse_wwan(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    one_option(args, req, "wwan", "linkid", |v, req| {
        let m = get_u32(v, 0).ok_or_else(|| invarg("linkid", v))?;
        req.attrs.add_u32(1, m);
        Ok(())
    })
}

pub fn parse_batadv(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    one_option(args, req, "batadv", "ra", |v, req| {
        req.attrs.add_str(1, v);
        Ok(())
    })
}

/// `type ipoib` (ip/iplink_ipoib.c).
pub fn parse_ipoib(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    while let Some(w) = args.next() {
        if matches(&w, "pkey") {
            let v = args.need()?;
            let p = get_u16(&v, 0).ok_or_else(|| invarg("pkey is invalid", &v))?;
            req.attrs.add_u16(1, p);
        } else if matches(&w, "mode") {
            let v = args.need()?;
            let m = match v.as_str() {
                "datagram" => 0,
                "connected" => 1,
                _ => {
                    return Err(Error::ret(
                        1,
                        "Error: argument of \"mode\" must be \"datagram\"or \"connected\"",
                    ))
                }
            };
            req.attrs.add_u16(2, m);
        } else if matches(&w, "umcast") {
            let v = args.need()?;
            let u = get_u16(&v, 0).ok_or_else(|| invarg("umcast is invalid", &v))?;
            req.attrs.add_u16(3, u);
        } else if matches(&w, "help") {
            return Err(explain("ipoib", String::new()));
        } else {
            return Err(explain(
                "ipoib",
                format!("ipoib: unknown option \"{w}\"?\n"),
            ));
        }
    }
    Ok(())
}

/// `type hsr` (ip/iplink_hsr.c). Its version/proto checks only test that the word is a
/// number, whatever its value.
pub fn parse_hsr(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    while let Some(w) = args.next() {
        let byte = |args: &mut Args, msg: &str| -> Result<u8> {
            let v = args.need()?;
            crate::cli::parse::get_u8(&v, 0).ok_or_else(|| invarg(msg, &v))
        };
        let dev = |args: &mut Args| -> Result<u32> {
            let v = args.need()?;
            match crate::ifmap::name_to_index(&v) {
                0 => Err(invarg("No such interface", &v)),
                i => Ok(i),
            }
        };
        if matches(&w, "supervision") {
            let b = byte(args, "ADDR-BYTE is invalid")?;
            req.attrs.add_u8(3, b);
        } else if matches(&w, "version") {
            let b = byte(args, "version is invalid")?;
            req.attrs.add_u8(6, b);
        } else if matches(&w, "proto") {
            let b = byte(args, "protocol is invalid")?;
            req.attrs.add_u8(7, b);
        } else if matches(&w, "slave1") {
            let i = dev(args)?;
            req.attrs.add_u32(1, i);
        } else if matches(&w, "slave2") {
            let i = dev(args)?;
            req.attrs.add_u32(2, i);
        } else if matches(&w, "help") {
            return Err(explain("hsr", String::new()));
        } else {
            return Err(explain("hsr", format!("hsr: what is \"{w}\"?\n")));
        }
    }
    Ok(())
}

/// `type gtp` (ip/iplink_gtp.c): unknown words are skipped, as the reference does.
pub fn parse_gtp(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let mut attrs = 0u32;
    let dup = |attrs: &mut u32, ty: u32, key: &str, arg: &str| -> Result<()> {
        if *attrs & (1 << ty) != 0 {
            return Err(crate::cli::parse::duparg2(key, arg));
        }
        *attrs |= 1 << ty;
        Ok(())
    };
    req.attrs.add_u8(5, 1);
    while let Some(w) = args.next() {
        match w.as_str() {
            "role" => {
                let v = args.need()?;
                dup(&mut attrs, 4, "role", &v)?;
                let r = match v.as_str() {
                    "sgsn" => 1,
                    "ggsn" => 0,
                    _ => return Err(invarg("invalid role, use sgsn or ggsn", &v)),
                };
                req.attrs.add_u32(4, r);
            }
            "hsize" => {
                let v = args.need()?;
                dup(&mut attrs, 3, "hsize", &v)?;
                let h = get_u32(&v, 0).ok_or_else(|| invarg("invalid PDP hash size", &v))?;
                if h >= 1 << 17 {
                    return Err(invarg("PDP hash size too big", &v));
                }
                req.attrs.add_u32(3, h);
            }
            "restart_count" => {
                let v = args.need()?;
                dup(&mut attrs, 6, "restart_count", &v)?;
                let c = crate::cli::parse::get_u8(&v, 10)
                    .ok_or_else(|| invarg("invalid restart_count", &v))?;
                req.attrs.add_u8(6, c);
            }
            "help" => return Err(explain("gtp", String::new())),
            _ => {}
        }
    }
    if attrs & (1 << 4) == 0 {
        return Err(Error::ret(
            1,
            "gtp: role of the gtp device was not specified",
        ));
    }
    if attrs & (1 << 3) == 0 {
        req.attrs.add_u32(3, 1024);
    }
    Ok(())
}

/// `type bareudp` (ip/iplink_bareudp.c).
pub fn parse_bareudp(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let mut attrs = 0u32;
    let mut multiproto = false;
    let mut srcportmin = 0u16;
    let mut ethertype = 0u16;
    let mut dstport = 0u16;
    let dup = |attrs: &mut u32, ty: u32, key: &str, arg: &str| -> Result<()> {
        if *attrs & (1 << ty) != 0 {
            return Err(crate::cli::parse::duparg2(key, arg));
        }
        *attrs |= 1 << ty;
        Ok(())
    };
    while let Some(w) = args.next() {
        if matches(&w, "dstport") {
            let v = args.need()?;
            dup(&mut attrs, 1, "dstport", &v)?;
            dstport = get_u16(&v, 0).ok_or_else(|| invarg("dstport", &v))?;
        } else if matches(&w, "ethertype") {
            let v = args.need()?;
            dup(&mut attrs, 2, "ethertype", &v)?;
            ethertype = super::proto::a2n(&v).ok_or_else(|| invarg("ethertype", &v))?;
        } else if matches(&w, "srcportmin") {
            let v = args.need()?;
            dup(&mut attrs, 3, "srcportmin", &v)?;
            srcportmin = get_u16(&v, 0).ok_or_else(|| invarg("srcportmin", &v))?;
        } else if matches(&w, "multiproto") {
            dup(&mut attrs, 4, &w, &w)?;
            multiproto = true;
        } else if matches(&w, "nomultiproto") {
            dup(&mut attrs, 4, &w, &w)?;
            multiproto = false;
        } else if matches(&w, "help") {
            return Err(explain("bareudp", String::new()));
        } else {
            return Err(explain(
                "bareudp",
                format!("bareudp: unknown command \"{w}\"?\n"),
            ));
        }
    }
    if attrs & (1 << 1) == 0 {
        return Err(missarg("dstport"));
    }
    if attrs & (1 << 2) == 0 {
        return Err(missarg("ethertype"));
    }
    req.attrs.add(1, &dstport.to_be_bytes());
    req.attrs.add(2, &ethertype.to_be_bytes());
    if attrs & (1 << 3) != 0 {
        req.attrs.add_u16(3, srcportmin);
    }
    if multiproto {
        req.attrs.add(4, &[]);
    }
    Ok(())
}

/// `type amt` (ip/iplink_amt.c).
pub fn parse_amt(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    use super::opts::{get_addr, InetAddr};
    let mut attrs = 0u32;
    let mut daddr = InetAddr::default();
    let dup = |attrs: &mut u32, ty: u32, key: &str, arg: &str| -> Result<()> {
        if *attrs & (1 << ty) != 0 {
            return Err(crate::cli::parse::duparg2(key, arg));
        }
        *attrs |= 1 << ty;
        Ok(())
    };
    while let Some(w) = args.next() {
        match w.as_str() {
            "mode" => {
                let v = args.need()?;
                let m = match v.as_str() {
                    "gateway" => 0,
                    "relay" => 1,
                    _ => return Err(explain("amt", String::new())),
                };
                req.attrs.add_u32(1, m);
            }
            "relay_port" | "gateway_port" => {
                let v = args.need()?;
                let p = get_u16(&v, 0).ok_or_else(|| invarg(&w, &v))?;
                let ty = if w == "relay_port" { 2 } else { 3 };
                req.attrs.add(ty, &p.to_be_bytes());
            }
            "max_tunnels" => {
                let v = args.need()?;
                let n = get_u32(&v, 0).ok_or_else(|| invarg("max_tunnels", &v))?;
                req.attrs.add_u32(8, n);
            }
            "dev" => {
                let v = args.need()?;
                let l = crate::ifmap::name_to_index(&v);
                if l == 0 {
                    return Err(Error::exit(255, format!("Cannot find device \"{v}\"")));
                }
                req.attrs.add_u32(4, l);
            }
            "local" => {
                let v = args.need()?;
                dup(&mut attrs, 5, "local", &v)?;
                let s = get_addr(&v, daddr.family)?;
                if s.is_inet() {
                    req.attrs.add(5, &s.bytes);
                }
            }
            "discovery" => {
                let v = args.need()?;
                dup(&mut attrs, 7, "discovery", &v)?;
                daddr = get_addr(&v, daddr.family)?;
                if daddr.is_inet() {
                    req.attrs.add(7, &daddr.bytes);
                }
            }
            "help" => return Err(explain("amt", String::new())),
            _ => return Err(explain("amt", format!("amt: unknown command \"{w}\"?\n"))),
        }
    }
    Ok(())
}
