//! `route add|del`: lib/inet_sr.c INET_setroute (struct rtentry) and lib/inet6_sr.c
//! INET6_setroute (struct in6_rtmsg), both through SIOCADDRT/SIOCDELRT like net-tools.
use super::inet;
use super::ioctl;
use super::resolve;

pub const E_LOOKUP: i32 = 6;
pub const E_SOCK: i32 = 7;
pub const E_OPTERR: i32 = 3;

const RTF_UP: u16 = 0x0001;
const RTF_GATEWAY: u16 = 0x0002;
const RTF_HOST: u16 = 0x0004;
const RTF_REINSTATE: u16 = 0x0008;
const RTF_DYNAMIC: u16 = 0x0010;
const RTF_MODIFIED: u16 = 0x0020;
const RTF_MSS: u16 = 0x0040;
const RTF_WINDOW: u16 = 0x0080;
const RTF_IRTT: u16 = 0x0100;
const RTF_REJECT: u16 = 0x0200;

const SIOCADDRT: libc::c_ulong = 0x890B;
const SIOCDELRT: libc::c_ulong = 0x890C;
const SIOGIFINDEX: libc::c_ulong = 0x8933;

pub const INET_USAGE: &str = "\
Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
       inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                              [netmask N] [mss Mss] [window W] [irtt I]
                              [mod] [dyn] [reinstate] [[dev] If]
       inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
       inet_route [-FC] flush      NOT supported
";

pub const INET6_USAGE: &str = "\
Usage: inet6_route [-vF] del Target
       inet6_route [-vF] add Target [gw Gw] [metric M] [[dev] If]
       inet6_route [-FC] flush      NOT supported
";

/// What a failed edit prints: stdout text (usage with rc 0), stderr text, exit code.
pub struct Outcome {
    pub out: String,
    pub err: String,
    pub code: i32,
}

impl Outcome {
    fn ok() -> Outcome {
        Outcome {
            out: String::new(),
            err: String::new(),
            code: 0,
        }
    }
    fn err(err: String, code: i32) -> Outcome {
        Outcome {
            out: String::new(),
            err,
            code,
        }
    }
    /// A usage() call of inet_sr.c/inet6_sr.c: stdout for rc 0, stderr otherwise.
    fn usage(pre: String, text: &str, rc: i32) -> Outcome {
        if rc == 0 {
            Outcome {
                out: text.to_string(),
                err: pre,
                code: 0,
            }
        } else {
            Outcome {
                out: String::new(),
                err: pre + text,
                code: rc,
            }
        }
    }
}

/// INET_resolve: Ok((address, is_net)) or Err(h_errno).
fn inet_resolve(name: &str, hostfirst: bool) -> Result<([u8; 4], bool), i32> {
    if name == "default" {
        return Ok(([0; 4], true));
    }
    if let Some(a) = inet::inet_aton(name) {
        return Ok((a.to_be_bytes(), false));
    }
    if hostfirst {
        if let Ok(a) = resolve::gethostbyname4(name) {
            return Ok((a, false));
        }
    }
    if let Some(n) = resolve::getnetbyname(name) {
        return Ok((n.to_be_bytes(), true));
    }
    if hostfirst {
        // getnetbyname's failure left HOST_NOT_FOUND in h_errno.
        return Err(resolve::HOST_NOT_FOUND);
    }
    resolve::gethostbyname4(name).map(|a| (a, false))
}

/// lib/inet.c INET_getnetmask: strips "/N" from the target; Some(Ok(mask, "/N")).
fn getnetmask(target: &mut String) -> Option<Result<(u32, String), ()>> {
    let slash = target.find('/')?;
    let tail = target[slash + 1..].to_string();
    target.truncate(slash);
    let (v, used, _) = crate::cli::parse::strtoul(&tail, 0);
    if used != tail.len() {
        return Some(Err(()));
    }
    let prefix = v as i32;
    // x86 shifts a 32-bit value by the count modulo 32: "/32" yields mask 0 in net-tools.
    let m = !(0xffff_ffffu32 >> (prefix as u32 & 31));
    Some(Ok((m, format!("/{prefix}"))))
}

fn sockaddr_mask(m_host: u32) -> [u8; 16] {
    ioctl::sockaddr_in(m_host.to_be_bytes())
}

