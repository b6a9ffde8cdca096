//! What the IP tunnel kinds share: ip/tunnel.c (tnl_parse_key) and the pieces link_gre.c,
//! link_gre6.c, link_iptnl.c, link_ip6tnl.c, link_vti.c and link_vti6.c each write out
//! again: the current settings a `set` starts from, remote/local/dev, ttl and tos, the encap
//! options and the IPv6 tunnel options.
//!
//! Each kind keeps its own chain of words: the C files check them in different orders and
//! differ in which words may be abbreviated, and both decide what an abbreviation means.
use super::opts::{explain_fail, get_addr, get_addr_rta, help_of, u32v, InetAddr};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u16, get_u32, get_u8, invarg, AF_INET};
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::req::{ifinfomsg, LinkReq};
use crate::netlink::attr::{table, Attr, AttrBuf, AttrIter};
use crate::netlink::Session;

fn failed_get() -> Error {
    Error::ret(1, "Failed to get existing tunnel info.")
}

/// The tunnel's current IFLA_INFO_DATA when `req` changes a device (no NLM_F_CREATE): every
/// tunnel parser first asks the kernel for it and sends it all again with its changes.
pub(super) fn current(req: &LinkReq) -> Result<Option<Vec<u8>>> {
    if req.is_create() {
        return Ok(None);
    }
    let mut s = Session::open().map_err(|_| failed_get())?;
    let hdr = ifinfomsg(req.family, req.index, 0, 0);
    let answer = s
        .talk_answer(crate::netlink::RTM_GETLINK, 0, &hdr, |m| m.payload.to_vec())
        .map_err(|e| {
            let mut t = e.text;
            t.push_str("Failed to get existing tunnel info.\n");
            Error::raw(1, t, Failure::Return)
        })?;
    let attrs = answer.get(16..).ok_or_else(failed_get)?;
    let li = AttrIter::new(attrs)
        .filter(|a| a.ty == 18)
        .last()
        .ok_or_else(failed_get)?;
    let data = li
        .nested()
        .filter(|a| a.ty == 2)
        .last()
        .ok_or_else(failed_get)?;
    Ok(Some(data.data.to_vec()))
}

/// The current IFLA_INFO_DATA as parse_rtattr_nested leaves it (the last attribute of each
/// type). Each getter is None when the attribute is absent (or too short), and the parsers
/// then keep their default.
pub(super) struct Current<'a>(Vec<Option<Attr<'a>>>);

impl<'a> Current<'a> {
    pub(super) fn new(data: &'a [u8], max: usize) -> Current<'a> {
        Current(table(data, max))
    }
    fn get(&self, ty: u16) -> Option<Attr<'a>> {
        self.0.get(usize::from(ty)).copied().flatten()
    }
    pub(super) fn has(&self, ty: u16) -> bool {
        self.get(ty).is_some()
    }
    pub(super) fn u8(&self, ty: u16) -> Option<u8> {
        self.get(ty).and_then(|a| a.u8())
    }
    pub(super) fn u16(&self, ty: u16) -> Option<u16> {
        self.get(ty).and_then(|a| a.u16())
    }
    pub(super) fn u32(&self, ty: u16) -> Option<u32> {
        self.get(ty).and_then(|a| a.u32())
    }
    pub(super) fn be16(&self, ty: u16) -> Option<u16> {
        self.get(ty).and_then(|a| a.be16())
    }
    pub(super) fn be32(&self, ty: u16) -> Option<u32> {
        self.get(ty).and_then(|a| a.be32())
    }
    /// A GRE/VTI key as it is on the wire (the C code keeps it as a __be32).
    pub(super) fn key(&self, ty: u16) -> Option<[u8; 4]> {
        self.get(ty)
            .and_then(|a| a.data.get(..4))
            .and_then(|b| b.try_into().ok())
    }
    /// get_addr_rta of an address attribute: one of the wrong size or family fails the
    /// whole parse ("goto get_failed").
    pub(super) fn addr(&self, ty: u16, family: u8) -> Result<Option<InetAddr>> {
        self.get(ty)
            .map(|a| get_addr_rta(a.data, family).ok_or_else(failed_get))
            .transpose()
    }
}

