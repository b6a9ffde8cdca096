//! `type macsec` (ip/ipmacsec.c macsec_parse_opt): the SCI or port, cipher and flags.
use super::opts::help_of;
use crate::cli::args::Args;
use crate::cli::parse::{duparg, duparg2, get_u16, get_u32, get_u64, get_u8, invarg};
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::parse::parse_on_off;
use crate::ip::link_modify::req::LinkReq;

const IFLA_MACSEC_SCI: u16 = 1;
const IFLA_MACSEC_PORT: u16 = 2;
const IFLA_MACSEC_ICV_LEN: u16 = 3;
const IFLA_MACSEC_CIPHER_SUITE: u16 = 4;
const IFLA_MACSEC_WINDOW: u16 = 5;
const IFLA_MACSEC_ENCODING_SA: u16 = 6;
const IFLA_MACSEC_ENCRYPT: u16 = 7;
const IFLA_MACSEC_PROTECT: u16 = 8;
const IFLA_MACSEC_INC_SCI: u16 = 9;
const IFLA_MACSEC_ES: u16 = 10;
const IFLA_MACSEC_SCB: u16 = 11;
const IFLA_MACSEC_REPLAY_PROTECT: u16 = 12;
const IFLA_MACSEC_VALIDATION: u16 = 13;
const IFLA_MACSEC_OFFLOAD: u16 = 15;

/// get_sci_portaddr(.., port_only, optional): `sci N`, `port N`, `address LLADDR`, in any
/// order until the SCI is complete. Returns (present, the 8-byte SCI or None, port).
fn sci_portaddr(args: &mut Args) -> Result<(bool, Option<[u8; 8]>, [u8; 2])> {
    let (mut p, mut a, mut s) = (false, false, false);
    let mut sci = [0u8; 8];
    let mut port = [0u8; 2];
    let mut abuf = [0u8; 6];
    while let Some(w) = args.next() {
        match w.as_str() {
            "sci" => {
                if p {
                    return Err(invarg("expected address", &w));
                }
                if a {
                    return Err(invarg("expected port", &w));
                }
                let v = args.need()?;
                let n = get_u64(&v, 16).ok_or_else(|| invarg("expected sci", &v))?;
                sci = n.to_be_bytes();
                s = true;
            }
            "port" => {
                let v = args.need()?;
                let n = get_u16(&v, 0).ok_or_else(|| invarg("expected port", &v))?;
                if n == 0 {
                    return Err(invarg("expected port != 0", &v));
                }
                port = n.to_be_bytes();
                p = true;
            }
            "address" => {
                let v = args.need()?;
                match crate::ip::link_modify::lladdr::ll_addr_a2n_max(&v, 6) {
                    Ok(b) => {
                        for (slot, x) in abuf.iter_mut().zip(b.iter()) {
                            *slot = *x;
                        }
                    }
                    Err(e) => {
                        e.report();
                        return Err(invarg("expected lladdr", &v));
                    }
                }
                a = true;
            }
            _ => {
                args.back();
                break;
            }
        }
        if s || p {
            break;
        }
    }
    if p && a {
        sci[..6].copy_from_slice(&abuf);
        sci[6..].copy_from_slice(&port);
    }
    let present = p || a || s;
    let sci = (sci != [0; 8]).then_some(sci);
    Ok((present, sci, port))
}

