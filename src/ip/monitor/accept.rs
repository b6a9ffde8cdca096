//! accept_msg of ipmonitor.c: one message, dispatched on its type before anything is
//! decoded (the crate cannot parse netconf, mdb, nexthop, vlan or stats messages), with the
//! headers (timestamp, `[nsid N]`, `[LABEL]`) in front of the object's own printer.
use super::{netconf, nexthop, other, stamp};
use crate::cli::parse::AF_UNSPEC;
use crate::error::warn;
use crate::ip::neigh::print::{NeighFilter, PrintOpts as NeighOpts};
use crate::ip::netns::{name_map, print_nsid, NsidSocket};
use crate::ip::rule::print::{parse_rule, PrintOpts as RuleOpts, RuleFilter};
use crate::ip::Globals;
use crate::netlink::Msg;
use crate::output::Printer;
use std::io::{self, BufWriter, Write};

pub const NLMSG_NOOP: u16 = 1;
pub const NLMSG_ERROR: u16 = 2;
pub const NLMSG_DONE: u16 = 3;
/// rtmon's timestamp records (include/libnetlink.h).
pub const NLMSG_TSTAMP: u16 = 15;
const RTM_NEWLINK: u16 = 16;
const RTM_DELLINK: u16 = 17;
const RTM_NEWADDR: u16 = 20;
const RTM_DELADDR: u16 = 21;
const RTM_NEWROUTE: u16 = 24;
const RTM_DELROUTE: u16 = 25;
const RTM_NEWNEIGH: u16 = 28;
const RTM_DELNEIGH: u16 = 29;
const RTM_GETNEIGH: u16 = 30;
const RTM_NEWRULE: u16 = 32;
const RTM_DELRULE: u16 = 33;
const RTM_NEWPREFIX: u16 = 52;
const RTM_NEWADDRLABEL: u16 = 72;
const RTM_DELADDRLABEL: u16 = 73;
const RTM_NEWNETCONF: u16 = 80;
const RTM_DELNETCONF: u16 = 81;
const RTM_NEWNSID: u16 = 88;
const RTM_DELNSID: u16 = 89;
const RTM_NEWSTATS: u16 = 92;
const RTM_NEWNEXTHOP: u16 = 104;
const RTM_DELNEXTHOP: u16 = 105;
const RTM_NEWNEXTHOPBUCKET: u16 = 116;
const RTM_DELNEXTHOPBUCKET: u16 = 117;

const RTM_F_CLONED: u32 = 0x200;
const RTNL_FAMILY_IPMR: u8 = 128;
const RTNL_FAMILY_IP6MR: u8 = 129;
const RTMSG_LEN: usize = 12;
const IFADDRMSG_LEN: usize = 8;

/// How many bytes a writer holds that have not reached the file yet: the printers flush
/// (fflush) only after they printed something, so that is how we tell.
pub trait Pending {
    fn pending(&self) -> usize;
}
impl Pending for Vec<u8> {
    fn pending(&self) -> usize {
        self.len()
    }
}
impl<W: Write> Pending for BufWriter<W> {
    fn pending(&self) -> usize {
        self.buffer().len()
    }
}

/// accept_msg asked rtnl_listen / rtnl_from_file to stop (a `return -1`).
pub struct Stop;

/// Where a message came from: rtnl_from_file passes no ctrl, rtnl_listen its nsid.
#[derive(Debug, Clone, Copy)]
pub enum Origin {
    File,
    Net { nsid: i32 },
}

/// The state accept_msg keeps between messages.
pub struct Monitor {
    g: Globals,
    label: bool,
    all_nsid: bool,
    ifindex: u32,
    neigh: NeighFilter,
    nsid_sock: NsidSocket,
    /// netns_map_init: nsid -> /run/netns name (listen mode only).
    nsid_map: Vec<(i32, String)>,
}

impl Monitor {
    pub fn new(g: &Globals, label: bool, all_nsid: bool, ifindex: u32) -> Monitor {
        Monitor {
            g: g.clone(),
            label,
            all_nsid,
            ifindex,
            neigh: NeighFilter::reset(ifindex),
            nsid_sock: NsidSocket::new(),
            nsid_map: Vec::new(),
        }
    }

    /// netns_map_init, before listening.
    pub fn init_nsid_map(&mut self) -> crate::error::Result<()> {
        self.nsid_map = name_map(&mut self.nsid_sock)?;
        Ok(())
    }

