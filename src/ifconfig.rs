//! The `ifconfig` applet: net-tools 2.10 ifconfig.c. Listings come from /proc/net/dev,
//! SIOCGIFCONF and the SIOCGIF* ioctls (nettools::iface); changes are SIOCSIF* ioctls
//! made in argument order, each failure reported and the run carried on, like the C tool.
use crate::nettools::iface::{self, IfList, Socks, *};
use crate::nettools::ioctl::IfReq;
use crate::nettools::{atoi, inet, resolve, strerror};
use std::io::Write;
use std::os::fd::OwnedFd;

const USAGE: &str = "Usage:
  ifconfig [-a] [-v] [-s] <interface> [[<AF>] <address>]
  [add <address>[/<prefixlen>]]
  [del <address>[/<prefixlen>]]
  [[-]broadcast [<address>]]  [[-]pointopoint [<address>]]
  [netmask <address>]  [dstaddr <address>]  [tunnel <address>]
  [outfill <NN>] [keepalive <NN>]
  [hw <HW> <address>]  [mtu <NN>]
  [[-]trailers]  [[-]arp]  [[-]allmulti]
  [multicast]  [[-]promisc]
  [mem_start <NN>]  [io_addr <NN>]  [irq <NN>]  [media <type>]
  [txqueuelen <NN>]
  [name <newname>]
  [[-]dynamic]
  [up|down] ...

  <HW>=Hardware Type.
  List of possible hardware types:
";
const USAGE2: &str = "  <AF>=Address family. Default: inet\n  List of possible address families:\n";

/// usage(rc): the text on stdout for rc 0 (stderr otherwise); the lists always on stderr.
fn usage(rc: i32) -> i32 {
    let mut so = std::io::stdout().lock();
    let mut se = std::io::stderr().lock();
    if rc == 0 {
        let _ = so.write_all(USAGE.as_bytes());
        let _ = se.write_all(HWLIST.as_bytes());
        let _ = so.write_all(USAGE2.as_bytes());
    } else {
        let _ = se.write_all(USAGE.as_bytes());
        let _ = se.write_all(HWLIST.as_bytes());
        let _ = se.write_all(USAGE2.as_bytes());
    }
    let _ = se.write_all(AFLIST.as_bytes());
    let _ = so.flush();
    rc
}

/// A usage() exit inside the argument loop.
struct Exit(i32);

pub fn main(argv: Vec<String>) -> i32 {
    let mut args = argv.into_iter().skip(1).peekable();
    let mut opt_a = false;
    let mut short = false;
    let mut opt_v = false;
    while let Some(a) = args.peek() {
        if !a.starts_with('-') {
            break;
        }
        match a.as_str() {
            "-a" => opt_a = true,
            "-s" => short = true,
            "-v" => opt_v = true,
            "-V" | "-version" | "--version" => {
                println!("net-tools 2.10");
                return 0;
            }
            "-?" | "-h" | "-help" | "--help" => return usage(0),
            other => {
                eprintln!("ifconfig: option `{other}' not recognised.");
                eprintln!("ifconfig: `--help' gives usage information.");
                return 1;
            }
        }
        args.next();
    }
    let socks = Socks::open();
    if socks.generic().is_none() {
        eprintln!("No usable address families found.");
        eprintln!("socket: {}", strerror(crate::nettools::errno()));
        return 1;
    }
    let rest: Vec<String> = args.collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let Some(name) = rest.first() else {
        let r = show_all(&mut out, &socks, opt_a, short);
        let _ = out.flush();
        return r;
    };
    let name: String = IfReq::new(name).name();
    if rest.len() == 1 {
        let r = show_one(&mut out, &socks, &name, short);
        let _ = out.flush();
        return r;
    }
    drop(out);
    match configure(&socks, &name, &rest[1..], opt_v) {
        Ok(code) => code,
        Err(Exit(code)) => code,
    }
}

fn header<W: Write>(out: &mut W, short: bool) {
    if short {
        let _ = writeln!(
            out,
            "Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg"
        );
    }
}

