//! The route selector of `ip route list|flush|save` and the per-message test
//! (ip/iproute.c `filter`, iproute_list_flush_or_save's parser, filter_nlmsg).
use super::addr::{get_prefix, Addr};
use super::rtm::*;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u32, invarg, AF_INET6, AF_UNSPEC};
use crate::error::{Error, Failure, Result};
use crate::ip::read_family;
use crate::netlink::attr::{Attr, AttrBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// iproute2's inet_prefix as the filter keeps it.
#[derive(Debug, Clone, Copy, Default)]
pub struct InetPrefix {
    pub family: u8,
    pub bitlen: i32,
    /// PREFIXLEN_SPECIFIED.
    pub len_given: bool,
    pub data: [u8; 16],
}

impl InetPrefix {
    pub fn from_prefix(p: &Addr) -> InetPrefix {
        let mut data = [0u8; 16];
        let n = p.data.len().min(16);
        data[..n].copy_from_slice(&p.data[..n]);
        InetPrefix {
            family: p.family,
            bitlen: p.bitlen as i32,
            len_given: p.len_given,
            data,
        }
    }
    fn set(&self) -> bool {
        self.family != 0 || self.len_given
    }
}

/// inet_addr_match: the first `bits` bits agree.
pub fn addr_match(a: &[u8; 16], b: &[u8; 16], bits: i32) -> bool {
    if bits <= 0 {
        return true;
    }
    let bits = bits.min(128) as usize;
    let bytes = bits / 8;
    if a[..bytes] != b[..bytes] {
        return false;
    }
    let rem = bits % 8;
    if rem == 0 {
        return true;
    }
    let mask = 0xffu8 << (8 - rem);
    (a[bytes] ^ b[bytes]) & mask == 0
}

/// C's `1 << type` on an int, widened to the 64-bit typemask.
pub fn type_bit(t: u8) -> u64 {
    1i32.wrapping_shl(t as u32) as i64 as u64
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub tb: u32,
    /// 0: not cloned, 1: cached routes only, 2: `ip route get` (no test).
    pub cloned: u8,
    pub flush: bool,
    pub protocol: u32,
    pub protocolmask: u32,
    pub scope: u32,
    pub scopemask: u32,
    pub typemask: u64,
    pub tos: u32,
    pub tosmask: u32,
    pub iif: u32,
    pub iifmask: u32,
    pub oif: u32,
    pub oifmask: u32,
    pub mark: u32,
    pub markmask: u32,
    pub realm: u32,
    pub realmmask: u32,
    pub metric: u32,
    pub metricmask: u32,
    pub rprefsrc: InetPrefix,
    pub rvia: InetPrefix,
    pub rdst: InetPrefix,
    pub mdst: InetPrefix,
    pub rsrc: InetPrefix,
    pub msrc: InetPrefix,
}

/// `static int ip6_multiple_tables` of filter_nlmsg: once set it stays for the process.
static IP6_MULTIPLE_TABLES: AtomicBool = AtomicBool::new(false);

fn route_usage() -> Error {
    super::usage()
}

/// ipvrf_get_table: the table of a VRF device, 0 when the name is not a VRF.
/// The kernel's refusal is not printed (rtnl_talk_suppress_rtnl_errmsg).
pub fn vrf_table(nl: &mut crate::netlink::Session, family: u8, name: &str) -> u32 {
    let mut hdr = [0u8; 16];
    hdr[0] = family;
    let mut req = AttrBuf::with_header(&hdr);
    req.add_str(crate::ifmap::IFLA_IFNAME, name);
    let r = nl.talk_answer(
        crate::netlink::RTM_GETLINK,
        0,
        &req.buf,
        |m| -> Option<u32> {
            let attrs = m.payload.get(16..)?;
            let li = crate::netlink::attr::AttrIter::new(attrs)
                .filter(|a| a.ty == 18)
                .last()?;
            let mut kind = None;
            let mut data = None;
            for a in li.nested() {
                match a.ty {
                    1 => kind = Some(a.str()),
                    2 => data = Some(a),
                    _ => {}
                }
            }
            if kind? != "vrf" {
                return Some(0);
            }
            let t = data?
                .nested()
                .filter(|a| a.ty == 1)
                .last()
                .and_then(|a| a.u32())
                .unwrap_or(0);
            if t == 0 {
                crate::error::warn(&format!("BUG: VRF {name} is missing table id"));
            }
            Some(t)
        },
    );
    match r {
        Ok(t) => t.unwrap_or(0),
        Err(e) if e.errno == libc::ENODEV && name == "default" => RT_TABLE_MAIN,
        Err(_) => 0,
    }
}

/// What the selector parser found besides the filter itself.
pub struct Selector {
    pub filter: Filter,
    pub dump_family: u8,
}

impl Filter {
    /// iproute_reset_filter(0).
    pub fn new() -> Filter {
        let mut f = Filter::default();
        f.mdst.bitlen = -1;
        f.msrc.bitlen = -1;
        f
    }

    /// The argument loop of iproute_list_flush_or_save, then the device lookups.
    pub fn parse(
        args: &mut Args,
        family: u8,
        vrf: &mut dyn FnMut(&str) -> u32,
    ) -> Result<Selector> {
        let mut f = Filter::new();
        f.tb = RT_TABLE_MAIN;
        let mut dump_family = family;
        let mut id: Option<String> = None;
        let mut od: Option<String> = None;
        let mut mark = 0u32;
        while let Some(w) = args.next() {
            if matches(&w, "table") {
                let v = args.need()?;
                match crate::names::table_id(&v) {
                    Some(t) => f.tb = t,
                    None => {
                        if v == "all" {
                            f.tb = 0;
                        } else if v == "cache" {
                            f.cloned = 1;
                        } else if v == "help" {
                            return Err(route_usage());
                        } else {
                            return Err(invarg("table id value is invalid\n", &v));
                        }
                    }
                }
            } else if matches(&w, "vrf") {
                let v = args.need()?;
                let t = vrf(&v);
                if t == 0 {
                    return Err(invarg("Invalid VRF\n", &v));
                }
                f.tb = t;
                f.typemask = !(type_bit(RTN_LOCAL) | type_bit(RTN_BROADCAST));
            } else if matches(&w, "cached") || matches(&w, "cloned") {
                f.cloned = 1;
            } else if w == "tos" || matches(&w, "dsfield") {
                let v = args.need()?;
                let Some(t) = crate::names::dsfield_id(&v) else {
                    return Err(invarg("TOS value is invalid\n", &v));
                };
                f.tos = t;
                f.tosmask = u32::MAX;
            } else if matches(&w, "protocol") {
                let v = args.need()?;
                f.protocolmask = u32::MAX;
                let p = match crate::names::proto_id(&v) {
                    Some(p) => p,
                    None => {
                        if v != "all" {
                            return Err(invarg("invalid \"protocol\"\n", &v));
                        }
                        f.protocolmask = 0;
                        0
                    }
                };
                f.protocol = p;
            } else if matches(&w, "scope") {
                let v = args.need()?;
                f.scopemask = u32::MAX;
                let s = match crate::names::scope_id(&v) {
                    Some(s) => s,
                    None => {
                        if v != "all" {
                            return Err(invarg("invalid \"scope\"\n", &v));
                        }
                        f.scopemask = 0;
                        RT_SCOPE_NOWHERE as u32
                    }
                };
                f.scope = s;
            } else if matches(&w, "type") {
                let v = args.need()?;
                let Some(t) = rtntype_a2n(&v) else {
                    return Err(invarg("node type value is invalid\n", &v));
                };
                f.typemask = type_bit(t);
            } else if w == "dev" || w == "oif" {
                od = Some(args.need()?);
            } else if w == "iif" {
                id = Some(args.need()?);
            } else if w == "mark" {
                let v = args.need()?;
                let Some(m) = get_u32(&v, 0) else {
                    return Err(invarg("invalid mark value", &v));
                };
                mark = m;
                f.markmask = u32::MAX;
            } else if matches(&w, "metric") || matches(&w, "priority") || w == "preference" {
                let v = args.need()?;
                let Some(m) = get_u32(&v, 0) else {
                    return Err(invarg("\"metric\" value is invalid\n", &v));
                };
                f.metric = m;
                f.metricmask = u32::MAX;
            } else if w == "via" {
                let mut v = args.need()?;
                let mut fam = read_family(&v);
                if fam == AF_UNSPEC {
                    fam = dump_family;
                } else {
                    v = args.need()?;
                }
                f.rvia = InetPrefix::from_prefix(&get_prefix(&v, fam)?);
            } else if w == "src" {
                let v = args.need()?;
                f.rprefsrc = InetPrefix::from_prefix(&get_prefix(&v, dump_family)?);
            } else if matches(&w, "realms") {
                let v = args.need()?;
                let Some(r) = get_rt_realms_or_raw(&v) else {
                    return Err(invarg("invalid realms\n", &v));
                };
                f.realm = r;
                f.realmmask = u32::MAX;
                if f.realm & 0xFFFF == 0 && v.ends_with('/') {
                    f.realmmask &= !0xFFFF;
                }
                if f.realm & 0xFFFF_0000 == 0 && (!v.contains('/') || v.starts_with('/')) {
                    f.realmmask &= !0xFFFF_0000;
                }
            } else if matches(&w, "from") {
                let v = args.need()?;
                if matches(&v, "root") {
                    let v = args.need()?;
                    f.rsrc = InetPrefix::from_prefix(&get_prefix(&v, dump_family)?);
                } else if matches(&v, "match") {
                    let v = args.need()?;
                    f.msrc = InetPrefix::from_prefix(&get_prefix(&v, dump_family)?);
                } else {
                    let v = if matches(&v, "exact") {
                        args.need()?
                    } else {
                        v
                    };
                    f.msrc = InetPrefix::from_prefix(&get_prefix(&v, dump_family)?);
                    f.rsrc = f.msrc;
                }
            } else {
                let v = if matches(&w, "to") { args.need()? } else { w };
                if matches(&v, "root") {
                    let v = args.need()?;
                    f.rdst = InetPrefix::from_prefix(&get_prefix(&v, dump_family)?);
                } else if matches(&v, "match") {
                    let v = args.need()?;
                    f.mdst = InetPrefix::from_prefix(&get_prefix(&v, dump_family)?);
                } else {
                    let v = if matches(&v, "exact") {
                        args.need()?
                    } else {
                        v
                    };
                    f.mdst = InetPrefix::from_prefix(&get_prefix(&v, dump_family)?);
                    f.rdst = f.mdst;
                }
            }
        }
        if dump_family == AF_UNSPEC && f.tb != 0 {
            dump_family = crate::cli::parse::AF_INET;
        }
        if let Some(d) = id {
            let idx = crate::ifmap::name_to_index(&d);
            if idx == 0 {
                return Err(nodev(&d));
            }
            f.iif = idx;
            f.iifmask = u32::MAX;
        }
        if let Some(d) = od {
            let idx = crate::ifmap::name_to_index(&d);
            if idx == 0 {
                return Err(nodev(&d));
            }
            f.oif = idx;
            f.oifmask = u32::MAX;
        }
        f.mark = mark;
        Ok(Selector {
            filter: f,
            dump_family,
        })
    }

    /// iproute_dump_filter: what the dump request itself carries.
    pub fn dump_request(&self, family: u8) -> Vec<u8> {
        let r = RtMsg {
            family,
            protocol: self.protocol as u8,
            flags: if self.cloned != 0 { RTM_F_CLONED } else { 0 },
            ..RtMsg::default()
        };
        let mut req = AttrBuf::with_header(&r.bytes());
        if self.tb != 0 {
            req.add_u32(RTA_TABLE, self.tb);
        }
        if self.oif != 0 {
            req.add_u32(RTA_OIF, self.oif);
        }
        req.buf
    }

    /// filter_nlmsg: true when the route passes the selector.
    pub fn accepts(&self, r: &RtMsg, tb: &Tb, preferred_family: u8) -> bool {
        let table = rtm_get_table(r, tb);
        if preferred_family != AF_UNSPEC && r.family != preferred_family {
            return false;
        }
        if r.family == AF_INET6 && table != RT_TABLE_MAIN {
            IP6_MULTIPLE_TABLES.store(true, Ordering::Relaxed);
        }
        if self.cloned == 2 {
            // `ip route get` never filters: filter.cloned == !(flags & CLONED) is never true.
        } else if (self.cloned != 0) == (r.flags & RTM_F_CLONED == 0) {
            return false;
        }
        if r.family == AF_INET6 && !IP6_MULTIPLE_TABLES.load(Ordering::Relaxed) {
            if self.tb != 0 {
                if self.tb == RT_TABLE_LOCAL {
                    if r.rtype != RTN_LOCAL {
                        return false;
                    }
                } else if self.tb == RT_TABLE_MAIN {
                    if r.rtype == RTN_LOCAL {
                        return false;
                    }
                } else {
                    return false;
                }
            }
        } else if self.tb > 0 && self.tb != table {
            return false;
        }
        if (self.protocol ^ r.protocol as u32) & self.protocolmask != 0 {
            return false;
        }
        if (self.scope ^ r.scope as u32) & self.scopemask != 0 {
            return false;
        }
        if self.typemask != 0 && self.typemask & type_bit(r.rtype) == 0 {
            return false;
        }
        if (self.tos ^ r.tos as u32) & self.tosmask != 0 {
            return false;
        }
        let dst_len = r.dst_len as i32;
        let src_len = r.src_len as i32;
        if self.rdst.family != 0 {
            if r.family != self.rdst.family || self.rdst.bitlen > dst_len {
                return false;
            }
        } else if self.rdst.len_given && self.rdst.bitlen > dst_len {
            return false;
        }
        if self.mdst.family != 0 {
            if r.family != self.mdst.family || (self.mdst.bitlen >= 0 && self.mdst.bitlen < dst_len)
            {
                return false;
            }
        } else if self.mdst.len_given && self.mdst.bitlen >= 0 && self.mdst.bitlen < dst_len {
            return false;
        }
        if self.rsrc.family != 0 {
            if r.family != self.rsrc.family || self.rsrc.bitlen > src_len {
                return false;
            }
        } else if self.rsrc.len_given && self.rsrc.bitlen > src_len {
            return false;
        }
        if self.msrc.family != 0 {
            if r.family != self.msrc.family || (self.msrc.bitlen >= 0 && self.msrc.bitlen < src_len)
            {
                return false;
            }
        } else if self.msrc.len_given && self.msrc.bitlen >= 0 && self.msrc.bitlen < src_len {
            return false;
        }
        if self.rvia.family != 0 {
            let mut fam = r.family;
            if let Some(v) = tb[RTA_VIA as usize] {
                fam = v.data.first().copied().unwrap_or(0);
            }
            if fam != self.rvia.family {
                return false;
            }
        }
        if self.rprefsrc.family != 0 && r.family != self.rprefsrc.family {
            return false;
        }
        let hbytes = (host_len(r.family) / 8) as usize;
        let dst = copy16(tb[RTA_DST as usize], (r.dst_len as usize).div_ceil(8));
        let src = if self.rsrc.set() || self.msrc.set() {
            copy16(tb[RTA_SRC as usize], (r.src_len as usize).div_ceil(8))
        } else {
            [0; 16]
        };
        let mut via = [0u8; 16];
        if self.rvia.bitlen > 0 {
            via = copy16(tb[RTA_GATEWAY as usize], hbytes);
            if let Some(v) = tb[RTA_VIA as usize] {
                via = [0; 16];
                let d = v.data.get(2..).unwrap_or(&[]);
                let n = d.len().min(16);
                via[..n].copy_from_slice(&d[..n]);
            }
        }
        let prefsrc = if self.rprefsrc.bitlen > 0 {
            copy16(tb[RTA_PREFSRC as usize], hbytes)
        } else {
            [0; 16]
        };
        if self.rdst.set() && !addr_match(&dst, &self.rdst.data, self.rdst.bitlen) {
            return false;
        }
        if self.mdst.set() && !addr_match(&dst, &self.mdst.data, dst_len) {
            return false;
        }
        if self.rsrc.set() && !addr_match(&src, &self.rsrc.data, self.rsrc.bitlen) {
            return false;
        }
        if self.msrc.set() && self.msrc.bitlen >= 0 && !addr_match(&src, &self.msrc.data, src_len) {
            return false;
        }
        if self.rvia.family != 0 && !addr_match(&via, &self.rvia.data, self.rvia.bitlen) {
            return false;
        }
        if self.rprefsrc.family != 0
            && !addr_match(&prefsrc, &self.rprefsrc.data, self.rprefsrc.bitlen)
        {
            return false;
        }
        let val = |ty: u16| attr_u32(tb, ty).unwrap_or(0);
        if self.realmmask != 0 && (val(RTA_FLOW) ^ self.realm) & self.realmmask != 0 {
            return false;
        }
        if self.iifmask != 0 && (val(RTA_IIF) ^ self.iif) & self.iifmask != 0 {
            return false;
        }
        if self.oifmask != 0 && (val(RTA_OIF) ^ self.oif) & self.oifmask != 0 {
            return false;
        }
        if self.markmask != 0 && (val(RTA_MARK) ^ self.mark) & self.markmask != 0 {
            return false;
        }
        if self.metricmask != 0 && (val(RTA_PRIORITY) ^ self.metric) & self.metricmask != 0 {
            return false;
        }
        if self.flush
            && r.family == AF_INET6
            && r.dst_len == 0
            && r.rtype == RTN_UNREACHABLE
            && attr_u32(tb, RTA_PRIORITY) == Some(u32::MAX)
        {
            return false;
        }
        true
    }
}

fn copy16(a: Option<Attr>, n: usize) -> [u8; 16] {
    let mut out = [0u8; 16];
    if let Some(a) = a {
        let n = n.min(16).min(a.data.len());
        out[..n].copy_from_slice(&a.data[..n]);
    }
    out
}

/// nodev (lib/utils.c): the message, then the caller's `return -1` (exit 1).
pub fn nodev(dev: &str) -> Error {
    Error::raw(
        1,
        format!("Cannot find device \"{dev}\"\n"),
        Failure::Return,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_match() {
        let mut a = [0u8; 16];
        let mut b = [0u8; 16];
        a[..4].copy_from_slice(&[10, 1, 2, 3]);
        b[..4].copy_from_slice(&[10, 1, 0, 0]);
        assert!(addr_match(&a, &b, 16));
        assert!(!addr_match(&a, &b, 24));
        assert!(addr_match(&a, &b, 0));
        assert!(addr_match(&a, &b, 22) == (2 >> 2 == 0));
    }

    #[test]
    fn int_shift_like_c() {
        assert_eq!(type_bit(1), 2);
        assert_eq!(type_bit(31), 0xFFFF_FFFF_8000_0000);
        assert_eq!(type_bit(33), 2);
    }
}
