//! `ip netns` (ip/ipnetns.c): named network namespaces under /run/netns, their ids, and
//! running commands inside them.
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{duparg, get_integer, invarg};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{AttrBuf, AttrIter};
use crate::netlink::{strerror, Msg, Session, RTM_DELNSID, RTM_GETNSID, RTM_NEWNSID};
use crate::netns_switch::NETNS_RUN_DIR;
use crate::output::{Ctx, Printer};
use std::ffi::CString;
use std::io::Write;
use std::os::fd::{AsRawFd, OwnedFd};

const NETNSA_NSID: u16 = 1;
const NETNSA_FD: u16 = 3;
const NETNSA_TARGET_NSID: u16 = 4;
const NETNSA_CURRENT_NSID: u16 = 5;

const USAGE: &str = "Usage:\tip netns list
\tip netns add NAME
\tip netns attach NAME PID
\tip netns set NAME NETNSID
\tip [-all] netns delete [NAME]
\tip netns identify [PID]
\tip netns pids NAME
\tip [-all] netns exec [NAME] cmd ...
\tip netns monitor
\tip netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]
NETNSID := auto | POSITIVE-INT
";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

/// `return -1` of a netns function: exit 1, a batch may go on.
fn fail(msg: String) -> Error {
    Error::ret(1, msg)
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn cstr(s: &str) -> CString {
    CString::new(s.replace('\0', "")).unwrap_or_default()
}

fn open_ro(path: &str, flags: i32) -> std::result::Result<OwnedFd, i32> {
    let c = cstr(path);
    // SAFETY: c is a valid C string.
    let fd = unsafe { libc::open(c.as_ptr(), libc::O_RDONLY | flags) };
    if fd < 0 {
        return Err(errno());
    }
    // SAFETY: fd was just opened and is owned here.
    Ok(unsafe { std::os::fd::FromRawFd::from_raw_fd(fd) })
}

/// invalid_name: empty, longer than NAME_MAX, containing '/', or "." / "..".
fn invalid_name(name: &str) -> bool {
    name.is_empty() || name.len() > 255 || name.contains('/') || name == "." || name == ".."
}

/// Names in /run/netns in readdir order (as iproute2 lists them), or None when the
/// directory cannot be opened (with its errno).
fn netns_names() -> std::result::Result<Vec<String>, i32> {
    match std::fs::read_dir(NETNS_RUN_DIR) {
        Ok(rd) => Ok(rd
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect()),
        Err(e) => Err(e.raw_os_error().unwrap_or(0)),
    }
}

/// The socket iproute2 keeps for nsid queries (rtnsh).
pub struct NsidSocket {
    nl: Option<Session>,
}

impl Default for NsidSocket {
    fn default() -> NsidSocket {
        NsidSocket::new()
    }
}

impl NsidSocket {
    pub fn new() -> NsidSocket {
        NsidSocket { nl: None }
    }
    fn session(&mut self) -> Result<&mut Session> {
        if self.nl.is_none() {
            let s = Session::open().map_err(|_| Error::exit(1, "Cannot open rtnetlink"))?;
            self.nl = Some(s);
        }
        self.nl
            .as_mut()
            .ok_or_else(|| Error::exit(1, "Cannot open rtnetlink"))
    }

    /// get_netnsid_from_name: the id the current namespace gives the named one, or -1.
    fn nsid_of(&mut self, name: &str) -> Result<i32> {
        let Ok(fd) = open_ro(&format!("{NETNS_RUN_DIR}/{name}"), libc::O_CLOEXEC) else {
            return Ok(-1);
        };
        let mut req = AttrBuf::with_header(&[0]);
        req.add_u32(NETNSA_FD, fd.as_raw_fd() as u32);
        let nl = self.session()?;
        match nl.talk_answer(RTM_GETNSID, 0, &req.buf, |m| nsid_attr(m, NETNSA_NSID)) {
            Ok(Some(id)) => Ok(id),
            Ok(None) => Ok(-1),
            Err(e) => {
                crate::error::warn(e.text.trim_end_matches('\n'));
                Ok(-2)
            }
        }
    }
}

fn nsid_attr(m: &Msg, ty: u16) -> Option<i32> {
    if m.ty != RTM_NEWNSID && m.ty != RTM_DELNSID {
        return None;
    }
    let attrs = m.payload.get(4..)?;
    AttrIter::new(attrs)
        .filter(|a| a.ty == ty)
        .last()
        .and_then(|a| a.u32())
        .map(|v| v as i32)
}

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let mut nsid = NsidSocket::new();
    let Some(verb) = args.next() else {
        return list(&mut nsid, ip);
    };
    if !ip.g.all {
        if let Some(name) = args.peek() {
            if invalid_name(name) {
                return Err(Error::exit(255, format!("Invalid netns name \"{name}\"")));
            }
        }
    }
    let rest: Vec<String> = args.remaining().to_vec();
    let m = |k: &str| matches(&verb, k);
    if m("list") || m("show") || m("lst") {
        return list(&mut nsid, ip);
    }
    if m("list-id") {
        return list_id(&mut nsid, &rest, ip);
    }
    if m("help") {
        return Err(usage());
    }
    if m("add") {
        return add(&rest, true);
    }
    if m("set") {
        return set(&mut nsid, &rest, ip);
    }
    if m("delete") {
        return delete(&rest, ip.g.all);
    }
    if m("identify") {
        return identify(&rest, ip);
    }
    if m("pids") {
        return pids(&rest, ip);
    }
    if m("exec") {
        return exec(&rest, ip);
    }
    if m("monitor") {
        return monitor(ip);
    }
    if m("attach") {
        return add(&rest, false);
    }
    Err(Error::exit(
        255,
        format!("Command \"{verb}\" is unknown, try \"ip netns help\"."),
    ))
}

