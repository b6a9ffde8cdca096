//! Addresses as iproute2 prints them: glibc `inet_ntop` and `format_host` (a name from
//! /etc/hosts under `-r`; glibc NSS is never called).
use crate::cli::parse::{AF_INET, AF_INET6};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// glibc inet_ntop(AF_INET6): the longest run (>= 2) of zero words becomes `::`, and
/// `::a.b.c.d` / `::ffff:a.b.c.d` keep their IPv4 tail dotted.
pub fn inet6_ntop(o: &[u8; 16]) -> String {
    let mut w = [0u16; 8];
    for (i, x) in w.iter_mut().enumerate() {
        *x = u16::from_be_bytes([o[2 * i], o[2 * i + 1]]);
    }
    let (mut best, mut best_len) = (usize::MAX, 0usize);
    let mut i = 0;
    while i < 8 {
        if w[i] == 0 {
            let s = i;
            while i < 8 && w[i] == 0 {
                i += 1;
            }
            if i - s > best_len {
                best = s;
                best_len = i - s;
            }
        } else {
            i += 1;
        }
    }
    if best_len < 2 {
        best = usize::MAX;
    }
    let mut s = String::with_capacity(40);
    let mut i = 0;
    while i < 8 {
        if best != usize::MAX && i >= best && i < best + best_len {
            if i == best {
                s.push(':');
            }
            i += 1;
            continue;
        }
        if i != 0 {
            s.push(':');
        }
        if i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff)) {
            let _ = write!(s, "{}", Ipv4Addr::new(o[12], o[13], o[14], o[15]));
            return s;
        }
        let _ = write!(s, "{:x}", w[i]);
        i += 1;
    }
    if best != usize::MAX && best + best_len == 8 {
        s.push(':');
    }
    s
}

/// rt_addr_n2a for inet and inet6 (short data is zero-padded); other families are `???`.
pub fn addr_n2a(af: u8, d: &[u8]) -> String {
    match af {
        AF_INET => {
            let b = |i: usize| d.get(i).copied().unwrap_or(0);
            Ipv4Addr::new(b(0), b(1), b(2), b(3)).to_string()
        }
        AF_INET6 => {
            let mut o = [0u8; 16];
            for (x, y) in o.iter_mut().zip(d) {
                *x = *y;
            }
            inet6_ntop(&o)
        }
        _ => "???".to_string(),
    }
}

thread_local! {
    static HOSTS: RefCell<Option<HashMap<IpAddr, String>>> = const { RefCell::new(None) };
}

/// The first name of the first /etc/hosts line for each address (gethostbyaddr "files").
fn load_hosts() -> HashMap<IpAddr, String> {
    let mut m = HashMap::new();
    let Ok(text) = std::fs::read_to_string("/etc/hosts") else {
        return m;
    };
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut it = line.split_whitespace();
        let (Some(a), Some(n)) = (it.next(), it.next()) else {
            continue;
        };
        if let Ok(ip) = a.parse::<IpAddr>() {
            m.entry(ip).or_insert_with(|| n.to_string());
        }
    }
    m
}

/// format_host: under -r a host name when /etc/hosts has one, else the address.
pub fn format_host(resolve: bool, af: u8, d: &[u8]) -> String {
    if resolve && (af == AF_INET || af == AF_INET6) {
        let mut key: Option<IpAddr> = None;
        if af == AF_INET && d.len() >= 4 {
            key = Some(IpAddr::V4(Ipv4Addr::new(d[0], d[1], d[2], d[3])));
        } else if let Some(b) = d.get(..16) {
            let mut o = [0u8; 16];
            o.copy_from_slice(b);
            let v6 = Ipv6Addr::from(o);
            // resolve_address looks a v4-mapped address up as IPv4.
            key = Some(match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => IpAddr::V6(v6),
            });
        }
        if let Some(k) = key {
            let hit = HOSTS.with(|h| {
                h.borrow_mut()
                    .get_or_insert_with(load_hosts)
                    .get(&k)
                    .cloned()
            });
            if let Some(n) = hit {
                return n;
            }
        }
    }
    addr_n2a(af, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glibc_forms() {
        let p = |s: &str| inet6_ntop(&s.parse::<Ipv6Addr>().unwrap().octets());
        assert_eq!(p("::1"), "::1");
        assert_eq!(p("::"), "::");
        assert_eq!(p("2001:db8::1"), "2001:db8::1");
        assert_eq!(p("::1.2.3.4"), "::1.2.3.4");
        assert_eq!(p("::ffff:1.2.3.4"), "::ffff:1.2.3.4");
        assert_eq!(p("fe80::ff:fe00:1"), "fe80::ff:fe00:1");
        assert_eq!(p("1:0:0:1:0:0:0:1"), "1:0:0:1::1");
        assert_eq!(p("1:0:1:1:1:1:1:1"), "1:0:1:1:1:1:1:1");
    }
}
