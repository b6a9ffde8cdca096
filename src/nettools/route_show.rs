//! `route` listings: lib/inet_gr.c rprint_fib/rprint_cache over /proc/net/route and
//! /proc/net/rt_cache, lib/inet6_gr.c rprint_fib6 over /proc/net/ipv6_route, and the
//! "not configured" answers of the other families net-tools was built with.
use super::inet;
use super::resolve;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};

pub const FLAG_EXT: i32 = 3;
pub const FLAG_NUM_HOST: i32 = 4;
pub const FLAG_SYM: i32 = 32;
pub const FLAG_CACHE: i32 = 64;
pub const FLAG_FIB: i32 = 128;

const RTF_UP: u32 = 0x0001;
const RTF_GATEWAY: u32 = 0x0002;
const RTF_HOST: u32 = 0x0004;
const RTF_REINSTATE: u32 = 0x0008;
const RTF_DYNAMIC: u32 = 0x0010;
const RTF_MODIFIED: u32 = 0x0020;
const RTF_MTU: u32 = 0x0040;
const RTF_WINDOW: u32 = 0x0080;
const RTF_IRTT: u32 = 0x0100;
const RTF_REJECT: u32 = 0x0200;
const RTF_NOTCACHED: u32 = 0x0400;
const RTF_DEFAULT: u32 = 0x0001_0000;
const RTF_ALLONLINK: u32 = 0x0002_0000;
const RTF_ADDRCONF: u32 = 0x0004_0000;
const RTF_NONEXTHOP: u32 = 0x0020_0000;
const RTF_EXPIRES: u32 = 0x0040_0000;
const RTF_CACHE: u32 = 0x0100_0000;
const RTF_FLOW: u32 = 0x0200_0000;
const RTF_POLICY: u32 = 0x0400_0000;
const RTF_LOCAL: u32 = 0x8000_0000;

/// The kernel's "%08X" of a __be32 back to address bytes (lib/inet.c INET_getsock).
fn hex_addr(s: &str) -> [u8; 4] {
    let mut v: u32 = 0;
    for (i, c) in s.bytes().take(8).enumerate() {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => break,
        };
        v |= u32::from(d) << (28 - 4 * i);
    }
    v.to_le_bytes()
}

/// sscanf "%d" / "%X" into an int: parse as long, keep the low 32 bits.
fn c_int(s: &str, base: u32) -> Option<i32> {
    // The kernel writes plain digits: up to 8 of them cannot overflow and mean the same
    // to strtol, so the general parser (sign, blanks, 0x, overflow) is skipped for them.
    if (1..=8).contains(&s.len()) {
        let mut v: u32 = 0;
        let plain = s.bytes().all(|c| match (c as char).to_digit(base) {
            Some(d) => {
                v = v * base + d;
                true
            }
            None => false,
        });
        if plain {
            return Some(v as i32);
        }
    }
    let (v, used, _) = crate::cli::parse::strtol(s, base);
    if used == 0 {
        return None;
    }
    Some(v as i32)
}

fn trunc(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut k = n;
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    &s[..k]
}

/// lib/inet.c INET_rresolve with its caller's flag bits: 0x8000 "default" for 0/0,
/// 0x4000 host lookup, 0x0fff numeric. Results are cached by (address, host) like its list.
struct Resolver {
    numeric: i32,
    cache: HashMap<(u32, bool), String>,
}

impl Resolver {
    fn new(numeric: i32) -> Resolver {
        Resolver {
            numeric,
            cache: HashMap::new(),
        }
    }

    /// Writes the name into `out` (cleared first); the hot numeric path allocates nothing.
    fn name_into(&mut self, out: &mut String, a: [u8; 4], flags: i32, netmask: u32) {
        out.clear();
        let numeric = self.numeric | flags;
        if numeric & 0x0fff != 0 {
            inet::push_v4(out, a);
            return;
        }
        let ad = u32::from_ne_bytes(a);
        if ad == 0 {
            if netmask == 0 {
                out.push_str(if numeric & 0x8000 != 0 {
                    "default"
                } else {
                    "*"
                });
            } else {
                out.push_str("0.0.0.0");
            }
            return;
        }
        let host = (ad & !netmask) != 0 || numeric & 0x4000 != 0;
        if let Some(n) = self.cache.get(&(ad, host)) {
            out.push_str(n);
            return;
        }
        let found = if host {
            resolve::gethostbyaddr4(a)
        } else {
            resolve::getnetbyaddr(u32::from_be_bytes(a))
        };
        match found {
            Some(n) => out.push_str(n),
            None => inet::push_v4(out, a),
        }
        self.cache.insert((ad, host), out.clone());
    }
}

