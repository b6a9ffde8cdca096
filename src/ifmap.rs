//! ifindex <-> name cache (lib/ll_map.c). Misses are asked of the kernel on a second
//! socket of our own, so a lookup works while the main socket is in the middle of a dump.
use crate::netlink::attr::{AttrBuf, AttrIter};
use crate::netlink::{Session, NLM_F_REQUEST, RTM_GETLINK};
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub const IFLA_IFNAME: u16 = 3;
pub const IFLA_EXT_MASK: u16 = 29;
pub const IFLA_ALT_IFNAME: u16 = 53;
pub const RTEXT_FILTER_VF: u32 = 1;
pub const RTEXT_FILTER_SKIP_STATS: u32 = 1 << 3;

#[derive(Debug, Clone)]
struct LinkInfo {
    name: String,
    /// None until asked for, when the link was learnt by ioctl (SIOCGIFHWADDR then).
    hwtype: Option<u16>,
    /// None until asked for, when the link was learnt by ioctl (SIOCGIFFLAGS then).
    flags: Option<u32>,
    /// False when learnt through ioctls (SIOCGIFFLAGS has only the low 16 bits).
    full: bool,
}

#[derive(Default)]
struct Map {
    by_index: HashMap<u32, LinkInfo, BuildHasherDefault<IndexHasher>>,
    aux: Option<Session>,
    /// `assume_full_map` was called: behave as if every link had been dumped.
    lazy_full: bool,
    /// The socket the ioctls of the lazy full map go through.
    ioctl_fd: Option<std::os::fd::OwnedFd>,
}

/// Hashes an ifindex by one multiplication (Fibonacci hashing). std's default hasher would
/// call getrandom(2) at start-up for its RandomState, and a link dump asks the map a few
/// times a link.
#[derive(Default)]
struct IndexHasher(u64);

impl Hasher for IndexHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8 | u64::from(*b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = u64::from(i).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

thread_local! {
    static MAP: RefCell<Map> = RefCell::new(Map::default());
}

/// The fixed ifinfomsg header of a link message: (family, type, index, flags).
pub fn ifinfo(payload: &[u8]) -> Option<(u8, u16, u32, u32)> {
    let h = payload.get(..16)?;
    Some((
        h[0],
        u16::from_ne_bytes([h[2], h[3]]),
        u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
        u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
    ))
}

/// ll_remember_index: caches the name of a RTM_NEWLINK message (and forgets a DELLINK).
pub fn remember(msg_type: u16, payload: &[u8]) {
    let Some((_, hwtype, index, flags)) = ifinfo(payload) else {
        return;
    };
    if index == 0 {
        return;
    }
    let name = payload
        .get(16..)
        // parse_rtattr keeps the first attribute of a type; the name comes first anyway.
        .and_then(|attrs| AttrIter::new(attrs).find(|a| a.ty == IFLA_IFNAME))
        .map(|a| a.str());
    MAP.with(|m| {
        let mut m = m.borrow_mut();
        if msg_type == crate::netlink::RTM_DELLINK {
            m.by_index.remove(&index);
            return;
        }
        if let Some(name) = name {
            match m.by_index.get_mut(&index) {
                // Remembered again (the dump after a lookup): keep the allocation.
                Some(i) if i.name == name => {
                    i.hwtype = Some(hwtype);
                    i.flags = Some(flags);
                    i.full = true;
                }
                _ => {
                    m.by_index.insert(
                        index,
                        LinkInfo {
                            name: name.to_string(),
                            hwtype: Some(hwtype),
                            flags: Some(flags),
                            full: true,
                        },
                    );
                }
            }
        }
    });
}

/// Drops everything cached (after `ip netns` switches namespace, or a link was renamed).
pub fn forget_all() {
    MAP.with(|m| {
        let mut m = m.borrow_mut();
        m.by_index.clear();
        m.aux = None;
        m.lazy_full = false;
        m.ioctl_fd = None;
    });
}

/// ll_init_map without its dump: lookups then answer as if every link of the namespace
/// had been dumped and remembered, but each link is asked for only when first needed, by
/// two ioctls (SIOCGIFNAME, SIOCGIFHWADDR: the same dev->name and dev->type a dump
/// carries). `bridge fdb show` on 2,000 links needs names for a few of them only, and a
/// full link dump costs the kernel ~20 us a link. Flags still come from RTM_GETLINK.
pub fn assume_full_map() {
    set_full_map(true);
}

/// Turns the lazy full map (assume_full_map) on or off.
pub fn set_full_map(on: bool) {
    MAP.with(|m| m.borrow_mut().lazy_full = on);
}

const SIOCGIFNAME: libc::c_ulong = 0x8910;
const SIOCGIFFLAGS: libc::c_ulong = 0x8913;
const SIOCGIFHWADDR: libc::c_ulong = 0x8927;

/// The socket the ioctls go through, opened on first use.
fn ioctl_fd(m: &mut Map) -> Option<std::os::fd::RawFd> {
    use std::os::fd::{AsRawFd, FromRawFd};
    if m.ioctl_fd.is_none() {
        // SAFETY: plain socket(2); the result is checked before it is owned.
        let fd = unsafe { libc::socket(libc::AF_UNIX, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) };
        if fd < 0 {
            return None;
        }
        // SAFETY: fd is a fresh descriptor nobody else owns.
        m.ioctl_fd = Some(unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) });
    }
    m.ioctl_fd.as_ref().map(|f| f.as_raw_fd())
}

