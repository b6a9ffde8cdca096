//! ifconfig.c's main loop: the settings after the interface name, each an ioctl made in
//! argument order; a failure is reported and the loop goes on, like the C tool.
use super::iface::{ioc, IfList, Socks, *};
use super::ifaddr;
use super::ifparse::{in_ether, in_lenient, in_strict, other_input, x25_sigdigits};
use super::ioctl::IfReq;
use super::{atoi, inet, resolve, strerror};
use crate::ifconfig::usage;
use std::os::fd::OwnedFd;

/// A usage() or exit() inside the argument loop: the process ends with this code.
pub struct Exit(pub i32);

/// The address family the word after the interface names (get_aftype), and its socket.
#[derive(Clone, Copy, PartialEq)]
pub enum Af {
    Inet,
    Inet6,
    Unix,
    /// A family net-tools knows but could not open a socket for (fd -1).
    Closed(&'static str),
}

fn aftype(word: &str) -> Option<Af> {
    Some(match word {
        "inet" => Af::Inet,
        "inet6" => Af::Inet6,
        "unix" => Af::Unix,
        "ax25" => Af::Closed("ax25"),
        "netrom" => Af::Closed("netrom"),
        "rose" => Af::Closed("rose"),
        "ipx" => Af::Closed("ipx"),
        "ddp" => Af::Closed("ddp"),
        "ec" => Af::Closed("ec"),
        "ash" => Af::Closed("ash"),
        "x25" => Af::Closed("x25"),
        "unspec" => Af::Closed("unspec"),
        _ => return None,
    })
}

pub struct Ctx<'a> {
    pub socks: &'a Socks,
    pub name: String,
    pub af: Af,
}

impl Ctx<'_> {
    pub fn skfd(&self) -> Option<&OwnedFd> {
        match self.af {
            Af::Inet => self.socks.inet.as_ref(),
            Af::Inet6 => self.socks.inet6.as_ref(),
            Af::Unix => self.socks.unix.as_ref(),
            Af::Closed(_) => None,
        }
    }

    fn set_flag(&self, flag: i16) -> i32 {
        self.set_flag_on(&self.name, flag)
    }

    pub fn set_flag_on(&self, name: &str, flag: i16) -> i32 {
        let mut ifr = IfReq::new(name);
        if let Err(e) = ioc(self.skfd(), SIOCGIFFLAGS, &mut ifr) {
            eprintln!(
                "{name}: ERROR while getting interface flags: {}",
                strerror(e)
            );
            return -1;
        }
        let f = ifr.flags() | flag;
        ifr.set_name_bytes(name.as_bytes());
        ifr.set_flags(f);
        if let Err(e) = ioc(self.skfd(), SIOCSIFFLAGS, &mut ifr) {
            eprintln!("SIOCSIFFLAGS: {}", strerror(e));
            return -1;
        }
        0
    }

    /// A v4 alias ("v0:1") is changed through the inet socket (clr_flag, test_flag).
    fn flag_fd(&self, name: &str) -> Result<Option<&OwnedFd>, ()> {
        if name.contains(':') {
            match self.socks.inet.as_ref() {
                Some(f) => Ok(Some(f)),
                None => {
                    eprintln!("No support for INET on this system.");
                    Err(())
                }
            }
        } else {
            Ok(self.skfd())
        }
    }

    pub fn clr_flag_on(&self, name: &str, flag: i16) -> i32 {
        let Ok(fd) = self.flag_fd(name) else {
            return -1;
        };
        let mut ifr = IfReq::new(name);
        if let Err(e) = ioc(fd, SIOCGIFFLAGS, &mut ifr) {
            eprintln!(
                "{name}: ERROR while getting interface flags: {}",
                strerror(e)
            );
            return -1;
        }
        let f = ifr.flags() & !flag;
        ifr.set_name_bytes(name.as_bytes());
        ifr.set_flags(f);
        if let Err(e) = ioc(fd, SIOCSIFFLAGS, &mut ifr) {
            eprintln!("SIOCSIFFLAGS: {}", strerror(e));
            return -1;
        }
        0
    }

    fn clr_flag(&self, flag: i16) -> i32 {
        self.clr_flag_on(&self.name, flag)
    }

    fn test_flag(&self, flag: i16) -> i32 {
        let Ok(fd) = self.flag_fd(&self.name) else {
            return -1;
        };
        let mut ifr = IfReq::new(&self.name);
        if let Err(e) = ioc(fd, SIOCGIFFLAGS, &mut ifr) {
            eprintln!(
                "{}: ERROR while testing interface flags: {}",
                self.name,
                strerror(e)
            );
            return -1;
        }
        i32::from(ifr.flags() & flag)
    }

    /// ap->input(0, host) for the selected family: Ok(sockaddr) or Err(printed text).
    fn input(&self, host: &str, what: &str) -> Result<[u8; 16], String> {
        match self.af {
            Af::Inet => inet_resolve(host)
                .map(|(a, _)| super::ioctl::sockaddr_in(a))
                .map_err(|h| resolve::herror(host, h)),
            Af::Inet6 => match resolve::getaddrinfo6(host) {
                // The sockaddr_in6 is cut to a struct sockaddr's 16 bytes by the memcpy.
                Ok(a) => {
                    let mut sa = [0u8; 16];
                    sa[..2].copy_from_slice(&(libc::AF_INET6 as u16).to_ne_bytes());
                    sa[8..16].copy_from_slice(&a[..8]);
                    Ok(sa)
                }
                Err((eai, h)) => Err(format!(
                    "getaddrinfo: {host}: {eai}\n{}",
                    resolve::herror(host, h)
                )),
            },
            Af::Closed(af) => other_input(af, host, what),
            Af::Unix => Err(format!(
                "nlbox: ifconfig: {what} for this family: not implemented\n"
            )),
        }
    }
}