#[cfg(test)]
fn flags4(iflags: u32) -> String {
    let mut f = String::new();
    flags4_into(&mut f, iflags);
    f
}

fn flags4_into(f: &mut String, iflags: u32) {
    f.clear();
    if iflags & RTF_UP != 0 {
        f.push('U');
    }
    if iflags & RTF_GATEWAY != 0 {
        f.push('G');
    }
    if iflags & RTF_REJECT != 0 {
        f.clear();
        f.push('!');
    }
    let rest: [(u32, &str); 17] = [
        (RTF_HOST, "H"),
        (RTF_REINSTATE, "R"),
        (RTF_DYNAMIC, "D"),
        (RTF_MODIFIED, "M"),
        (RTF_DEFAULT, "d"),
        (RTF_ALLONLINK, "a"),
        (RTF_ADDRCONF, "c"),
        (RTF_NONEXTHOP, "o"),
        (RTF_EXPIRES, "e"),
        (RTF_CACHE, "c"),
        (RTF_FLOW, "f"),
        (RTF_POLICY, "p"),
        (RTF_LOCAL, "l"),
        (RTF_MTU, "u"),
        (RTF_WINDOW, "w"),
        (RTF_IRTT, "i"),
        (RTF_NOTCACHED, "n"),
    ];
    for (bit, c) in rest {
        if iflags & bit != 0 {
            f.push_str(c);
        }
    }
}

/// `%-Ns ` into `line`: the text, spaces up to `width`, one more space.
fn pad_left(line: &mut Vec<u8>, text: &[u8], width: usize) {
    line.extend_from_slice(text);
    line.resize(line.len() + width.saturating_sub(text.len()) + 1, b' ');
}

/// `%d` of `v`, written into the end of `buf`.
fn int_text(buf: &mut [u8; 20], v: i32) -> &[u8] {
    let n = crate::output::fmt::decimal(u64::from(v.unsigned_abs()), buf).len();
    // An i32 has at most 10 digits: the sign has room before them.
    let start = if v < 0 {
        buf[19 - n] = b'-';
        19 - n
    } else {
        20 - n
    };
    &buf[start..]
}

/// rprint_fib: the IPv4 FIB from /proc/net/route.
pub fn rprint_fib<W: Write>(out: &mut W, ext: i32, numeric: i32) -> std::io::Result<i32> {
    let path = "/proc/net/route";
    let f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            out.flush()?;
            eprintln!("{path}: {}", super::strerror(e.raw_os_error().unwrap_or(0)));
            writeln!(out, "INET (IPv4) not configured in this system.")?;
            return Ok(1);
        }
    };
    fib_from(BufReader::with_capacity(1 << 16, f), out, ext, numeric)
}

