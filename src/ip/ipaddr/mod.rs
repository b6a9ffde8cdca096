//! Listing links and addresses (ip/ipaddress.c): `ip link show`, `ip addr show|flush`.
//!
//! iproute2 stores the whole link dump and the whole address dump, then prints. Here the
//! address dump (small: ~100 bytes an address) is held, grouped by ifindex in dump order,
//! and the link dump is streamed: each link is filtered (ipaddr_filter), printed with its
//! addresses and forgotten. `ip link show` holds nothing. The requests are iproute2's,
//! byte for byte; only their order differs for a full `ip addr` (the address dump is sent
//! before the link dump instead of after it). One device is still asked for first.
mod addr_print;
pub mod filter;
mod flush;
mod fnmatch;
mod ifla;
mod link_details;
mod link_fmt;
mod link_print;
mod nsid;
mod rta;
mod save;
mod stats;
pub use stats::fmt_num;
mod vf;
mod vrf;
mod xdp;

#[cfg(test)]
mod tests;

use super::Ip;
use crate::cli::args::Args;
use crate::cli::parse::{AF_PACKET, AF_UNSPEC};
use crate::error::{warn, Error, Failure, Result};
use crate::netlink::attr::AttrBuf;
use crate::netlink::{NlError, RTM_GETADDR, RTM_GETLINK, RTM_NEWADDR};
use filter::Filter;
use ifla::*;
use link_print::View;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// ipaddress.c's static `do_link`: set by `ip link show` and never cleared, so in a batch
/// every later `ip addr` command prints as `ip link` would (linkmode, link usage).
static DO_LINK: AtomicBool = AtomicBool::new(false);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    List,
    Flush,
    Save,
}

/// ipaddr_list_link.
pub fn list_link(args: &mut Args, ip: &mut Ip) -> Result<()> {
    ip.g.family = AF_PACKET;
    DO_LINK.store(true, Ordering::Relaxed);
    list_flush_or_save(args, ip, Action::List)
}
pub fn list_addr(args: &mut Args, ip: &mut Ip) -> Result<()> {
    list_flush_or_save(args, ip, Action::List)
}
pub fn flush_addr(args: &mut Args, ip: &mut Ip) -> Result<()> {
    list_flush_or_save(args, ip, Action::Flush)
}
pub fn save_addr(args: &mut Args, ip: &mut Ip) -> Result<()> {
    list_flush_or_save(args, ip, Action::Save)
}
pub fn showdump(ip: &mut Ip) -> Result<()> {
    save::showdump(ip)
}
pub fn restore(ip: &mut Ip) -> Result<()> {
    save::restore(ip)
}

const USAGE: &str = "\
Usage: ip address {add|change|replace} IFADDR dev IFNAME [ LIFETIME ]
                                                      [ CONFFLAG-LIST ]
       ip address del IFADDR dev IFNAME [mngtmpaddr]
       ip address {save|flush} [ dev IFNAME ] [ scope SCOPE-ID ]
                            [ to PREFIX ] [ FLAG-LIST ] [ label LABEL ] [up]
       ip address [ show [ dev IFNAME ] [ scope SCOPE-ID ] [ master DEVICE ]
                         [ nomaster ]
                         [ type TYPE ] [ to PREFIX ] [ FLAG-LIST ]
                         [ label LABEL ] [up] [ vrf NAME ] ]
       ip address {showdump|restore}
IFADDR := PREFIX | ADDR peer PREFIX
          [ broadcast ADDR ] [ anycast ADDR ]
          [ label IFNAME ] [ scope SCOPE-ID ] [ metric METRIC ]
SCOPE-ID := [ host | link | global | NUMBER ]
FLAG-LIST := [ FLAG-LIST ] FLAG
FLAG  := [ permanent | dynamic | secondary | primary |
           [-]tentative | [-]deprecated | [-]dadfailed | temporary |
           CONFFLAG-LIST ]