pub fn inet_setroute(add: bool, args: &[String]) -> Outcome {
    let usage = |pre: String| Outcome::usage(pre, INET_USAGE, E_OPTERR);
    let mut i = 0;
    let mut xflag = 0;
    match args.first().map(String::as_str) {
        Some("#net") => {
            xflag = 1;
            i += 1;
        }
        Some("#host") => {
            xflag = 2;
            i += 1;
        }
        _ => {}
    }
    let Some(t) = args.get(i) else {
        return usage(String::new());
    };
    i += 1;
    // safe_strncpy(target, ..., 128)
    let mut target = t.chars().take(127).collect::<String>();
    let mut netmask_text = "default".to_string();
    let mut genmask = [0u8; 16];
    let mut mask_addr: u32 = 0; // network order raw, as mask_in_addr() reads it
    match getnetmask(&mut target) {
        Some(Err(())) => return usage(String::new()),
        Some(Ok((m, text))) => {
            netmask_text = text;
            genmask = sockaddr_mask(m);
            mask_addr = u32::from_ne_bytes(m.to_be_bytes());
        }
        None => {}
    }
    let (dst, mut isnet) = match inet_resolve(&target, xflag == 2) {
        Ok(v) => v,
        Err(h) => return Outcome::err(resolve::herror(&target, h), E_LOOKUP),
    };
    match xflag {
        1 => isnet = true,
        2 => isnet = false,
        _ => {}
    }
    let mut flags: u16 = RTF_UP | RTF_HOST;
    if isnet {
        flags &= !RTF_HOST;
    }
    let mut gateway = [0u8; 16];
    let mut metric: i16 = 0;
    let mut mtu: u64 = 0;
    let mut window: u64 = 0;
    let mut irtt: u16 = 0;
    let mut dev: Option<String> = None;
    while let Some(a) = args.get(i) {
        let next = args.get(i + 1);
        match a.as_str() {
            "metric" => {
                let Some(v) = next.filter(|v| v.as_bytes().first().is_some_and(u8::is_ascii_digit))
                else {
                    return usage(String::new());
                };
                metric = super::atoi(v).wrapping_add(1) as i16;
                i += 2;
            }
            "netmask" => {
                let Some(v) = next else {
                    return usage(String::new());
                };
                if mask_addr != 0 {
                    return usage(String::new());
                }
                netmask_text = v.chars().take(127).collect();
                match inet_resolve(&netmask_text, false) {
                    Ok((m, _)) => {
                        genmask = ioctl::sockaddr_in(m);
                        mask_addr = u32::from_ne_bytes(m);
                    }
                    Err(h) => return Outcome::err(resolve::herror(&netmask_text, h), E_LOOKUP),
                }
                i += 2;
            }
            "gw" | "gateway" => {
                let Some(v) = next else {
                    return usage(String::new());
                };
                if flags & RTF_GATEWAY != 0 {
                    return usage(String::new());
                }
                let g: String = v.chars().take(127).collect();
                match inet_resolve(&g, true) {
                    Ok((_, true)) => {
                        return usage(format!("route: {g}: cannot use a NETWORK as gateway!\n"))
                    }
                    Ok((ga, false)) => gateway = ioctl::sockaddr_in(ga),
                    Err(h) => return Outcome::err(resolve::herror(&g, h), E_LOOKUP),
                }
                flags |= RTF_GATEWAY;
                i += 2;
            }
            "mss" | "mtu" => {
                flags |= RTF_MSS;
                let Some(v) = next else {
                    return usage(String::new());
                };
                mtu = super::atoi(v) as i64 as u64;
                i += 2;
                if !(64..=65536).contains(&mtu) {
                    return usage("route: Invalid MSS/MTU.\n".into());
                }
            }
            "window" => {
                let Some(v) = next else {
                    return usage(String::new());
                };
                flags |= RTF_WINDOW;
                window = super::atoi(v) as i64 as u64;
                i += 2;
                if window < 128 {
                    return usage("route: Invalid window.\n".into());
                }
            }
            "irtt" => {
                let Some(v) = next else {
                    return usage(String::new());
                };
                flags |= RTF_IRTT;
                // rt_irtt is an unsigned short, then scaled by HZ/100 (1 with USER_HZ 100).
                irtt = super::atoi(v) as u16;
                i += 2;
            }
            "reject" => {
                flags |= RTF_REJECT;
                i += 1;
            }
            "mod" => {
                flags |= RTF_MODIFIED;
                i += 1;
            }
            "dyn" => {
                flags |= RTF_DYNAMIC;
                i += 1;
            }
            "reinstate" => {
                flags |= RTF_REINSTATE;
                i += 1;
            }
            "device" | "dev" => {
                let Some(v) = next else {
                    return usage(String::new());
                };
                if dev.is_some() {
                    return usage(String::new());
                }
                dev = Some(v.clone());
                i += 2;
            }
            _ => {
                if dev.is_some() || next.is_some() {
                    return usage(String::new());
                }
                dev = Some(a.clone());
                i += 1;
            }
        }
    }
    if flags & RTF_REJECT != 0 && dev.is_none() {
        dev = Some("lo".into());
    }
    if mask_addr != 0 {
        let mask = !u32::from_be(mask_addr);
        if flags & RTF_HOST != 0 && mask != 0xffff_ffff {
            return usage(format!(
                "route: netmask {mask:08x} doesn't make sense with host route\n"
            ));
        }
        if mask & mask.wrapping_add(1) != 0 {
            return usage(format!("route: bogus netmask {netmask_text}\n"));
        }
        if u32::from_ne_bytes(dst) & !mask_addr != 0 {
            return usage("route: netmask doesn't match route address\n".into());
        }
    }
    if add && flags & RTF_HOST != 0 {
        genmask[4..8].copy_from_slice(&[0xff; 4]);
    }
    let Some(sock) = ioctl::socket(libc::AF_INET) else {
        return Outcome::err(
            format!("socket: {}\n", super::strerror(super::errno())),
            E_SOCK,
        );
    };
    let cdev = match dev.as_deref().map(std::ffi::CString::new) {
        Some(Ok(c)) => Some(c),
        Some(Err(_)) => Some(std::ffi::CString::default()),
        None => None,
    };
    let mut rt: libc::rtentry = unsafe_zeroed_rtentry();
    rt.rt_dst = to_sockaddr(&ioctl::sockaddr_in(dst));
    rt.rt_gateway = to_sockaddr(&gateway);
    rt.rt_genmask = to_sockaddr(&genmask);
    rt.rt_flags = flags;
    rt.rt_metric = metric;
    rt.rt_mtu = mtu as libc::c_ulong;
    rt.rt_window = window as libc::c_ulong;
    rt.rt_irtt = irtt;
    rt.rt_dev = cdev
        .as_ref()
        .map_or(std::ptr::null_mut(), |c| c.as_ptr() as *mut libc::c_char);
    let req = if add { SIOCADDRT } else { SIOCDELRT };
    let name = if add { "SIOCADDRT" } else { "SIOCDELRT" };
    // SAFETY: rt is a complete struct rtentry; rt_dev points at a CString alive here.
    let r = unsafe {
        libc::ioctl(
            std::os::fd::AsRawFd::as_raw_fd(&sock),
            req as _,
            &mut rt as *mut libc::rtentry,
        )
    };
    if r < 0 {
        return Outcome::err(
            format!("{name}: {}\n", super::strerror(super::errno())),
            E_SOCK,
        );
    }
    Outcome::ok()
}

