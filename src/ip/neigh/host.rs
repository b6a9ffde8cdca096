//! Addresses as iproute2 prints them: `rt_addr_n2a` (glibc `inet_ntop`) and `format_host`
//! (the same, or a host name under `-r`). Names come from /etc/hosts read here, never from
//! glibc NSS (the brief forbids gethostbyaddr).
use crate::cli::parse::{AF_INET, AF_INET6};
use crate::output::printer::Color;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::net::{Ipv4Addr, Ipv6Addr};

/// glibc `inet_ntop(AF_INET6)`: the longest run (>= 2) of zero words becomes `::`, and
/// `::a.b.c.d` / `::ffff:a.b.c.d` keep the IPv4 tail in dotted form (Rust's own Display
/// prints the former in hex).
pub fn inet6_ntop(o: &[u8; 16]) -> String {
    let mut w = [0u16; 8];
    for (i, x) in w.iter_mut().enumerate() {
        *x = u16::from_be_bytes([o[2 * i], o[2 * i + 1]]);
    }
    let (mut best_base, mut best_len) = (None::<usize>, 0usize);
    let (mut cur_base, mut cur_len) = (None::<usize>, 0usize);
    for (i, x) in w.iter().enumerate() {
        if *x == 0 {
            if cur_base.is_none() {
                cur_base = Some(i);
                cur_len = 1;
            } else {
                cur_len += 1;
            }
        } else if let Some(b) = cur_base {
            if best_base.is_none() || cur_len > best_len {
                best_base = Some(b);
                best_len = cur_len;
            }
            cur_base = None;
        }
    }
    if let Some(b) = cur_base {
        if best_base.is_none() || cur_len > best_len {
            best_base = Some(b);
            best_len = cur_len;
        }
    }
    if best_len < 2 {
        best_base = None;
    }
    let mut s = String::with_capacity(40);
    let mut i = 0;
    while i < 8 {
        if let Some(b) = best_base {
            if i >= b && i < b + best_len {
                if i == b {
                    s.push(':');
                }
                i += 1;
                continue;
            }
        }
        if i != 0 {
            s.push(':');
        }
        if i == 6 && best_base == Some(0) && (best_len == 6 || (best_len == 5 && w[5] == 0xffff)) {
            let _ = write!(s, "{}", Ipv4Addr::new(o[12], o[13], o[14], o[15]));
            return s;
        }
        let _ = write!(s, "{:x}", w[i]);
        i += 1;
    }
    if let Some(b) = best_base {
        if b + best_len == 8 {
            s.push(':');
        }
    }
    s
}

/// rt_addr_n2a for the families these objects print. Short data is zero-padded (the C
/// code would read past it).
pub fn rt_addr_n2a(af: u8, data: &[u8]) -> String {
    match af {
        AF_INET => {
            let mut b = [0u8; 4];
            for (d, s) in b.iter_mut().zip(data) {
                *d = *s;
            }
            Ipv4Addr::from(b).to_string()
        }
        AF_INET6 => {
            let mut b = [0u8; 16];
            for (d, s) in b.iter_mut().zip(data) {
                *d = *s;
            }
            inet6_ntop(&b)
        }
        _ => "???".to_string(),
    }
}

/// ifa_family_color.
pub fn family_color(af: u8) -> Color {
    match af {
        AF_INET => Color::Inet,
        AF_INET6 => Color::Inet6,
        _ => Color::None,
    }
}

thread_local! {
    /// resolve_address keeps every answer, negative ones too.
    static CACHE: RefCell<HashMap<Vec<u8>, Option<String>>> = RefCell::new(HashMap::new());
}

/// The first /etc/hosts name of an address (what gethostbyaddr's `files` source returns).
fn hosts_lookup(af: u8, addr: &[u8]) -> Option<String> {
    let text = std::fs::read_to_string("/etc/hosts").ok()?;
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut words = line.split_whitespace();
        let (Some(a), Some(name)) = (words.next(), words.next()) else {
            continue;
        };
        let hit = match af {
            AF_INET => a.parse::<Ipv4Addr>().ok().map(|v| v.octets().to_vec()),
            AF_INET6 => a.parse::<Ipv6Addr>().ok().map(|v| v.octets().to_vec()),
            _ => None,
        };
        if hit.as_deref() == Some(addr) {
            return Some(name.to_string());
        }
    }
    None
}

/// format_host: under `-r` a host name when one is known, else the address.
pub fn format_host(af: u8, data: &[u8], resolve: bool) -> String {
    if resolve && (af == AF_INET || af == AF_INET6) && !data.is_empty() {
        // resolve_address: an IPv4-mapped IPv6 address is looked up as IPv4.
        let (raf, raddr) = if af == AF_INET6
            && data.len() == 16
            && data[..10].iter().all(|b| *b == 0)
            && data[10] == 0xff
            && data[11] == 0xff
        {
            (AF_INET, &data[12..])
        } else {
            (af, data)
        };
        let mut key = vec![raf];
        key.extend_from_slice(raddr);
        let name = CACHE.with(|c| {
            c.borrow_mut()
                .entry(key)
                .or_insert_with(|| hosts_lookup(raf, raddr))
                .clone()
        });
        if let Some(n) = name {
            return n;
        }
    }
    rt_addr_n2a(af, data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v6(s: &str) -> String {
        inet6_ntop(&s.parse::<Ipv6Addr>().unwrap().octets())
    }

    #[test]
    fn glibc_inet6() {
        assert_eq!(v6("::"), "::");
        assert_eq!(v6("::1"), "::1");
        assert_eq!(v6("2001:db8::1"), "2001:db8::1");
        assert_eq!(v6("::1.2.3.4"), "::1.2.3.4");
        assert_eq!(v6("::ffff:1.2.3.4"), "::ffff:1.2.3.4");
        assert_eq!(v6("fe80::"), "fe80::");
        assert_eq!(v6("1:0:2:0:3:0:4:0"), "1:0:2:0:3:0:4:0");
        assert_eq!(v6("1:0:0:2:0:0:3:4"), "1::2:0:0:3:4");
        assert_eq!(v6("ff02::16"), "ff02::16");
    }
}
