//! net-tools lib/interface.c: the interface list (/proc/net/dev plus SIOCGIFCONF, kept in
//! nstrcmp order) and if_fetch's ioctls; the printers are in ifprint.
use super::ioctl::{self, IfReq};
use std::os::fd::OwnedFd;

pub const IFF_UP: i16 = 0x1;
pub const IFF_BROADCAST: i16 = 0x2;
pub const IFF_DEBUG: i16 = 0x4;
pub const IFF_LOOPBACK: i16 = 0x8;
pub const IFF_POINTOPOINT: i16 = 0x10;
pub const IFF_NOTRAILERS: i16 = 0x20;
pub const IFF_RUNNING: i16 = 0x40;
pub const IFF_NOARP: i16 = 0x80;
pub const IFF_PROMISC: i16 = 0x100;
pub const IFF_ALLMULTI: i16 = 0x200;
pub const IFF_MASTER: i16 = 0x400;
pub const IFF_SLAVE: i16 = 0x800;
pub const IFF_MULTICAST: i16 = 0x1000;
pub const IFF_PORTSEL: i16 = 0x2000;
pub const IFF_AUTOMEDIA: i16 = 0x4000;
pub const IFF_DYNAMIC: i16 = -0x8000;

pub const SIOCGIFCONF: libc::c_ulong = 0x8912;
pub const SIOCGIFFLAGS: libc::c_ulong = 0x8913;
pub const SIOCSIFFLAGS: libc::c_ulong = 0x8914;
pub const SIOCGIFADDR: libc::c_ulong = 0x8915;
pub const SIOCSIFADDR: libc::c_ulong = 0x8916;
pub const SIOCGIFDSTADDR: libc::c_ulong = 0x8917;
pub const SIOCSIFDSTADDR: libc::c_ulong = 0x8918;
pub const SIOCGIFBRDADDR: libc::c_ulong = 0x8919;
pub const SIOCSIFBRDADDR: libc::c_ulong = 0x891a;
pub const SIOCGIFNETMASK: libc::c_ulong = 0x891b;
pub const SIOCSIFNETMASK: libc::c_ulong = 0x891c;
pub const SIOCGIFMTU: libc::c_ulong = 0x8921;
pub const SIOCSIFMTU: libc::c_ulong = 0x8922;
pub const SIOCSIFNAME: libc::c_ulong = 0x8923;
pub const SIOCSIFHWADDR: libc::c_ulong = 0x8924;
pub const SIOCGIFHWADDR: libc::c_ulong = 0x8927;
pub const SIOCDIFADDR: libc::c_ulong = 0x8936;
pub const SIOGIFINDEX: libc::c_ulong = 0x8933;
pub const SIOCGIFTXQLEN: libc::c_ulong = 0x8942;
pub const SIOCSIFTXQLEN: libc::c_ulong = 0x8943;
pub const SIOCGIFMAP: libc::c_ulong = 0x8970;
pub const SIOCSIFMAP: libc::c_ulong = 0x8971;

/// The sockets sockets_open(0) leaves: net-tools opens one per family it can, and uses the
/// last one that opened (inet6 here) for the generic interface ioctls.
pub struct Socks {
    pub unix: Option<OwnedFd>,
    pub inet: Option<OwnedFd>,
    pub inet6: Option<OwnedFd>,
}

impl Socks {
    pub fn open() -> Socks {
        let readable = |p: &str| std::fs::metadata(p).is_ok();
        Socks {
            unix: if readable("/proc/net/unix") {
                ioctl::socket(libc::AF_UNIX)
            } else {
                None
            },
            inet: ioctl::socket(libc::AF_INET),
            inet6: if readable("/proc/net/if_inet6") {
                ioctl::socket(libc::AF_INET6)
            } else {
                None
            },
        }
    }
    /// sockets_open's return value: the last family that opened.
    pub fn generic(&self) -> Option<&OwnedFd> {
        self.inet6
            .as_ref()
            .or(self.inet.as_ref())
            .or(self.unix.as_ref())
    }
}