fn unsafe_zeroed_rtentry() -> libc::rtentry {
    // SAFETY: rtentry is plain old data (integers, sockaddrs, a nullable pointer): all-zero
    // bytes are a valid value, exactly what net-tools' memset gives.
    unsafe { std::mem::zeroed() }
}

fn to_sockaddr(b: &[u8; 16]) -> libc::sockaddr {
    let mut sa: libc::sockaddr = libc::sockaddr {
        sa_family: u16::from_ne_bytes([b[0], b[1]]),
        sa_data: [0; 14],
    };
    for (d, s) in sa.sa_data.iter_mut().zip(&b[2..]) {
        *d = *s as libc::c_char;
    }
    sa
}

pub fn inet6_setroute(add: bool, args: &[String]) -> Outcome {
    let usage = || Outcome::usage(String::new(), INET6_USAGE, E_OPTERR);
    let Some(t) = args.first() else {
        return usage();
    };
    let mut target: String = t.chars().take(127).collect();
    let prefix_len: i32;
    let mut dst = [0u8; 16];
    if target == "default" {
        prefix_len = 0;
    } else {
        if let Some(p) = target.find('/') {
            // atol() then stored in an int
            prefix_len = crate::cli::parse::strtol(&target[p + 1..], 10).0 as i32;
            if !(0..=128).contains(&prefix_len) {
                return usage();
            }
            target.truncate(p);
        } else {
            prefix_len = 128;
        }
        match inet::pton6(&target) {
            Some(a) => dst = a,
            None => match resolve::getaddrinfo6(&target) {
                Ok(a) => dst = a,
                Err((eai, h)) => {
                    let mut e = format!("getaddrinfo: {target}: {eai}\n");
                    e.push_str(&resolve::herror(&target, h));
                    return Outcome::err(e, 1);
                }
            },
        }
    }
    let mut flags: u32 = u32::from(RTF_UP);
    if prefix_len == 128 {
        flags |= u32::from(RTF_HOST);
    }
    let mut metric: u32 = 1;
    let mut gw = [0u8; 16];
    let mut devname: Option<String> = None;
    let mut i = 1;
    while let Some(a) = args.get(i) {
        let next = args.get(i + 1);
        match a.as_str() {
            "metric" => {
                let Some(v) = next.filter(|v| v.as_bytes().first().is_some_and(u8::is_ascii_digit))
                else {
                    return usage();
                };
                metric = super::atoi(v) as u32;
                i += 2;
                continue;
            }
            "gw" | "gateway" => {
                let Some(v) = next else {
                    return usage();
                };
                if flags & u32::from(RTF_GATEWAY) != 0 {
                    return usage();
                }
                let g: String = v.chars().take(127).collect();
                match inet::pton6(&g) {
                    Some(x) => gw = x,
                    None => return Outcome::err(resolve::herror(&g, 0), E_LOOKUP),
                }
                flags |= u32::from(RTF_GATEWAY);
                i += 2;
                continue;
            }
            "mod" => {
                flags |= u32::from(RTF_MODIFIED);
                i += 1;
                continue;
            }
            "dyn" => {
                flags |= u32::from(RTF_DYNAMIC);
                i += 1;
                continue;
            }
            "device" | "dev" => {
                let Some(v) = next else {
                    return usage();
                };
                devname = Some(v.clone());
                i += 2;
            }
            _ => {
                if next.is_some() {
                    return usage();
                }
                devname = Some(a.clone());
                i += 1;
            }
        }
    }
    let Some(sock) = ioctl::socket(libc::AF_INET6) else {
        return Outcome::err(
            format!("socket: {}\n", super::strerror(super::errno())),
            E_SOCK,
        );
    };
    let mut ifindex: i32 = 0;
    if let Some(d) = &devname {
        let mut ifr = ioctl::IfReq::new(d);
        if let Err(e) = ioctl::ioctl_ifr(&sock, SIOGIFINDEX, &mut ifr) {
            return Outcome::err(format!("SIOGIFINDEX: {}\n", super::strerror(e)), E_SOCK);
        }
        ifindex = ifr.int();
    }
    let mut m = in6_rtmsg(&dst, &gw, prefix_len as u16, metric, flags, ifindex);
    let (req, name) = if add {
        (SIOCADDRT, "SIOCADDRT")
    } else {
        (SIOCDELRT, "SIOCDELRT")
    };
    if let Err(e) = ioctl::ioctl_buf(&sock, req, &mut m) {
        return Outcome::err(format!("{name}: {}\n", super::strerror(e)), E_SOCK);
    }
    Outcome::ok()
}