/// The kind's help text on stderr, exit 1: what every tunnel parser does with a word it
/// does not know.
pub(super) fn usage(id: &str) -> Error {
    explain_fail("", help_of(id))
}

/// How a parser compares a word with the keywords whose comparison differs between the C
/// files: link_gre.c, link_gre6.c and link_vti*.c use matches() (any abbreviation),
/// link_iptnl.c and link_ip6tnl.c strcmp().
#[derive(Clone, Copy)]
pub(super) enum Cmp {
    Prefix,
    Exact,
}

impl Cmp {
    fn is(self, w: &str, kw: &str) -> bool {
        match self {
            Cmp::Prefix => matches(w, kw),
            Cmp::Exact => w == kw,
        }
    }
    /// `ttl`, `hoplimit` or `hlim`.
    pub(super) fn ttl(self, w: &str) -> bool {
        ["ttl", "hoplimit", "hlim"].iter().any(|k| self.is(w, k))
    }
    /// `tos`, `tclass` or `dsfield`; the strcmp() parsers also take `tc`, and compare
    /// `dsfield` with matches() all the same.
    pub(super) fn tos(self, w: &str) -> bool {
        match self {
            Cmp::Prefix => ["tos", "tclass", "dsfield"].iter().any(|k| matches(w, k)),
            Cmp::Exact => matches!(w, "tos" | "tclass" | "tc") || matches(w, "dsfield"),
        }
    }
}

/// `remote ADDR`, `local ADDR` and `dev NAME`: every tunnel parser checks these three, in
/// this order, next to each other.
#[derive(Default)]
pub(super) struct Endpoints {
    pub(super) local: InetAddr,
    pub(super) remote: InetAddr,
    pub(super) link: u32,
}

impl Endpoints {
    /// Takes `w` if it is one of the three words. `dev` may be abbreviated in every parser,
    /// `remote` and `local` only where `cmp` says so.
    pub(super) fn word(&mut self, w: &str, args: &mut Args, family: u8, cmp: Cmp) -> Result<bool> {
        if cmp.is(w, "remote") {
            self.remote = get_addr(&args.need()?, family)?;
        } else if cmp.is(w, "local") {
            self.local = get_addr(&args.need()?, family)?;
        } else if matches(w, "dev") {
            let v = args.need()?;
            self.link = crate::ifmap::name_to_index(&v);
            if self.link == 0 {
                return Err(Error::exit(255, format!("Cannot find device \"{v}\"")));
            }
        } else {
            return Ok(false);
        }
        Ok(true)
    }
    /// The current local and remote addresses (the link is read by each kind: link_vti.c
    /// reads it as a byte).
    pub(super) fn read(
        &mut self,
        cur: &Current,
        family: u8,
        local: u16,
        remote: u16,
    ) -> Result<()> {
        if let Some(a) = cur.addr(local, family)? {
            self.local = a;
        }
        if let Some(a) = cur.addr(remote, family)? {
            self.remote = a;
        }
        Ok(())
    }
    /// LOCAL then REMOTE, each only when it is an address ("any" is sent as nothing).
    pub(super) fn add(&self, a: &mut AttrBuf, local: u16, remote: u16) {
        if self.local.is_not_unspec() {
            a.add(local, &self.local.bytes);
        }
        if self.remote.is_not_unspec() {
            a.add(remote, &self.remote.bytes);
        }
    }
}

/// The value of `ttl|hoplimit|hlim`: `inherit` is 0. The IPv4 parsers say "invalid TTL",
/// the IPv6 ones "invalid HLIM".
pub(super) fn ttl_value(args: &mut Args, msg: &str) -> Result<u8> {
    let v = args.need()?;
    if v == "inherit" {
        return Ok(0);
    }
    get_u8(&v, 0).ok_or_else(|| invarg(msg, &v))
}

