//! Addresses as text, the way the reference tools print them: glibc `inet_ntop` (its
//! `::a.b.c.d` forms included), iproute2's `rt_addr_n2a` for every family it knows, and
//! `format_host`: under `-r` the first /etc/hosts name of an address (what gethostbyaddr's
//! `files` source answers; NSS is never called), else the address.
//!
//! Route and neighbour dumps print two addresses a line, so the formatters write digits
//! themselves instead of going through `format!` (about 1,400 instructions an address).
use crate::cli::parse::{AF_BRIDGE, AF_INET, AF_INET6, AF_MPLS, AF_PACKET};
use std::net::IpAddr;
use std::sync::OnceLock;

/// The first `N` bytes of `b`, zero-padded: the C code reads a fixed size whatever the
/// attribute's length; a short attribute must not panic here.
fn padded<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut a = [0u8; N];
    let n = b.len().min(N);
    a[..n].copy_from_slice(&b[..n]);
    a
}

/// Appends `v` in decimal.
pub fn push_dec(out: &mut String, v: u64) {
    let mut buf = [0u8; 20];
    for &d in crate::output::fmt::decimal(v, &mut buf) {
        out.push(char::from(d));
    }
}

/// Appends `v` in lower-case hex without leading zeros (`%x`).
fn push_hex16(out: &mut String, v: u16) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut started = false;
    for shift in [12, 8, 4, 0] {
        let d = (v >> shift) & 0xf;
        if d != 0 || started || shift == 0 {
            out.push(char::from(HEX[d as usize]));
            started = true;
        }
    }
}

/// Appends `a.b.c.d`.
pub fn push_v4(out: &mut String, a: [u8; 4]) {
    for (i, b) in a.into_iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        if b >= 100 {
            out.push(char::from(b'0' + b / 100));
        }
        if b >= 10 {
            out.push(char::from(b'0' + b / 10 % 10));
        }
        out.push(char::from(b'0' + b % 10));
    }
}

/// Appends glibc's inet_ntop(AF_INET6) text: the first longest run of two or more zero
/// words becomes `::`, and `::a.b.c.d` / `::ffff:a.b.c.d` keep their IPv4 tail dotted
/// (Rust's own Display prints the former in hex).
pub fn push_v6(out: &mut String, a: &[u8; 16]) {
    let mut w = [0u16; 8];
    for (i, x) in w.iter_mut().enumerate() {
        *x = u16::from_be_bytes([a[2 * i], a[2 * i + 1]]);
    }
    // The longest run of zero words; the first one wins a tie.
    let (mut best, mut best_len) = (0usize, 0usize);
    let mut i = 0;
    while i < 8 {
        if w[i] == 0 {
            let start = i;
            while i < 8 && w[i] == 0 {
                i += 1;
            }
            if i - start > best_len {
                best = start;
                best_len = i - start;
            }
        } else {
            i += 1;
        }
    }
    if best_len < 2 {
        best_len = 0;
    }
    let mut i = 0;
    while i < 8 {
        if best_len > 0 && i == best {
            out.push(':');
            i += best_len;
            if i == 8 {
                out.push(':');
            }
            continue;
        }
        if i != 0 {
            out.push(':');
        }
        if i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff)) {
            push_v4(out, [a[12], a[13], a[14], a[15]]);
            return;
        }
        push_hex16(out, w[i]);
        i += 1;
    }
}

/// inet_ntop(AF_INET) of the first four bytes (zero-padded).
pub fn ntop4(b: &[u8]) -> String {
    let mut s = String::with_capacity(15);
    push_v4(&mut s, padded(b));
    s
}

/// inet_ntop(AF_INET6) of the first sixteen bytes (zero-padded).
pub fn ntop6(b: &[u8]) -> String {
    let mut s = String::with_capacity(39);
    push_v6(&mut s, &padded(b));
    s
}

/// mpls_ntop: labels joined by `/` up to the bottom-of-stack bit.
fn mpls_ntop(b: &[u8]) -> String {
    let mut s = String::new();
    for c in b.chunks(4) {
        let e = u32::from_be_bytes(padded::<4>(c));
        push_dec(&mut s, u64::from(e >> 12));
        if e & 0x100 != 0 {
            return s;
        }
        s.push('/');
    }
    s
}

/// rt_addr_n2a_r (lib/utils.c): the address text of `family`.
pub fn addr_n2a(family: u8, data: &[u8]) -> String {
    match family {
        AF_INET => ntop4(data),
        AF_INET6 => ntop6(data),
        AF_MPLS => mpls_ntop(data),
        AF_PACKET => crate::output::fmt::ll_addr(data, 0xFFFF),
        AF_BRIDGE => {
            // A struct sockaddr: sa_family, then the address where sockaddr_in(6) keeps it.
            let fam = data.get(..2).map(|f| u16::from_ne_bytes([f[0], f[1]]));
            match fam {
                Some(2) => ntop4(data.get(4..).unwrap_or(&[])),
                Some(10) => ntop6(data.get(8..).unwrap_or(&[])),
                _ => "???".into(),
            }
        }
        _ => "???".into(),
    }
}