fn list(nsid: &mut NsidSocket, ip: &mut Ip) -> Result<()> {
    // netns_list (ip/ipnetns.c) prints with no fflush.
    ip.g.defer_flush = !ip.g.json;
    let Ok(names) = netns_names() else {
        return Ok(());
    };
    ip.out.begin_list()?;
    for name in names {
        ip.out.open_object("")?;
        ip.out
            .string(Ctx::Any, "name", &name, format_args!("{name}"))?;
        let id = nsid.nsid_of(&name)?;
        if id >= 0 {
            ip.out
                .int(Ctx::Any, "id", id as i64, format_args!(" (id: {id})"))?;
        }
        ip.out.fp(format_args!("\n"))?;
        ip.out.close_object()?;
    }
    ip.out.end_list()?;
    Ok(())
}

/// The nsid -> name map iproute2 builds before printing ids (netns_map_init).
pub(crate) fn name_map(nsid: &mut NsidSocket) -> Result<Vec<(i32, String)>> {
    let mut map = Vec::new();
    for name in netns_names().unwrap_or_default() {
        let id = nsid.nsid_of(&name)?;
        if id >= 0 && !map.iter().any(|(i, _)| *i == id) {
            map.push((id, name));
        }
    }
    Ok(map)
}

/// netns_get_name: the /run/netns name whose nsid is `id` (readdir order).
fn netns_get_name(nsid: &mut NsidSocket, id: i32) -> Result<Option<String>> {
    if id < 0 {
        return Ok(None);
    }
    for name in netns_names().unwrap_or_default() {
        if nsid.nsid_of(&name)? == id {
            return Ok(Some(name));
        }
    }
    Ok(None)
}

