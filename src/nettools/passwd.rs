//! getpwnam/getgrnam without NSS: the first matching line of /etc/passwd or /etc/group
//! (glibc's files backend compares the name exactly and skips malformed lines).

/// The numeric id (third field) of `name` in a colon-separated database.
fn lookup(path: &str, name: &str) -> Option<u32> {
    let text = std::fs::read(path).ok()?;
    for line in text.split(|&b| b == b'\n') {
        let mut f = line.split(|&b| b == b':');
        let Some(n) = f.next() else { continue };
        if n != name.as_bytes() || n.is_empty() {
            continue;
        }
        let _pw = f.next()?;
        let id = f.next()?;
        let s = std::str::from_utf8(id).ok()?;
        if let Ok(v) = s.parse::<u32>() {
            return Some(v);
        }
    }
    None
}

pub fn uid_of(name: &str) -> Option<u32> {
    lookup("/etc/passwd", name)
}

pub fn gid_of(name: &str) -> Option<u32> {
    lookup("/etc/group", name)
}
