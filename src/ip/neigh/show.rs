//! `ip neigh show|flush` (ip/ipneigh.c do_show_or_flush).
use super::prefix::get_prefix;
use super::print::{print_neigh, NeighFilter, PrintOpts};
use super::*;
use crate::cli::parse::{invarg, AF_UNSPEC};
use crate::ifmap;
use crate::netlink::attr::AttrBuf;
use crate::netlink::{strerror, Msg, NlError, Session, RTM_GETNEIGH};
use crate::output::Printer;
use std::io::{self, Write};

const MAX_ROUNDS: u32 = 10;
/// char flushb[4096-512]: the deletes of one batch.
const FLUSH_BUF: usize = 4096 - 512;

/// Why a dump stopped: the kernel's error (printed by libnetlink) or ours.
enum DumpErr {
    Nl(NlError),
    Other(Error),
}
impl From<NlError> for DumpErr {
    fn from(e: NlError) -> Self {
        DumpErr::Nl(e)
    }
}
impl From<io::Error> for DumpErr {
    fn from(e: io::Error) -> Self {
        DumpErr::Other(e.into())
    }
}

/// The deletes collected during one round (filter.flushb / flushp / flushed).
#[derive(Default)]
struct Flush {
    buf: Vec<u8>,
    flushed: u32,
}

impl Flush {
    /// flush_update: sends the batch; perror's text on failure.
    fn update(&mut self, nl: &mut Session) -> std::result::Result<(), String> {
        let r = nl.send_raw_check(&self.buf);
        self.buf.clear();
        r.map_err(|e| format!("Failed to send flush request: {}", strerror(e)))
    }
}

/// Name lookups in a filter: ll_name_to_index, 0 when unknown.
fn link_index(name: &str) -> u32 {
    ifmap::name_to_index(name)
}

/// name_is_vrf (ip/iplink_vrf.c): the link's IFLA_INFO_KIND is "vrf".
fn name_is_vrf(nl: &mut Session, name: &str, family: u8) -> bool {
    const IFLA_IFNAME: u16 = 3;
    const IFLA_LINKINFO: u16 = 18;
    const IFLA_INFO_KIND: u16 = 1;
    let mut hdr = [0u8; 16];
    hdr[0] = family;
    let mut req = AttrBuf::with_header(&hdr);
    req.add_str(IFLA_IFNAME, name);
    nl.talk_answer(crate::netlink::RTM_GETLINK, 0, &req.buf, |m| {
        let attrs = m.payload.get(16..).unwrap_or(&[]);
        crate::netlink::attr::AttrIter::new(attrs)
            .filter(|a| a.ty == IFLA_LINKINFO)
            .flat_map(|a| a.nested())
            .any(|a| a.ty == IFLA_INFO_KIND && a.str() == "vrf")
    })
    .unwrap_or(false)
}

fn parse_filter(
    args: &mut Args,
    ip: &mut Ip,
    flush: bool,
) -> Result<(NeighFilter, Option<String>)> {
    let mut f = NeighFilter::reset(0);
    f.family = ip.g.family;
    let mut filter_dev: Option<String> = None;
    let mut state_given = false;
    f.state = if flush {
        !(NUD_PERMANENT | NUD_NOARP)
    } else {
        0xff & !NUD_NOARP
    };
    while let Some(w) = args.next() {
        if w == "dev" {
            let v = args.need()?;
            if filter_dev.is_some() {
                return Err(crate::cli::parse::duparg("dev", &v));
            }
            filter_dev = Some(v);
        } else if w == "master" {
            let v = args.need()?;
            let i = link_index(&v);
            if i == 0 {
                return Err(invarg("Device does not exist\n", &v));
            }
            f.master = i;
        } else if w == "vrf" {
            let v = args.need()?;
            let i = link_index(&v);
            if i == 0 || !name_is_vrf(&mut ip.nl, &v, ip.g.family) {
                return Err(invarg("Not a valid VRF name\n", &v));
            }
            f.master = i;
        } else if w == "nomaster" {
            f.master = u32::MAX;
        } else if w == "unused" {
            f.unused_only = true;
        } else if w == "nud" {
            let v = args.need()?;
            if !state_given {
                state_given = true;
                f.state = 0;
            }
            let mut state = match nud_state_a2n(&v) {
                Some(s) => s,
                None => {
                    if v != "all" {
                        return Err(invarg("nud state is bad", &v));
                    }
                    if flush {
                        !NUD_NOARP
                    } else {
                        !0
                    }
                }
            };
            if state == 0 {
                state = 0x100;
            }
            f.state |= state;
        } else if w == "proxy" {
            f.ndm_flags = NTF_PROXY;
        } else if matches(&w, "protocol") {
            let v = args.need()?;
            f.protocol = match crate::names::proto_id(&v) {
                Some(p) => p as u8,
                None if v == "all" => 0,
                None => return Err(invarg("invalid \"protocol\"\n", &v)),
            };
        } else {
            let mut w = w;
            if w == "to" {
                w = args.need()?;
            }
            if matches(&w, "help") {
                return Err(usage());
            }
            let p = get_prefix(&w, f.family)?;
            if f.family == AF_UNSPEC {
                f.family = p.family;
            }
            f.pfx = Some(p);
        }
    }
    Ok((f, filter_dev))
}

/// rtnl_neighdump_req with ipneigh_dump_filter.
fn dump_request(f: &NeighFilter) -> Vec<u8> {
    let mut hdr = [0u8; NDMSG_LEN];
    hdr[0] = f.family;
    hdr[10] = f.ndm_flags;
    let mut req = AttrBuf::with_header(&hdr);
    if f.index != 0 {
        req.add_u32(NDA_IFINDEX, f.index);
    }
    if f.master != 0 {
        req.add_u32(NDA_MASTER, f.master);
    }
    req.buf
}