/// print_nsid (also used by `ip monitor`).
pub fn print_nsid<W: Write>(
    out: &mut Printer<W>,
    m: &Msg,
    map: &mut Vec<(i32, String)>,
    nsid: &mut NsidSocket,
) -> Result<()> {
    if m.ty != RTM_NEWNSID && m.ty != RTM_DELNSID {
        return Ok(());
    }
    let Some(id) = nsid_attr(m, NETNSA_NSID) else {
        return Err(Error::ret(1, "BUG: NETNSA_NSID is missing print_nsid"));
    };
    let current = nsid_attr(m, NETNSA_CURRENT_NSID);
    out.open_object("")?;
    if m.ty == RTM_DELNSID {
        out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
    }
    if id < 0 {
        out.fp(format_args!("nsid unassigned "))?;
    } else {
        out.int(Ctx::Any, "nsid", id as i64, format_args!("nsid {id} "))?;
    }
    if let Some(c) = current {
        if c < 0 {
            out.fp(format_args!("current-nsid unassigned "))?;
        } else {
            out.int(
                Ctx::Any,
                "current-nsid",
                c as i64,
                format_args!("current-nsid {c} "),
            )?;
        }
    }
    let key = current.unwrap_or(id);
    let cached = map.iter().position(|(i, _)| *i == key && key >= 0);
    if let Some(pos) = cached {
        let (_, name) = map.remove(pos);
        out.string(
            Ctx::Any,
            "name",
            &name,
            format_args!("(iproute2 netns name: {name})"),
        )?;
    }
    // "nsid might not be in cache": a new id is looked up among the named namespaces.
    if cached.is_none() && m.ty == RTM_NEWNSID {
        if let Some(name) = netns_get_name(nsid, id)? {
            out.string(
                Ctx::Any,
                "name",
                &name,
                format_args!("(iproute2 netns name: {name})"),
            )?;
            map.push((id, name));
        }
    }
    out.fp(format_args!("\n"))?;
    out.close_object()?;
    Ok(())
}

fn list_id(nsid: &mut NsidSocket, rest: &[String], ip: &mut Ip) -> Result<()> {
    let mut map = name_map(nsid)?;
    let mut target: i32 = -1;
    let mut want: i32 = -1;
    let mut it = rest.iter();
    while let Some(w) = it.next() {
        if w == "target-nsid" {
            if target >= 0 {
                return Err(duparg("target-nsid", w));
            }
            let v = it.next().ok_or_else(crate::cli::args::incomplete_command)?;
            match get_integer(v, 0) {
                None => return Err(invarg("\"target-nsid\" value is invalid", v)),
                Some(n) if n < 0 => return Err(invarg("\"target-nsid\" value should be >= 0", v)),
                Some(n) => target = n,
            }
        } else if w == "nsid" {
            if want >= 0 {
                return Err(duparg("nsid", w));
            }
            let v = it.next().ok_or_else(crate::cli::args::incomplete_command)?;
            match get_integer(v, 0) {
                None => return Err(invarg("\"nsid\" value is invalid", v)),
                Some(n) if n < 0 => return Err(invarg("\"nsid\" value should be >= 0", v)),
                Some(n) => want = n,
            }
        } else {
            return Err(usage());
        }
    }
    let mut req = AttrBuf::with_header(&[0]);
    if want >= 0 {
        req.add_u32(NETNSA_NSID, want as u32);
        if target >= 0 {
            req.add_u32(NETNSA_TARGET_NSID, target as u32);
        }
        let nl = nsid.session()?;
        let reply = nl.talk_answer(RTM_GETNSID, 0, &req.buf, |m| {
            (m.ty, m.flags, m.payload.to_vec())
        })?;
        let (ty, flags, payload) = reply;
        let m = Msg {
            ty,
            flags,
            seq: 0,
            pid: 0,
            payload: &payload,
        };
        ip.out.begin_list()?;
        print_nsid(&mut ip.out, &m, &mut map, nsid)?;
        ip.out.end_list()?;
        return Ok(());
    }
    if target >= 0 {
        req.add_u32(NETNSA_TARGET_NSID, target as u32);
    }
    ip.out.begin_list()?;
    let out = &mut ip.out;
    let r = ip.nl.dump(RTM_GETNSID, &req.buf, |m| {
        print_nsid(out, m, &mut map, nsid)
    });
    if let Err(e) = r {
        ip.out.end_list()?;
        let mut text = e.msg.unwrap_or_default();
        text.push_str("Dump terminated\n");
        return Err(Error::raw(1, text, Failure::Exit));
    }
    ip.out.end_list()?;
    Ok(())
}

fn mount(
    src: &str,
    target: &str,
    fstype: &str,
    flags: libc::c_ulong,
) -> std::result::Result<(), i32> {
    let (s, t, f) = (cstr(src), cstr(target), cstr(fstype));
    // SAFETY: all pointers are valid C strings or null.
    if unsafe { libc::mount(s.as_ptr(), t.as_ptr(), f.as_ptr(), flags, std::ptr::null()) } != 0 {
        return Err(errno());
    }
    Ok(())
}

