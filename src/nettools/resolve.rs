//! The name lookups net-tools makes through glibc (gethostbyname, gethostbyaddr,
//! getnetbyname, getnetbyaddr, getaddrinfo, getnameinfo), answered from /etc/hosts and
//! /etc/networks only. DNS is never asked: when nsswitch.conf lists `dns` for hosts, a name
//! the files do not know fails the way an unreachable resolver makes glibc fail (TRY_AGAIN),
//! which is what the reference prints inside a network namespace.
use super::inet;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::OnceLock;

/// glibc's h_errno: set by a failed lookup, left alone by a successful one and by
/// getaddrinfo's numeric checks, so herror() after those prints the previous failure.
static H_ERRNO: AtomicI32 = AtomicI32::new(0);

/// Records a lookup's failure in h_errno and passes it on.
fn fail(h: i32) -> i32 {
    H_ERRNO.store(h, Ordering::Relaxed);
    h
}

pub const HOST_NOT_FOUND: i32 = 1;
pub const TRY_AGAIN: i32 = 2;
pub const NO_RECOVERY: i32 = 3;

struct HostLine {
    addr: HostAddr,
    names: Vec<String>,
}

enum HostAddr {
    V4([u8; 4]),
    V6([u8; 16]),
}

struct NetLine {
    names: Vec<String>,
    net: u32,
}

fn fields(line: &str) -> Vec<&str> {
    let line = line.split('#').next().unwrap_or("");
    line.split_ascii_whitespace().collect()
}

fn hosts() -> &'static [HostLine] {
    static H: OnceLock<Vec<HostLine>> = OnceLock::new();
    H.get_or_init(|| {
        let text = std::fs::read("/etc/hosts").unwrap_or_default();
        let text = String::from_utf8_lossy(&text);
        let mut v = Vec::new();
        for line in text.lines() {
            let f = fields(line);
            let (Some(a), Some(_)) = (f.first(), f.get(1)) else {
                continue;
            };
            let addr = if let Some(x) = inet::pton4(a) {
                HostAddr::V4(x)
            } else if let Some(x) = inet::pton6(a) {
                HostAddr::V6(x)
            } else {
                continue;
            };
            v.push(HostLine {
                addr,
                names: f[1..].iter().map(|s| s.to_string()).collect(),
            });
        }
        v
    })
}

fn networks() -> &'static [NetLine] {
    static N: OnceLock<Vec<NetLine>> = OnceLock::new();
    N.get_or_init(|| {
        let text = std::fs::read("/etc/networks").unwrap_or_default();
        let text = String::from_utf8_lossy(&text);
        let mut v = Vec::new();
        for line in text.lines() {
            let f = fields(line);
            let (Some(name), Some(addr)) = (f.first(), f.get(1)) else {
                continue;
            };
            // glibc's files parser pads "127" or "10.1" with ".0" parts before
            // inet_network (nss_files/files-network.c).
            let mut a = addr.to_string();
            let dots = a.matches('.').count();
            for _ in dots..3 {
                a.push_str(".0");
            }
            let Some(net) = inet::inet_network(&a) else {
                continue;
            };
            let mut names = vec![name.to_string()];
            names.extend(f[2..].iter().map(|s| s.to_string()));
            v.push(NetLine { names, net });
        }
        v
    })
}

fn dns_configured() -> bool {
    static D: OnceLock<bool> = OnceLock::new();
    *D.get_or_init(|| {
        let text = std::fs::read_to_string("/etc/nsswitch.conf").unwrap_or_default();
        for line in text.lines() {
            let f = fields(line);
            if f.first() == Some(&"hosts:") {
                return f.contains(&"dns");
            }
        }
        // glibc's default when nsswitch.conf has no hosts line is "dns files".
        true
    })
}

/// glibc res_hnok: printable, well-formed labels of [A-Za-z0-9_-], not starting with '-'.
pub fn res_hnok(name: &str) -> bool {
    if name.starts_with('-') || name.contains('\\') {
        return false;
    }
    if name.len() > 253 + usize::from(name.ends_with('.')) {
        return false;
    }
    let body = name.strip_suffix('.').unwrap_or(name);
    if body.is_empty() {
        return name == ".";
    }
    body.split('.').all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
    })
}

/// The h_errno a failed lookup that would go on to DNS leaves behind.
fn dns_failure(name: &str) -> i32 {
    if dns_configured() && res_hnok(name) {
        TRY_AGAIN
    } else {
        HOST_NOT_FOUND
    }
}

/// gethostbyname(name) for AF_INET: the address or the h_errno.
pub fn gethostbyname4(name: &str) -> Result<[u8; 4], i32> {
    if name.is_empty() {
        return Err(fail(NO_RECOVERY));
    }
    let b = name.as_bytes();
    // nss_hostname_digits_dots: an all-numeric name is parsed, never looked up.
    if b[0].is_ascii_digit()
        && b.iter().all(|c| c.is_ascii_digit() || *c == b'.')
        && !name.ends_with('.')
    {
        return inet::inet_aton(name)
            .map(u32::to_be_bytes)
            .ok_or_else(|| fail(HOST_NOT_FOUND));
    }
    if (b[0].is_ascii_hexdigit() && name.contains(':')) || b[0] == b':' {
        return Err(fail(HOST_NOT_FOUND));
    }
    for h in hosts() {
        if let HostAddr::V4(a) = h.addr {
            if h.names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                return Ok(a);
            }
        }
    }
    Err(fail(dns_failure(name)))
}