/// struct in6_rtmsg (linux/ipv6_route.h, 80 bytes on x86-64): dst, src, gateway, type,
/// dst_len, src_len, metric, info (an unsigned long at 64), flags, ifindex.
fn in6_rtmsg(
    dst: &[u8; 16],
    gw: &[u8; 16],
    dst_len: u16,
    metric: u32,
    flags: u32,
    ifindex: i32,
) -> [u8; 80] {
    let mut m = [0u8; 80];
    m[0..16].copy_from_slice(dst);
    m[32..48].copy_from_slice(gw);
    m[52..54].copy_from_slice(&dst_len.to_ne_bytes());
    m[56..60].copy_from_slice(&metric.to_ne_bytes());
    m[72..76].copy_from_slice(&flags.to_ne_bytes());
    m[76..80].copy_from_slice(&ifindex.to_ne_bytes());
    m
}

#[cfg(test)]
mod tests {
    #[test]
    fn in6_rtmsg_layout() {
        let dst = super::inet::pton6("2001:db8:6::").unwrap_or_default();
        let gw = super::inet::pton6("2001:db8::2").unwrap_or_default();
        let m = super::in6_rtmsg(&dst, &gw, 64, 20, 0x3, 5);
        assert_eq!(&m[..4], &[0x20, 0x01, 0x0d, 0xb8]);
        assert_eq!(&m[16..32], &[0; 16]);
        assert_eq!(m[47], 2);
        assert_eq!(&m[52..54], &64u16.to_ne_bytes());
        assert_eq!(&m[56..60], &20u32.to_ne_bytes());
        assert_eq!(&m[72..80], &[3, 0, 0, 0, 5, 0, 0, 0]);
    }

    use super::*;

    #[test]
    fn prefix_masks() {
        let mut t = "10.0.0.0/24".to_string();
        assert!(matches!(getnetmask(&mut t), Some(Ok((0xffffff00, _)))));
        assert_eq!(t, "10.0.0.0");
        let mut t = "10.0.0.0/32".to_string();
        assert!(matches!(getnetmask(&mut t), Some(Ok((0, _)))));
        let mut t = "10.0.0.0/x".to_string();
        assert!(matches!(getnetmask(&mut t), Some(Err(()))));
    }
}