/// INET_resolve(hostfirst=0): Ok((address, is_net)) or the h_errno.
fn inet_resolve(name: &str) -> Result<([u8; 4], bool), i32> {
    if name == "default" {
        return Ok(([0; 4], true));
    }
    if let Some(a) = inet::inet_aton(name) {
        return Ok((a.to_be_bytes(), false));
    }
    if let Some(n) = resolve::getnetbyname(name) {
        return Ok((n.to_be_bytes(), true));
    }
    resolve::gethostbyname4(name).map(|a| (a, false))
}

pub fn configure(socks: &Socks, name: &str, words: &[String], opt_v: bool) -> Result<i32, Exit> {
    let mut i = 0;
    let af = match words.first().and_then(|w| aftype(w)) {
        Some(a) => {
            i += 1;
            a
        }
        None => Af::Inet,
    };
    let c = Ctx {
        socks,
        name: name.to_string(),
        af,
    };
    let mut goterr: i32 = 0;
    let mut didnetmask = false;
    let mut neednetmask: Option<[u8; 16]> = None;
    let mut ifr = IfReq::new(name);
    let need = |k: usize| -> Result<&String, Exit> { words.get(k).ok_or_else(|| Exit(usage(3))) };
    while let Some(w) = words.get(i) {
        match w.as_str() {
            "arp" => goterr |= c.clr_flag(IFF_NOARP),
            "-arp" => goterr |= c.set_flag(IFF_NOARP),
            "trailers" => goterr |= c.clr_flag(IFF_NOTRAILERS),
            "-trailers" => goterr |= c.set_flag(IFF_NOTRAILERS),
            "promisc" => goterr |= c.set_flag(IFF_PROMISC),
            "-promisc" => {
                goterr |= c.clr_flag(IFF_PROMISC);
                if c.test_flag(IFF_PROMISC) > 0 {
                    eprintln!("Warning: Interface {name} still in promisc mode... maybe other application is running?");
                }
            }
            "multicast" => goterr |= c.set_flag(IFF_MULTICAST),
            "-multicast" => {
                goterr |= c.clr_flag(IFF_MULTICAST);
                if c.test_flag(IFF_MULTICAST) > 0 {
                    eprintln!("Warning: Interface {name} still in MULTICAST mode.");
                }
            }
            "allmulti" => goterr |= c.set_flag(IFF_ALLMULTI),
            "-allmulti" => {
                goterr |= c.clr_flag(IFF_ALLMULTI);
                if c.test_flag(IFF_ALLMULTI) > 0 {
                    eprintln!("Warning: Interface {name} still in ALLMULTI mode.");
                }
            }
            "up" => goterr |= c.set_flag(IFF_UP | IFF_RUNNING),
            "down" => goterr |= c.clr_flag(IFF_UP),
            "dynamic" => goterr |= c.set_flag(IFF_DYNAMIC),
            "-dynamic" => {
                goterr |= c.clr_flag(IFF_DYNAMIC);
                if c.test_flag(IFF_DYNAMIC) > 0 {
                    eprintln!("Warning: Interface {name} still in DYNAMIC mode.");
                }
            }
            "mtu" => {
                let v = need(i + 1)?;
                ifr.set_int(atoi(v));
                if let Err(e) = ioc(c.skfd(), SIOCSIFMTU, &mut ifr) {
                    eprintln!("SIOCSIFMTU: {}", strerror(e));
                    goterr = 1;
                }
                i += 1;
            }
            "txqueuelen" => {
                let v = need(i + 1)?;
                ifr.set_int(crate::cli::parse::strtoul(v, 0).0 as i32);
                if let Err(e) = ioc(c.skfd(), SIOCSIFTXQLEN, &mut ifr) {
                    eprintln!("SIOCSIFTXQLEN: {}", strerror(e));
                    goterr = 1;
                }
                i += 1;
            }
            "name" => {
                let v = need(i + 1)?;
                let nn = IfReq::new(v);
                ifr.union_mut()[..16].copy_from_slice(&nn.buf[..16]);
                if let Err(e) = ioc(c.skfd(), SIOCSIFNAME, &mut ifr) {
                    eprintln!("SIOCSIFNAME: {}", strerror(e));
                    goterr = 1;
                }
                i += 1;
            }
            "-broadcast" => {
                goterr |= c.clr_flag(IFF_BROADCAST);
                if c.test_flag(IFF_BROADCAST) > 0 {
                    eprintln!("Warning: Interface {name} still in BROADCAST mode.");
                }
            }
            "broadcast" => {
                if let Some(h) = words.get(i + 1) {
                    i += 1;
                    match c.input(h, "broadcast") {
                        Err(msg) => {
                            eprint!("{msg}");
                            goterr = 1;
                            i += 1;
                            continue;
                        }
                        Ok(sa) => {
                            ifr.set_sockaddr(&sa);
                            if let Err(e) = ioc(c.skfd(), SIOCSIFBRDADDR, &mut ifr) {
                                eprintln!("SIOCSIFBRDADDR: {}", strerror(e));
                                goterr = 1;
                            }
                        }
                    }
                }
                goterr |= c.set_flag(IFF_BROADCAST);
            }
            "dstaddr" => {
                let h = need(i + 1)?;
                i += 1;
                match c.input(h, "dstaddr") {
                    Err(msg) => {
                        eprint!("{msg}");
                        goterr = 1;
                    }
                    Ok(sa) => {
                        ifr.set_sockaddr(&sa);
                        if let Err(e) = ioc(c.skfd(), SIOCSIFDSTADDR, &mut ifr) {
                            eprintln!("SIOCSIFDSTADDR: {}", strerror(e));
                            goterr = 1;
                        }
                    }
                }
            }
            "netmask" => {
                let h = words
                    .get(i + 1)
                    .filter(|_| !didnetmask)
                    .ok_or_else(|| Exit(usage(3)))?;
                i += 1;
                match c.input(h, "netmask") {
                    Err(msg) => {
                        eprint!("{msg}");
                        goterr = 1;
                    }
                    Ok(sa) => {
                        didnetmask = true;
                        ifr.set_sockaddr(&sa);
                        if let Err(e) = ioc(c.skfd(), SIOCSIFNETMASK, &mut ifr) {
                            eprintln!("SIOCSIFNETMASK: {}", strerror(e));
                            goterr |= 1;
                        }
                    }
                }
            }
            "-pointopoint" | "-pointtopoint" => {
                goterr |= c.clr_flag(IFF_POINTOPOINT);
                if c.test_flag(IFF_POINTOPOINT) > 0 {
                    eprintln!("Warning: Interface {name} still in POINTOPOINT mode.");
                }
            }
            "pointopoint" | "pointtopoint" => {
                if let Some(h) = words.get(i + 1) {
                    i += 1;
                    // net-tools treats a network name here (input() returning 1) as a failure.
                    let r = match c.af {
                        Af::Inet => match inet_resolve(h) {
                            Ok((a, false)) => Ok(super::ioctl::sockaddr_in(a)),
                            Ok((_, true)) => Err(resolve::herror(h, 0)),
                            Err(e) => Err(resolve::herror(h, e)),
                        },
                        // X25_input returns its significant digits, which this
                        // `if (ap->input(...))` takes for a failure (with an empty message).
                        Af::Closed("x25") => match c.input(h, "pointopoint") {
                            Ok(_) if x25_sigdigits(h) != 0 => Err(format!("{h}: \n")),
                            r => r,
                        },
                        _ => c.input(h, "pointopoint"),
                    };
                    match r {
                        Err(msg) => {
                            eprint!("{msg}");
                            goterr = 1;
                            i += 1;
                            continue;
                        }
                        Ok(sa) => {
                            ifr.set_sockaddr(&sa);
                            if let Err(e) = ioc(c.skfd(), SIOCSIFDSTADDR, &mut ifr) {
                                eprintln!("SIOCSIFDSTADDR: {}", strerror(e));
                                goterr = 1;
                            }
                        }
                    }
                }
                goterr |= c.set_flag(IFF_POINTOPOINT);
            }
            "hw" => {
                let t = need(i + 1)?;
                let Some(hwname) = super::ifprint::hw_by_name(t) else {
                    return Err(Exit(usage(3)));
                };
                let has_input = matches!(
                    hwname,
                    "ash"
                        | "ether"
                        | "ax25"
                        | "netrom"
                        | "rose"
                        | "tunnel"
                        | "arcnet"
                        | "fddi"
                        | "hippi"
                        | "x25"
                        | "eui64"
                );
                if !has_input {
                    eprintln!("hw address type `{t}' has no handler to set address. failed.");
                    i += 3;
                    goterr = 1;
                    continue;
                }
                let h = need(i + 2)?;
                i += 2;
                let sa = match hwname {
                    "ether" => in_ether(h),
                    "tunnel" => None,
                    "eui64" => in_lenient(h, 27, 8),
                    "arcnet" => in_strict(h, 7, 1),
                    "fddi" => in_strict(h, 774, 6),
                    "hippi" => in_strict(h, 780, 6),
                    // AX25_hinput / NETROM_hinput / ROSE_hinput / X25_hinput: the address
                    // family's parser, then the ARPHRD type as the family.
                    "ax25" | "netrom" | "rose" | "x25" => {
                        let af = if hwname == "netrom" { "netrom" } else { hwname };
                        let ty: u16 = match hwname {
                            "ax25" => 3,
                            "netrom" => 0,
                            "rose" => 270,
                            _ => 271,
                        };
                        other_input(af, h, "hw").ok().map(|mut sa| {
                            sa[..2].copy_from_slice(&ty.to_ne_bytes());
                            sa
                        })
                    }
                    other => {
                        eprintln!("nlbox: ifconfig: hw {other}: not implemented");
                        return Err(Exit(1));
                    }
                };
                let Some(sa) = sa else {
                    let host: String = h.chars().take(127).collect();
                    eprintln!("{host}: invalid {hwname} address.");
                    goterr = 1;
                    i += 1;
                    continue;
                };
                ifr.set_sockaddr(&sa);
                if let Err(e) = ioc(c.skfd(), SIOCSIFHWADDR, &mut ifr) {
                    if e == libc::EBUSY {
                        eprintln!(
                            "SIOCSIFHWADDR: {} - you may need to down the interface",
                            strerror(e)
                        );
                    } else {
                        eprintln!("SIOCSIFHWADDR: {}", strerror(e));
                    }
                    goterr = 1;
                }
            }
            "add" | "del" => {
                let add = w == "add";
                let v = need(i + 1)?;
                i += 1;
                if v.contains(':') {
                    goterr |= ifaddr::addr6(&c, v, add, opt_v)?;
                } else {
                    let host: String = v.chars().take(127).collect();
                    match inet_resolve(&host) {
                        Err(h) => {
                            eprint!("{}", resolve::herror(&host, h));
                            goterr = 1;
                        }
                        Ok((ip, _)) => {
                            // One interface cache serves both steps, as in lib/interface.c.
                            let mut list = IfList::default();
                            match ifaddr::get_nmbc_parent(&c, &mut list, name) {
                                None => {
                                    eprintln!("Interface {name} not initialized");
                                    goterr = 1;
                                }
                                Some((nm, bc)) => {
                                    ifaddr::set_ifstate(&c, &mut list, name, ip, nm, bc, add)
                                }
                            }
                        }
                    }
                }
            }
            "keepalive" | "outfill" => {
                let v = need(i + 1)?;
                // ifr_data carries the number itself (SIOCSKEEPALIVE/SIOCSOUTFILL are
                // SIOCDEVPRIVATE and SIOCDEVPRIVATE+2 in linux/if_slip.h).
                ifr.union_mut()[..8].copy_from_slice(&(atoi(v) as i64).to_ne_bytes());
                let (req, label) = if w == "keepalive" {
                    (0x89f0, "SIOCSKEEPALIVE")
                } else {
                    (0x89f2, "SIOCSOUTFILL")
                };
                if let Err(e) = ioc(c.skfd(), req, &mut ifr) {
                    eprintln!("{label}: {}", strerror(e));
                    goterr = 1;
                }
                i += 1;
            }
            "mem_start" | "io_addr" | "irq" => {
                let v = need(i + 1)?;
                i += 1;
                if let Err(e) = ioc(c.skfd(), SIOCGIFMAP, &mut ifr) {
                    eprintln!("{w}: SIOCGIFMAP: {}", strerror(e));
                    goterr = 1;
                    i += 1;
                    continue;
                }
                let m = ifr.union_mut();
                match w.as_str() {
                    "mem_start" => {
                        m[..8].copy_from_slice(&crate::cli::parse::strtoul(v, 0).0.to_ne_bytes())
                    }
                    "io_addr" => m[16..18]
                        .copy_from_slice(&(crate::cli::parse::strtol(v, 0).0 as u16).to_ne_bytes()),
                    _ => m[18] = atoi(v) as u8,
                }
                if let Err(e) = ioc(c.skfd(), SIOCSIFMAP, &mut ifr) {
                    eprintln!("{w}: SIOCSIFMAP: {}", strerror(e));
                    goterr = 1;
                }
            }
            "media" | "port" => {
                let v = need(i + 1)?;
                i += 1;
                if v.eq_ignore_ascii_case("auto") {
                    // ifconfig.c does not step past "auto": the word is read again next,
                    // as an address.
                    goterr |= c.set_flag(IFF_AUTOMEDIA);
                    continue;
                }
                const PORTS: [&[&str]; 7] = [
                    &["unknown"],
                    &["10base2", "bnc", "coax"],
                    &["10baseT", "utp", "tpe"],
                    &["AUI", "thick", "db15"],
                    &["100baseT"],
                    &["100baseTX"],
                    &["100baseFX"],
                ];
                let (n, used, _) = crate::cli::parse::strtol(v, 10);
                let newport = if used == v.len() && !v.is_empty() {
                    n as i32
                } else {
                    PORTS
                        .iter()
                        .position(|names| names.iter().any(|p| p.eq_ignore_ascii_case(v)))
                        .map_or(-1, |p| p as i32)
                };
                if newport == -1 {
                    eprintln!("Unknown media type.");
                    goterr = 1;
                } else if let Err(e) = ioc(c.skfd(), SIOCGIFMAP, &mut ifr) {
                    eprintln!("port: SIOCGIFMAP: {}", strerror(e));
                    goterr = 1;
                } else {
                    ifr.union_mut()[20] = newport as u8;
                    if let Err(e) = ioc(c.skfd(), SIOCSIFMAP, &mut ifr) {
                        eprintln!("port: SIOCSIFMAP: {}", strerror(e));
                        goterr = 1;
                    }
                }
            }
            "tunnel" => {
                let v = need(i + 1)?;
                i += 1;
                goterr |= ifaddr::tunnel6(&c, v)?;
            }
            _ => {
                let mut host: String = w.chars().take(127).collect();
                if c.af == Af::Inet {
                    if let Some(p) = host.find('/') {
                        let tail = host[p + 1..].to_string();
                        host.truncate(p);
                        let (v, used, _) = crate::cli::parse::strtoul(&tail, 0);
                        if used != tail.len() {
                            return Err(Exit(usage(3)));
                        }
                        if didnetmask {
                            return Err(Exit(usage(3)));
                        }
                        let m = !(0xffff_ffffu32 >> (v as u32 & 31));
                        neednetmask = Some(super::ioctl::sockaddr_in(m.to_be_bytes()));
                    }
                }
                let sa = match c.af {
                    Af::Inet => match inet_resolve(&host) {
                        Ok((a, _)) => super::ioctl::sockaddr_in(a),
                        Err(h) => {
                            eprint!("{}", resolve::herror(&host, h));
                            eprintln!("ifconfig: `--help' gives usage information.");
                            return Err(Exit(1));
                        }
                    },
                    // These families have no input() in net-tools.
                    Af::Unix | Af::Closed("ddp" | "ash" | "unspec") => {
                        eprintln!("ifconfig: Cannot set address for this protocol family.");
                        return Err(Exit(1));
                    }
                    Af::Inet6 => match c.input(&host, "address") {
                        Ok(_) => {
                            eprintln!("Don't know how to set addresses for family 10.");
                            return Err(Exit(1));
                        }
                        Err(msg) => {
                            eprint!("{msg}");
                            eprintln!("ifconfig: `--help' gives usage information.");
                            return Err(Exit(1));
                        }
                    },
                    Af::Closed(af) => match c.input(&host, "address") {
                        Ok(sa) => {
                            let fam = u16::from_ne_bytes([sa[0], sa[1]]);
                            if af == "ec" {
                                eprintln!("No support for ECONET on this system.");
                            } else {
                                eprintln!("Don't know how to set addresses for family {fam}.");
                            }
                            return Err(Exit(1));
                        }
                        Err(msg) => {
                            eprint!("{msg}");
                            if !msg.starts_with("nlbox:") {
                                eprintln!("ifconfig: `--help' gives usage information.");
                            }
                            return Err(Exit(1));
                        }
                    },
                };
                ifr.set_sockaddr(&sa);
                if let Err(e) = ioc(socks.inet.as_ref(), SIOCSIFADDR, &mut ifr) {
                    eprintln!("SIOCSIFADDR: {}", strerror(e));
                    goterr = 1;
                }
                let colon = name.contains(':');
                let bring_up = !(colon && (name.ends_with('-') || sa[4..8] == [0, 0, 0, 0]));
                if bring_up {
                    goterr |= c.set_flag(IFF_UP | IFF_RUNNING);
                }
            }
        }
        i += 1;
    }
    if let Some(m) = neednetmask {
        ifr.set_sockaddr(&m);
        if let Err(e) = ioc(c.skfd(), SIOCSIFNETMASK, &mut ifr) {
            eprintln!("SIOCSIFNETMASK: {}", strerror(e));
            goterr |= 1;
        }
    }
    if opt_v && goterr != 0 {
        eprintln!("WARNING: at least one error occured. ({goterr})");
    }
    Ok(goterr & 0xff)
}