/// netns_add: create (or attach a pid's) namespace and bind it at /run/netns/NAME, after
/// making /run/netns a shared mount point so the binding propagates to other mount namespaces.
fn add(rest: &[String], create: bool) -> Result<()> {
    let mut pid = 0i32;
    if create {
        if rest.is_empty() {
            return Err(fail("No netns name specified".into()));
        }
    } else {
        if rest.len() < 2 {
            return Err(fail("No netns name and PID specified".into()));
        }
        match get_integer(&rest[1], 0) {
            Some(p) if p != 0 => pid = p,
            _ => return Err(fail(format!("Invalid PID: {}", rest[1]))),
        }
    }
    let name = &rest[0];
    let path = format!("{NETNS_RUN_DIR}/{name}");
    let dir = cstr(NETNS_RUN_DIR);
    // SAFETY: dir is a valid C string.
    if unsafe { libc::mkdir(dir.as_ptr(), 0o755) } != 0 && errno() != libc::EEXIST {
        return Err(fail(format!(
            "mkdir {NETNS_RUN_DIR} failed: {}",
            strerror(errno())
        )));
    }
    let lock = match open_ro(NETNS_RUN_DIR, libc::O_DIRECTORY) {
        Ok(fd) => fd,
        Err(e) => {
            return Err(fail(format!(
                "Cannot open netns runtime directory \"{NETNS_RUN_DIR}\": {}",
                strerror(e)
            )))
        }
    };
    // SAFETY: lock is an open descriptor.
    let locked = unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX) } == 0;
    if !locked {
        crate::error::warn(&format!(
            "Warning: could not flock netns runtime directory \"{NETNS_RUN_DIR}\": {}",
            strerror(errno())
        ));
    }
    let mut made_mount = false;
    let unlock = |lock: &OwnedFd| {
        if locked {
            // SAFETY: lock is an open descriptor.
            unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_UN) };
        }
    };
    while let Err(e) = mount("", NETNS_RUN_DIR, "none", libc::MS_SHARED | libc::MS_REC) {
        if e != libc::EINVAL || made_mount {
            unlock(&lock);
            return Err(fail(format!(
                "mount --make-shared {NETNS_RUN_DIR} failed: {}",
                strerror(e)
            )));
        }
        if let Err(e) = mount(
            NETNS_RUN_DIR,
            NETNS_RUN_DIR,
            "none",
            libc::MS_BIND | libc::MS_REC,
        ) {
            unlock(&lock);
            return Err(fail(format!(
                "mount --bind {NETNS_RUN_DIR} {NETNS_RUN_DIR} failed: {}",
                strerror(e)
            )));
        }
        made_mount = true;
    }
    unlock(&lock);
    drop(lock);
    let cpath = cstr(&path);
    // SAFETY: cpath is a valid C string.
    let fd = unsafe {
        libc::open(
            cpath.as_ptr(),
            libc::O_RDONLY | libc::O_CREAT | libc::O_EXCL,
            0,
        )
    };
    if fd < 0 {
        return Err(fail(format!(
            "Cannot create namespace file \"{path}\": {}",
            strerror(errno())
        )));
    }
    // SAFETY: fd is ours.
    unsafe { libc::close(fd) };
    let proc_path;
    let mut saved: Option<OwnedFd> = None;
    if create {
        saved = match open_ro("/proc/self/ns/net", libc::O_CLOEXEC) {
            Ok(fd) => Some(fd),
            Err(e) => {
                return Err(Error::exit(
                    1,
                    format!("Cannot open init namespace: {}", strerror(e)),
                ))
            }
        };
        // SAFETY: unshare has no memory-safety preconditions.
        if unsafe { libc::unshare(libc::CLONE_NEWNET) } < 0 {
            let e = errno();
            let msg = format!(
                "Failed to create a new network namespace \"{name}\": {}\n",
                strerror(e)
            );
            restore(saved.take())?;
            let del = remove_file(name)
                .err()
                .and_then(|e| e.msg)
                .unwrap_or_default();
            return Err(Error::raw(1, msg + &del, Failure::Return));
        }
        proc_path = "/proc/self/ns/net".to_string();
    } else {
        proc_path = format!("/proc/{pid}/ns/net");
    }
    if let Err(e) = mount(&proc_path, &path, "none", libc::MS_BIND) {
        let msg = format!("Bind {proc_path} -> {path} failed: {}\n", strerror(e));
        let tail = if create {
            restore(saved.take())?;
            remove_file(name)
                .err()
                .and_then(|e| e.msg)
                .unwrap_or_default()
        } else if std::fs::remove_file(&path).is_err() {
            format!(
                "Cannot remove namespace file \"{path}\": {}\n",
                strerror(errno())
            )
        } else {
            String::new()
        };
        return Err(Error::raw(1, msg + &tail, Failure::Return));
    }
    restore(saved)?;
    Ok(())
}

