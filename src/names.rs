//! iproute2's name tables (lib/rt_names.c): routing tables, protocols, scopes, realms,
//! dsfield and groups. Each file under /etc/iproute2 is read once, on first use, over the
//! built-in defaults, so a minimal image without the files prints what iproute2 prints.
use std::sync::OnceLock;

const CONFDIR: &str = "/etc/iproute2";

thread_local! {
    // nlbox has one thread, so this is process-wide; unit tests, each on a thread of its
    // own, cannot see each other's setting.
    static NUMERIC: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `-N`/`-Numeric`: print numbers instead of names.
pub fn set_numeric(on: bool) {
    NUMERIC.with(|n| n.set(on));
}
pub fn numeric() -> bool {
    NUMERIC.with(|n| n.get())
}

/// One `id name` pair from a table file, in file order.
type Entries = Vec<(u32, String)>;

/// fread_id_name: `0xID NAME` or `ID NAME`, `#` comments and blank lines skipped. A line
/// that does not parse stops the file with "Database FILE is corrupted at LINE".
fn read_table(path: &str, out: &mut Entries) {
    let Ok(text) = std::fs::read(path) else {
        return;
    };
    let text = String::from_utf8_lossy(&text);
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_start_matches([' ', '\t']);
        if line.is_empty() || line.starts_with('#') || line.starts_with('\n') {
            continue;
        }
        let Some((id, name)) = scan_id_name(line) else {
            // The line keeps its newline, and fprintf adds one more (lib/rt_names.c).
            crate::error::warn(&format!("Database {path} is corrupted at {line}"));
            return;
        };
        if id < 0 {
            continue;
        }
        out.push((id as u32, name.to_string()));
    }
}

/// sscanf(p, "0x%x %s") or sscanf(p, "%d %s"): a number at the start of the line (the
/// digits may run straight into the name, as sscanf allows), then the next word.
fn scan_id_name(line: &str) -> Option<(i64, String)> {
    let b = line.as_bytes();
    let (id, mut i) = if line.starts_with("0x") {
        let mut i = 2;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            i += 1;
        }
        if i == 2 {
            return None;
        }
        (i64::from_str_radix(&line[2..i], 16).ok()?, i)
    } else {
        let mut i = 0;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
        (line[..i].parse::<i64>().ok()?, i)
    };
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    let name = line[i..].split_whitespace().next()?;
    Some((id, name.to_string()))
}

fn read_dir_confs(dir: &str, out: &mut Entries) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    // readdir order is the directory's own; iproute2 does not sort either.
    for de in rd.flatten() {
        let name = de.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name.len() <= 5 || !name.ends_with(".conf") {
            continue;
        }
        read_table(&format!("{dir}/{name}"), out);
    }
}

/// A 256-slot table (protos, scopes, realms, dsfield): later definitions win.
struct Tab {
    names: Vec<Option<String>>,
}

impl Tab {
    fn build(defaults: &[(u32, &str)], files: &[&str], dir: Option<&str>) -> Tab {
        let mut names: Vec<Option<String>> = vec![None; 256];
        for (i, n) in defaults {
            names[*i as usize] = Some((*n).to_string());
        }
        let mut e = Entries::new();
        for f in files {
            read_table(f, &mut e);
        }
        if let Some(d) = dir {
            read_dir_confs(d, &mut e);
        }
        for (id, n) in e {
            // rtnl_tab_initialize skips id > size (it allows id == 256, past the end).
            if let Some(slot) = names.get_mut(id as usize) {
                *slot = Some(n);
            }
        }
        Tab { names }
    }
    fn name(&self, id: u32) -> Option<&str> {
        self.names.get(id as usize).and_then(|n| n.as_deref())
    }
    fn id(&self, name: &str) -> Option<u32> {
        self.names
            .iter()
            .position(|n| n.as_deref() == Some(name))
            .map(|i| i as u32)
    }
}

/// A hashed table (rt_tables, group): ids may exceed 255. Lookup by id returns the most
/// recently defined name; lookup by name scans buckets 0..255 like rtnl_hash lookups.
struct Hash {
    /// Per bucket (id & 255), newest first.
    buckets: Vec<Vec<(u32, String)>>,
}