    /// print_headers.
    fn headers<W: Write>(&self, out: &mut Printer<W>, label: &str, o: Origin) -> io::Result<()> {
        if self.g.timestamp > 0 {
            out.raw(format_args!("{}", stamp::now(self.g.tshort)))?;
        }
        if self.all_nsid {
            match o {
                Origin::Net { nsid } if nsid >= 0 => out.raw(format_args!("[nsid {nsid}]"))?,
                _ => out.raw(format_args!("[nsid current]"))?,
            }
        }
        if self.label {
            out.raw(format_args!("{label}"))?;
        }
        Ok(())
    }

    /// accept_msg. `Err(Stop)` ends the loop as the C handler's negative return does.
    pub fn accept<W: Write + Pending>(
        &mut self,
        m: &Msg,
        o: Origin,
        out: &mut Printer<W>,
    ) -> Result<(), Stop> {
        match self.dispatch(m, o, out) {
            Ok(r) => r,
            // A failed write to stdout: the C printers ignore it; the next one fails too.
            Err(_) => Ok(()),
        }
    }

    fn dispatch<W: Write + Pending>(
        &mut self,
        m: &Msg,
        o: Origin,
        out: &mut Printer<W>,
    ) -> io::Result<Result<(), Stop>> {
        let p = m.payload;
        let g = &self.g;
        match m.ty {
            RTM_NEWROUTE | RTM_DELROUTE => {
                if p.len() < RTMSG_LEN {
                    warn(&format!(
                        "BUG: wrong nlmsg len {}",
                        p.len() as i64 - RTMSG_LEN as i64
                    ));
                    return Ok(Err(Stop));
                }
                let flags = u32::from_ne_bytes([p[8], p[9], p[10], p[11]]);
                if flags & RTM_F_CLONED != 0 {
                    return Ok(Ok(()));
                }
                if p[0] == RTNL_FAMILY_IPMR || p[0] == RTNL_FAMILY_IP6MR {
                    self.headers(out, "[MROUTE]", o)?;
                    if other::print_mroute(out, g, self.ifindex, m)? {
                        out.flush()?;
                    }
                } else {
                    self.headers(out, "[ROUTE]", o)?;
                    let mark = out.w.pending();
                    if let Some(t) =
                        crate::ip::route::print_route_msg(out, m.ty, p, g, self.ifindex)?
                    {
                        warn(t.trim_end_matches('\n'));
                    }
                    flush_if_printed(out, mark)?;
                }
            }
            RTM_NEWNEXTHOP | RTM_DELNEXTHOP => {
                self.headers(out, "[NEXTHOP]", o)?;
                if nexthop::print_nexthop(out, g, m)? {
                    out.flush()?;
                    crate::ip::route::nexthop_cache_event(m.ty, p);
                }
            }
            RTM_NEWNEXTHOPBUCKET | RTM_DELNEXTHOPBUCKET => {
                self.headers(out, "[NEXTHOPBUCKET]", o)?;
                if nexthop::print_bucket(out, m)? {
                    out.flush()?;
                }
            }
            RTM_NEWLINK | RTM_DELLINK => {
                remember(m.ty, p);
                self.headers(out, "[LINK]", o)?;
                let r = crate::ip::ipaddr::print_link_message(out, g, true, self.ifindex, m.ty, p)?;
                if r >= 0 {
                    out.flush()?;
                }
            }
            RTM_NEWADDR | RTM_DELADDR => {
                self.headers(out, "[ADDR]", o)?;
                // print_addrinfo's own complaint, without the flush ours does before it.
                if p.len() < IFADDRMSG_LEN {
                    warn(&format!(
                        "BUG: wrong nlmsg len {}",
                        p.len() as i64 - IFADDRMSG_LEN as i64
                    ));
                    return Ok(Ok(()));
                }
                let mark = out.w.pending();
                crate::ip::ipaddr::print_addr_message(out, g, true, self.ifindex, m.ty, p)?;
                flush_if_printed(out, mark)?;
            }
            RTM_NEWADDRLABEL | RTM_DELADDRLABEL => {
                self.headers(out, "[ADDRLABEL]", o)?;
                // print_addrlabel does not fflush.
                other::print_addrlabel(out, m)?;
            }
            RTM_NEWNEIGH | RTM_DELNEIGH | RTM_GETNEIGH => {
                if g.family != AF_UNSPEC && p.first().copied().unwrap_or(0) != g.family {
                    return Ok(Ok(()));
                }
                self.headers(out, "[NEIGH]", o)?;
                let mark = out.w.pending();
                if let Some(n) = self.neigh.accept(m, out)? {
                    let opts = NeighOpts {
                        stats: g.stats,
                        brief: g.brief,
                    };
                    crate::ip::neigh::print::print_neigh(&n, &self.neigh, &opts, out)?;
                }
                flush_if_printed(out, mark)?;
            }
            RTM_NEWPREFIX => {
                self.headers(out, "[PREFIX]", o)?;
                if other::print_prefix(out, g, m)? {
                    out.flush()?;
                }
            }
            RTM_NEWRULE | RTM_DELRULE => {
                self.headers(out, "[RULE]", o)?;
                let mark = out.w.pending();
                if let Some(r) = parse_rule(m) {
                    let f = RuleFilter {
                        family: g.family,
                        ..RuleFilter::default()
                    };
                    if f.accepts(&r.frh, &r.tb) {
                        let opts = RuleOpts { details: g.details };
                        crate::ip::rule::print::print_rule(&r, &opts, out)?;
                    }
                }
                flush_if_printed(out, mark)?;
            }
            NLMSG_TSTAMP => {
                out.raw(format_args!("{}", stamp::recorded(p)))?;
            }
            RTM_NEWNETCONF | RTM_DELNETCONF => {
                self.headers(out, "[NETCONF]", o)?;
                if netconf::print_netconf(out, self.ifindex, m)? {
                    out.flush()?;
                }
            }
            RTM_NEWNSID | RTM_DELNSID => {
                self.headers(out, "[NSID]", o)?;
                let mark = out.w.pending();
                if p.len() < 4 {
                    warn(&format!(
                        "BUG: wrong nlmsg len {} in print_nsid",
                        p.len() as i64 - 4
                    ));
                } else if let Err(e) = print_nsid(out, m, &mut self.nsid_map, &mut self.nsid_sock) {
                    if let Some(t) = e.msg {
                        warn(t.trim_end_matches('\n'));
                    }
                }
                flush_if_printed(out, mark)?;
            }
            RTM_NEWSTATS => {
                self.headers(out, "[STATS]", o)?;
                if other::print_stats(out, m)? {
                    out.flush()?;
                }
            }
            NLMSG_ERROR | NLMSG_NOOP | NLMSG_DONE => {}
            _ => {
                let len = p.len() + 16;
                warn(&format!(
                    "Unknown message: type=0x{:08x}({}) flags=0x{:08x}({}) len=0x{:08x}({})",
                    m.ty, m.ty, m.flags, m.flags, len, len
                ));
            }
        }
        Ok(Ok(()))
    }
}