/// netns_restore: back into the namespace we were in before `unshare`.
fn restore(saved: Option<OwnedFd>) -> Result<()> {
    if let Some(fd) = saved {
        // SAFETY: fd is an open namespace descriptor.
        if unsafe { libc::setns(fd.as_raw_fd(), libc::CLONE_NEWNET) } != 0 {
            return Err(Error::exit(1, format!("setns: {}", strerror(errno()))));
        }
    }
    Ok(())
}

/// on_netns_del: detach the binding and remove the file.
fn remove_file(name: &str) -> Result<()> {
    let path = format!("{NETNS_RUN_DIR}/{name}");
    let c = cstr(&path);
    // SAFETY: c is a valid C string.
    unsafe { libc::umount2(c.as_ptr(), libc::MNT_DETACH) };
    // SAFETY: c is a valid C string.
    if unsafe { libc::unlink(c.as_ptr()) } < 0 {
        return Err(fail(format!(
            "Cannot remove namespace file \"{path}\": {}",
            strerror(errno())
        )));
    }
    Ok(())
}

fn delete(rest: &[String], all: bool) -> Result<()> {
    if all {
        let names = match netns_names() {
            Ok(n) => n,
            Err(libc::ENOENT) => return Ok(()),
            Err(e) => {
                return Err(fail(format!(
                    "Failed to open directory {NETNS_RUN_DIR}: {}",
                    strerror(e)
                )))
            }
        };
        for n in names {
            if let Err(e) = remove_file(&n) {
                // netns_foreach stops at the first failure but still succeeds.
                e.report();
                break;
            }
        }
        return Ok(());
    }
    let Some(name) = rest.first() else {
        return Err(fail("No netns name specified".into()));
    };
    remove_file(name)
}

fn set(nsid: &mut NsidSocket, rest: &[String], ip: &mut Ip) -> Result<()> {
    let Some(name) = rest.first() else {
        return Err(fail("No netns name specified".into()));
    };
    let Some(v) = rest.get(1) else {
        return Err(fail("No nsid specified".into()));
    };
    let id: i32 = if v == "auto" {
        -1
    } else {
        match get_integer(v, 0) {
            None => return Err(invarg("Invalid \"netnsid\" value", v)),
            Some(n) if n < 0 => return Err(invarg("\"netnsid\" value should be >= 0", v)),
            Some(n) => n,
        }
    };
    let fd = match open_ro(&format!("{NETNS_RUN_DIR}/{name}"), libc::O_CLOEXEC) {
        Ok(fd) => fd,
        Err(e) => {
            return Err(fail(format!(
                "Cannot open network namespace \"{name}\": {}",
                strerror(e)
            )))
        }
    };
    let _ = nsid;
    let mut req = AttrBuf::with_header(&[0]);
    req.add_u32(NETNSA_FD, fd.as_raw_fd() as u32);
    req.add_u32(NETNSA_NSID, id as u32);
    ip.nl.talk(RTM_NEWNSID, 0, &req.buf)?;
    Ok(())
}

fn is_pid(s: &str) -> bool {
    s.bytes().all(|c| c.is_ascii_digit())
}

fn stat_of(path: &str) -> Option<(u64, u64)> {
    let c = cstr(path);
    // SAFETY: stat is plain data; zeroed is valid.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: c is a valid C string and st is writable.
    if unsafe { libc::stat(c.as_ptr(), &mut st) } != 0 {
        return None;
    }
    Some((st.st_dev, st.st_ino))
}