/// ioctl on an optional socket (a family net-tools could not open has fd -1: EBADF).
pub fn ioc(fd: Option<&OwnedFd>, req: libc::c_ulong, ifr: &mut IfReq) -> Result<(), i32> {
    match fd {
        Some(f) => ioctl::ioctl_ifr(f, req, ifr),
        None => Err(libc::EBADF),
    }
}

#[derive(Default, Clone)]
pub struct Stats {
    pub rx_bytes: u64,
    pub rx_packets: u64,
    pub rx_errors: u64,
    pub rx_dropped: u64,
    pub rx_fifo: u64,
    pub rx_frame: u64,
    pub rx_compressed: u64,
    pub rx_multicast: u64,
    pub tx_bytes: u64,
    pub tx_packets: u64,
    pub tx_errors: u64,
    pub tx_dropped: u64,
    pub tx_fifo: u64,
    pub collisions: u64,
    pub tx_carrier: u64,
    pub tx_compressed: u64,
}

#[derive(Default, Clone)]
pub struct Iface {
    pub name: String,
    pub stats: Option<Stats>,
    pub flags: i16,
    pub hwtype: i16,
    pub hwaddr: [u8; 32],
    pub mtu: i32,
    pub txqlen: i32,
    pub map: [u8; 24],
    pub addr: Option<[[u8; 16]; 4]>, // addr, dstaddr, broadaddr, netmask
}

/// lib/nstrcmp.c: names compare by their text, the number they end in, then the alias.
pub fn nstrcmp(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    fn cutalias(s: &str) -> (&str, Option<&str>) {
        let b = s.as_bytes();
        let mut pos = b.len();
        let mut digit = false;
        while pos > 0 {
            if b[pos - 1] == b':' && digit {
                return (&s[..pos - 1], Some(&s[pos..]));
            }
            if !b[pos - 1].is_ascii_digit() {
                break;
            }
            digit = true;
            pos -= 1;
        }
        (s, None)
    }
    fn rindex_nondigit(s: &str) -> usize {
        let b = s.as_bytes();
        let mut pos = b.len();
        while pos > 0 {
            if !b[pos - 1].is_ascii_digit() {
                return pos;
            }
            pos -= 1;
        }
        0
    }
    let atoi = |s: &str| super::atoi(s);
    let (a, aal) = cutalias(a);
    let (b, bal) = cutalias(b);
    let ai = rindex_nondigit(a);
    let bi = rindex_nondigit(b);
    let n = ai.min(bi);
    let r = a.as_bytes()[..n].cmp(&b.as_bytes()[..n]);
    if r != Equal {
        return r;
    }
    if ai != bi {
        return ai.cmp(&bi);
    }
    let r = atoi(&a[ai..]).cmp(&atoi(&b[bi..]));
    if r != Equal {
        return r;
    }
    let r = a.cmp(b);
    if r != Equal {
        return r;
    }
    let av = aal.map_or(-1, atoi);
    let bv = bal.map_or(-1, atoi);
    if av != bv {
        return av.cmp(&bv);
    }
    match (aal, bal) {
        (Some(x), Some(y)) => x.cmp(y),
        _ => Equal,
    }
}

/// The sorted interface cache (if_cache_add keeps nstrcmp order and merges equal names).
#[derive(Default)]
pub struct IfList {
    pub list: Vec<Iface>,
}

impl IfList {
    pub fn add(&mut self, name: &str) -> usize {
        let name: String = name.chars().take(15).collect();
        // if_cache_add scans from the tail for the first entry that sorts before the name.
        let mut i = self.list.len();
        while i > 0 {
            match nstrcmp(&self.list[i - 1].name, &name) {
                std::cmp::Ordering::Equal => return i - 1,
                std::cmp::Ordering::Less => break,
                std::cmp::Ordering::Greater => i -= 1,
            }
        }
        self.list.insert(
            i,
            Iface {
                name,
                ..Default::default()
            },
        );
        i
    }