CONFFLAG-LIST := [ CONFFLAG-LIST ] CONFFLAG
CONFFLAG  := [ home | nodad | mngtmpaddr | noprefixroute | autojoin ]
LIFETIME := [ valid_lft LFT ] [ preferred_lft LFT ]
LFT := forever | SECONDS
TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |
          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |
          ip6erspan | ip6gre | ip6gretap | ip6tnl |
          ipip | ipoib | ipvlan | ipvtap |
          macsec | macvlan | macvtap |
          netdevsim | nlmon | rmnet | sit | team | team_slave |
          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |
          xfrm | virt_wifi }
";

/// `ip address help`: the text on stderr, exit(-1).
pub fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

/// usage() of ipaddress.c: once `ip link show` ran, it is the link usage (iplink_usage).
pub fn help(ip: &mut Ip) -> Error {
    if !DO_LINK.load(Ordering::Relaxed) {
        return usage();
    }
    match super::link_modify::help(&mut Args::new(Vec::new()), ip) {
        Err(e) => e,
        Ok(()) => Error::silent(255, Failure::Exit),
    }
}

/// The address dump, kept per link in dump order (iproute2's ainfo chain).
#[derive(Default)]
struct AddrStore {
    arena: Vec<u8>,
    by_index: HashMap<u32, Vec<(u16, usize, usize)>>,
}

impl AddrStore {
    fn push(&mut self, ty: u16, payload: &[u8]) {
        let index = addr_print::ifaddr(payload).map(|a| a.index).unwrap_or(0);
        let start = self.arena.len();
        self.arena.extend_from_slice(payload);
        self.by_index
            .entry(index)
            .or_default()
            .push((ty, start, self.arena.len()));
    }
    fn of(&self, index: u32) -> impl Iterator<Item = (u16, &[u8])> {
        self.by_index
            .get(&index)
            .into_iter()
            .flatten()
            .map(|&(ty, s, e)| (ty, self.arena.get(s..e).unwrap_or(&[])))
    }
}

/// A failed dump: the kernel's refusal (printed, then "Dump terminated") or a write error.
enum DumpErr {
    Nl(NlError),
    Other(Error),
}
impl From<NlError> for DumpErr {
    fn from(e: NlError) -> DumpErr {
        DumpErr::Nl(e)
    }
}
impl From<std::io::Error> for DumpErr {
    fn from(e: std::io::Error) -> DumpErr {
        DumpErr::Other(e.into())
    }
}

fn ifinfo_hdr(family: u8, index: u32) -> [u8; 16] {
    let mut h = [0u8; 16];
    h[0] = family;
    h[4..8].copy_from_slice(&index.to_ne_bytes());
    h
}

/// rtnl_linkdump_req_filter_fn with iplink_filter_req (plain header for other families).
fn link_dump_req(family: u8, f: &Filter) -> Vec<u8> {
    let mut req = AttrBuf::with_header(&ifinfo_hdr(family, 0));
    if family == AF_UNSPEC || family == AF_PACKET {
        req.add_u32(IFLA_EXT_MASK, RTEXT_FILTER_VF);
        if f.master != 0 {
            req.add_u32(IFLA_MASTER, f.master as u32);
        }
        if let Some(k) = &f.kind {
            let n = req.begin_nest(IFLA_LINKINFO);
            req.add(IFLA_INFO_KIND, k.as_bytes());
            req.end_nest(n);
        }
    }
    req.buf
}

/// rtnl_addrdump_req with ipaddr_dump_filter: the ifaddrmsg names the device, if any.
pub(crate) fn addr_dump_req(family: u8, ifindex: u32) -> Vec<u8> {
    let mut h = vec![family, 0, 0, 0];
    h.extend_from_slice(&ifindex.to_ne_bytes());
    h
}

/// ipaddr_link_get: GETLINK by index.
fn link_get_by_index_req(family: u8, index: u32, stats: bool) -> Vec<u8> {
    let mut req = AttrBuf::with_header(&ifinfo_hdr(family, index));
    let mut mask = RTEXT_FILTER_VF;
    if !stats {
        mask |= RTEXT_FILTER_SKIP_STATS;
    }
    req.add_u32(IFLA_EXT_MASK, mask);
    req.buf
}