fn print<W: Write>(out: &mut W, ife: &iface::Iface, short: bool) -> Result<(), i32> {
    if short {
        let _ = iface::print_short(out, ife);
        return Ok(());
    }
    match iface::print_long(out, ife) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(msg)) => {
            let _ = out.flush();
            eprint!("{msg}");
            Err(1)
        }
        Err(_) => Err(1),
    }
}

fn show_all<W: Write>(out: &mut W, socks: &Socks, opt_a: bool, short: bool) -> i32 {
    header(out, short);
    let mut list = IfList::default();
    let proc_err = list.read_proc(None);
    let conf_err = list.read_conf(socks);
    if let Err(e) = &proc_err {
        let _ = out.flush();
        eprint!("{e}");
    }
    if let (Err(_), Err(e)) = (&proc_err, &conf_err) {
        let _ = out.flush();
        eprint!("{e}");
        return 1;
    }
    for ife in list.list.iter_mut() {
        if let Err(e) = iface::fetch(ife, socks.generic(), socks) {
            let _ = out.flush();
            eprint!("{}", iface::fetch_error(&ife.name, e));
            return 1;
        }
        if ife.flags & IFF_UP != 0 || opt_a {
            if let Err(c) = print(out, ife, short) {
                return c;
            }
        }
    }
    0
}

fn show_one<W: Write>(out: &mut W, socks: &Socks, name: &str, short: bool) -> i32 {
    header(out, short);
    let mut list = IfList::default();
    if let Err(e) = list.read_proc(Some(name)) {
        let _ = out.flush();
        eprint!("{e}");
        return 1;
    }
    let idx = list.add(name);
    let Some(ife) = list.list.get_mut(idx) else {
        return 1;
    };
    if let Err(e) = iface::fetch(ife, socks.generic(), socks) {
        let _ = out.flush();
        eprint!("{}", iface::fetch_error(&ife.name, e));
        return 1;
    }
    match print(out, ife, short) {
        Ok(()) => 0,
        Err(c) => c,
    }
}

/// The address family the word after the interface names (get_aftype), and its socket.
#[derive(Clone, Copy, PartialEq)]
enum Af {
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

struct Ctx<'a> {
    socks: &'a Socks,
    name: String,
    af: Af,
}