    /// if_readlist_proc: every /proc/net/dev line up to `target` (all without one).
    pub fn read_proc(&mut self, target: Option<&str>) -> Result<(), String> {
        let text = match std::fs::read("/proc/net/dev") {
            Ok(t) => t,
            Err(e) => {
                return Err(format!(
                    "Warning: cannot open /proc/net/dev ({}). Limited output.\n",
                    super::strerror(e.raw_os_error().unwrap_or(0))
                ))
            }
        };
        let text = String::from_utf8_lossy(&text);
        let mut lines = text.lines();
        lines.next();
        let hdr = lines.next().unwrap_or("");
        let vsn = if hdr.contains("compressed") {
            3
        } else if hdr.contains("bytes") {
            2
        } else {
            1
        };
        for line in lines {
            let (name, rest) = get_name(line);
            let idx = self.add(&name);
            let n: Vec<u64> = rest
                .split_ascii_whitespace()
                .map(|w| crate::cli::parse::strtoul(w, 10).0)
                .collect();
            let g = |i: usize| n.get(i).copied().unwrap_or(0);
            let mut s = Stats::default();
            match vsn {
                3 => {
                    s.rx_bytes = g(0);
                    s.rx_packets = g(1);
                    s.rx_errors = g(2);
                    s.rx_dropped = g(3);
                    s.rx_fifo = g(4);
                    s.rx_frame = g(5);
                    s.rx_compressed = g(6);
                    s.rx_multicast = g(7);
                    s.tx_bytes = g(8);
                    s.tx_packets = g(9);
                    s.tx_errors = g(10);
                    s.tx_dropped = g(11);
                    s.tx_fifo = g(12);
                    s.collisions = g(13);
                    s.tx_carrier = g(14);
                    s.tx_compressed = g(15);
                }
                _ => {
                    return Err(
                        "nlbox: ifconfig: old /proc/net/dev layout: not implemented\n".into(),
                    )
                }
            }
            if let Some(ife) = self.list.get_mut(idx) {
                ife.stats = Some(s);
            }
            if target == Some(name.as_str()) {
                break;
            }
        }
        Ok(())
    }

    /// if_readconf: the IPv4 address labels SIOCGIFCONF reports.
    pub fn read_conf(&mut self, socks: &Socks) -> Result<(), String> {
        let Some(fd) = socks.inet.as_ref().or(socks.generic()) else {
            return Err(String::new());
        };
        let mut numreqs = 30usize;
        loop {
            let mut buf = vec![0u8; 40 * numreqs];
            // struct ifconf { int ifc_len; union { char *ifc_buf; ... } }
            #[repr(C)]
            struct IfConf {
                len: libc::c_int,
                buf: *mut u8,
            }
            let mut ifc = IfConf {
                len: buf.len() as libc::c_int,
                buf: buf.as_mut_ptr(),
            };
            // SAFETY: ifc describes `buf`, which outlives the call.
            let r = unsafe {
                libc::ioctl(
                    std::os::fd::AsRawFd::as_raw_fd(fd),
                    SIOCGIFCONF as _,
                    &mut ifc as *mut IfConf,
                )
            };
            if r < 0 {
                return Err(format!(
                    "SIOCGIFCONF: {}\n",
                    super::strerror(super::errno())
                ));
            }
            let len = usize::try_from(ifc.len).unwrap_or(0).min(buf.len());
            if len == buf.len() {
                numreqs *= 2;
                continue;
            }
            for rec in buf[..len].chunks(40) {
                let end = rec
                    .iter()
                    .take(16)
                    .position(|&b| b == 0)
                    .unwrap_or(16.min(rec.len()));
                let name = String::from_utf8_lossy(&rec[..end]).into_owned();
                self.add(&name);
            }
            return Ok(());
        }
    }
}

/// lib/interface.c get_name: "name:" or an alias "name:N:" at the start of a dev line,
/// at most 15 bytes of name. Works on bytes so no name can split a character.
fn get_name(line: &str) -> (String, &str) {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    let mut name: Vec<u8> = Vec::new();
    while i < b.len() && !b[i].is_ascii_whitespace() && name.len() < 15 {
        if b[i] == b':' {
            let mut j = i + 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j < b.len() && b[j] == b':' {
                let room = 15 - name.len();
                name.extend_from_slice(&b[i..j.min(i + room)]);
                i = j;
            }
            if i < b.len() && b[i] == b':' {
                i += 1;
            }
            break;
        }
        name.push(b[i]);
        i += 1;
    }
    let rest = line.get(i..).unwrap_or("");
    (String::from_utf8_lossy(&name).into_owned(), rest)
}