fn one_of(what: &str, v: &str, list: &[&str]) -> Result<u8> {
    if let Some(i) = list.iter().position(|x| crate::cli::matches::matches(v, x)) {
        return Ok(i as u8);
    }
    let mut t = format!("Error: argument of \"{what}\" must be one of ");
    for x in list {
        t.push_str(&format!("\"{x}\", "));
    }
    t.push_str(&format!("not \"{v}\""));
    Err(Error::ret(1, t))
}

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let (present, sci, port) = sci_portaddr(args)?;
    if present {
        match sci {
            Some(s) => req.attrs.add(IFLA_MACSEC_SCI, &s),
            None => req.attrs.add(IFLA_MACSEC_PORT, &port),
        }
    }
    let mut cipher: u64 = 0;
    let mut icv_len: u8 = 0;
    let mut encoding_sa: u8 = 0xff;
    let mut window: u32 = u32::MAX;
    let (mut es, mut scb, mut send_sci) = (false, false, false);
    let mut replay: i32 = -1;
    while let Some(w) = args.next() {
        let w = w.as_str();
        let on_off = |args: &mut Args, name: &str| -> Result<bool> {
            let v = args.need()?;
            parse_on_off(name, &v)
        };
        match w {
            "cipher" => {
                let v = args.need()?;
                if cipher != 0 {
                    return Err(duparg("cipher", &v));
                }
                cipher = match v.as_str() {
                    "default" => 0x0080020001000001,
                    "gcm-aes-128" | "GCM-AES-128" => 0x0080C20001000001,
                    "gcm-aes-256" | "GCM-AES-256" => 0x0080C20001000002,
                    "gcm-aes-xpn-128" | "GCM-AES-XPN-128" => 0x0080C20001000003,
                    "gcm-aes-xpn-256" | "GCM-AES-XPN-256" => 0x0080C20001000004,
                    _ => return Err(invarg(
                        "expected: default, gcm-aes-128, gcm-aes-256, gcm-aes-xpn-128 or gcm-aes-xpn-256",
                        &v,
                    )),
                };
            }
            "icvlen" => {
                let v = args.need()?;
                if icv_len != 0 {
                    return Err(duparg("icvlen", &v));
                }
                icv_len = get_u8(&v, 10).ok_or_else(|| invarg("expected ICV length", &v))?;
                if !(8..=16).contains(&icv_len) {
                    return Err(invarg("ICV length must be in the range {8..16}", &v));
                }
            }
            "encrypt" => {
                let on = on_off(args, "encrypt")?;
                req.attrs.add_u8(IFLA_MACSEC_ENCRYPT, on as u8);
            }
            "send_sci" => {
                send_sci = on_off(args, "send_sci")?;
                req.attrs.add_u8(IFLA_MACSEC_INC_SCI, send_sci as u8);
            }
            "end_station" => {
                es = on_off(args, "end_station")?;
                req.attrs.add_u8(IFLA_MACSEC_ES, es as u8);
            }
            "scb" => {
                scb = on_off(args, "scb")?;
                req.attrs.add_u8(IFLA_MACSEC_SCB, scb as u8);
            }
            "protect" => {
                let on = on_off(args, "protect")?;
                req.attrs.add_u8(IFLA_MACSEC_PROTECT, on as u8);
            }
            "replay" => {
                replay = on_off(args, "replay")? as i32;
            }
            "window" => {
                let v = args.need()?;
                window = get_u32(&v, 0).ok_or_else(|| invarg("expected replay window size", &v))?;
            }
            "validate" => {
                let v = args.need()?;
                let i = one_of("validate", &v, &["disabled", "check", "strict"])?;
                req.attrs.add_u8(IFLA_MACSEC_VALIDATION, i);
            }
            "encodingsa" => {
                if encoding_sa != 0xff {
                    return Err(duparg2("encodingsa", "encodingsa"));
                }
                let v = args.need()?;
                encoding_sa = get_u8(&v, 0)
                    .filter(|a| *a <= 3)
                    .ok_or_else(|| invarg("expected an { 0..3 }", &v))?;
            }
            "offload" => {
                let v = args.need()?;
                let i = one_of("offload", &v, &["off", "phy", "mac"])?;
                req.attrs.add_u8(IFLA_MACSEC_OFFLOAD, i);
            }
            _ => {
                let t = format!(
                    "macsec: unknown command \"{w}\"?\n{}",
                    help_of("macsec").unwrap_or("")
                );
                return Err(Error::raw(1, t, Failure::Return));
            }
        }
    }
    if (send_sci && (es || scb)) || (es && scb) {
        return Err(Error::ret(
            1,
            "invalid combination of send_sci/end_station/scb",
        ));
    }
    if window != u32::MAX && replay == -1 {
        return Err(Error::ret(1, format!("replay window set, but replay protection not enabled. did you mean 'replay on window {window}'?")));
    } else if window == u32::MAX && replay == 1 {
        return Err(Error::ret(
            1,
            "replay protection enabled, but no window set. did you mean 'replay on window VALUE'?",
        ));
    }
    if cipher != 0 {
        req.attrs.add_u64(IFLA_MACSEC_CIPHER_SUITE, cipher);
    }
    if icv_len != 0 {
        req.attrs.add_u8(IFLA_MACSEC_ICV_LEN, icv_len);
    }
    if replay != -1 {
        req.attrs.add_u32(IFLA_MACSEC_WINDOW, window);
        req.attrs.add_u8(IFLA_MACSEC_REPLAY_PROTECT, replay as u8);
    }
    if encoding_sa != 0xff {
        req.attrs.add_u8(IFLA_MACSEC_ENCODING_SA, encoding_sa);
    }
    Ok(())
}
