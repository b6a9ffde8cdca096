//! net-tools lib/interface.c: the interface list (/proc/net/dev plus SIOCGIFCONF, kept in
//! nstrcmp order), if_fetch's ioctls, and ife_print_long / ife_print_short.
use super::inet;
use super::ioctl::{self, IfReq};
use std::io::Write;
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

/// lib/interface.c get_name: "name:" or an alias "name:N:" at the start of a dev line.
fn get_name(line: &str) -> (String, &str) {
    let s = line.trim_start();
    let b = s.as_bytes();
    let mut i = 0;
    let mut name = String::new();
    while i < b.len() && !b[i].is_ascii_whitespace() && name.len() < 15 {
        if b[i] == b':' {
            let mut j = i + 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j < b.len() && b[j] == b':' {
                name.push_str(&s[i..j.min(i + 15 - name.len())]);
                i = j;
            }
            if i < b.len() && b[i] == b':' {
                i += 1;
            }
            break;
        }
        name.push(b[i] as char);
        i += 1;
    }
    (name, &s[i..])
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

/// lib/hw.c hwtypes[]: ARPHRD number, name, title, how its address prints.
#[derive(Clone, Copy, PartialEq)]
enum HwPrint {
    None,
    Ether,
    Unspec,
    Empty,
    Other,
}

struct HwType {
    ty: i32,
    name: &'static str,
    title: &'static str,
    print: HwPrint,
}

const fn hw(ty: i32, name: &'static str, title: &'static str, print: HwPrint) -> HwType {
    HwType {
        ty,
        name,
        title,
        print,
    }
}

const HWTYPES: &[HwType] = &[
    hw(772, "loop", "Local Loopback", HwPrint::None),
    hw(256, "slip", "Serial Line IP", HwPrint::None),
    hw(257, "cslip", "VJ Serial Line IP", HwPrint::None),
    hw(258, "slip6", "6-bit Serial Line IP", HwPrint::None),
    hw(259, "cslip6", "VJ 6-bit Serial Line IP", HwPrint::None),
    hw(264, "adaptive", "Adaptive Serial Line IP", HwPrint::None),
    hw(781, "ash", "Ash", HwPrint::Other),
    hw(1, "ether", "Ethernet", HwPrint::Ether),
    hw(3, "ax25", "AMPR AX.25", HwPrint::Other),
    hw(0, "netrom", "AMPR NET/ROM", HwPrint::Other),
    hw(270, "rose", "AMPR ROSE", HwPrint::Other),
    hw(768, "tunnel", "IPIP Tunnel", HwPrint::Empty),
    hw(512, "ppp", "Point-to-Point Protocol", HwPrint::None),
    hw(513, "hdlc", "(Cisco)-HDLC", HwPrint::None),
    hw(516, "lapb", "LAPB", HwPrint::None),
    hw(7, "arcnet", "ARCnet", HwPrint::Other),
    hw(15, "dlci", "Frame Relay DLCI", HwPrint::Other),
    hw(770, "frad", "Frame Relay Access Device", HwPrint::None),
    hw(776, "sit", "IPv6-in-IPv4", HwPrint::None),
    hw(
        774,
        "fddi",
        "Fiber Distributed Data Interface",
        HwPrint::Other,
    ),
    hw(780, "hippi", "HIPPI", HwPrint::Other),
    hw(783, "irda", "IrLAP", HwPrint::Other),
    hw(782, "ec", "Econet", HwPrint::None),
    hw(271, "x25", "generic X.25", HwPrint::Other),
    hw(27, "eui64", "Generic EUI-64", HwPrint::Other),
    hw(-1, "unspec", "UNSPEC", HwPrint::Unspec),
];

/// print_hwlist(0), as the usage text prints it on stderr.
pub const HWLIST: &str = "    loop (Local Loopback) slip (Serial Line IP) cslip (VJ Serial Line IP) \n    slip6 (6-bit Serial Line IP) cslip6 (VJ 6-bit Serial Line IP) adaptive (Adaptive Serial Line IP) \n    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) \n    netrom (AMPR NET/ROM) rose (AMPR ROSE) tunnel (IPIP Tunnel) \n    ppp (Point-to-Point Protocol) hdlc ((Cisco)-HDLC) lapb (LAPB) \n    arcnet (ARCnet) dlci (Frame Relay DLCI) frad (Frame Relay Access Device) \n    sit (IPv6-in-IPv4) fddi (Fiber Distributed Data Interface) hippi (HIPPI) \n    irda (IrLAP) ec (Econet) x25 (generic X.25) \n    eui64 (Generic EUI-64) \n";
pub const AFLIST: &str = "    unix (UNIX Domain) inet (DARPA Internet) inet6 (IPv6) \n    ax25 (AMPR AX.25) netrom (AMPR NET/ROM) rose (AMPR ROSE) \n    ipx (Novell IPX) ddp (Appletalk DDP) ec (Econet) \n    ash (Ash) x25 (CCITT X.25) \n";

/// get_hwtype(name) for `hw NAME`: Some(is ether, is tunnel) when net-tools knows the name.
pub fn hw_by_name(name: &str) -> Option<&'static str> {
    HWTYPES.iter().find(|h| h.name == name).map(|h| h.name)
}