/// iplink_get: GETLINK by (alt)name.
fn link_get_by_name_req(family: u8, name: &str) -> Vec<u8> {
    let mut req = AttrBuf::with_header(&ifinfo_hdr(family, 0));
    let ty = if crate::cli::parse::check_ifname(name) {
        IFLA_IFNAME
    } else {
        IFLA_ALT_IFNAME
    };
    req.add_str(ty, name);
    req.add_u32(IFLA_EXT_MASK, RTEXT_FILTER_VF);
    req.buf
}

/// ipaddr_list_flush_or_save.
fn list_flush_or_save(args: &mut Args, ip: &mut Ip, action: Action) -> Result<()> {
    let preferred = ip.g.family;
    if action == Action::Flush {
        if args.is_empty() {
            return Err(Error::ret(1, "Flush requires arguments."));
        }
        if preferred == AF_PACKET {
            return Err(Error::ret(1, "Cannot flush link addresses."));
        }
    }
    let oneline = ip.g.oneline;
    let parsed = {
        let mut usage = || help(ip);
        filter::parse(args, preferred, oneline, &mut usage)?
    };
    let mut f = parsed.filter;
    let do_link = DO_LINK.load(Ordering::Relaxed);
    if let (Some(dev), None, true, Action::List) = (&parsed.dev, f.group, do_link, action) {
        // `ip link show DEV`: iproute2 first resolves DEV on a second socket, then asks for
        // it by name. When the GET by name succeeds the first lookup can only have found
        // the same link, so it is skipped (one socket and one round trip less at start-up).
        // Any failure goes the reference's way below, which prints its errors.
        let req = link_get_by_name_req(preferred, dev);
        if let Ok((ty, payload)) = ip
            .nl
            .talk_answer(RTM_GETLINK, 0, &req, |m| (m.ty, m.payload.to_vec()))
        {
            if let Some((_, _, index, _)) = crate::ifmap::ifinfo(&payload) {
                crate::ifmap::remember(ty, &payload);
                f.ifindex = index;
                ip.out.begin_list()?;
                let Ip { g, out, .. } = ip;
                let v = View {
                    g,
                    f: &f,
                    do_link: true,
                };
                out.open_object("")?;
                link_print::print_linkinfo(out, &v, ty, &payload)?;
                out.close_object()?;
                return Ok(ip.out.end_list()?);
            }
        }
    }
    if let Some(dev) = &parsed.dev {
        f.ifindex = crate::ifmap::name_to_index(dev);
        if f.ifindex == 0 {
            return Err(Error::ret(1, format!("Device \"{dev}\" does not exist.")));
        }
    }
    if action == Action::Flush {
        return flush::flush(ip, f);
    }
    if action == Action::Save {
        return save::save(ip, &f, preferred);
    }
    ip.out.begin_list()?;
    if let (Some(dev), None, true) = (&parsed.dev, f.group, do_link) {
        let r = show_one_by_name(ip, &f, preferred, dev);
        ip.out.end_list()?;
        return r;
    }
    let r = show(ip, &f, preferred, do_link);
    ip.out.end_list()?;
    r
}

/// `ip link show DEV`: iplink_get.
fn show_one_by_name(ip: &mut Ip, f: &Filter, family: u8, dev: &str) -> Result<()> {
    let req = link_get_by_name_req(family, dev);
    let Ip { g, nl, out } = ip;
    let v = View {
        g,
        f,
        do_link: true,
    };
    let res = nl.talk_answer(RTM_GETLINK, 0, &req, |m| {
        crate::ifmap::remember(m.ty, m.payload);
        out.open_object("")?;
        link_print::print_linkinfo(out, &v, m.ty, m.payload)?;
        out.close_object()
    });
    match res {
        Ok(r) => r.map_err(Error::from),
        Err(e) => {
            // perror() comes before delete_json_obj() closes the JSON list (stdout is
            // still buffered then).
            warn(&format!(
                "{}Cannot send link get request: {}",
                e.text,
                crate::netlink::strerror(e.errno)
            ));
            out.end_list()?;
            out.flush()?;
            Err(Error::silent(1, Failure::Exit))
        }
    }
}

