//! ipaddr_flush (ip/ipaddress.c): rounds of "dump, delete what matched" until a round
//! finds nothing. Deletes are queued in a 3584-byte buffer and sent (without ACK) when it
//! fills, in the middle of the dump, exactly where iproute2 sends them, so each round
//! sees the same addresses and reports the same counts.
use super::addr_print::{self, print_addr};
use super::filter::{Filter, IFA_F_SECONDARY};
use super::link_print::View;
use crate::error::{warn, Error, Failure, Result};
use crate::ip::Ip;
use crate::netlink::{Msg, NlError, Session, NLM_F_REQUEST, RTM_DELADDR, RTM_GETADDR, RTM_NEWADDR};

/// char flushb[4096 - 512].
const FLUSH_BUF: usize = 4096 - 512;

struct Batch {
    buf: Vec<u8>,
    seq: u32,
}

/// What the dump callback returns: go on, or stop the flush.
type FlushStep = std::result::Result<(), FlushErr>;

enum FlushErr {
    Nl(NlError),
    Send(i32),
    Other(Error),
}
impl From<NlError> for FlushErr {
    fn from(e: NlError) -> FlushErr {
        FlushErr::Nl(e)
    }
}
impl From<std::io::Error> for FlushErr {
    fn from(e: std::io::Error) -> FlushErr {
        FlushErr::Other(e.into())
    }
}

impl Batch {
    /// flush_update: rtnl_send_check, ignoring EADDRNOTAVAIL (the kernel may already have
    /// removed a secondary with its primary). Err(errno) otherwise.
    fn send(&mut self, nl: &mut Session) -> std::result::Result<(), i32> {
        let r = nl.send_raw_check(&self.buf);
        self.buf.clear();
        match r {
            Err(e) if e != libc::EADDRNOTAVAIL => Err(e),
            _ => Ok(()),
        }
    }
}

pub fn flush(ip: &mut Ip, mut f: Filter) -> Result<()> {
    f.flushing = true;
    let loops = ip.g.loops;
    let mut round = 0;
    let mut batch = Batch {
        buf: Vec::with_capacity(FLUSH_BUF),
        seq: 0,
    };
    let Ip { g, nl, out } = ip;
    let v = View {
        g,
        f: &f,
        do_link: false,
    };
    while loops == 0 || round < loops {
        let req = super::addr_dump_req(f.family, f.ifindex);
        let mut flushed = 0u32;
        let mut each = |nl: &mut Session, m: &Msg| -> FlushStep {
            if m.ty != RTM_NEWADDR && m.ty != RTM_DELADDR {
                return Ok(());
            }
            let Some(a) = addr_print::parse_addr(m.payload) else {
                out.flush()?;
                warn(&format!(
                    "BUG: wrong nlmsg len {}",
                    m.payload.len() as i64 - 8
                ));
                return Err(FlushErr::Other(Error::silent(1, Failure::Exit)));
            };
            if m.ty != RTM_NEWADDR || !addr_print::selected(&f, &a) {
                return Ok(());
            }
            let len = 16 + m.payload.len();
            let at = (batch.buf.len() + 3) & !3;
            if at + len > FLUSH_BUF {
                batch.send(nl).map_err(FlushErr::Send)?;
            }
            // Our deletes use sequence numbers far from the session's own, so a stale
            // error left on the socket never answers a later request.
            batch.seq = batch.seq.wrapping_add(1);
            let seq = m.seq.wrapping_add(0x4000_0000).wrapping_add(batch.seq);
            batch.buf.resize((batch.buf.len() + 3) & !3, 0);
            batch.buf.extend_from_slice(&(len as u32).to_ne_bytes());
            batch.buf.extend_from_slice(&RTM_DELADDR.to_ne_bytes());
            batch.buf.extend_from_slice(&NLM_F_REQUEST.to_ne_bytes());
            batch.buf.extend_from_slice(&seq.to_ne_bytes());
            batch.buf.extend_from_slice(&m.pid.to_ne_bytes());
            batch.buf.extend_from_slice(m.payload);
            flushed += 1;
            if g.stats < 2 {
                return Ok(());
            }
            print_addr(out, &v, m.ty, &a)?;
            Ok(())
        };
        let r = nl.dump_nc_intr(RTM_GETADDR, &req, &mut each);
        match r {
            Ok(()) => {}
            Err(FlushErr::Nl(e)) => {
                out.flush()?;
                return Err(Error::raw(
                    1,
                    format!("{}Flush terminated\n", e.text),
                    Failure::Exit,
                ));
            }
            Err(FlushErr::Send(errno)) => {
                out.flush()?;
                return Err(Error::raw(
                    1,
                    format!(
                        "Failed to send flush request: {}\nFlush terminated\n",
                        crate::netlink::strerror(errno)
                    ),
                    Failure::Exit,
                ));
            }
            Err(FlushErr::Other(e)) => {
                out.flush()?;
                if e.msg.is_none() {
                    return Err(Error::raw(1, "Flush terminated\n", Failure::Exit));
                }
                return Err(e);
            }
        }
        if flushed == 0 {
            return flush_done(out, g.stats, round);
        }
        round += 1;
        if let Err(errno) = batch.send(nl) {
            out.flush()?;
            return Err(Error::ret(
                255,
                format!(
                    "Failed to send flush request: {}",
                    crate::netlink::strerror(errno)
                ),
            ));
        }
        if g.stats > 0 {
            out.raw(format_args!(
                "\n*** Round {round}, deleting {flushed} addresses ***\n"
            ))?;
            out.flush()?;
        }
        if f.flags & IFA_F_SECONDARY == 0 && f.flagmask & IFA_F_SECONDARY != 0 {
            return flush_done(out, g.stats, round);
        }
    }
    out.flush()?;
    Err(Error::ret(
        255,
        format!("*** Flush remains incomplete after {loops} rounds. ***"),
    ))
}

fn flush_done<W: std::io::Write>(
    out: &mut crate::output::Printer<W>,
    stats: u32,
    round: i32,
) -> Result<()> {
    if stats > 0 {
        if round == 0 {
            out.raw(format_args!("Nothing to flush.\n"))?;
        } else {
            let s = if round > 1 { "s" } else { "" };
            out.raw(format_args!(
                "*** Flush is complete after {round} round{s} ***\n"
            ))?;
        }
    }
    out.flush()?;
    Ok(())
}