impl Hash {
    fn build(defaults: &[(u32, &str)], files: &[&str], dir: Option<&str>) -> Hash {
        let mut buckets: Vec<Vec<(u32, String)>> = vec![Vec::new(); 256];
        for (i, n) in defaults {
            buckets[(*i & 255) as usize].push((*i, (*n).to_string()));
        }
        let mut e = Entries::new();
        for f in files {
            read_table(f, &mut e);
        }
        if let Some(d) = dir {
            read_dir_confs(d, &mut e);
        }
        for (id, n) in e {
            buckets[(id & 255) as usize].insert(0, (id, n));
        }
        Hash { buckets }
    }
    fn name(&self, id: u32) -> Option<&str> {
        self.buckets[(id & 255) as usize]
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.as_str())
    }
    fn id(&self, name: &str) -> Option<u32> {
        self.buckets
            .iter()
            .flat_map(|b| b.iter())
            .find(|(_, n)| n == name)
            .map(|(i, _)| *i)
    }
}

fn protos() -> &'static Tab {
    static T: OnceLock<Tab> = OnceLock::new();
    T.get_or_init(|| {
        let d = [
            (0, "unspec"),
            (1, "redirect"),
            (2, "kernel"),
            (3, "boot"),
            (4, "static"),
            (8, "gated"),
            (9, "ra"),
            (10, "mrt"),
            (11, "zebra"),
            (12, "bird"),
            (13, "dnrouted"),
            (14, "xorp"),
            (15, "ntk"),
            (16, "dhcp"),
            (18, "keepalived"),
            (42, "babel"),
            (186, "bgp"),
            (187, "isis"),
            (188, "ospf"),
            (189, "rip"),
            (192, "eigrp"),
        ];
        Tab::build(
            &d,
            &[&format!("{CONFDIR}/rt_protos")],
            Some(&format!("{CONFDIR}/rt_protos.d")),
        )
    })
}
fn scopes() -> &'static Tab {
    static T: OnceLock<Tab> = OnceLock::new();
    T.get_or_init(|| {
        let d = [
            (0, "global"),
            (255, "nowhere"),
            (254, "host"),
            (253, "link"),
            (200, "site"),
        ];
        Tab::build(&d, &[&format!("{CONFDIR}/rt_scopes")], None)
    })
}
fn realms() -> &'static Tab {
    static T: OnceLock<Tab> = OnceLock::new();
    T.get_or_init(|| Tab::build(&[(0, "unknown")], &[&format!("{CONFDIR}/rt_realms")], None))
}
fn dsfields() -> &'static Tab {
    static T: OnceLock<Tab> = OnceLock::new();
    T.get_or_init(|| Tab::build(&[(0, "0")], &[&format!("{CONFDIR}/rt_dsfield")], None))
}
fn tables() -> &'static Hash {
    static T: OnceLock<Hash> = OnceLock::new();
    T.get_or_init(|| {
        let d = [(253, "default"), (254, "main"), (255, "local")];
        Hash::build(
            &d,
            &[&format!("{CONFDIR}/rt_tables")],
            Some(&format!("{CONFDIR}/rt_tables.d")),
        )
    })
}
fn groups() -> &'static Hash {
    static T: OnceLock<Hash> = OnceLock::new();
    T.get_or_init(|| Hash::build(&[(0, "default")], &[&format!("{CONFDIR}/group")], None))
}

fn protodown_reasons() -> &'static Tab {
    static T: OnceLock<Tab> = OnceLock::new();
    T.get_or_init(|| Tab::build(&[], &[], Some(&format!("{CONFDIR}/protodown_reasons.d"))))
}

/// protodown_reason_n2a: a name from protodown_reasons.d/*.conf, else the bit number
/// (ids are bits 0..31).
pub fn protodown_reason_name(id: u32) -> String {
    if id < 32 && !numeric() {
        if let Some(n) = protodown_reasons().name(id) {
            return n.to_string();
        }
    }
    id.to_string()
}