fn sprint4(sa: &[u8; 16]) -> String {
    let fam = u16::from_ne_bytes([sa[0], sa[1]]);
    if fam == 0xffff || fam == 0 {
        return "[NONE SET]".into();
    }
    inet::ntoa([sa[4], sa[5], sa[6], sa[7]])
}

fn unit(v: u64) -> (u64, &'static str) {
    let s = v.wrapping_mul(10);
    if v > 1_152_921_504_606_846_976 {
        (v / 115_292_150_460_684_697, "EiB")
    } else if v > 1_125_899_906_842_624 {
        (s / 1_125_899_906_842_624, "PiB")
    } else if v > 1_099_511_627_776 {
        (s / 1_099_511_627_776, "TiB")
    } else if v > 1_073_741_824 {
        (s / 1_073_741_824, "GiB")
    } else if v > 1_048_576 {
        (s / 1_048_576, "MiB")
    } else if v > 1024 {
        (s / 1024, "KiB")
    } else {
        (s, "B")
    }
}

pub fn print_short<W: Write>(out: &mut W, ife: &Iface) -> std::io::Result<()> {
    let name: String = ife.name.chars().take(15).collect();
    write!(out, "{name:<15} {:>5} ", ife.mtu)?;
    match &ife.stats {
        Some(s) => {
            write!(
                out,
                "{:>8} {:>6} {:>6} {:<6} ",
                s.rx_packets, s.rx_errors, s.rx_dropped, s.rx_fifo
            )?;
            write!(
                out,
                "{:>8} {:>6} {:>6} {:>6} ",
                s.tx_packets, s.tx_errors, s.tx_dropped, s.tx_fifo
            )?;
        }
        None => write!(out, "{:<56}", "     - no statistics available -")?,
    }
    let f = ife.flags;
    if f == 0 {
        write!(out, "[NO FLAGS]")?;
    }
    for (bit, c) in [
        (IFF_ALLMULTI, 'A'),
        (IFF_BROADCAST, 'B'),
        (IFF_DEBUG, 'D'),
        (IFF_LOOPBACK, 'L'),
        (IFF_MULTICAST, 'M'),
        (IFF_DYNAMIC, 'd'),
        (IFF_PROMISC, 'P'),
        (IFF_NOTRAILERS, 'N'),
        (IFF_NOARP, 'O'),
        (IFF_POINTOPOINT, 'P'),
        (IFF_SLAVE, 's'),
        (IFF_MASTER, 'm'),
        (IFF_RUNNING, 'R'),
        (IFF_UP, 'U'),
    ] {
        if f & bit != 0 {
            write!(out, "{c}")?;
        }
    }
    writeln!(out)
}