/// One ioctl on a struct ifreq: the name (IFNAMSIZ), then a 24-byte union (ifindex,
/// sockaddr, flags ...). The union's first two bytes are returned.
fn ifreq_ioctl(m: &mut Map, req: libc::c_ulong, ifr: &mut [u8; 40]) -> Option<u16> {
    let fd = ioctl_fd(m)?;
    // SAFETY: ifr is a writable struct ifreq-sized buffer; the kernel NUL-terminates the
    // name it writes.
    if unsafe { libc::ioctl(fd, req, ifr.as_mut_ptr()) } < 0 {
        return None;
    }
    Some(u16::from_ne_bytes([ifr[16], ifr[17]]))
}

/// The name of link `index`, by ioctl; its type and flags are asked for only when needed
/// (a MAC address prints the same whatever the type, and most lookups want a name).
fn ioctl_link(m: &mut Map, index: u32) -> Option<LinkInfo> {
    let mut ifr = [0u8; 40];
    ifr[16..20].copy_from_slice(&(index as i32).to_ne_bytes());
    ifreq_ioctl(m, SIOCGIFNAME, &mut ifr)?;
    let end = ifr[..16].iter().position(|&c| c == 0).unwrap_or(16);
    Some(LinkInfo {
        name: String::from_utf8_lossy(&ifr[..end]).into_owned(),
        hwtype: None,
        flags: None,
        full: false,
    })
}

/// SIOCGIFHWADDR or SIOCGIFFLAGS for a link learnt by name: the union's first field.
fn ioctl_by_name(m: &mut Map, name: &str, req: libc::c_ulong) -> Option<u16> {
    let mut ifr = [0u8; 40];
    let n = name.len().min(15);
    ifr[..n].copy_from_slice(&name.as_bytes()[..n]);
    ifreq_ioctl(m, req, &mut ifr)
}

/// ll_link_get: one RTM_GETLINK by index or name on the auxiliary socket.
fn link_get(name: Option<&str>, index: u32) -> Option<u32> {
    let mut hdr = [0u8; 16];
    hdr[4..8].copy_from_slice(&index.to_ne_bytes());
    let mut req = AttrBuf::with_header(&hdr);
    req.add_u32(IFLA_EXT_MASK, RTEXT_FILTER_VF | RTEXT_FILTER_SKIP_STATS);
    if let Some(n) = name {
        let ty = if crate::cli::parse::check_ifname(n) {
            IFLA_IFNAME
        } else {
            IFLA_ALT_IFNAME
        };
        req.add_str(ty, n);
    }
    let answer = MAP.with(|m| {
        let mut m = m.borrow_mut();
        if m.aux.is_none() {
            m.aux = Session::open().ok();
        }
        let s = m.aux.as_mut()?;
        s.talk_answer(RTM_GETLINK, NLM_F_REQUEST, &req.buf, |msg| {
            (msg.ty, msg.payload.to_vec())
        })
        .ok()
    })?;
    let (ty, payload) = answer;
    remember(ty, &payload);
    ifinfo(&payload).map(|(_, _, idx, _)| idx)
}

/// Runs `f` on the cached entry of `index` (filled by ioctl under the lazy full map),
/// without copying it: type and flag queries run once a dumped link.
fn with_cached<R>(index: u32, f: impl FnOnce(&mut Map, u32) -> Option<R>) -> Option<R> {
    MAP.with(|m| {
        let mut m = m.borrow_mut();
        if !m.by_index.contains_key(&index) {
            if !m.lazy_full || index == 0 {
                return None;
            }
            let info = ioctl_link(&mut m, index)?;
            m.by_index.insert(index, info);
        }
        f(&mut m, index)
    })
}