/// gethostbyaddr(AF_INET): the canonical name of the first /etc/hosts line with `a`.
pub fn gethostbyaddr4(a: [u8; 4]) -> Option<&'static str> {
    hosts().iter().find_map(|h| match h.addr {
        HostAddr::V4(x) if x == a => h.names.first().map(String::as_str),
        _ => None,
    })
}

/// getnameinfo(AF_INET6) without NI_NUMERICHOST: a name from /etc/hosts, if any.
pub fn gethostbyaddr6(a: &[u8; 16]) -> Option<&'static str> {
    hosts().iter().find_map(|h| match &h.addr {
        HostAddr::V6(x) if x == a => h.names.first().map(String::as_str),
        _ => None,
    })
}

/// getnetbyname: the network number (host order) of a name or alias, case-insensitively.
pub fn getnetbyname(name: &str) -> Option<u32> {
    let n = networks()
        .iter()
        .find(|n| n.names.iter().any(|x| x.eq_ignore_ascii_case(name)))
        .map(|n| n.net);
    if n.is_none() {
        // The files backend's NOTFOUND (getXXbyYY.c NEED_H_ERRNO).
        fail(HOST_NOT_FOUND);
    }
    n
}

pub fn getnetbyaddr(net: u32) -> Option<&'static str> {
    networks()
        .iter()
        .find(|n| n.net == net)
        .and_then(|n| n.names.first().map(String::as_str))
}

/// getaddrinfo(name, AF_INET6) as net-tools' INET6_resolve sees it: the address, or the
/// EAI_* code and the h_errno it leaves for herror().
pub fn getaddrinfo6(name: &str) -> Result<[u8; 16], (i32, i32)> {
    const EAI_NONAME: i32 = -2;
    const EAI_AGAIN: i32 = -3;
    const EAI_ADDRFAMILY: i32 = -9;
    if name.is_empty() {
        return Err((EAI_NONAME, fail(NO_RECOVERY)));
    }
    if let Some(a) = inet::pton6(name) {
        return Ok(a);
    }
    // getaddrinfo's IPv4 check is __inet_aton_exact: nothing may follow the number.
    if !name.bytes().any(|c| c.is_ascii_whitespace()) && inet::inet_aton(name).is_some() {
        return Err((EAI_ADDRFAMILY, H_ERRNO.load(Ordering::Relaxed)));
    }
    // A numeric address with a zone ("fe80::1%lo"): glibc's __inet6_scopeid_pton takes an
    // interface name for link-local and link/node-local multicast addresses, else a number.
    if let Some((addr, scope)) = name.split_once('%') {
        if let Some(a) = inet::pton6(addr) {
            let local = (a[0] == 0xfe && a[1] & 0xc0 == 0x80)
                || (a[0] == 0xff && (a[1] & 0x0f == 0x1 || a[1] & 0x0f == 0x2));
            if local && if_index(scope) != 0 {
                return Ok(a);
            }
            if scope.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && scope.bytes().all(|c| c.is_ascii_digit())
                && scope.parse::<u32>().is_ok()
            {
                return Ok(a);
            }
            return Err((EAI_NONAME, H_ERRNO.load(Ordering::Relaxed)));
        }
    }
    for h in hosts() {
        if let HostAddr::V6(a) = h.addr {
            if h.names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                return Ok(a);
            }
        }
    }
    match fail(dns_failure(name)) {
        TRY_AGAIN => Err((EAI_AGAIN, TRY_AGAIN)),
        e => Err((EAI_NONAME, e)),
    }
}

/// if_nametoindex (an ioctl, not a name service).
fn if_index(name: &str) -> u32 {
    let Ok(c) = std::ffi::CString::new(name) else {
        return 0;
    };
    // SAFETY: c is a valid NUL-terminated string for the duration of the call.
    unsafe { libc::if_nametoindex(c.as_ptr()) }
}

/// hstrerror, as herror prints it.
pub fn hstrerror(h: i32) -> &'static str {
    match h {
        0 => "Resolver Error 0 (no error)",
        1 => "Unknown host",
        2 => "Host name lookup failure",
        3 => "Unknown server error",
        4 => "No address associated with name",
        -1 => "Resolver internal error",
        _ => "Unknown resolver error",
    }
}

/// herror(text): "text: message", or the message alone for an empty text.
pub fn herror(text: &str, h: i32) -> String {
    if text.is_empty() {
        format!("{}\n", hstrerror(h))
    } else {
        format!("{text}: {}\n", hstrerror(h))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hnok() {
        assert!(res_hnok("foo_bar"));
        assert!(res_hnok("foo."));
        assert!(res_hnok("1foo"));
        assert!(!res_hnok("a..b"));
        assert!(!res_hnok("#x"));
        assert!(!res_hnok("a b"));
        assert!(!res_hnok("-foo"));
    }
}