/// Each /etc/hosts line's address and first name, in file order, read once.
fn hosts() -> &'static [(IpAddr, String)] {
    static HOSTS: OnceLock<Vec<(IpAddr, String)>> = OnceLock::new();
    HOSTS.get_or_init(|| {
        let text = std::fs::read_to_string("/etc/hosts").unwrap_or_default();
        let mut v = Vec::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("");
            let mut words = line.split_whitespace();
            if let (Some(a), Some(n)) = (words.next(), words.next()) {
                if let Ok(ip) = a.parse::<IpAddr>() {
                    v.push((ip, n.to_string()));
                }
            }
        }
        v
    })
}

/// resolve_address (lib/utils.c): the name of an inet/inet6 address, looked up as
/// gethostbyaddr's `files` source does; an IPv4-mapped IPv6 address is looked up as IPv4.
pub fn host_name(family: u8, addr: &[u8]) -> Option<String> {
    let want: IpAddr = match (family, addr.len()) {
        (AF_INET, 4) => IpAddr::from(padded::<4>(addr)),
        (AF_INET6, 16) => {
            let v6 = std::net::Ipv6Addr::from(padded::<16>(addr));
            match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => IpAddr::V6(v6),
            }
        }
        _ => return None,
    };
    hosts()
        .iter()
        .find(|(ip, _)| *ip == want)
        .map(|(_, n)| n.clone())
}

thread_local! {
    // One thread in nlbox: process-wide, as iproute2's global `resolve_hosts` (unit tests
    // run on threads of their own and cannot see each other's setting).
    static RESOLVE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `ip -resolve`: from now on format_host looks addresses up (`bridge` has no such option).
pub fn set_resolve(on: bool) {
    RESOLVE.with(|r| r.set(on));
}

/// format_host (lib/utils.c): under `-resolve` the address's name when one is known, else
/// the address.
pub fn format_host(family: u8, data: &[u8]) -> String {
    if RESOLVE.with(|r| r.get()) {
        if let Some(n) = host_name(family, data) {
            return n;
        }
    }
    addr_n2a(family, data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v6(s: &str) -> String {
        ntop6(&s.parse::<std::net::Ipv6Addr>().unwrap().octets())
    }

    #[test]
    fn glibc_inet6_forms() {
        assert_eq!(v6("::"), "::");
        assert_eq!(v6("::1"), "::1");
        assert_eq!(v6("1::"), "1::");
        assert_eq!(v6("fe80::"), "fe80::");
        assert_eq!(v6("2001:db8::1"), "2001:db8::1");
        assert_eq!(v6("::1.2.3.4"), "::1.2.3.4");
        assert_eq!(v6("::ffff:1.2.3.4"), "::ffff:1.2.3.4");
        assert_eq!(v6("::ffff:0:1.2.3.4"), "::ffff:0:102:304");
        assert_eq!(v6("fe80::ff:fe00:1"), "fe80::ff:fe00:1");
        assert_eq!(v6("1:0:0:1:0:0:0:1"), "1:0:0:1::1");
        assert_eq!(v6("1:0:0:2:0:0:3:4"), "1::2:0:0:3:4");
        assert_eq!(v6("1:0:1:1:1:1:1:1"), "1:0:1:1:1:1:1:1");
        assert_eq!(v6("1:0:2:0:3:0:4:0"), "1:0:2:0:3:0:4:0");
        assert_eq!(v6("ff02::16"), "ff02::16");
        assert_eq!(v6("1:0:2::"), "1:0:2::");
        assert_eq!(v6("2001:db8:0:1:0:0:0:1"), "2001:db8:0:1::1");
        assert_eq!(
            v6("abcd:ef01:2345:6789:a:bc:def:1000"),
            "abcd:ef01:2345:6789:a:bc:def:1000"
        );
        // Short data is zero-padded, not a panic.
        assert_eq!(ntop6(&[0x20, 0x01]), "2001::");
    }

    #[test]
    fn inet4_and_numbers() {
        assert_eq!(ntop4(&[0, 10, 100, 255]), "0.10.100.255");
        assert_eq!(ntop4(&[192, 168]), "192.168.0.0");
        let mut s = String::new();
        push_dec(&mut s, 0);
        s.push(' ');
        push_dec(&mut s, u64::MAX);
        assert_eq!(s, "0 18446744073709551615");
    }

    #[test]
    fn families() {
        // Two MPLS labels, the second with the bottom-of-stack bit.
        assert_eq!(addr_n2a(AF_MPLS, &[0, 0, 0x10, 0, 0, 0, 0x21, 0]), "1/2");
        let mut sa = vec![2u8, 0, 0, 0, 10, 0, 0, 1];
        assert_eq!(addr_n2a(AF_BRIDGE, &sa), "10.0.0.1");
        sa[0] = 99;
        assert_eq!(addr_n2a(AF_BRIDGE, &sa), "???");
        assert_eq!(addr_n2a(99, &[1, 2]), "???");
    }
}
