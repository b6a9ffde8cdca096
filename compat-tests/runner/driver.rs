//! The driver: what runs inside the fresh namespaces (`RUNNER --in-namespace PLAN RESULTS`).
//!
//! It refuses to go on unless its network and mount namespaces differ from the runner's,
//! prepares the namespace as the brief says (private mounts, a fresh sysfs, tmpfs on
//! /run/netns and /etc/netns, `ip link set lo up`), runs each line with `sh -c`, dumps the
//! final kernel state with the reference tools and writes every result to RESULTS. When it
//! exits, the namespaces (and every `ip netns add` mount inside them) go away with it:
//! nothing is created in the host's namespaces.

use crate::exec::{
    dump_commands, ns_id, put, read_plan, wait_timeout, Output, Plan, Who, REF_PATH,
};
use std::fs::File;
use std::io::Write;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Driver {
    plan: Plan,
    ref_path: String,
    nlbox_path: String,
}

/// Reaps every exited descendant that was reparented to the driver (it is a subreaper).
fn reap_orphans() {
    loop {
        let mut st = 0;
        // SAFETY: waitpid(2) with WNOHANG on our own children only.
        let pid = unsafe { libc::waitpid(-1, &mut st, libc::WNOHANG) };
        if pid <= 0 {
            return;
        }
    }
}

/// Kills what the lines left running (`cmd &`, daemons): as a subreaper the driver is their
/// parent, so each pid is ours until reaped and can't have been reused by another process.
fn kill_orphans() {
    // SAFETY: getpid has no preconditions.
    let me = unsafe { libc::getpid() };
    for _ in 0..50 {
        let mut found = false;
        for e in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            // "pid (comm) state ppid ...": comm may hold blanks, so split after the last ')'.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse::<i32>().ok());
            if ppid == Some(me) {
                found = true;
                // SAFETY: kill(2) on our own child.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
        }
        std::thread::sleep(Duration::from_millis(5));
        reap_orphans();
        if !found {
            return;
        }
    }
}

impl Driver {
    fn sh(&mut self, cmd: &str, path: &str) -> Result<Output, String> {
        let wd = &self.plan.workdir;
        let out_p = wd.join(".stdout");
        let err_p = wd.join(".stderr");
        let out = File::create(&out_p).map_err(|e| format!("{}: {e}", out_p.display()))?;
        let err = File::create(&err_p).map_err(|e| format!("{}: {e}", err_p.display()))?;
        let mut child = Command::new("/bin/sh")
            .arg("-c")
            .arg(cmd)
            .env_clear()
            .env("PATH", path)
            .env(
                "HOME",
                std::env::var_os("HOME").unwrap_or_else(|| "/root".into()),
            )
            .env("LC_ALL", "C")
            .current_dir(wd)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .process_group(0)
            .spawn()
            .map_err(|e| format!("cannot run /bin/sh: {e}"))?;
        let pgid = child.id() as i32;
        let status = wait_timeout(&mut child, self.plan.line_timeout).map_err(|e| e.to_string())?;
        let (status, timed_out) = match status {
            Some(s) => (s, false),
            None => {
                // SAFETY: kill(2) on the group of a child not yet reaped, so its id is ours.
                unsafe { libc::kill(-pgid, libc::SIGKILL) };
                (child.wait().map_err(|e| e.to_string())?, true)
            }
        };
        reap_orphans();
        let code = status
            .code()
            .unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
        Ok(Output {
            code,
            stdout: std::fs::read(&out_p).map_err(|e| e.to_string())?,
            stderr: std::fs::read(&err_p).map_err(|e| e.to_string())?,
            timed_out,
        })
    }
}

fn netns_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir("/run/netns")
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// True when a link's flags show a carrier change whose operstate the kernel has not
/// applied yet. Carrier (LOWER_UP) changes at once, but IFF_RUNNING follows the operstate,
/// which linkwatch updates up to a second later (net/core/link_watch.c rate-limits itself
/// to one run a second); `ip` prints NO-CARRIER for UP without RUNNING. So an UP link with
/// both LOWER_UP and NO-CARRIER, or with neither, is in the middle of a change.
fn link_in_flux(line: &str) -> bool {
    let Some(flags) = line.split('<').nth(1).and_then(|f| f.split('>').next()) else {
        return false;
    };
    let has = |f: &str| flags.split(',').any(|x| x == f);
    has("UP") && has("LOWER_UP") == has("NO-CARRIER")
}