/// The value of `tos|tclass|dsfield` for an IPv4 tunnel: a dsfield name or hex number,
/// `inherit` is 1.
pub(super) fn tos_value(args: &mut Args) -> Result<u8> {
    let v = args.need()?;
    if v == "inherit" {
        return Ok(1);
    }
    crate::names::dsfield_id(&v)
        .map(|t| t as u8)
        .ok_or_else(|| invarg("bad TOS value", &v))
}

/// The value of `fwmark` where it has no `inherit` (link_gre.c, link_iptnl.c, link_vti*.c).
pub(super) fn fwmark_value(args: &mut Args) -> Result<u32> {
    u32v(args, "invalid fwmark\n")
}

/// tnl_parse_key (ip/tunnel.c): a dotted quad or a number; the wire (network order) bytes.
pub(super) fn parse_key(name: &str, key: &str) -> Result<[u8; 4]> {
    if key.contains('.') {
        return match crate::cli::parse::get_addr_1(key, AF_INET).and_then(|p| p.addr) {
            Some(std::net::IpAddr::V4(a)) => Ok(a.octets()),
            _ => Err(Error::exit(
                1,
                format!("Error: an IP address is expected rather than \"{key}\""),
            )),
        };
    }
    match get_u32(key, 0) {
        Some(v) => Ok(v.to_be_bytes()),
        None => Err(Error::exit(
            255,
            format!("invalid value for \"{name}\": \"{key}\"; it should be an unsigned integer"),
        )),
    }
}

const TUNNEL_ENCAP_FOU: u16 = 1;
const TUNNEL_ENCAP_GUE: u16 = 2;
const TUNNEL_ENCAP_FLAG_CSUM: u16 = 1;
pub(super) const TUNNEL_ENCAP_FLAG_CSUM6: u16 = 2;
const TUNNEL_ENCAP_FLAG_REMCSUM: u16 = 4;

/// The encap options (`encap fou|gue|none`, `encap-sport`, `encap-dport`, `[no]encap-csum`
/// ...), compared with strcmp() in every parser. Their attributes are ENCAP_TYPE, _FLAGS,
/// _SPORT and _DPORT, consecutive in both attribute spaces: each method takes the first.
pub(super) struct Encap {
    ty: u16,
    flags: u16,
    sport: u16,
    dport: u16,
}

impl Encap {
    /// `flags`: the IPv6 parsers start from TUNNEL_ENCAP_FLAG_CSUM6, the IPv4 ones from 0.
    pub(super) fn new(flags: u16) -> Encap {
        Encap {
            ty: 0,
            flags,
            sport: 0,
            dport: 0,
        }
    }
    /// The current settings. The ports are read in host order and sent again with htons()
    /// as the C code does, so a `set` swaps their bytes.
    pub(super) fn read(&mut self, cur: &Current, first: u16) {
        self.ty = cur.u16(first).unwrap_or(self.ty);
        self.flags = cur.u16(first + 1).unwrap_or(self.flags);
        self.sport = cur.u16(first + 2).unwrap_or(self.sport);
        self.dport = cur.u16(first + 3).unwrap_or(self.dport);
    }
    /// Takes `w` if it is an encap word.
    pub(super) fn word(&mut self, w: &str, args: &mut Args) -> Result<bool> {
        match w {
            "noencap" => self.ty = 0,
            "encap" => {
                let v = args.need()?;
                self.ty = match v.as_str() {
                    "fou" => TUNNEL_ENCAP_FOU,
                    "gue" => TUNNEL_ENCAP_GUE,
                    "none" => 0,
                    _ => return Err(invarg("Invalid encap type.", &v)),
                };
            }
            "encap-sport" => {
                let v = args.need()?;
                self.sport = if v == "auto" {
                    0
                } else {
                    get_u16(&v, 0).ok_or_else(|| invarg("Invalid source port.", &v))?
                };
            }
            "encap-dport" => {
                let v = args.need()?;
                self.dport =
                    get_u16(&v, 0).ok_or_else(|| invarg("Invalid destination port.", &v))?;
            }
            "encap-csum" => self.flags |= TUNNEL_ENCAP_FLAG_CSUM,
            "noencap-csum" => self.flags &= !TUNNEL_ENCAP_FLAG_CSUM,
            "encap-udp6-csum" => self.flags |= TUNNEL_ENCAP_FLAG_CSUM6,
            "noencap-udp6-csum" => self.flags &= !TUNNEL_ENCAP_FLAG_CSUM6,
            "encap-remcsum" => self.flags |= TUNNEL_ENCAP_FLAG_REMCSUM,
            "noencap-remcsum" => self.flags &= !TUNNEL_ENCAP_FLAG_REMCSUM,
            _ => return Ok(false),
        }
        Ok(true)
    }
    pub(super) fn add(&self, a: &mut AttrBuf, first: u16) {
        a.add_u16(first, self.ty);
        a.add_u16(first + 1, self.flags);
        a.add(first + 2, &self.sport.to_be_bytes());
        a.add(first + 3, &self.dport.to_be_bytes());
    }
}