/// rprint_fib's body over any /proc/net/route text (tests feed fixtures here).
pub fn fib_from<R: BufRead, W: Write>(
    mut rd: R,
    out: &mut W,
    ext: i32,
    numeric: i32,
) -> std::io::Result<i32> {
    writeln!(out, "Kernel IP routing table")?;
    match ext {
        1 => writeln!(out, "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface")?,
        2 => writeln!(out, "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface")?,
        3 => writeln!(out, "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt")?,
        _ => {}
    }
    let mut line = Vec::with_capacity(256);
    // The header (proc_gen_fmt checks that every column is there).
    if rd.read_until(b'\n', &mut line)? == 0 {
        return Ok(1);
    }
    let mut res = Resolver::new(numeric);
    let mut num = [0u8; 20];
    let mut outl: Vec<u8> = Vec::with_capacity(128);
    let (mut net, mut gate, mut maskt, mut fl) =
        (String::new(), String::new(), String::new(), String::new());
    loop {
        line.clear();
        if rd.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        // from_utf8 first: from_utf8_lossy's chunk iterator cost ~900 instructions a line.
        let text = match std::str::from_utf8(&line) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) => String::from_utf8_lossy(&line),
        };
        let mut it = text.split_ascii_whitespace();
        let mut fld: [&str; 11] = [""; 11];
        let mut n = 0;
        for slot in fld.iter_mut() {
            match it.next() {
                Some(w) => {
                    *slot = w;
                    n += 1;
                }
                None => break,
            }
        }
        if n < 10 {
            continue;
        }
        let Some(iflags) = c_int(fld[3], 16).map(|v| v as u32) else {
            continue;
        };
        if iflags & RTF_UP == 0 {
            continue;
        }
        let iface = trunc(fld[0], 15);
        let refcnt = c_int(fld[4], 10).unwrap_or(0);
        let use_ = c_int(fld[5], 10).unwrap_or(0);
        let metric = c_int(fld[6], 10).unwrap_or(0);
        let mss = c_int(fld[8], 10).unwrap_or(0);
        let window = c_int(fld[9], 10).unwrap_or(0);
        let irtt = if n > 10 {
            c_int(fld[10], 10).unwrap_or(0)
        } else {
            0
        };
        let dst = hex_addr(fld[1]);
        let gw = hex_addr(fld[2]);
        let mask = hex_addr(fld[7]);
        let host_bit = if iflags & RTF_HOST != 0 { 0x4000 } else { 0 };
        res.name_into(&mut net, dst, 0x8000 | host_bit, u32::from_ne_bytes(mask));
        let net = trunc(&net, 15);
        res.name_into(&mut gate, gw, 0x4000, 0xffff_ff00);
        let gate = trunc(&gate, 15);
        maskt.clear();
        inet::push_v4(&mut maskt, mask);
        flags4_into(&mut fl, iflags);
        let reject = iflags & RTF_REJECT != 0;
        match ext {
            1 if reject => writeln!(out, "{net:<15} -               {maskt:<15} {fl:<5} {metric:<6} -  {use_:>7} -")?,
            1 => {
                // The common `route -n` line, built without the fmt machinery (it was most
                // of the userland time for 100,000 routes).
                let o = &mut outl;
                o.clear();
                pad_left(o, net.as_bytes(), 15);
                pad_left(o, gate.as_bytes(), 15);
                pad_left(o, maskt.as_bytes(), 15);
                pad_left(o, fl.as_bytes(), 5);
                pad_left(o, int_text(&mut num, metric), 6);
                pad_left(o, int_text(&mut num, refcnt), 2);
                let u = int_text(&mut num, use_);
                o.resize(o.len() + 7usize.saturating_sub(u.len()), b' ');
                o.extend_from_slice(u);
                o.push(b' ');
                o.extend_from_slice(iface.as_bytes());
                o.push(b'\n');
                out.write_all(o)?;
            }
            2 if reject => writeln!(out, "{net:<15} -               {maskt:<15} {fl:<5}     - -          - -")?,
            2 => writeln!(out, "{net:<15} {gate:<15} {maskt:<15} {fl:<5} {mss:>5} {window:<5} {irtt:>6} {iface}")?,
            3 if reject => writeln!(out, "{net:<15} -               {maskt:<15} {fl:<5} {metric:<6} -  {use_:>7} -        -     -      -")?,
            3 => writeln!(out, "{net:<15} {gate:<15} {maskt:<15} {fl:<5} {metric:<6} {refcnt:<3} {use_:>6} {:<6}   {mss:<5} {window:<6} {irtt}", trunc(iface, 6))?,
            _ => {}
        }
    }
    Ok(0)
}

/// rprint_cache: the IPv4 routing cache. Kernels since 3.6 keep only the header in
/// /proc/net/rt_cache; an entry line would need the 2.2 layout's printer.
pub fn rprint_cache<W: Write>(out: &mut W, ext: i32) -> std::io::Result<Result<i32, String>> {
    let path = "/proc/net/rt_cache";
    let text = match std::fs::read(path) {
        Ok(t) => t,
        Err(e) => {
            out.flush()?;
            eprintln!("{path}: {}", super::strerror(e.raw_os_error().unwrap_or(0)));
            writeln!(out, "INET (IPv4) not configured in this system.")?;
            return Ok(Ok(1));
        }
    };
    let mut lines = text.split(|&b| b == b'\n');
    let head = String::from_utf8_lossy(lines.next().unwrap_or(b"")).into_owned();
    writeln!(out, "Kernel IP routing cache")?;
    let mut fmt = 0;
    for (k, bit) in [
        ("IRTT", 1),
        ("TOS", 2),
        ("HHRef", 4),
        ("HHUptod", 8),
        ("SpecDst", 16),
        ("HH", 32),
        ("ARP", 64),
    ] {
        if head.contains(k) {
            fmt |= bit;
        }
    }
    let format = match fmt {
        63 => 2,
        97 => 1,
        _ => {
            writeln!(out, "ERROR: proc_guess_fmt({path},... returned: {fmt}")?;
            0
        }
    };
    match ext {
        1 => writeln!(
            out,
            "Source          Destination     Gateway         Flags Metric Ref    Use Iface"
        )?,
        2 => writeln!(
            out,
            "Source          Destination     Gateway         Flags   MSS Window  irtt Iface"
        )?,
        _ => {}
    }
    if ext >= 3 && format == 1 {
        writeln!(out, "Source          Destination     Gateway         Flags Metric Ref    Use Iface    MSS   Window irtt  HH  Arp")?;
    }
    if ext >= 3 && format == 2 {
        writeln!(out, "Source          Destination     Gateway         Flags Metric Ref    Use Iface    MSS   Window irtt  TOS HHRef HHUptod     SpecDst")?;
    }
    if lines.any(|l| !l.iter().all(u8::is_ascii_whitespace)) {
        return Ok(Err(
            "nlbox: route: routing cache entries: not implemented".into()
        ));
    }
    Ok(Ok(0))
}