/// True for a link whose peer's namespace is being torn down: `ip netns del` only drops the
/// name; the kernel destroys the namespace, and with it the veth peers left here, a little
/// later (the lazy unmount, then net/core/net_namespace.c cleanup_net). Meanwhile the link
/// shows its peer's namespace by number only (`link-netnsid N`: ip names every namespace in
/// /run/netns), and then not at all (`@ifN` without `link-netns`). Only in the first
/// namespace: inside the others, `link-netnsid` is how links into the first one show.
fn peer_ns_dying(line: &str, first_ns: bool) -> bool {
    if first_ns && line.contains(" link-netnsid ") {
        return true;
    }
    let Some(at) = line.find("@if") else {
        return false;
    };
    let digits = line[at + 3..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    digits > 0 && line[at + 3 + digits..].starts_with(':') && !line.contains("link-netns")
}

/// Whether any link of one namespace's `ip -o link show` is still changing.
fn links_busy(links: &str, first_ns: bool) -> bool {
    links
        .lines()
        .any(|l| link_in_flux(l) || peer_ns_dying(l, first_ns))
}

/// Applies pending operstate changes (see linkwatch.rs) and waits (at most 2 s) until no link
/// in any namespace is in the middle of a carrier change or waits for its peer's namespace
/// to be torn down, so that what the next line sees does not depend on timing. Runs after
/// every line of both runs alike: it only hurries the kernel along; it never changes what is
/// printed.
fn quiesce(d: &mut Driver) -> Result<(), String> {
    let start = Instant::now();
    loop {
        crate::linkwatch::sync_all(&netns_names());
        let mut busy = false;
        for ns in std::iter::once(None).chain(netns_names().into_iter().map(Some)) {
            let n = ns.as_ref().map(|n| format!("-n {n} ")).unwrap_or_default();
            let links = d.sh(&format!("/usr/sbin/ip {n}-o link show"), REF_PATH)?;
            busy |= links_busy(&String::from_utf8_lossy(&links.stdout), ns.is_none());
        }
        if !busy || start.elapsed() >= Duration::from_secs(2) {
            if start.elapsed() > Duration::from_millis(100) {
                eprintln!("quiesce: waited {:?}", start.elapsed());
            }
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Lets the kernel finish what it does on its own after the last line, so that the final
/// dump does not depend on timing: namespaces deleted by `ip netns del` are torn down
/// asynchronously (see `peer_ns_dying`), operstates follow carrier changes late
/// (see `link_in_flux`), and IPv6 addresses stay `tentative` for about 1-2 s after their link
/// gets a carrier (DAD). Waits until no address is tentative on a link with LOWER_UP, no
/// link is in flux, and links and addresses are unchanged over 100 ms; at most 5 s.
fn settle(d: &mut Driver) -> Result<(), String> {
    let start = Instant::now();
    let mut prev: Option<String> = None;
    loop {
        crate::linkwatch::sync_all(&netns_names());
        let mut snap = String::new();
        let mut busy = false;
        for ns in std::iter::once(None).chain(netns_names().into_iter().map(Some)) {
            let n = ns.as_ref().map(|n| format!("-n {n} ")).unwrap_or_default();
            let links = d.sh(&format!("/usr/sbin/ip {n}-o link show"), REF_PATH)?;
            let addrs = d.sh(&format!("/usr/sbin/ip {n}-o addr show"), REF_PATH)?;
            let links = String::from_utf8_lossy(&links.stdout).into_owned();
            let addrs = String::from_utf8_lossy(&addrs.stdout).into_owned();
            busy |= links_busy(&links, ns.is_none());
            for a in addrs.lines() {
                if a.contains(" tentative") && !a.contains("dadfailed") {
                    let idx = a.split(':').next().unwrap_or("");
                    busy |= links
                        .lines()
                        .any(|l| l.split(':').next() == Some(idx) && l.contains("LOWER_UP"));
                }
            }
            snap.push_str(&links);
            snap.push_str(&addrs);
        }
        if (!busy && prev.as_deref() == Some(snap.as_str())) || start.elapsed().as_secs() >= 5 {
            return Ok(());
        }
        prev = Some(snap);
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `--in-namespace PLAN RESULTS`: the driver. Returns the process exit code.
pub fn driver_main(plan_path: &Path, res_path: &Path) -> i32 {
    let r = driver(plan_path, res_path);
    kill_orphans();
    match r {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

fn driver(plan_path: &Path, res_path: &Path) -> Result<(), String> {
    let plan = read_plan(plan_path)?;
    let (net, mnt) = (ns_id("net"), ns_id("mnt"));
    if net.is_empty() || net == plan.host_net || mnt.is_empty() || mnt == plan.host_mnt {
        return Err(format!(
            "refusing to run: not in fresh namespaces (net {net}, mnt {mnt})"
        ));
    }
    // Orphans of the lines (background jobs) become our children, so they can be found and
    // ended when the scenario is over.
    // SAFETY: prctl(PR_SET_CHILD_SUBREAPER) only changes how orphans are reparented.
    unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) };
    let nlbox_path = format!("{}:{REF_PATH}", plan.bin_dir.display());
    let mut d = Driver {
        plan,
        ref_path: REF_PATH.to_string(),
        nlbox_path,
    };
    // /etc is an overlay whose writes land in a tmpfs of this namespace: a scenario line that
    // writes under /etc (a hosts file, a resolv.conf) never touches the machine's own files.
    // No DNS server inside: a name missing from /etc/hosts fails at once on loopback in both
    // runs, instead of a query leaving through the scenario's own links (and an ARP entry).
    let overlay = d
        .plan
        .bin_dir
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_else(std::env::temp_dir)
        .join(format!("etc-{}", std::process::id()));
    let setup = format!(
        "mount --make-rprivate / && mount -t sysfs sysfs /sys \
         && mkdir -p {ov} && mount -t tmpfs tmpfs {ov} && mkdir {ov}/upper {ov}/work \
         && mount -t overlay overlay -o lowerdir=/etc,upperdir={ov}/upper,workdir={ov}/work /etc \
         && mkdir -p /run/netns /etc/netns \
         && mount -t tmpfs tmpfs /run/netns && mount -t tmpfs tmpfs /etc/netns \
         && /usr/sbin/ip link set lo up \
         && {{ [ ! -e /etc/resolv.conf ] || mount --bind /dev/null /etc/resolv.conf; }}",
        ov = overlay.display()
    );
    let rp = d.ref_path.clone();
    let o = d.sh(&setup, &rp)?;
    if o.code != 0 {
        return Err(format!(
            "namespace setup failed (exit {}): {}{}",
            o.code,
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    let mut f = std::io::BufWriter::new(
        File::create(res_path).map_err(|e| format!("{}: {e}", res_path.display()))?,
    );
    let io = |e: std::io::Error| e.to_string();
    let lines = std::mem::take(&mut d.plan.lines);
    for (id, who, cmd) in &lines {
        if matches!(who, Who::Ref | Who::Both) {
            let o = d.sh(cmd, &rp)?;
            put(&mut f, &format!("line {id} R"), &o).map_err(io)?;
        }
        if matches!(who, Who::Nlbox | Who::Both) {
            let np = d.nlbox_path.clone();
            let o = d.sh(cmd, &np)?;
            put(&mut f, &format!("line {id} N"), &o).map_err(io)?;
        }
        quiesce(&mut d)?;
    }
    settle(&mut d)?;
    let mut cmds: Vec<String> = dump_commands(None);
    let names = netns_names();
    for ns in &names {
        cmds.extend(dump_commands(Some(ns)));
    }
    for c in &cmds {
        let o = d.sh(c, &rp)?;
        put(&mut f, &format!("dump {c}"), &o).map_err(io)?;
    }
    f.flush().map_err(io)
}