/// rtnl_rtprot_n2a.
pub fn proto_name(id: u32) -> String {
    if id >= 256 || numeric() {
        return id.to_string();
    }
    protos()
        .name(id)
        .map(str::to_string)
        .unwrap_or_else(|| id.to_string())
}
/// rtnl_rtscope_n2a.
pub fn scope_name(id: u32) -> String {
    if id >= 256 || numeric() {
        return id.to_string();
    }
    scopes()
        .name(id)
        .map(str::to_string)
        .unwrap_or_else(|| id.to_string())
}
/// rtnl_rtrealm_n2a.
pub fn realm_name(id: u32) -> String {
    if id >= 256 || numeric() {
        return id.to_string();
    }
    realms()
        .name(id)
        .map(str::to_string)
        .unwrap_or_else(|| id.to_string())
}
/// rtnl_rttable_n2a.
pub fn table_name(id: u32) -> String {
    let t = tables();
    match t.name(id) {
        Some(n) if !numeric() => n.to_string(),
        _ => id.to_string(),
    }
}
/// rtnl_dsfield_n2a: a name, or `0x%02x`.
pub fn dsfield_name(id: u32) -> String {
    if id >= 256 {
        return id.to_string();
    }
    if !numeric() {
        if let Some(n) = dsfields().name(id) {
            return n.to_string();
        }
    }
    format!("0x{id:02x}")
}
/// rtnl_group_n2a.
pub fn group_name(id: u32) -> String {
    if !numeric() {
        if let Some(n) = groups().name(id) {
            return n.to_string();
        }
    }
    (id as i32).to_string()
}

fn strtoul_whole(arg: &str, base: u32, max: u64) -> Option<u32> {
    let (v, used, over) = crate::cli::parse::strtoul(arg, base);
    if used == 0 || used != arg.len() || over || v > max {
        return None;
    }
    Some(v as u32)
}

/// rtnl_rtprot_a2n.
pub fn proto_id(arg: &str) -> Option<u32> {
    protos().id(arg).or_else(|| strtoul_whole(arg, 0, 255))
}
/// rtnl_rtscope_a2n.
pub fn scope_id(arg: &str) -> Option<u32> {
    scopes().id(arg).or_else(|| strtoul_whole(arg, 0, 255))
}
/// rtnl_rtrealm_a2n.
pub fn realm_id(arg: &str) -> Option<u32> {
    realms().id(arg).or_else(|| strtoul_whole(arg, 0, 255))
}
/// rtnl_rttable_a2n.
pub fn table_id(arg: &str) -> Option<u32> {
    tables()
        .id(arg)
        .or_else(|| strtoul_whole(arg, 0, u32::MAX as u64))
}
/// rtnl_dsfield_a2n: names, or hex numbers.
pub fn dsfield_id(arg: &str) -> Option<u32> {
    dsfields().id(arg).or_else(|| strtoul_whole(arg, 16, 255))
}
/// rtnl_group_a2n: names, or a non-negative C long.
pub fn group_id(arg: &str) -> Option<u32> {
    if let Some(i) = groups().id(arg) {
        return Some(i);
    }
    let v = crate::cli::parse::get_long(arg, 0)?;
    // The C code stores strtol's long in an int before checking the sign, so
    // 4294967295 is -1 (refused) and 4294967296 is 0.
    let i = v as i32;
    if i < 0 {
        return None;
    }
    Some(i as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_numbers() {
        assert_eq!(table_id("main"), Some(254));
        assert_eq!(table_id("1000"), Some(1000));
        assert_eq!(table_id("nosuch"), None);
        assert_eq!(proto_id("kernel"), Some(2));
        assert_eq!(proto_id("300"), None);
        assert_eq!(scope_name(253), "link");
        assert!(dsfield_name(0x10).len() >= 2);
        assert_eq!(group_id("default"), Some(0));
    }

    #[test]
    fn hash_order() {
        let h = Hash {
            buckets: vec![Vec::new(); 256],
        };
        assert_eq!(h.name(5), None);
        let mut h = h;
        h.buckets[5].insert(0, (5, "old".into()));
        h.buckets[5].insert(0, (5, "new".into()));
        assert_eq!(h.name(5), Some("new"));
        assert_eq!(h.id("old"), Some(5));
    }
}