/// ll_remember_index as iproute2 6.1 has it: a link already in the cache only gets its new
/// flags (ll_entry_update never copies the new name or type), so after a rename, or an
/// event from another namespace with the same index (`all-nsid`), other objects still show
/// the name first learned.
fn remember(ty: u16, p: &[u8]) {
    use crate::ifmap;
    const IFLA_IFNAME: u16 = 3;
    if ty == RTM_NEWLINK {
        if let Some((family, _, index, flags)) = ifmap::ifinfo(p) {
            if index != 0 && ifmap::index_to_flags(index).is_some() {
                let has_name = crate::netlink::attr::AttrIter::new(p.get(16..).unwrap_or(&[]))
                    .any(|a| a.ty == IFLA_IFNAME);
                if !has_name {
                    return;
                }
                let name = ifmap::index_to_name(index);
                let hwtype = ifmap::index_to_type(index).unwrap_or(0);
                let mut h = [0u8; 16];
                h[0] = family;
                h[2..4].copy_from_slice(&hwtype.to_ne_bytes());
                h[4..8].copy_from_slice(&index.to_ne_bytes());
                h[8..12].copy_from_slice(&flags.to_ne_bytes());
                let mut b = crate::netlink::attr::AttrBuf::with_header(&h);
                b.add_str(IFLA_IFNAME, &name);
                ifmap::remember(RTM_NEWLINK, &b.buf);
                return;
            }
        }
    }
    crate::ifmap::remember(ty, p);
}

/// fflush(fp) at the end of a printer that printed: what it wrote (and any header before
/// it) reaches the file now; a header with nothing after it waits for the next flush.
fn flush_if_printed<W: Write + Pending>(out: &mut Printer<W>, mark: usize) -> io::Result<()> {
    if out.w.pending() != mark {
        out.flush()?;
    }
    Ok(())
}