/// The print loop of ipaddr_list_flush_or_save, one link at a time.
fn show(ip: &mut Ip, f: &Filter, preferred: u8, do_link: bool) -> Result<()> {
    let Ip { g, nl, out } = ip;
    let fam = f.family;
    // One device: ipaddr_link_get comes first, as in iproute2 (its failure ends the
    // command before any address is asked for).
    let mut single: Option<(u16, Vec<u8>)> = None;
    if f.ifindex != 0 {
        let req = link_get_by_index_req(fam, f.ifindex, g.stats > 0);
        match nl.talk_answer(RTM_GETLINK, 0, &req, |m| (m.ty, m.payload.to_vec())) {
            Ok(m) => single = Some(m),
            Err(e) => {
                warn(&format!(
                    "{}Cannot send link request: {}",
                    e.text,
                    crate::netlink::strerror(e.errno)
                ));
                return Ok(());
            }
        }
    }
    let mut store = AddrStore::default();
    if fam != AF_PACKET {
        let req = addr_dump_req(fam, f.ifindex);
        let r = nl.dump(RTM_GETADDR, &req, |m| -> std::result::Result<(), DumpErr> {
            store.push(m.ty, m.payload);
            Ok(())
        });
        if let Err(e) = r {
            return dump_failed(e);
        }
    }
    let no_link = fam != AF_PACKET && f.oneline;
    let cx = ShowCtx {
        v: View { g, f, do_link },
        store: &store,
        no_link,
    };
    if let Some((ty, payload)) = single {
        crate::ifmap::remember(ty, &payload);
        show_link(out, &cx, ty, &payload)?;
        return Ok(());
    }
    // iproute2 refreshes its whole cache from the dump before printing; a link that refers
    // to one later in the dump must not see flags cached by an earlier batch command.
    crate::ifmap::forget_all();
    let req = link_dump_req(preferred, f);
    // Each datagram's links are remembered before any of them is printed (dump_pre). A
    // link that refers to one in a later datagram finds it by ioctl (set_full_map): the
    // reference would have it from its stored dump.
    crate::ifmap::set_full_map(true);
    let mut pre = |m: &crate::netlink::Msg| crate::ifmap::remember(m.ty, m.payload);
    let r = nl.dump_pre(
        RTM_GETLINK,
        &req,
        &mut pre,
        |m| -> std::result::Result<(), DumpErr> {
            show_link(out, &cx, m.ty, m.payload)?;
            Ok(())
        },
    );
    crate::ifmap::set_full_map(false);
    match r {
        Ok(()) => Ok(()),
        Err(e) => dump_failed(e),
    }
}

/// What the print loop needs for each link.
struct ShowCtx<'a> {
    v: View<'a>,
    store: &'a AddrStore,
    /// `-o` without `-br` on addresses: only the address lines are printed.
    no_link: bool,
}

/// One link of the print loop: ipaddr_filter, then the link, its addresses, its stats.
fn show_link<W: std::io::Write>(
    out: &mut crate::output::Printer<W>,
    cx: &ShowCtx,
    ty: u16,
    payload: &[u8],
) -> std::io::Result<()> {
    let (v, f, g) = (&cx.v, cx.v.f, cx.v.g);
    let fam = f.family;
    let Some(ifi) = link_print::ifinfo(payload) else {
        return Ok(());
    };
    if fam != AF_PACKET && !ipaddr_filter(f, &ifi, cx.store) {
        return Ok(());
    }
    out.open_object("")?;
    let mut res = 0;
    if g.brief || !cx.no_link {
        res = link_print::print_linkinfo(out, v, ty, payload)?;
    }
    if res >= 0 && fam != AF_PACKET {
        print_selected_addrinfo(out, v, &ifi, cx.store)?;
    }
    if res > 0 && !v.do_link && g.stats > 0 {
        link_print::print_link_stats(out, g, payload)?;
    }
    out.close_object()
}

/// `Dump terminated`: the function returns 1 to `goto out`, so the command still exits 0.
fn dump_failed(e: DumpErr) -> Result<()> {
    match e {
        DumpErr::Nl(e) => {
            warn(&format!("{}Dump terminated", e.text));
            Ok(())
        }
        DumpErr::Other(e) => Err(e),
    }
}