fn ipv6_hex(s: &str) -> Option<[u8; 16]> {
    if s.len() < 32 {
        return None;
    }
    let mut a = [0u8; 16];
    for (i, b) in a.iter_mut().enumerate() {
        *b = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(a)
}

/// INET6_sprint: numeric text, "[::]" for the unspecified address, else a hosts name.
fn sprint6(a: &[u8; 16], numeric: i32) -> String {
    let t = if numeric & 0x7fff != 0 {
        inet::ntop6(a)
    } else if a.iter().all(|&b| b == 0) {
        "[::]".to_string()
    } else {
        resolve::gethostbyaddr6(a)
            .map(str::to_string)
            .unwrap_or_else(|| inet::ntop6(a))
    };
    inet::fix_v4(&t, a)
}

/// rprint_fib6: /proc/net/ipv6_route; with RTF_CACHE in `numeric` only cache entries.
pub fn rprint_fib6<W: Write>(out: &mut W, numeric: i32) -> std::io::Result<i32> {
    let path = "/proc/net/ipv6_route";
    let f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            out.flush()?;
            eprintln!("{path}: {}", super::strerror(e.raw_os_error().unwrap_or(0)));
            writeln!(out, "INET6 (IPv6) not configured in this system.")?;
            return Ok(1);
        }
    };
    fib6_from(BufReader::with_capacity(1 << 16, f), out, numeric)
}

/// rprint_fib6's body over any /proc/net/ipv6_route text.
pub fn fib6_from<R: BufRead, W: Write>(
    mut rd: R,
    out: &mut W,
    numeric: i32,
) -> std::io::Result<i32> {
    let cache = numeric as u32 & RTF_CACHE != 0;
    if cache {
        writeln!(out, "Kernel IPv6 routing cache")?;
    } else {
        writeln!(out, "Kernel IPv6 routing table")?;
    }
    writeln!(
        out,
        "Destination                    Next Hop                   Flag Met Ref  Use If"
    )?;
    let mut line = Vec::with_capacity(256);
    loop {
        line.clear();
        if rd.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&line);
        let w: Vec<&str> = text.split_ascii_whitespace().collect();
        if w.len() < 10 {
            continue;
        }
        let (Some(dst), Some(nh)) = (ipv6_hex(w[0]), ipv6_hex(w[4])) else {
            continue;
        };
        let hx = |s: &str| u32::from_str_radix(s, 16).unwrap_or(0);
        let plen = hx(w[1]) as i32;
        let metric = hx(w[5]) as i32;
        let refcnt = hx(w[6]) as i32;
        let use_ = hx(w[7]) as i32;
        let iflags = hx(w[8]);
        if (iflags & RTF_CACHE != 0) != cache {
            continue;
        }
        let addr6 = format!("{}/{}", sprint6(&dst, numeric), plen);
        let naddr6 = sprint6(&nh, numeric);
        let mut fl = String::new();
        for (bit, c) in [
            (RTF_UP, 'U'),
            (RTF_REJECT, '!'),
            (RTF_GATEWAY, 'G'),
            (RTF_HOST, 'H'),
            (RTF_DEFAULT, 'D'),
            (RTF_ADDRCONF, 'A'),
            (RTF_CACHE, 'C'),
            (RTF_ALLONLINK, 'a'),
            (RTF_EXPIRES, 'e'),
            (RTF_MODIFIED, 'm'),
            (RTF_NONEXTHOP, 'n'),
            (RTF_FLOW, 'f'),
        ] {
            if iflags & bit != 0 {
                fl.push(c);
            }
        }
        writeln!(
            out,
            "{addr6:<30} {naddr6:<26} {fl:<4} {metric:<3} {refcnt:<1} {use_:>6} {}",
            trunc(w[9], 15)
        )?;
    }
    Ok(0)
}