/// The cached name of `index`.
fn cached_name(index: u32) -> Option<String> {
    with_cached(index, |m, i| m.by_index.get(&i).map(|l| l.name.clone()))
}

/// The cached type of `index`; a link learnt by ioctl is asked for it now.
fn cached_type(m: &mut Map, index: u32) -> Option<u16> {
    let l = m.by_index.get(&index)?;
    if let Some(t) = l.hwtype {
        return Some(t);
    }
    let name = l.name.clone();
    let t = ioctl_by_name(m, &name, SIOCGIFHWADDR)?;
    if let Some(l) = m.by_index.get_mut(&index) {
        l.hwtype = Some(t);
    }
    Some(t)
}

/// The cached flags of `index`; a link learnt by ioctl is asked for them now (the low 16
/// bits only: ifr_flags is a short).
fn cached_flags(m: &mut Map, index: u32) -> Option<u32> {
    let l = m.by_index.get(&index)?;
    if let Some(f) = l.flags {
        return Some(f);
    }
    let name = l.name.clone();
    let f = u32::from(ioctl_by_name(m, &name, SIOCGIFFLAGS)?);
    if let Some(l) = m.by_index.get_mut(&index) {
        l.flags = Some(f);
    }
    Some(f)
}

fn if_indextoname(index: u32) -> Option<String> {
    let mut buf = [0 as libc::c_char; 16];
    // SAFETY: buf holds IF_NAMESIZE bytes as if_indextoname requires.
    let p = unsafe { libc::if_indextoname(index, buf.as_mut_ptr()) };
    if p.is_null() {
        return None;
    }
    // SAFETY: on success buf holds a NUL-terminated name.
    Some(
        unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }
            .to_string_lossy()
            .into_owned(),
    )
}

/// ll_index_to_name: `*` for 0, the cached or fetched name, else `if%u`.
pub fn index_to_name(index: u32) -> String {
    if index == 0 {
        return "*".into();
    }
    if let Some(name) = cached_name(index) {
        return name;
    }
    if link_get(None, index) == Some(index) {
        if let Some(name) = cached_name(index) {
            return name;
        }
    }
    if_indextoname(index).unwrap_or_else(|| format!("if{index}"))
}

/// ll_index_to_type: the ARPHRD type, if the link is known.
pub fn index_to_type(index: u32) -> Option<u16> {
    if index == 0 {
        return None;
    }
    with_cached(index, cached_type)
}

/// `ll_index_to_flags(i) & IFF_UP`: answered by the lazy full map's ioctls too.
pub fn index_is_up(index: u32) -> Option<bool> {
    with_cached(index, cached_flags).map(|f| f & libc::IFF_UP as u32 != 0)
}

/// ll_index_to_flags.
pub fn index_to_flags(index: u32) -> Option<u32> {
    match with_cached(index, |m, i| m.by_index.get(&i).map(|l| (l.full, l.flags))) {
        Some((false, _)) => {
            // Learnt by ioctl: the flags come from the kernel's link message.
            link_get(None, index);
            MAP.with(|m| m.borrow().by_index.get(&index).and_then(|l| l.flags))
        }
        other => other.and_then(|(_, flags)| flags),
    }
}

/// ll_name_to_index: cache, then RTM_GETLINK by name, then `ifN` names; 0 when unknown.
pub fn name_to_index(name: &str) -> u32 {
    let hit = MAP.with(|m| {
        m.borrow()
            .by_index
            .iter()
            .find(|(_, i)| i.name == name)
            .map(|(k, _)| *k)
    });
    if let Some(i) = hit {
        return i;
    }
    if let Some(i) = link_get(Some(name), 0) {
        if i != 0 {
            return i;
        }
    }
    let c = std::ffi::CString::new(name).unwrap_or_default();
    // SAFETY: c is a valid NUL-terminated string.
    let i = unsafe { libc::if_nametoindex(c.as_ptr()) };
    if i != 0 {
        return i;
    }
    // ll_idx_a2n: "if%u" names of links in other namespaces.
    name.strip_prefix("if")
        .and_then(|n| crate::cli::parse::get_u32(n, 0))
        .unwrap_or(0)
}