fn fstat_of(fd: &OwnedFd) -> std::result::Result<(u64, u64), i32> {
    // SAFETY: stat is plain data; zeroed is valid.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: fd is open and st is writable.
    if unsafe { libc::fstat(fd.as_raw_fd(), &mut st) } != 0 {
        return Err(errno());
    }
    Ok((st.st_dev, st.st_ino))
}

fn identify(rest: &[String], ip: &mut Ip) -> Result<()> {
    // netns_identify prints with printf and no fflush (-batch keeps it buffered).
    ip.g.defer_flush = true;
    let pid = match rest.len() {
        0 => "self",
        1 => {
            if !is_pid(&rest[0]) {
                return Err(fail(format!("Specified string '{}' is not a pid", rest[0])));
            }
            rest[0].as_str()
        }
        _ => return Err(fail("extra arguments specified".into())),
    };
    let fd = match open_ro(&format!("/proc/{pid}/ns/net"), 0) {
        Ok(fd) => fd,
        Err(e) => {
            return Err(fail(format!(
                "Cannot open network namespace: {}",
                strerror(e)
            )))
        }
    };
    let me = fstat_of(&fd).map_err(|e| fail(format!("Stat of netns failed: {}", strerror(e))))?;
    let mut found = String::new();
    match netns_names() {
        Ok(names) => {
            for n in names {
                if stat_of(&format!("{NETNS_RUN_DIR}/{n}")) == Some(me) {
                    found = n;
                }
            }
        }
        Err(libc::ENOENT) => {}
        Err(e) => {
            return Err(fail(format!(
                "Failed to open directory {NETNS_RUN_DIR}:{}",
                strerror(e)
            )))
        }
    }
    ip.out.raw(format_args!("{found}\n"))?;
    Ok(())
}

fn pids(rest: &[String], ip: &mut Ip) -> Result<()> {
    // netns_pids prints with printf and no fflush (-batch keeps it buffered).
    ip.g.defer_flush = true;
    if rest.is_empty() {
        return Err(fail("No netns name specified".into()));
    }
    if rest.len() > 1 {
        return Err(fail("extra arguments specified".into()));
    }
    let fd = match open_ro(&format!("{NETNS_RUN_DIR}/{}", rest[0]), 0) {
        Ok(fd) => fd,
        Err(e) => {
            return Err(fail(format!(
                "Cannot open network namespace: {}",
                strerror(e)
            )))
        }
    };
    let me = fstat_of(&fd).map_err(|e| fail(format!("Stat of netns failed: {}", strerror(e))))?;
    let rd = std::fs::read_dir("/proc/").map_err(|e| {
        fail(format!(
            "Open of /proc failed: {}",
            strerror(e.raw_os_error().unwrap_or(0))
        ))
    })?;
    for de in rd.flatten() {
        let n = de.file_name().to_string_lossy().into_owned();
        if !is_pid(&n) {
            continue;
        }
        if stat_of(&format!("/proc/{n}/ns/net")) == Some(me) {
            ip.out.raw(format_args!("{n}\n"))?;
        }
    }
    Ok(())
}

/// cmd_exec: enter the namespace and exec the command; under -batch or -all fork first and
/// return the child's status.
fn exec(rest: &[String], ip: &mut Ip) -> Result<()> {
    if ip.g.all {
        if rest.is_empty() {
            return Err(fail("No command specified".into()));
        }
        let names = match netns_names() {
            Ok(n) => n,
            Err(libc::ENOENT) => return Ok(()),
            Err(e) => {
                return Err(fail(format!(
                    "Failed to open directory {NETNS_RUN_DIR}: {}",
                    strerror(e)
                )))
            }
        };
        for n in names {
            ip.out.raw(format_args!("\nnetns: {n}\n"))?;
            fork_exec(&n, rest, ip)?;
        }
        return Ok(());
    }
    if rest.is_empty() {
        return Err(fail("No netns name specified".into()));
    }
    if rest.len() < 2 {
        return Err(fail("No command specified".into()));
    }
    let name = &rest[0];
    let cmd = &rest[1..];
    if ip.g.batch_mode {
        let status = fork_exec(name, cmd, ip)?;
        if status != 0 {
            return Err(Error::silent(status, Failure::Return));
        }
        return Ok(());
    }
    ip.out.flush()?;
    if let Err(msg) = crate::netns_switch::switch(name) {
        // cmd_exec's -1 becomes exit 255 through do_cmd's negations.
        return Err(Error::raw(255, msg, Failure::Return));
    }
    Err(exec_or_die(cmd))
}

