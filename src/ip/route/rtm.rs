//! The rtmsg header, RTA_*/RTAX_* numbers, the attribute table of one route and the
//! address formatting iproute2 uses for routes (lib/utils.c rt_addr_n2a_r, glibc inet_ntop).
use crate::cli::parse::{AF_INET, AF_INET6, AF_MPLS};
use crate::netlink::attr::Attr;

pub const RTA_DST: u16 = 1;
pub const RTA_SRC: u16 = 2;
pub const RTA_IIF: u16 = 3;
pub const RTA_OIF: u16 = 4;
pub const RTA_GATEWAY: u16 = 5;
pub const RTA_PRIORITY: u16 = 6;
pub const RTA_PREFSRC: u16 = 7;
pub const RTA_METRICS: u16 = 8;
pub const RTA_MULTIPATH: u16 = 9;
pub const RTA_FLOW: u16 = 11;
pub const RTA_CACHEINFO: u16 = 12;
pub const RTA_TABLE: u16 = 15;
pub const RTA_MARK: u16 = 16;
pub const RTA_VIA: u16 = 18;
pub const RTA_NEWDST: u16 = 19;
pub const RTA_PREF: u16 = 20;
pub const RTA_ENCAP_TYPE: u16 = 21;
pub const RTA_ENCAP: u16 = 22;
pub const RTA_EXPIRES: u16 = 23;
pub const RTA_UID: u16 = 25;
pub const RTA_TTL_PROPAGATE: u16 = 26;
pub const RTA_IP_PROTO: u16 = 27;
pub const RTA_SPORT: u16 = 28;
pub const RTA_DPORT: u16 = 29;
pub const RTA_NH_ID: u16 = 30;
pub const RTA_MAX: usize = 30;

pub const RTAX_LOCK: u16 = 1;
pub const RTAX_MTU: u16 = 2;
pub const RTAX_WINDOW: u16 = 3;
pub const RTAX_RTT: u16 = 4;
pub const RTAX_RTTVAR: u16 = 5;
pub const RTAX_SSTHRESH: u16 = 6;
pub const RTAX_CWND: u16 = 7;
pub const RTAX_ADVMSS: u16 = 8;
pub const RTAX_REORDERING: u16 = 9;
pub const RTAX_HOPLIMIT: u16 = 10;
pub const RTAX_INITCWND: u16 = 11;
pub const RTAX_FEATURES: u16 = 12;
pub const RTAX_RTO_MIN: u16 = 13;
pub const RTAX_INITRWND: u16 = 14;
pub const RTAX_QUICKACK: u16 = 15;
pub const RTAX_CC_ALGO: u16 = 16;
pub const RTAX_FASTOPEN_NO_COOKIE: u16 = 17;
pub const RTAX_MAX: usize = 17;

pub const RTN_UNSPEC: u8 = 0;
pub const RTN_UNICAST: u8 = 1;
pub const RTN_LOCAL: u8 = 2;
pub const RTN_BROADCAST: u8 = 3;
pub const RTN_ANYCAST: u8 = 4;
pub const RTN_MULTICAST: u8 = 5;
pub const RTN_UNREACHABLE: u8 = 7;
pub const RTN_NAT: u8 = 10;

pub const RT_TABLE_UNSPEC: u32 = 0;
pub const RT_TABLE_MAIN: u32 = 254;
pub const RT_TABLE_LOCAL: u32 = 255;

pub const RT_SCOPE_UNIVERSE: u8 = 0;
pub const RT_SCOPE_LINK: u8 = 253;
pub const RT_SCOPE_HOST: u8 = 254;
pub const RT_SCOPE_NOWHERE: u8 = 255;

pub const RTPROT_BOOT: u8 = 3;

pub const RTNH_F_DEAD: u32 = 1;
pub const RTNH_F_PERVASIVE: u32 = 2;
pub const RTNH_F_ONLINK: u32 = 4;
pub const RTNH_F_OFFLOAD: u32 = 8;
pub const RTNH_F_LINKDOWN: u32 = 16;
pub const RTNH_F_UNRESOLVED: u32 = 32;
pub const RTNH_F_TRAP: u32 = 64;
pub const RTM_F_NOTIFY: u32 = 0x100;
pub const RTM_F_CLONED: u32 = 0x200;
pub const RTM_F_LOOKUP_TABLE: u32 = 0x1000;
pub const RTM_F_FIB_MATCH: u32 = 0x2000;
pub const RTM_F_OFFLOAD: u32 = 0x4000;
pub const RTM_F_TRAP: u32 = 0x8000;
pub const RTM_F_OFFLOAD_FAILED: u32 = 0x2000_0000;

pub const RTNL_FAMILY_IPMR: u8 = 128;
pub const RTNL_FAMILY_IP6MR: u8 = 129;

pub const RTMSG_LEN: usize = 12;

/// struct rtmsg.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RtMsg {
    pub family: u8,
    pub dst_len: u8,
    pub src_len: u8,
    pub tos: u8,
    pub table: u8,
    pub protocol: u8,
    pub scope: u8,
    pub rtype: u8,
    pub flags: u32,
}

impl RtMsg {
    pub fn parse(p: &[u8]) -> Option<RtMsg> {
        let h = p.get(..RTMSG_LEN)?;
        Some(RtMsg {
            family: h[0],
            dst_len: h[1],
            src_len: h[2],
            tos: h[3],
            table: h[4],
            protocol: h[5],
            scope: h[6],
            rtype: h[7],
            flags: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
        })
    }
    pub fn bytes(&self) -> [u8; RTMSG_LEN] {
        let f = self.flags.to_ne_bytes();
        [
            self.family,
            self.dst_len,
            self.src_len,
            self.tos,
            self.table,
            self.protocol,
            self.scope,
            self.rtype,
            f[0],
            f[1],
            f[2],
            f[3],
        ]
    }
}