/// if_fetch: Err(errno) when SIOCGIFFLAGS fails.
pub fn fetch(ife: &mut Iface, skfd: Option<&OwnedFd>, socks: &Socks) -> Result<(), i32> {
    let mut ifr = IfReq::new(&ife.name);
    ioc(skfd, SIOCGIFFLAGS, &mut ifr)?;
    ife.flags = ifr.flags();
    ifr.set_name_bytes(ife.name.as_bytes());
    if ioc(skfd, SIOCGIFHWADDR, &mut ifr).is_ok() {
        ife.hwaddr = [0; 32];
        ife.hwaddr[..8].copy_from_slice(&ifr.buf[18..26]);
    } else {
        ife.hwaddr = [0; 32];
    }
    ife.hwtype = i16::from_ne_bytes([ifr.buf[16], ifr.buf[17]]);
    ifr.set_name_bytes(ife.name.as_bytes());
    ife.mtu = if ioc(skfd, SIOCGIFMTU, &mut ifr).is_ok() {
        ifr.int()
    } else {
        0
    };
    ifr.set_name_bytes(ife.name.as_bytes());
    ife.map = [0; 24];
    if ioc(skfd, SIOCGIFMAP, &mut ifr).is_ok() {
        ife.map.copy_from_slice(ifr.union_bytes());
    }
    ifr.set_name_bytes(ife.name.as_bytes());
    ife.txqlen = if ioc(skfd, SIOCGIFTXQLEN, &mut ifr).is_ok() {
        ifr.int()
    } else {
        -1
    };
    ife.addr = None;
    if let Some(fd) = socks.inet.as_ref() {
        ifr.set_name_bytes(ife.name.as_bytes());
        ifr.union_mut().fill(0);
        ifr.buf[16..18].copy_from_slice(&(libc::AF_INET as u16).to_ne_bytes());
        if ioctl::ioctl_ifr(fd, SIOCGIFADDR, &mut ifr).is_ok() {
            let mut a = [[0u8; 16]; 4];
            a[0] = ifr.sockaddr();
            for (k, req) in [SIOCGIFDSTADDR, SIOCGIFBRDADDR, SIOCGIFNETMASK]
                .into_iter()
                .enumerate()
            {
                ifr.set_name_bytes(ife.name.as_bytes());
                if ioctl::ioctl_ifr(fd, req, &mut ifr).is_ok() {
                    a[k + 1] = ifr.sockaddr();
                }
            }
            ife.addr = Some(a);
        }
    }
    Ok(())
}

/// do_if_fetch's complaint.
pub fn fetch_error(name: &str, errno: i32) -> String {
    let m = if errno == libc::ENODEV {
        "Device not found".to_string()
    } else {
        super::strerror(errno)
    };
    format!("{name}: error fetching interface information: {m}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Ordering::*;

    #[test]
    fn nstrcmp_cases() {
        assert_eq!(nstrcmp("eth1", "eth20"), Less);
        assert_eq!(nstrcmp("eth20", "eth100"), Less);
        assert_eq!(nstrcmp("eth0:1", "eth0:2"), Less);
        assert_eq!(nstrcmp("a", "a:"), Less);
        assert_eq!(nstrcmp("eth2:10", "eth2:1"), Greater);
        assert_eq!(nstrcmp("eth1", "eth01"), Greater);
        assert_eq!(nstrcmp("lo", "v0"), Less);
        assert_eq!(nstrcmp("eth0", "eth0:1"), Less);
    }

    #[test]
    fn dev_names() {
        assert_eq!(get_name("    lo: 1 2").0, "lo");
        assert_eq!(get_name("  eth0:1: 1 2").0, "eth0:1");
    }
}
