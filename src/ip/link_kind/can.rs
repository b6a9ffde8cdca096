//! `type can` (ip/iplink_can.c): bit timings, control modes, TDC. This kernel has no CAN
//! devices; the request is built as iproute2 builds it so the refusal matches.
use super::opts::help_of;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u16, get_u32, invarg};
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::req::LinkReq;

const IFLA_CAN_BITTIMING: u16 = 1;
const IFLA_CAN_CTRLMODE: u16 = 5;
const IFLA_CAN_RESTART_MS: u16 = 6;
const IFLA_CAN_RESTART: u16 = 7;
const IFLA_CAN_DATA_BITTIMING: u16 = 9;
const IFLA_CAN_TERMINATION: u16 = 11;
const IFLA_CAN_TDC: u16 = 16;
const IFLA_CAN_TDC_TDCV: u16 = 7;
const IFLA_CAN_TDC_TDCO: u16 = 8;
const IFLA_CAN_TDC_TDCF: u16 = 9;

const TDC_AUTO: u32 = 0x200;
const TDC_MANUAL: u32 = 0x400;

/// struct can_bittiming, field by field.
#[derive(Default)]
struct Bt {
    f: [u32; 8],
}
const BITRATE: usize = 0;
const SAMPLE_POINT: usize = 1;
const TQ: usize = 2;

impl Bt {
    fn bytes(&self) -> Vec<u8> {
        self.f.iter().flat_map(|v| v.to_ne_bytes()).collect()
    }
}

enum What {
    /// A u32 field of the nominal (false) or data (true) bit timing.
    Field(bool, usize),
    /// sample-point: a float times 1000.
    Sample(bool),
    Tdc(usize),
    Ctrl(u32),
}

/// can_parse_opt's words in check order (all by prefix).
const WORDS: &[(&str, What)] = &[
    ("bitrate", What::Field(false, 0)),
    ("sample-point", What::Sample(false)),
    ("tq", What::Field(false, 2)),
    ("prop-seg", What::Field(false, 3)),
    ("phase-seg1", What::Field(false, 4)),
    ("phase-seg2", What::Field(false, 5)),
    ("sjw", What::Field(false, 6)),
    ("dbitrate", What::Field(true, 0)),
    ("dsample-point", What::Sample(true)),
    ("dtq", What::Field(true, 2)),
    ("dprop-seg", What::Field(true, 3)),
    ("dphase-seg1", What::Field(true, 4)),
    ("dphase-seg2", What::Field(true, 5)),
    ("dsjw", What::Field(true, 6)),
    ("tdcv", What::Tdc(0)),
    ("tdco", What::Tdc(1)),
    ("tdcf", What::Tdc(2)),
    ("loopback", What::Ctrl(0x01)),
    ("listen-only", What::Ctrl(0x02)),
    ("triple-sampling", What::Ctrl(0x04)),
    ("one-shot", What::Ctrl(0x08)),
    ("berr-reporting", What::Ctrl(0x10)),
    ("fd", What::Ctrl(0x20)),
    ("fd-non-iso", What::Ctrl(0x80)),
    ("presume-ack", What::Ctrl(0x40)),
    ("cc-len8-dlc", What::Ctrl(0x100)),
];

/// get_float: C strtof over the whole word.
fn get_float(s: &str) -> Option<f32> {
    if s.is_empty() {
        return None;
    }
    let c = std::ffi::CString::new(s).ok()?;
    let mut end: *mut libc::c_char = std::ptr::null_mut();
    // SAFETY: c is NUL-terminated; end receives a pointer into it.
    let v = unsafe { libc::strtof(c.as_ptr(), &mut end) };
    let used = (end as usize).wrapping_sub(c.as_ptr() as usize);
    (used == s.len() && used != 0).then_some(v)
}