pub fn show_or_flush(args: &mut Args, ip: &mut Ip, flush: bool) -> Result<()> {
    if flush && args.is_empty() {
        return Err(Error::ret(1, "Flush requires arguments."));
    }
    let (mut f, dev) = parse_filter(args, ip, flush)?;
    if let Some(d) = dev {
        f.index = link_index(&d);
        if f.index == 0 {
            return Err(Error::ret(1, format!("Cannot find device \"{d}\"")));
        }
    }
    let opts = PrintOpts {
        stats: ip.g.stats,
        brief: ip.g.brief,
    };
    if flush {
        return flush_rounds(f, opts, ip);
    }
    let req = dump_request(&f);
    let Ip { nl, out, .. } = ip;
    out.begin_list()?;
    let r = nl.dump(
        RTM_GETNEIGH,
        &req,
        |m: &Msg| -> std::result::Result<(), DumpErr> {
            if let Some(n) = f.accept(m, out)? {
                print_neigh(&n, &f, &opts, out)?;
            }
            Ok(())
        },
    );
    match r {
        Ok(()) => {
            out.end_list()?;
            Ok(())
        }
        Err(e) => Err(terminated(e, "Dump terminated", out)),
    }
}

/// rtnl_dump_filter failed: libnetlink's text, then ours, exit(1).
fn terminated<W: Write>(e: DumpErr, what: &str, out: &mut Printer<W>) -> Error {
    let _ = out.flush();
    match e {
        DumpErr::Nl(e) => Error::raw(1, format!("{}{what}\n", e.text), Failure::Exit),
        DumpErr::Other(e) => e,
    }
}

fn flush_rounds(mut f: NeighFilter, opts: PrintOpts, ip: &mut Ip) -> Result<()> {
    f.flushing = true;
    let Ip { nl, out, .. } = ip;
    let mut fl = Flush::default();
    let mut round = 0;
    while round < MAX_ROUNDS {
        let req = dump_request(&f);
        fl.flushed = 0;
        let r = nl.dump_with(
            RTM_GETNEIGH,
            crate::netlink::NLM_F_DUMP,
            &req,
            &mut |nl: &mut Session, m: &Msg| -> std::result::Result<(), DumpErr> {
                let Some(n) = f.accept(m, out)? else {
                    return Ok(());
                };
                let len = m.payload.len() + 16;
                if crate::netlink::attr::align(fl.buf.len()) + len > FLUSH_BUF {
                    if let Err(t) = fl.update(nl) {
                        return Err(DumpErr::Other(Error::raw(
                            1,
                            format!("{t}\n"),
                            Failure::Exit,
                        )));
                    }
                }
                while fl.buf.len() % 4 != 0 {
                    fl.buf.push(0);
                }
                // The dumped message goes back as RTM_DELNEIGH, NLM_F_REQUEST, a new seq.
                let seq = nl.next_seq();
                fl.buf.extend_from_slice(&(len as u32).to_ne_bytes());
                fl.buf
                    .extend_from_slice(&crate::netlink::RTM_DELNEIGH.to_ne_bytes());
                fl.buf
                    .extend_from_slice(&crate::netlink::NLM_F_REQUEST.to_ne_bytes());
                fl.buf.extend_from_slice(&seq.to_ne_bytes());
                fl.buf.extend_from_slice(&m.pid.to_ne_bytes());
                fl.buf.extend_from_slice(m.payload);
                fl.flushed += 1;
                if opts.stats >= 2 {
                    print_neigh(&n, &f, &opts, out)?;
                }
                Ok(())
            },
        );
        if let Err(e) = r {
            return Err(flush_failed(e, out));
        }
        if fl.flushed == 0 {
            if opts.stats > 0 {
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
            return Ok(());
        }
        round += 1;
        if let Err(t) = fl.update(nl) {
            out.flush()?;
            return Err(Error::exit(1, t));
        }
        if opts.stats > 0 {
            out.raw(format_args!(
                "\n*** Round {round}, deleting {} entries ***\n",
                fl.flushed
            ))?;
            out.flush()?;
        }
        f.state &= !NUD_FAILED;
    }
    out.raw(format_args!(
        "*** Flush not complete bailing out after {MAX_ROUNDS} rounds\n"
    ))?;
    Err(Error::silent(255, Failure::Return))
}

fn flush_failed<W: Write>(e: DumpErr, out: &mut Printer<W>) -> Error {
    let _ = out.flush();
    match e {
        DumpErr::Nl(e) => Error::raw(1, format!("{}Flush terminated\n", e.text), Failure::Exit),
        DumpErr::Other(e) => {
            // flush_update failed inside the dump: its perror line, then the dump's end.
            let mut m = e.msg.unwrap_or_default();
            m.push_str("Flush terminated\n");
            Error::raw(1, m, Failure::Exit)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dump_request_bytes() {
        let mut f = NeighFilter::reset(0);
        f.family = 2;
        f.index = 5;
        f.master = u32::MAX;
        f.ndm_flags = NTF_PROXY;
        let r = dump_request(&f);
        assert_eq!(
            r,
            vec![
                2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, // ndmsg
                8, 0, 8, 0, 5, 0, 0, 0, // NDA_IFINDEX
                8, 0, 9, 0, 255, 255, 255, 255, // NDA_MASTER
            ]
        );
    }
}