/// execvp, and on failure iproute2's message with _exit(1).
fn exec_or_die(cmd: &[String]) -> Error {
    let cargs: Vec<CString> = cmd.iter().map(|a| cstr(a)).collect();
    let mut ptrs: Vec<*const libc::c_char> = cargs.iter().map(|c| c.as_ptr()).collect();
    ptrs.push(std::ptr::null());
    // SAFETY: ptrs is a NULL-terminated array of valid C strings that outlive the call.
    unsafe { libc::execvp(ptrs[0], ptrs.as_ptr()) };
    let e = errno();
    Error::exit(1, format!("exec of \"{}\" failed: {}", cmd[0], strerror(e)))
}

fn fork_exec(name: &str, cmd: &[String], ip: &mut Ip) -> Result<i32> {
    ip.out.flush()?;
    // SAFETY: the child only switches namespace and execs (or exits).
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(Error::exit(1, format!("fork: {}", strerror(errno()))));
    }
    if pid == 0 {
        let code = match crate::netns_switch::switch(name) {
            Err(msg) => {
                eprint!("{msg}");
                // setup() failed: cmd_exec returns -1 in the child, which then carries on
                // as ip would; exiting 255 is what the unforked path reports.
                255
            }
            Ok(()) => {
                let e = exec_or_die(cmd);
                e.report();
                1
            }
        };
        // SAFETY: _exit in the forked child.
        unsafe { libc::_exit(code) };
    }
    let mut status = 0;
    // SAFETY: waiting for our own child.
    if unsafe { libc::waitpid(pid, &mut status, 0) } < 0 {
        return Err(Error::exit(1, format!("waitpid: {}", strerror(errno()))));
    }
    if libc::WIFEXITED(status) {
        return Ok(libc::WEXITSTATUS(status));
    }
    Err(Error::silent(1, Failure::Exit))
}

fn monitor(ip: &mut Ip) -> Result<()> {
    // SAFETY: inotify_init has no preconditions.
    let fd = unsafe { libc::inotify_init() };
    if fd < 0 {
        return Err(fail(format!("inotify_init failed: {}", strerror(errno()))));
    }
    let dir = cstr(NETNS_RUN_DIR);
    // SAFETY: dir is a valid C string.
    if unsafe { libc::mkdir(dir.as_ptr(), 0o755) } != 0 && errno() != libc::EEXIST {
        return Err(fail(format!(
            "mkdir {NETNS_RUN_DIR} failed: {}",
            strerror(errno())
        )));
    }
    // SAFETY: fd is an inotify descriptor and dir a valid C string.
    if unsafe { libc::inotify_add_watch(fd, dir.as_ptr(), libc::IN_CREATE | libc::IN_DELETE) } < 0 {
        return Err(fail(format!(
            "inotify_add_watch failed: {}",
            strerror(errno())
        )));
    }
    let mut buf = [0u8; 4096];
    loop {
        // SAFETY: buf is writable for its length.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        if n < 0 {
            return Err(fail(format!("read failed: {}", strerror(errno()))));
        }
        let n = n as usize;
        let mut off = 0;
        while off + 16 <= n {
            let h = &buf[off..off + 16];
            let mask = u32::from_ne_bytes([h[4], h[5], h[6], h[7]]);
            let len = u32::from_ne_bytes([h[12], h[13], h[14], h[15]]) as usize;
            let name_bytes = buf.get(off + 16..(off + 16 + len).min(n)).unwrap_or(&[]);
            let end = name_bytes
                .iter()
                .position(|&c| c == 0)
                .unwrap_or(name_bytes.len());
            let name = String::from_utf8_lossy(&name_bytes[..end]);
            if mask & libc::IN_CREATE != 0 {
                ip.out.raw(format_args!("add {name}\n"))?;
            }
            if mask & libc::IN_DELETE != 0 {
                ip.out.raw(format_args!("delete {name}\n"))?;
            }
            off += 16 + len;
        }
        ip.out.flush()?;
    }
}