/// IP6_TNL_F_* (linux/ip6_tunnel.h).
const IP6_TNL_F_IGN_ENCAP_LIMIT: u32 = 0x1;
const IP6_TNL_F_USE_ORIG_TCLASS: u32 = 0x2;
const IP6_TNL_F_USE_ORIG_FLOWLABEL: u32 = 0x4;
const IP6_TNL_F_RCV_DSCP_COPY: u32 = 0x10;
const IP6_TNL_F_USE_ORIG_FWMARK: u32 = 0x20;
const IP6_TNL_F_ALLOW_LOCAL_REMOTE: u32 = 0x40;
/// IP6_FLOWINFO_TCLASS and _FLOWLABEL in host order: flowinfo is kept in host order here
/// and sent big-endian.
const IP6_FLOWINFO_TCLASS: u32 = 0x0FF0_0000;
const IP6_FLOWINFO_FLOWLABEL: u32 = 0x000F_FFFF;

/// What link_ip6tnl.c and link_gre6.c share: hop limit, encap limit, traffic class and flow
/// label (flowinfo), the IP6_TNL_F_* flags and fwmark, with the words that set them. Their
/// attributes: TTL, then ENCAP_LIMIT, FLOWINFO and FLAGS, consecutive in both attribute
/// spaces (IFLA_IPTUN_*, IFLA_GRE_*); `read` and `add` take the TTL and the first of the
/// three. Each kind reads and sends fwmark itself.
pub(super) struct V6Opts {
    pub(super) hop_limit: u8,
    pub(super) encap_limit: u8,
    pub(super) flowinfo: u32,
    pub(super) flags: u32,
    pub(super) fwmark: u32,
}