/// ife_print_long. Err(text) for a hardware type whose address printer nlbox lacks.
pub fn print_long<W: Write>(out: &mut W, ife: &Iface) -> std::io::Result<Result<(), String>> {
    let hwt = HWTYPES
        .iter()
        .find(|h| h.ty == i32::from(ife.hwtype))
        .or_else(|| HWTYPES.last());
    let Some(hwt) = hwt else {
        return Ok(Err(String::new()));
    };
    if hwt.print == HwPrint::Other {
        return Ok(Err(format!(
            "nlbox: ifconfig: {} hardware addresses: not implemented\n",
            hwt.name
        )));
    }
    let f = ife.flags;
    let mut flags = format!("flags={f}<");
    if f == 0 {
        flags.push('>');
    }
    for (bit, n) in [
        (IFF_UP, "UP,"),
        (IFF_BROADCAST, "BROADCAST,"),
        (IFF_DEBUG, "DEBUG,"),
        (IFF_LOOPBACK, "LOOPBACK,"),
        (IFF_POINTOPOINT, "POINTOPOINT,"),
        (IFF_NOTRAILERS, "NOTRAILERS,"),
        (IFF_RUNNING, "RUNNING,"),
        (IFF_NOARP, "NOARP,"),
        (IFF_PROMISC, "PROMISC,"),
        (IFF_ALLMULTI, "ALLMULTI,"),
        (IFF_SLAVE, "SLAVE,"),
        (IFF_MASTER, "MASTER,"),
        (IFF_MULTICAST, "MULTICAST,"),
        (IFF_DYNAMIC, "DYNAMIC,"),
    ] {
        if f & bit != 0 {
            flags.push_str(n);
        }
    }
    if flags.ends_with(',') {
        flags.pop();
        flags.push('>');
    } else {
        flags.pop();
    }
    writeln!(out, "{}: {}  mtu {}", ife.name, flags, ife.mtu)?;
    if let Some(a) = &ife.addr {
        write!(
            out,
            "        inet {}  netmask {}",
            sprint4(&a[0]),
            sprint4(&a[3])
        )?;
        if f & IFF_BROADCAST != 0 {
            write!(out, "  broadcast {}", sprint4(&a[2]))?;
        }
        if f & IFF_POINTOPOINT != 0 {
            write!(out, "  destination {}", sprint4(&a[1]))?;
        }
        writeln!(out)?;
    }
    if let Ok(text) = std::fs::read_to_string("/proc/net/if_inet6") {
        for line in text.lines() {
            let w: Vec<&str> = line.split_ascii_whitespace().collect();
            if w.len() < 6 || w[5] != ife.name {
                continue;
            }
            let mut a = [0u8; 16];
            for (i, b) in a.iter_mut().enumerate() {
                *b = w[0]
                    .get(2 * i..2 * i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .unwrap_or(0);
            }
            let plen = u32::from_str_radix(w[2], 16).unwrap_or(0);
            let scope0 = u32::from_str_radix(w[3], 16).unwrap_or(0);
            let text = inet::fix_v4(&inet::ntop6(&a), &a);
            write!(
                out,
                "        inet6 {text}  prefixlen {plen}  scopeid 0x{scope0:x}"
            )?;
            let mut fl = String::from("<");
            let mut scope = scope0;
            if scope & 0x80 != 0 {
                fl.push_str("compat,");
                scope -= 0x80;
            }
            if scope == 0 {
                fl.push_str("global,");
            }
            if scope & 0x20 != 0 {
                fl.push_str("link,");
            }
            if scope & 0x40 != 0 {
                fl.push_str("site,");
            }
            if scope & 0x10 != 0 {
                fl.push_str("host,");
            }
            if fl.ends_with(',') {
                fl.pop();
                fl.push('>');
            } else {
                fl.pop();
            }
            writeln!(out, "{fl}")?;
        }
    }
    match hwt.print {
        HwPrint::Ether => {
            let h = &ife.hwaddr;
            write!(
                out,
                "        {} {:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
                hwt.name, h[0], h[1], h[2], h[3], h[4], h[5]
            )?;
        }
        HwPrint::Unspec => {
            let t: Vec<String> = ife.hwaddr[..16]
                .iter()
                .map(|b| format!("{b:02X}"))
                .collect();
            write!(out, "        {} {}", hwt.name, t.join("-"))?;
        }
        HwPrint::Empty => write!(out, "        {} ", hwt.name)?,
        _ => write!(out, "        {}", hwt.name)?,
    }
    if ife.txqlen != -1 {
        write!(out, "  txqueuelen {}", ife.txqlen)?;
    }
    writeln!(out, "  ({})", hwt.title)?;
    if f & IFF_PORTSEL != 0 {
        const PORTS: [&str; 7] = [
            "unknown",
            "10base2",
            "10baseT",
            "AUI",
            "100baseT",
            "100baseTX",
            "100baseFX",
        ];
        let port = usize::from(ife.map[20]);
        write!(
            out,
            "        media {}",
            PORTS.get(port).copied().unwrap_or("")
        )?;
        if f & IFF_AUTOMEDIA != 0 {
            write!(out, "autoselect")?;
        }
        writeln!(out)?;
    }
    if let Some(s) = &ife.stats {
        let can_compress = ife.hwtype == 257 || ife.hwtype == 259;
        let (rs, rext) = unit(s.rx_bytes);
        let (ts, text) = unit(s.tx_bytes);
        writeln!(
            out,
            "        RX packets {}  bytes {} ({}.{} {})",
            s.rx_packets,
            s.rx_bytes,
            rs / 10,
            rs % 10,
            rext
        )?;
        if can_compress {
            writeln!(out, "        RX compressed:{}", s.rx_compressed)?;
        }
        writeln!(
            out,
            "        RX errors {}  dropped {}  overruns {}  frame {}",
            s.rx_errors, s.rx_dropped, s.rx_fifo, s.rx_frame
        )?;
        writeln!(
            out,
            "        TX packets {}  bytes {} ({}.{} {})",
            s.tx_packets,
            s.tx_bytes,
            ts / 10,
            ts % 10,
            text
        )?;
        if can_compress {
            writeln!(out, "        TX compressed {}", s.tx_compressed)?;
        }
        writeln!(
            out,
            "        TX errors {}  dropped {} overruns {}  carrier {}  collisions {}",
            s.tx_errors, s.tx_dropped, s.tx_fifo, s.tx_carrier, s.collisions
        )?;
    }
    let m = &ife.map;
    let mem_start = u64::from_ne_bytes([m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]]);
    let mem_end = u64::from_ne_bytes([m[8], m[9], m[10], m[11], m[12], m[13], m[14], m[15]]);
    let base = u16::from_ne_bytes([m[16], m[17]]);
    let (irq, dma) = (m[18], m[19]);
    if irq != 0 || mem_start != 0 || dma != 0 || base >= 0x100 {
        write!(out, "        device ")?;
        if irq != 0 {
            write!(out, "interrupt {irq}  ")?;
        }
        if base >= 0x100 {
            write!(out, "base 0x{base:x}  ")?;
        }
        if mem_start != 0 {
            write!(out, "memory 0x{mem_start:x}-{mem_end:x}  ")?;
        }
        if dma != 0 {
            write!(out, "  dma 0x{dma:x}")?;
        }
        writeln!(out)?;
    }
    writeln!(out)?;
    Ok(Ok(()))
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