fn usage(prefix: String) -> Error {
    Error::raw(1, prefix + help_of("can").unwrap_or(""), Failure::Return)
}

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let mut bt = Bt::default();
    let mut dbt = Bt::default();
    let (mut cm_mask, mut cm_flags) = (0u32, 0u32);
    let mut tdc: [Option<u32>; 3] = [None; 3];
    while let Some(w) = args.next() {
        let w = w.as_str();
        if let Some((name, what)) = WORDS.iter().find(|(n, _)| matches(w, n)) {
            let v = args.need()?;
            let msg = format!("invalid \"{name}\" value\n");
            match what {
                What::Field(data, i) => {
                    let n = get_u32(&v, 0).ok_or_else(|| invarg(&msg, &v))?;
                    let t = if *data { &mut dbt } else { &mut bt };
                    t.f[*i] = n;
                }
                What::Sample(data) => {
                    let sp = get_float(&v).ok_or_else(|| invarg(&msg, &v))?;
                    let t = if *data { &mut dbt } else { &mut bt };
                    t.f[SAMPLE_POINT] = (sp * 1000.0) as u32;
                }
                What::Tdc(i) => {
                    let n = get_u32(&v, 0).ok_or_else(|| invarg(&msg, &v))?;
                    // The reference keeps -1 for "not given".
                    tdc[*i] = (n != u32::MAX).then_some(n);
                }
                What::Ctrl(bit) => {
                    // set_ctrlmode: exit(-1) on a bad value.
                    if v == "on" {
                        cm_flags |= bit;
                    } else if v != "off" {
                        return Err(Error::exit(
                            255,
                            format!("Error: argument of \"{name}\" must be \"on\" or \"off\", not \"{v}\""),
                        ));
                    }
                    cm_mask |= bit;
                }
            }
        } else if matches(w, "tdc-mode") {
            let v = args.need()?;
            match v.as_str() {
                "auto" => {
                    cm_flags |= TDC_AUTO;
                    cm_mask |= TDC_AUTO;
                }
                "manual" => {
                    cm_flags |= TDC_MANUAL;
                    cm_mask |= TDC_MANUAL;
                }
                "off" => cm_mask |= TDC_AUTO | TDC_MANUAL,
                _ => {
                    return Err(Error::exit(
                        255,
                        format!("Error: argument of \"tdc-mode\" must be \"auto\", \"manual\" or \"off\", not \"{v}\""),
                    ))
                }
            }
        } else if matches(w, "restart") {
            req.attrs.add_u32(IFLA_CAN_RESTART, 1);
        } else if matches(w, "restart-ms") {
            let v = args.need()?;
            let n = get_u32(&v, 0).ok_or_else(|| invarg("invalid \"restart-ms\" value\n", &v))?;
            req.attrs.add_u32(IFLA_CAN_RESTART_MS, n);
        } else if matches(w, "termination") {
            let v = args.need()?;
            let n = get_u16(&v, 0).ok_or_else(|| invarg("invalid \"termination\" value\n", &v))?;
            req.attrs.add_u16(IFLA_CAN_TERMINATION, n);
        } else if matches(w, "help") {
            return Err(usage(String::new()));
        } else {
            return Err(usage(format!("can: unknown option \"{w}\"\n")));
        }
    }
    if bt.f[BITRATE] != 0 || bt.f[TQ] != 0 {
        req.attrs.add(IFLA_CAN_BITTIMING, &bt.bytes());
    }
    if dbt.f[BITRATE] != 0 || dbt.f[TQ] != 0 {
        req.attrs.add(IFLA_CAN_DATA_BITTIMING, &dbt.bytes());
    }
    if cm_mask != 0 {
        let mut d = cm_mask.to_ne_bytes().to_vec();
        d.extend_from_slice(&cm_flags.to_ne_bytes());
        req.attrs.add(IFLA_CAN_CTRLMODE, &d);
    }
    if tdc.iter().any(|t| t.is_some()) {
        let nest = req
            .attrs
            .begin_nest(IFLA_CAN_TDC | crate::netlink::attr::NLA_F_NESTED);
        for (t, ty) in tdc
            .iter()
            .zip([IFLA_CAN_TDC_TDCV, IFLA_CAN_TDC_TDCO, IFLA_CAN_TDC_TDCF])
        {
            if let Some(v) = t {
                req.attrs.add_u32(ty, *v);
            }
        }
        req.attrs.end_nest(nest);
    }
    Ok(())
}
