//! `ip netconf show [dev NAME]` (ip/ipnetconf.c): per-device IPv4/IPv6 settings such as
//! forwarding, rp_filter and proxy_neigh (proxy_arp / proxy_ndp). The message printer is
//! the one `ip monitor netconf` uses.
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::AF_UNSPEC;
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::AttrBuf;
use crate::netlink::session::NlError;
use crate::netlink::{strerror, Msg};

const RTM_NEWNETCONF: u16 = 80;
const RTM_DELNETCONF: u16 = 81;
const RTM_GETNETCONF: u16 = 82;
const NETCONFA_IFINDEX: u16 = 1;
const NLM_F_ACK: u16 = 4;

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(w) = args.next() else {
        return show(args, ip);
    };
    if matches(&w, "show") || matches(&w, "lst") || matches(&w, "list") {
        return show(args, ip);
    }
    if matches(&w, "help") {
        return Err(Error::exit(255, "Usage: ip netconf show [ dev STRING ]"));
    }
    Err(Error::exit(
        255,
        format!("Command \"{w}\" is unknown, try \"ip netconf help\"."),
    ))
}

/// do_show: words other than `dev NAME` are skipped; the last `dev` wins.
fn show(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let mut ifindex = 0u32;
    while let Some(w) = args.next() {
        if w == "dev" {
            let name = args.need()?;
            ifindex = crate::ifmap::name_to_index(&name);
            if ifindex == 0 {
                return Err(Error::ret(1, format!("Device \"{name}\" does not exist.")));
            }
        }
    }
    let mut family = ip.g.family;
    if ifindex != 0 && family != AF_UNSPEC {
        // One RTM_GETNETCONF read with rtnl_listen: no JSON context is opened, so even
        // under -j the answer prints as text; a refusal ends the listen silently.
        let mut req = AttrBuf::with_header(&[family, 0, 0, 0]);
        req.add_u32(NETCONFA_IFINDEX, ifindex);
        let out = &mut ip.out;
        let r = ip.nl.talk_answer(RTM_GETNETCONF, NLM_F_ACK, &req.buf, |m| {
            print(out, family, 0, m)
        });
        if let Ok(r) = r {
            r?;
        }
        ip.out.flush()?;
        return Ok(());
    }
    loop {
        ip.out.begin_list()?;
        let out = &mut ip.out;
        let r = ip.nl.dump(RTM_GETNETCONF, &[family, 0, 0, 0], |m: &Msg| {
            print(out, family, ifindex, m).map_err(DumpErr::Print)
        });
        if let Err(e) = r {
            let e = match e {
                DumpErr::Print(e) => return Err(e),
                DumpErr::Nl(e) => e,
            };
            // The kernel may not dump netconf for AF_UNSPEC: ask per family instead.
            if e.errno == libc::EOPNOTSUPP && family == AF_UNSPEC {
                family = crate::cli::parse::AF_INET;
                continue;
            }
            return Err(Error::raw(
                1,
                format!(
                    "RTNETLINK answers: {}\nDump terminated\n",
                    strerror(e.errno)
                ),
                Failure::Exit,
            ));
        }
        ip.out.end_list()?;
        if ip.g.family == AF_UNSPEC && family == crate::cli::parse::AF_INET {
            family = crate::cli::parse::AF_INET6;
            continue;
        }
        return Ok(());
    }
}

enum DumpErr {
    Nl(NlError),
    Print(Error),
}

impl From<NlError> for DumpErr {
    fn from(e: NlError) -> DumpErr {
        DumpErr::Nl(e)
    }
}

/// print_netconf's checks before the shared printer.
fn print<W: std::io::Write>(
    out: &mut crate::output::Printer<W>,
    family: u8,
    ifindex: u32,
    m: &Msg,
) -> Result<()> {
    if m.ty != RTM_NEWNETCONF && m.ty != RTM_DELNETCONF {
        return Err(Error::ret(
            1,
            format!(
                "Not a netconf message: {:08x} {:08x} {:08x}",
                m.payload.len() + 16,
                m.ty,
                m.flags
            ),
        ));
    }
    // filter.family: an unspecified-family dump (the kernel's fallback for -0/-M/-B)
    // answers with inet and inet6 entries, which the filter drops.
    if family != AF_UNSPEC && m.payload.first().is_some_and(|f| *f != family) {
        return Ok(());
    }
    super::monitor::netconf::print_netconf(out, ifindex, m)?;
    Ok(())
}