/// The families whose route listing needs a kernel module this machine lacks: what
/// net-tools prints when their /proc file is missing (stdout, stderr, code).
pub fn other_af(name: &str) -> Option<(&'static str, &'static str, &'static str, i32)> {
    Some(match name {
        "ax25" => ("/proc/net/ax25_route", "AX.25 not configured in this system.\n", "/proc/net/ax25_route: No such file or directory\n", 1),
        "netrom" => ("/proc/net/nr_nodes", "NET/ROM not configured in this system.\n", "/proc/net/nr_nodes: No such file or directory\n/proc/net/nr_neigh: Invalid argument\n", 1),
        "rose" => ("/proc/net/rose_nodes", "", "/proc/net/rose_nodes: No such file or directory\nROSE not configured in this system.\n", 1),
        "ipx" => ("/proc/net/ipx_route", "IPX routing not in file /proc/net/ipx/route or /proc/net/ipx_route found.\n", "No such file or directory\n", 1),
        "ddp" => ("/proc/net/atalk_route", "", "Error opening /proc/net/atalk_route: No such file or directory\nDDP (AppleTalk) not configured on this system.\n", 1),
        "x25" => ("/proc/net/x25/route", "X.25 not configured in this system.\n", "", 1),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fib(ext: i32) -> String {
        let text = include_bytes!("../../compat-tests/fixtures/nettools/route.proc");
        let mut out = Vec::new();
        let _ = fib_from(&text[..], &mut out, ext, FLAG_NUM_HOST);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn fib_matches_reference() {
        assert_eq!(
            fib(1),
            include_str!("../../compat-tests/fixtures/nettools/route-n.txt")
        );
        assert_eq!(
            fib(2),
            include_str!("../../compat-tests/fixtures/nettools/route-n-e.txt")
        );
        assert_eq!(
            fib(3),
            include_str!("../../compat-tests/fixtures/nettools/route-n-ee.txt")
        );
    }

    #[test]
    fn fib6_matches_reference() {
        let text = include_bytes!("../../compat-tests/fixtures/nettools/ipv6_route.proc");
        let mut out = Vec::new();
        let _ = fib6_from(&text[..], &mut out, FLAG_NUM_HOST);
        assert_eq!(
            String::from_utf8_lossy(&out),
            include_str!("../../compat-tests/fixtures/nettools/route-6-n.txt")
        );
    }

    #[test]
    fn truncated_lines_are_skipped() {
        let text = b"Iface\tDestination\tGateway\nv0\t0000000A\t00000000\t0001\nv0\t0000000A\n";
        let mut out = Vec::new();
        let _ = fib_from(&text[..], &mut out, 1, FLAG_NUM_HOST);
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 2);
    }

    #[test]
    fn ints_as_printf_d() {
        let mut b = [0u8; 20];
        assert_eq!(int_text(&mut b, 0), b"0");
        assert_eq!(int_text(&mut b, -1), b"-1");
        assert_eq!(int_text(&mut b, i32::MIN), b"-2147483648");
        assert_eq!(int_text(&mut b, i32::MAX), b"2147483647");
    }

    #[test]
    fn fields_as_sscanf_reads_them() {
        assert_eq!(c_int("0", 10), Some(0));
        assert_eq!(c_int("12345678", 10), Some(12345678));
        assert_eq!(c_int("FFFFFFFF", 16), Some(-1));
        assert_eq!(c_int("0203", 16), Some(0x203));
        // Past the plain form: strtol's rules.
        assert_eq!(c_int("4294967296", 10), Some(0));
        assert_eq!(c_int("-5", 10), Some(-5));
        assert_eq!(c_int("0x10", 16), Some(16));
        assert_eq!(c_int("12ab", 10), Some(12));
        assert_eq!(c_int("x", 10), None);
    }

    #[test]
    fn hex_and_flags() {
        assert_eq!(hex_addr("0000000A"), [10, 0, 0, 0]);
        assert_eq!(hex_addr("00FFFFFF"), [255, 255, 255, 0]);
        assert_eq!(flags4(0x0003), "UG");
        assert_eq!(flags4(0x0205), "!H");
        assert_eq!(flags4(0x0035), "UHDM");
    }
}