impl Ctx<'_> {
    fn skfd(&self) -> Option<&OwnedFd> {
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

    fn set_flag_on(&self, name: &str, flag: i16) -> i32 {
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

    fn clr_flag_on(&self, name: &str, flag: i16) -> i32 {
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
                .map(|(a, _)| crate::nettools::ioctl::sockaddr_in(a))
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
            _ => Err(format!(
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

fn configure(socks: &Socks, name: &str, words: &[String], opt_v: bool) -> Result<i32, Exit> {
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
                            Ok((a, false)) => Ok(crate::nettools::ioctl::sockaddr_in(a)),
                            Ok((_, true)) => Err(resolve::herror(h, 0)),
                            Err(e) => Err(resolve::herror(h, e)),
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
                let Some(hwname) = iface::hw_by_name(t) else {
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
                    goterr |= addr6(&c, v, add, opt_v)?;
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
                            match get_nmbc_parent(&c, &mut list, name) {
                                None => {
                                    eprintln!("Interface {name} not initialized");
                                    goterr = 1;
                                }
                                Some((nm, bc)) => set_ifstate(&c, &mut list, name, ip, nm, bc, add),
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
                goterr |= tunnel6(&c, v)?;
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
                        neednetmask = Some(crate::nettools::ioctl::sockaddr_in(m.to_be_bytes()));
                    }
                }
                let sa = match c.af {
                    Af::Inet => match inet_resolve(&host) {
                        Ok((a, _)) => crate::nettools::ioctl::sockaddr_in(a),
                        Err(h) => {
                            eprint!("{}", resolve::herror(&host, h));
                            eprintln!("ifconfig: `--help' gives usage information.");
                            return Err(Exit(1));
                        }
                    },
                    Af::Unix => {
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
                    _ => {
                        eprintln!("nlbox: ifconfig: setting a non-inet address: not implemented");
                        return Err(Exit(1));
                    }
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

/// `add`/`del` of an IPv6 address: SIOCSIFADDR/SIOCDIFADDR with struct in6_ifreq.
fn addr6(c: &Ctx, v: &str, add: bool, opt_v: bool) -> Result<i32, Exit> {
    let mut text = v.to_string();
    let prefix_len: u64 = match text.find('/') {
        Some(p) => {
            // atol() into an unsigned long: a negative length wraps and fails the > 128 test.
            let n = crate::cli::parse::strtol(&text[p + 1..], 10).0 as u64;
            if n > 128 {
                return Err(Exit(usage(3)));
            }
            text.truncate(p);
            n
        }
        None => 128,
    };
    let host: String = text.chars().take(127).collect();
    let Some(a) = inet::pton6(&host) else {
        eprint!("{}", resolve::herror(&host, 0));
        return Ok(1);
    };
    let Some(fd) = c.socks.inet6.as_ref() else {
        eprintln!("No support for INET6 on this system.");
        return Ok(1);
    };
    let mut ifr = IfReq::new(&c.name);
    if let Err(e) = crate::nettools::ioctl::ioctl_ifr(fd, SIOGIFINDEX, &mut ifr) {
        eprintln!("SIOGIFINDEX: {}", strerror(e));
        return Ok(1);
    }
    let idx = ifr.int();
    let mut r = [0u8; 24];
    r[..16].copy_from_slice(&a);
    r[16..20].copy_from_slice(&(prefix_len as u32).to_ne_bytes());
    r[20..24].copy_from_slice(&idx.to_ne_bytes());
    if add {
        if let Err(e) = crate::nettools::ioctl::ioctl_buf(fd, SIOCSIFADDR, &mut r) {
            eprintln!("SIOCSIFADDR: {}", strerror(e));
            return Ok(1);
        }
    } else {
        if opt_v {
            eprintln!(
                "now deleting: ioctl(SIOCDIFADDR,{{ifindex={idx},prefixlen={}}})",
                prefix_len as i64
            );
        }
        if let Err(e) = crate::nettools::ioctl::ioctl_buf(fd, SIOCDIFADDR, &mut r) {
            eprintln!("SIOCDIFADDR: {}", strerror(e));
            return Ok(1);
        }
    }
    Ok(0)
}

/// lib/ether.c in_ether: one or two hex digits per byte, ':' optional, trailing junk ignored.
fn in_ether(s: &str) -> Option<[u8; 16]> {
    let b = s.as_bytes();
    let mut sa = [0u8; 16];
    sa[..2].copy_from_slice(&1u16.to_ne_bytes());
    let hex = |c: u8| (c as char).to_digit(16);
    let mut p = 0;
    let mut i = 0;
    while p < b.len() && i < 6 {
        let mut val = hex(b[p])?;
        p += 1;
        let c = b.get(p).copied().unwrap_or(0);
        if let Some(d) = hex(c) {
            val = (val << 4) | d;
        } else if c != b':' && c != 0 {
            return None;
        }
        if c != 0 {
            p += 1;
        }
        sa[2 + i] = val as u8;
        i += 1;
        if b.get(p) == Some(&b':') {
            p += 1;
        }
    }
    Some(sa)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ether_input() {
        let sa = in_ether("02:00:00:00:00:1").unwrap_or([0; 16]);
        assert_eq!(&sa[2..8], &[2, 0, 0, 0, 0, 1]);
        assert!(in_ether("zz").is_none());
        let sa = in_ether("2:0:0:0:0:a").unwrap_or([0; 16]);
        assert_eq!(&sa[2..8], &[2, 0, 0, 0, 0, 10]);
    }
}

/// `tunnel ADDR[/LEN]`: SIOCSIFDSTADDR with a struct in6_ifreq on the inet6 socket.
fn tunnel6(c: &Ctx, v: &str) -> Result<i32, Exit> {
    let mut text = v.to_string();
    let prefix_len: u64 = match text.find('/') {
        Some(p) => {
            let n = crate::cli::parse::strtol(&text[p + 1..], 10).0 as u64;
            if n > 128 {
                return Err(Exit(usage(3)));
            }
            text.truncate(p);
            n
        }
        None => 128,
    };
    let host: String = text.chars().take(127).collect();
    let Some(a) = inet::pton6(&host) else {
        eprint!("{}", resolve::herror(&host, 0));
        return Ok(1);
    };
    let Some(fd) = c.socks.inet6.as_ref() else {
        eprintln!("No support for INET6 on this system.");
        return Ok(1);
    };
    let mut ifr = IfReq::new(&c.name);
    if let Err(e) = crate::nettools::ioctl::ioctl_ifr(fd, SIOGIFINDEX, &mut ifr) {
        eprintln!("SIOGIFINDEX: {}", strerror(e));
        return Ok(1);
    }
    let mut r = [0u8; 24];
    r[..16].copy_from_slice(&a);
    r[16..20].copy_from_slice(&(prefix_len as u32).to_ne_bytes());
    r[20..24].copy_from_slice(&ifr.int().to_ne_bytes());
    if let Err(e) = crate::nettools::ioctl::ioctl_buf(fd, SIOCSIFDSTADDR, &mut r) {
        eprintln!("SIOCSIFDSTADDR: {}", strerror(e));
        return Ok(1);
    }
    Ok(0)
}

/// get_nmbc_parent: the parent's netmask and broadcast (None when /proc/net/dev fails).
/// A failing fetch prints its complaint and leaves both zero.
fn get_nmbc_parent(c: &Ctx, list: &mut IfList, parent: &str) -> Option<([u8; 4], [u8; 4])> {
    list.read_proc(Some(parent)).ok()?;
    let idx = list.add(parent);
    let ife = list.list.get_mut(idx)?;
    if let Err(e) = iface::fetch(ife, c.skfd(), c.socks) {
        eprint!("{}", iface::fetch_error(&ife.name, e));
        return Some(([0; 4], [0; 4]));
    }
    let a = ife.addr.unwrap_or([[0; 16]; 4]);
    let q = |s: &[u8; 16]| [s[4], s[5], s[6], s[7]];
    Some((q(&a[3]), q(&a[2])))
}

/// set_ifstate: bring the alias of `parent` holding `ip` up (add) or down (del); when no
/// alias has it, make a new one "parent:N" with the first free N (both for add and del,
/// as net-tools does). Errors of the new alias's ioctls are silent, like the C code.
fn set_ifstate(
    c: &Ctx,
    list: &mut IfList,
    parent: &str,
    ip: [u8; 4],
    nm: [u8; 4],
    bc: [u8; 4],
    up: bool,
) {
    let _ = list.read_proc(None);
    let _ = list.read_conf(c.socks);
    let mut used = [false; 256];
    for ife in list.list.iter_mut() {
        if let Err(e) = iface::fetch(ife, c.skfd(), c.socks) {
            eprint!("{}", iface::fetch_error(&ife.name, e));
            continue;
        }
        if !ife.name.as_bytes().starts_with(parent.as_bytes()) {
            continue;
        }
        let Some(colon) = ife.name.find(':') else {
            continue;
        };
        let z = &ife.name[colon + 1..];
        if z.contains('-') {
            continue;
        }
        let n = atoi(z);
        let Ok(n) = usize::try_from(n) else {
            std::process::abort();
        };
        let Some(slot) = used.get_mut(n) else {
            std::process::abort();
        };
        *slot = true;
        let dst = ife
            .addr
            .map(|a| [a[1][4], a[1][5], a[1][6], a[1][7]])
            .unwrap_or([0; 4]);
        if dst != ip {
            continue;
        }
        if up {
            c.set_flag_on(&ife.name, IFF_UP | IFF_RUNNING);
        } else {
            c.clr_flag_on(&ife.name, IFF_UP);
        }
        return;
    }
    let Some(free) = used.iter().position(|u| !u) else {
        return;
    };
    let full = format!("{parent}:{free}");
    if full.len() > 16 {
        return;
    }
    let alias: String = full.chars().take(15).collect();
    let set = |req: libc::c_ulong, a: [u8; 4]| -> bool {
        let mut r = IfReq::new(&alias);
        r.set_sockaddr(&crate::nettools::ioctl::sockaddr_in(a));
        ioc(c.skfd(), req, &mut r).is_ok()
    };
    if !set(SIOCSIFADDR, ip) || !set(SIOCSIFNETMASK, nm) || !set(SIOCSIFBRDADDR, bc) {
        return;
    }
    c.set_flag_on(&alias, IFF_BROADCAST);
}