impl V6Opts {
    /// DEFAULT_TNL_HOP_LIMIT and IPV6_DEFAULT_TNL_ENCAP_LIMIT.
    pub(super) fn new() -> V6Opts {
        V6Opts {
            hop_limit: 64,
            encap_limit: 4,
            flowinfo: 0,
            flags: 0,
            fwmark: 0,
        }
    }
    pub(super) fn read(&mut self, cur: &Current, ttl: u16, encap_limit: u16) {
        self.hop_limit = cur.u8(ttl).unwrap_or(self.hop_limit);
        self.encap_limit = cur.u8(encap_limit).unwrap_or(self.encap_limit);
        self.flowinfo = cur.be32(encap_limit + 1).unwrap_or(self.flowinfo);
        self.flags = cur.u32(encap_limit + 2).unwrap_or(self.flags);
    }
    /// The value of `ttl|hoplimit|hlim`.
    pub(super) fn hop_limit(&mut self, args: &mut Args) -> Result<()> {
        self.hop_limit = ttl_value(args, "invalid HLIM\n")?;
        Ok(())
    }
    /// The value of `tos|tclass|dsfield`: a hex number or `inherit`.
    pub(super) fn tclass(&mut self, args: &mut Args) -> Result<()> {
        let v = args.need()?;
        self.flowinfo &= !IP6_FLOWINFO_TCLASS;
        if v == "inherit" {
            self.flags |= IP6_TNL_F_USE_ORIG_TCLASS;
        } else {
            let t = get_u8(&v, 16).ok_or_else(|| invarg("invalid TClass", &v))?;
            self.flowinfo |= (u32::from(t) << 20) & IP6_FLOWINFO_TCLASS;
            self.flags &= !IP6_TNL_F_USE_ORIG_TCLASS;
        }
        Ok(())
    }
    /// Takes `w` if it is `encaplimit`, `flowlabel|fl`, `dscp`, `fwmark` or
    /// `[no]allow-localremote`. The C files check these whole words (strcmp()) at different
    /// places in their chains; no other check there takes one of them, so checking them
    /// together here changes nothing.
    ///
    /// `check_elim`: link_gre6.c rejects a bad encaplimit ("invalid ELIM"); link_ip6tnl.c
    /// tests get_u8() < -1, which never holds, and sends whatever was on its stack (0 here).
    pub(super) fn word(&mut self, w: &str, args: &mut Args, check_elim: bool) -> Result<bool> {
        match w {
            "encaplimit" => {
                let v = args.need()?;
                if v == "none" {
                    self.flags |= IP6_TNL_F_IGN_ENCAP_LIMIT;
                } else {
                    self.encap_limit = match get_u8(&v, 0) {
                        Some(l) => l,
                        None if check_elim => return Err(invarg("invalid ELIM", &v)),
                        None => 0,
                    };
                    self.flags &= !IP6_TNL_F_IGN_ENCAP_LIMIT;
                }
            }
            "flowlabel" | "fl" => {
                let v = args.need()?;
                self.flowinfo &= !IP6_FLOWINFO_FLOWLABEL;
                if v == "inherit" {
                    self.flags |= IP6_TNL_F_USE_ORIG_FLOWLABEL;
                } else {
                    let l = get_u32(&v, 16)
                        .filter(|l| *l <= 0xFFFFF)
                        .ok_or_else(|| invarg("invalid Flowlabel", &v))?;
                    self.flowinfo |= l & IP6_FLOWINFO_FLOWLABEL;
                    self.flags &= !IP6_TNL_F_USE_ORIG_FLOWLABEL;
                }
            }
            "dscp" => {
                let v = args.need()?;
                if v != "inherit" {
                    return Err(invarg("not inherit", &v));
                }
                self.flags |= IP6_TNL_F_RCV_DSCP_COPY;
            }
            "fwmark" => {
                let v = args.need()?;
                if v == "inherit" {
                    self.flags |= IP6_TNL_F_USE_ORIG_FWMARK;
                    self.fwmark = 0;
                } else {
                    self.fwmark = get_u32(&v, 0).ok_or_else(|| invarg("invalid fwmark\n", &v))?;
                    self.flags &= !IP6_TNL_F_USE_ORIG_FWMARK;
                }
            }
            "allow-localremote" => self.flags |= IP6_TNL_F_ALLOW_LOCAL_REMOTE,
            "noallow-localremote" => self.flags &= !IP6_TNL_F_ALLOW_LOCAL_REMOTE,
            _ => return Ok(false),
        }
        Ok(true)
    }
    /// TTL, ENCAP_LIMIT, FLOWINFO, FLAGS: both parsers send these four in a row (fwmark
    /// comes later, at a different place in each).
    pub(super) fn add(&self, a: &mut AttrBuf, ttl: u16, encap_limit: u16) {
        a.add_u8(ttl, self.hop_limit);
        a.add_u8(encap_limit, self.encap_limit);
        a.add(encap_limit + 1, &self.flowinfo.to_be_bytes());
        a.add_u32(encap_limit + 2, self.flags);
    }
}

#[cfg(test)]
mod tests;