/// ipaddr_filter for one link: keep it when one of its addresses passes the filter, or
/// when it has none and no address family was asked for.
fn ipaddr_filter(f: &Filter, ifi: &link_print::IfInfo, store: &AddrStore) -> bool {
    let mut missing = true;
    for (_, p) in store.of(ifi.index as u32) {
        missing = false;
        let Some(a) = addr_print::parse_addr(p) else {
            continue;
        };
        if f.family != 0 && f.family != a.ifa.family {
            continue;
        }
        if (f.scope ^ a.ifa.scope as u32) & f.scopemask != 0 {
            continue;
        }
        if (f.flags ^ a.flags) & f.flagmask != 0 {
            continue;
        }
        if !addr_print::label_matches(f, a.ifa.index, a.tb[IFA_LABEL as usize]) {
            continue;
        }
        if !addr_print::prefix_matches(f, addr_print::local_of(&a)) {
            continue;
        }
        return true;
    }
    missing && (f.family == AF_UNSPEC || f.family == AF_PACKET)
}

/// print_selected_addrinfo.
fn print_selected_addrinfo<W: std::io::Write>(
    out: &mut crate::output::Printer<W>,
    v: &View,
    ifi: &link_print::IfInfo,
    store: &AddrStore,
) -> std::io::Result<()> {
    out.open_array(crate::output::Ctx::Json, "addr_info", "")?;
    for (ty, p) in store.of(ifi.index as u32) {
        if ty != RTM_NEWADDR {
            continue;
        }
        let Some(a) = addr_print::ifaddr(p) else {
            break;
        };
        if v.f.family != 0 && v.f.family != a.family {
            continue;
        }
        if v.f.up && ifi.flags & IFF_UP == 0 {
            continue;
        }
        out.open_object("")?;
        addr_print::print_addrinfo(out, v, ty, p)?;
        out.close_object()?;
    }
    out.close_array(crate::output::Ctx::Json, "")?;
    if v.g.brief {
        out.fp(format_args!("\n"))?;
    }
    Ok(())
}

/// print_linkinfo for other commands (`ip monitor`, `-echo` answers): the filter is
/// ipaddr_reset_filter(oneline, ifindex)'s (no qlen, no family), and do_link is whatever
/// an earlier `ip link show` left. Returns print_linkinfo's value (1 printed).
#[allow(dead_code)]
pub fn print_link_message<W: std::io::Write>(
    out: &mut crate::output::Printer<W>,
    g: &crate::ip::Globals,
    oneline: bool,
    ifindex: u32,
    ty: u16,
    payload: &[u8],
) -> std::io::Result<i32> {
    let f = Filter {
        oneline,
        ifindex,
        ..Filter::default()
    };
    let v = View {
        g,
        f: &f,
        do_link: DO_LINK.load(Ordering::Relaxed),
    };
    link_print::print_linkinfo(out, &v, ty, payload)
}

/// print_addrinfo for other commands (`ip monitor`, `ip -echo addr add`), with the filter
/// of ipaddr_reset_filter(oneline, ifindex).
#[allow(dead_code)]
pub fn print_addr_message<W: std::io::Write>(
    out: &mut crate::output::Printer<W>,
    g: &crate::ip::Globals,
    oneline: bool,
    ifindex: u32,
    ty: u16,
    payload: &[u8],
) -> std::io::Result<()> {
    let f = Filter {
        oneline,
        ifindex,
        ..Filter::default()
    };
    let v = View {
        g,
        f: &f,
        do_link: DO_LINK.load(Ordering::Relaxed),
    };
    addr_print::print_addrinfo(out, &v, ty, payload)
}

/// print_linkinfo with ipaddress.c's globals as another `ip` object leaves them (zero
/// filter, do_link 0): `ip -echo link ...` prints the kernel's answer with it.
pub fn print_link_echo(
    out: &mut super::Out,
    g: &super::Globals,
    msg_ty: u16,
    payload: &[u8],
) -> std::io::Result<i32> {
    // print_linkinfo returns before looking at anything else but a link message (the
    // ACK of a change the kernel does not echo).
    if msg_ty != crate::netlink::RTM_NEWLINK && msg_ty != crate::netlink::RTM_DELLINK {
        return Ok(0);
    }
    let f = filter::Filter::default();
    let v = link_print::View {
        g,
        f: &f,
        do_link: false,
    };
    link_print::print_linkinfo(out, &v, msg_ty, payload)
}