/// parse_rtattr(tb, RTA_MAX, ...): the first attribute of each type, on the stack.
pub type Tb<'a> = [Option<Attr<'a>>; RTA_MAX + 1];

pub fn parse_tb(buf: &[u8]) -> Tb<'_> {
    crate::netlink::attr::table_of(buf)
}

pub fn attr_u32(tb: &Tb, ty: u16) -> Option<u32> {
    tb[ty as usize].and_then(|a| a.u32())
}

/// rtm_get_table: RTA_TABLE wins over the header's 8-bit table.
pub fn rtm_get_table(r: &RtMsg, tb: &Tb) -> u32 {
    attr_u32(tb, RTA_TABLE).unwrap_or(r.table as u32)
}

/// get_real_family: multicast dumps come with the IPMR/IP6MR families.
pub fn get_real_family(rtype: u8, family: u8) -> u8 {
    if rtype != RTN_MULTICAST {
        return family;
    }
    match family {
        RTNL_FAMILY_IPMR => AF_INET,
        RTNL_FAMILY_IP6MR => AF_INET6,
        f => f,
    }
}

/// af_bit_len as an int (0 for families without addresses).
pub fn host_len(family: u8) -> u32 {
    match family {
        AF_INET6 => 128,
        AF_INET => 32,
        AF_MPLS => 20,
        _ => 0,
    }
}

fn padded<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut a = [0u8; N];
    let n = b.len().min(N);
    a[..n].copy_from_slice(&b[..n]);
    a
}

pub use crate::inet::{addr_n2a, format_host, ntop6};
pub use crate::output::color::family_color;

/// rtnl_rtntype_n2a (ip/rtm_map.c).
pub fn rtntype_n2a(id: u8) -> String {
    if crate::names::numeric() {
        return id.to_string();
    }
    match id {
        0 => "none",
        1 => "unicast",
        2 => "local",
        3 => "broadcast",
        4 => "anycast",
        5 => "multicast",
        6 => "blackhole",
        7 => "unreachable",
        8 => "prohibit",
        9 => "throw",
        10 => "nat",
        11 => "xresolve",
        _ => return id.to_string(),
    }
    .to_string()
}

/// rtnl_rtntype_a2n (ip/rtm_map.c): names in its order, else a number up to 255.
pub fn rtntype_a2n(arg: &str) -> Option<u8> {
    use crate::cli::matches::matches;
    let t = if arg == "local" {
        2
    } else if arg == "nat" {
        10
    } else if matches(arg, "broadcast") || arg == "brd" {
        3
    } else if matches(arg, "anycast") {
        4
    } else if matches(arg, "multicast") {
        5
    } else if matches(arg, "prohibit") {
        8
    } else if matches(arg, "unreachable") {
        7
    } else if matches(arg, "blackhole") {
        6
    } else if matches(arg, "xresolve") {
        11
    } else if matches(arg, "unicast") {
        1
    } else if arg == "throw" {
        9
    } else {
        let (v, used, over) = crate::cli::parse::strtoul(arg, 0);
        if used == 0 || used != arg.len() || over || v > 255 {
            return None;
        }
        v as u8
    };
    Some(t)
}

/// get_rt_realms_or_raw (ip/rtm_map.c): `[FROM/]TO` realm names, or a raw number.
pub fn get_rt_realms_or_raw(arg: &str) -> Option<u32> {
    let named = || -> Option<u32> {
        let (from, to) = match arg.find('/') {
            Some(p) => (Some(&arg[..p]), &arg[p + 1..]),
            None => (None, arg),
        };
        let mut realms = 0u32;
        if let Some(f) = from {
            realms = crate::names::realm_id(f)? << 16;
        }
        if !to.is_empty() {
            realms |= crate::names::realm_id(to)?;
        }
        Some(realms)
    };
    named().or_else(|| crate::cli::parse::get_u32(arg, 0))
}

thread_local! {
    /// `-h` and `-iec` for print_num (one thread: process-wide; tests cannot race).
    static HUMAN: std::cell::Cell<(bool, bool)> = const { std::cell::Cell::new((false, false)) };
}

/// `-h` and `-iec` for the counters route printers show.
pub fn set_human(human: bool, iec: bool) {
    HUMAN.with(|h| h.set((human, iec)));
}

/// print_num (ip/ipaddress.c) with width 1: `N ` or, under -h, `1.23k ` style.
pub fn fmt_num(count: u64) -> String {
    let (human, iec) = HUMAN.with(|h| h.get());
    let g = crate::ip::Globals {
        human: u32::from(human),
        iec,
        ..crate::ip::Globals::default()
    };
    crate::ip::ipaddr::fmt_num(&g, 1, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_as_print_num() {
        assert_eq!(fmt_num(1234), "1234 ");
        set_human(true, false);
        assert_eq!(fmt_num(999), "999 ");
        assert_eq!(fmt_num(1234), "1.23k ");
        assert_eq!(fmt_num(123_456_789), "123M ");
        set_human(true, true);
        assert_eq!(fmt_num(2048), "2.00ki ");
        set_human(false, false);
    }

    #[test]
    fn types() {
        assert_eq!(rtntype_a2n("bl"), Some(6));
        assert_eq!(rtntype_a2n("u"), Some(7));
        assert_eq!(rtntype_a2n("thr"), None);
        assert_eq!(rtntype_a2n("12"), Some(12));
        assert_eq!(rtntype_n2a(9), "throw");
    }
}
