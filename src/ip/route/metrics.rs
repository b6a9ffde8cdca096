//! RTA_METRICS: printing (print_rta_metrics) and the time parser of `rtt`/`rttvar`/`rto_min`
//! (lib/utils.c get_time_rtt).
use super::rtm::*;
use crate::netlink::attr::{Attr, AttrIter};
use crate::output::fmt::fmt_g;
use crate::output::printer::{Ctx, Printer};
use std::io::{self, Write};

/// mx_names of ip/iproute.c, by RTAX number.
pub fn mx_name(i: u16) -> Option<&'static str> {
    Some(match i {
        RTAX_MTU => "mtu",
        RTAX_WINDOW => "window",
        RTAX_RTT => "rtt",
        RTAX_RTTVAR => "rttvar",
        RTAX_SSTHRESH => "ssthresh",
        RTAX_CWND => "cwnd",
        RTAX_ADVMSS => "advmss",
        RTAX_REORDERING => "reordering",
        RTAX_HOPLIMIT => "hoplimit",
        RTAX_INITCWND => "initcwnd",
        RTAX_FEATURES => "features",
        RTAX_RTO_MIN => "rto_min",
        RTAX_INITRWND => "initrwnd",
        RTAX_QUICKACK => "quickack",
        RTAX_CC_ALGO => "congctl",
        RTAX_FASTOPEN_NO_COOKIE => "fastopen_no_cookie",
        _ => return None,
    })
}

const RTAX_FEATURE_ECN: u32 = 1;

pub fn print_rta_metrics<W: Write>(out: &mut Printer<W>, data: &[u8]) -> io::Result<()> {
    out.open_array(Ctx::Json, "metrics", "")?;
    out.open_object("")?;
    let mut mx: [Option<Attr>; RTAX_MAX + 1] = [None; RTAX_MAX + 1];
    for a in AttrIter::new(data) {
        if let Some(s) = mx.get_mut(a.ty as usize) {
            *s = Some(a);
        }
    }
    let lock = mx[RTAX_LOCK as usize].and_then(|a| a.u32()).unwrap_or(0);
    for i in 2..=RTAX_MAX as u16 {
        let a = mx[i as usize];
        let locked = lock & 1u32.wrapping_shl(i as u32) != 0;
        if a.is_none() && !locked {
            continue;
        }
        let mut val = 0u32;
        if i != RTAX_CC_ALGO {
            if let Some(a) = a {
                val = a.u32().unwrap_or(0);
            }
        }
        if i == RTAX_HOPLIMIT && val as i32 == -1 {
            continue;
        }
        let name = mx_name(i).unwrap_or("");
        if !out.is_json() {
            match mx_name(i) {
                Some(n) => out.fp(format_args!("{n} "))?,
                None => out.fp(format_args!("metric {i} "))?,
            }
            if locked {
                out.fp(format_args!("lock "))?;
            }
        }
        match i {
            RTAX_FEATURES => {
                let mut rest = val;
                if rest & RTAX_FEATURE_ECN != 0 {
                    out.null(Ctx::Any, "ecn", format_args!("ecn "))?;
                    rest &= !RTAX_FEATURE_ECN;
                }
                if rest != 0 {
                    out.xhex(Ctx::Any, "features", val as u64, format_args!("{val:#x} "))?;
                }
            }
            RTAX_RTT | RTAX_RTTVAR | RTAX_RTO_MIN => {
                if i == RTAX_RTT {
                    val /= 8;
                } else if i == RTAX_RTTVAR {
                    val /= 4;
                }
                if out.is_json() {
                    out.uint(Ctx::Json, name, val as u64, format_args!(""))?;
                } else if val >= 1000 {
                    let s = fmt_g(val as f64 / 1e3);
                    out.fp(format_args!("{s}s "))?;
                } else {
                    out.fp(format_args!("{val}ms "))?;
                }
            }
            RTAX_CC_ALGO => {
                let s = a.map(|a| a.str()).unwrap_or("");
                out.string(Ctx::Any, "congestion", s, format_args!("{s} "))?;
            }
            _ => {
                out.uint(Ctx::Any, name, val as u64, format_args!("{val} "))?;
            }
        }
    }
    out.close_object()?;
    out.close_array(Ctx::Json, "")
}

/// get_time_rtt: `N`, `N.M`, with an optional s/sec/secs or ms/msec/msecs suffix; the
/// value in milliseconds rounded up, and whether it was a raw number (no suffix).
pub fn get_time_rtt(arg: &str) -> Option<(u32, bool)> {
    let (t, rest) = if arg.contains('.') {
        let (t, used) = strtod(arg)?;
        if t < 0.0 {
            return None;
        }
        (t, &arg[used..])
    } else {
        let (v, used, over) = crate::cli::parse::strtoul(arg, 0);
        if used == 0 || over {
            return None;
        }
        (v as f64, &arg[used..])
    };
    let mut t = t;
    let raw = rest.is_empty();
    if !raw {
        let l = rest.to_ascii_lowercase();
        match l.as_str() {
            "s" | "sec" | "secs" => t *= 1000.0,
            "ms" | "msec" | "msecs" => {}
            _ => return None,
        }
    }
    // *val = t (a C double -> unsigned conversion), then the emulated ceil().
    let mut v = double_to_uint(t);
    if (v as f64) < t {
        v = v.wrapping_add(1);
    }
    Some((v, raw))
}

/// C's (unsigned int) conversion of a double as x86-64 does it: via a 64-bit integer,
/// truncated; out-of-range values wrap like cvttsd2si.
fn double_to_uint(t: f64) -> u32 {
    if t.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&t) {
        return 0;
    }
    (t as i64) as u32
}

/// A strtod for the plain decimal forms get_time_rtt meets: returns the value and the bytes used.
fn strtod(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && (b[i] == b' ' || (b'\t'..=b'\r').contains(&b[i])) {
        i += 1;
    }
    let start = i;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let digits_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut nd = i - digits_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let f = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        nd += i - f;
    }
    if nd == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let e = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > e {
            i = j;
        }
    }
    let v: f64 = s[start..i].parse().ok()?;
    Some((v, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rtt_times() {
        assert_eq!(get_time_rtt("10"), Some((10, true)));
        assert_eq!(get_time_rtt("1.5s"), Some((1500, false)));
        assert_eq!(get_time_rtt("300ms"), Some((300, false)));
        assert_eq!(get_time_rtt("0.5"), Some((1, true)));
        assert_eq!(get_time_rtt("2S"), Some((2000, false)));
        assert_eq!(get_time_rtt("x"), None);
        assert_eq!(get_time_rtt("5m"), None);
    }
}
