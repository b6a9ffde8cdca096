//! `ip route flush` (ip/iproute.c iproute_flush, iproute_flush_cache).
use super::filter::Filter;
use super::print::Opts;
use super::show::{flush_one, send_flush, FlushBuf};
use crate::cli::parse::{AF_INET, AF_INET6};
use crate::error::{Error, Failure, Result};
use crate::ip::Ip;
use crate::netlink::{Session, RTM_GETROUTE};
use std::io::Write;

const ROUTE_FLUSH_PATH: &str = "/proc/sys/net/ipv4/route/flush";

/// iproute_flush_cache: writes "-1" to the IPv4 flush file; failures are only reported.
fn flush_cache() {
    match std::fs::OpenOptions::new()
        .write(true)
        .open(ROUTE_FLUSH_PATH)
    {
        Ok(mut f) => {
            if f.write_all(b"-1").is_err() {
                crate::error::warn("Cannot flush routing cache");
            }
        }
        Err(e) => crate::error::warn(&format!(
            "Cannot open \"{ROUTE_FLUSH_PATH}\": {}",
            crate::netlink::strerror(e.raw_os_error().unwrap_or(0))
        )),
    }
}

pub fn flush(ip: &mut Ip, mut filter: Filter, family: u8) -> Result<()> {
    let stats = ip.g.stats;
    if filter.cloned != 0 {
        if family != AF_INET6 {
            flush_cache();
            if stats > 0 {
                ip.out
                    .raw(format_args!("*** IPv4 routing cache is flushed.\n"))?;
            }
        }
        if family == AF_INET {
            ip.out.flush()?;
            return Ok(());
        }
    }
    filter.flush = true;
    let o = Opts {
        details: ip.g.details,
        stats,
        family: ip.g.family,
    };
    // The deletes go out on a socket of their own: ours is busy reading the dump.
    let mut sender = Session::open().map_err(|e| Error::raw(1, e.text, Failure::Exit))?;
    let start = std::time::Instant::now();
    let mut round = 0u32;
    let mut fb = FlushBuf {
        buf: Vec::with_capacity(4096),
        cap: 4096 - 512,
        seq: 0,
        flushed: 0,
    };
    loop {
        let req = filter.dump_request(family);
        fb.flushed = 0;
        let out = &mut ip.out;
        let res = ip
            .nl
            .dump(RTM_GETROUTE, &req, |m| -> std::result::Result<(), Stop> {
                flush_one(out, &mut fb, &mut sender, m, &filter, &o).map_err(Stop::Text)
            });
        if let Err(e) = res {
            let text = match e {
                Stop::Text(t) => t,
                Stop::Nl(e) => e.text,
            };
            ip.out.flush()?;
            return Err(Error::raw(
                2,
                format!("{text}Flush terminated\n"),
                Failure::Return,
            ));
        }
        if fb.flushed == 0 {
            if stats > 0 {
                if round == 0 && (filter.cloned == 0 || family == AF_INET6) {
                    ip.out.raw(format_args!("Nothing to flush.\n"))?;
                } else {
                    let s = if round > 1 { "s" } else { "" };
                    ip.out.raw(format_args!(
                        "*** Flush is complete after {round} round{s} ***\n"
                    ))?;
                }
            }
            ip.out.flush()?;
            return Ok(());
        }
        round += 1;
        if let Err(t) = send_flush(&mut sender, &mut fb) {
            ip.out.flush()?;
            return Err(Error::raw(2, t, Failure::Return));
        }
        let secs = start.elapsed().as_secs();
        if secs > 30 {
            ip.out.raw(format_args!(
                "\n*** Flush not completed after {secs} seconds, {} entries remain ***\n",
                fb.flushed
            ))?;
            ip.out.flush()?;
            return Err(Error::silent(1, Failure::Return));
        }
        if stats > 0 {
            ip.out.raw(format_args!(
                "\n*** Round {round}, deleting {} entries ***\n",
                fb.flushed
            ))?;
            ip.out.flush()?;
        }
    }
}

enum Stop {
    Nl(crate::netlink::NlError),
    Text(String),
}

impl From<crate::netlink::NlError> for Stop {
    fn from(e: crate::netlink::NlError) -> Stop {
        Stop::Nl(e)
    }
}
