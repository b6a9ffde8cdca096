//! Benchmark: nlbox against the reference tools, side by side in one run.
//!
//! Run as root: `cargo build --release && cargo run --release --example bench`.
//! It enters a throwaway network and mount namespace of its own, builds each workload once
//! with the reference tools, then runs the reference and nlbox interleaved (A B B A ...),
//! and prints per workload: median wall time of each, the nlbox/reference ratio, peak RSS
//! of each, and whether both printed the same bytes. For the dumps it also times the floor:
//! a minimal program (this one, in `--floor` mode) that performs the same netlink dump and
//! discards it. `BENCH_RUNS=N` sets the number of samples (default 7).
use std::ffi::CString;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const REF_PATH: &str = "/usr/sbin:/usr/bin:/sbin:/bin";

struct Sample {
    wall: Duration,
    maxrss_kib: i64,
}

/// Runs `sh -c script` with PATH set, stdout into `out`; returns wall time and peak RSS.
///
/// Peak RSS comes from wait4(), and Linux carries a process's peak across fork and exec:
/// a child forked from this (large) process would report our RSS, not the tool's. So every
/// run goes through the launcher, a fresh small process (`--launcher`) started once, whose
/// children begin from its own small footprint. The launcher's own RSS is the floor of
/// what can be measured; it is printed with the results.
fn run_once(path: &str, script: &str, out: &Path) -> Sample {
    LAUNCHER.with(|l| {
        let mut l = l.borrow_mut();
        let l = l.as_mut().expect("launcher started");
        let req = format!("{path}\x1f{script}\x1f{}\n", out.display());
        l.0.write_all(req.as_bytes()).expect("launcher request");
        l.0.flush().expect("launcher request");
        let mut line = String::new();
        std::io::BufRead::read_line(&mut l.1, &mut line).expect("launcher answer");
        let mut it = line.split_whitespace();
        let ns: u64 = it.next().and_then(|v| v.parse().ok()).unwrap_or(0);
        let rss: i64 = it.next().and_then(|v| v.parse().ok()).unwrap_or(0);
        Sample {
            wall: Duration::from_nanos(ns),
            maxrss_kib: rss,
        }
    })
}

type Launcher = (
    std::process::ChildStdin,
    std::io::BufReader<std::process::ChildStdout>,
    std::process::Child,
);

thread_local! {
    static LAUNCHER: std::cell::RefCell<Option<Launcher>> = const { std::cell::RefCell::new(None) };
}

fn start_launcher() {
    let exe = std::env::current_exe().expect("own path");
    let mut child = Command::new(exe)
        .arg("--launcher")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("launcher");
    let w = child.stdin.take().expect("launcher stdin");
    let r = std::io::BufReader::new(child.stdout.take().expect("launcher stdout"));
    LAUNCHER.with(|l| *l.borrow_mut() = Some((w, r, child)));
}

/// `--launcher`: reads `PATH \x1f SCRIPT \x1f OUTFILE` lines, runs each with `/bin/sh -c`,
/// answers `WALL_NS MAXRSS_KIB`. It allocates nothing large, so its children start small.
fn launcher() {
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout();
    let mut line = String::new();
    loop {
        line.clear();
        if std::io::BufRead::read_line(&mut stdin.lock(), &mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut it = line.trim_end_matches('\n').split('\x1f');
        let (Some(path), Some(script), Some(out)) = (it.next(), it.next(), it.next()) else {
            return;
        };
        let f = File::create(out).expect("bench output file");
        // A plain command runs without a shell: dash's own RSS would hide a smaller tool's.
        let plain = !script.contains(|c: char| ";|&$<>'\"()=".contains(c));
        let mut cmd = if plain {
            let mut w = script.split_whitespace();
            let mut c = Command::new(w.next().unwrap_or("true"));
            c.args(w);
            c
        } else {
            let mut c = Command::new("/bin/sh");
            c.arg("-c").arg(script);
            c
        };
        let start = Instant::now();
        let child = cmd
            .env("PATH", path)
            .stdin(Stdio::null())
            .stdout(f)
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        let pid = child.id() as i32;
        let mut status = 0;
        // SAFETY: rusage is plain data; wait4 fills it for our own child (reaping it, so
        // `child` is forgotten rather than waited for again).
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
        std::mem::forget(child);
        let wall = start.elapsed();
        let _ = writeln!(stdout, "{} {}", wall.as_nanos(), ru.ru_maxrss);
        let _ = stdout.flush();
    }
}

/// The launcher's own peak RSS: no measurement can come out below it.
fn launcher_floor(dir: &Path) -> i64 {
    run_once(REF_PATH, "true", &dir.join("floor.out")).maxrss_kib
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn sh(script: &str) {
    let st = Command::new("/bin/sh")
        .arg("-c")
        .arg(script)
        .env("PATH", REF_PATH)
        .status()
        .expect("sh");
    if !st.success() {
        eprintln!("setup failed: {script}");
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    let mut x = Vec::new();
    let mut y = Vec::new();
    File::open(a).and_then(|mut f| f.read_to_end(&mut x)).ok();
    File::open(b).and_then(|mut f| f.read_to_end(&mut y)).ok();
    x == y
}

struct Bench {
    nl_path: String,
    dir: PathBuf,
    runs: usize,
    rows: Vec<String>,
    ratios: Vec<Verdict>,
    /// `BENCH_ONLY=a,b`: run only the workloads whose names contain one of these.
    only: Vec<String>,
    /// nlbox's peak RSS on the 100k-route and the 1k-route table, measured in the same
    /// rounds (see rss_flat).
    flat: Option<(i64, i64)>,
}

struct Verdict {
    name: String,
    ratio: f64,
    target: f64,
    ref_kib: i64,
    nl_kib: i64,
    same: bool,
    /// nlbox against the floor (the bare dump), for the workloads that have one.
    over_floor: Option<f64>,
}

impl Bench {
    /// Whether any of these workloads is to run (all of them unless BENCH_ONLY says).
    fn wants(&self, names: &[&str]) -> bool {
        self.only.is_empty()
            || names
                .iter()
                .any(|n| self.only.iter().any(|o| n.contains(o.as_str())))
    }

    /// Times `script` under both PATHs, interleaved; `reset` runs (reference tools, untimed)
    /// before every timed run so each starts from the same state.
    fn pair(&mut self, name: &str, script: &str, reset: Option<&str>, floor: Option<&str>) {
        self.pair_t(name, script, reset, floor, 0.7)
    }

    /// Peak RSS of nlbox on a big and a small table of the same namespace, alternated in the
    /// same rounds: whatever the machine does to page mappings between workloads hits both.
    fn rss_flat(&mut self, big: &str, small: &str) {
        let out = self.dir.join("nl.out");
        let (mut b, mut s) = (0, 0);
        for i in 0..self.runs + 1 {
            let rb = run_once(&self.nl_path, big, &out).maxrss_kib;
            let rs = run_once(&self.nl_path, small, &out).maxrss_kib;
            if i > 0 {
                b = b.max(rb);
                s = s.max(rs);
            }
        }
        self.flat = Some((b, s));
        eprintln!("done: RSS flatness");
    }

    /// As `pair`, with the target ratio (nlbox/reference) this workload must meet.
    fn pair_t(
        &mut self,
        name: &str,
        script: &str,
        reset: Option<&str>,
        floor: Option<&str>,
        target: f64,
    ) {
        if !self.wants(&[name]) {
            return;
        }
        let (ro, no) = (self.dir.join("ref.out"), self.dir.join("nl.out"));
        let mut rt = Vec::new();
        let mut nt = Vec::new();
        let (mut rr, mut nr) = (0, 0);
        let mut same = true;
        // The floor runs in the same rounds (reference, nlbox, floor), so all three see the
        // same machine.
        let floor_script = floor.map(|kind| {
            let exe = std::env::current_exe().expect("own path");
            format!("{} --floor {kind}", exe.display())
        });
        let mut ft = Vec::new();
        // A reset (undoing what the last run built) leaves the kernel work to finish in the
        // background (RCU callbacks, freeing devices): a moment of quiet before each timed
        // run, and the order alternates (A B, B A, ...) so neither tool always goes first.
        let run = |path: &str, out: &Path| {
            if let Some(r) = reset {
                sh(r);
                std::thread::sleep(Duration::from_millis(300));
            }
            run_once(path, script, out)
        };
        for i in 0..self.runs + 1 {
            let (a, b) = if i % 2 == 0 {
                let a = run(REF_PATH, &ro);
                (a, run(&self.nl_path, &no))
            } else {
                let b = run(&self.nl_path, &no);
                (run(REF_PATH, &ro), b)
            };
            let f = floor_script
                .as_deref()
                .map(|fs| run_once(REF_PATH, fs, &self.dir.join("floor.out")).wall);
            if i == 0 {
                same = same_file(&ro, &no);
                continue; // warm-up
            }
            rt.push(a.wall);
            nt.push(b.wall);
            ft.extend(f);
            rr = rr.max(a.maxrss_kib);
            nr = nr.max(b.maxrss_kib);
            if std::env::var_os("BENCH_VERBOSE").is_some() {
                eprintln!(
                    "  {name}: ref {:?} {} KiB, nlbox {:?} {} KiB",
                    a.wall, a.maxrss_kib, b.wall, b.maxrss_kib
                );
            }
        }
        let (rm, nm) = (median(rt), median(nt));
        let ratio = nm.as_secs_f64() / rm.as_secs_f64();
        let over_floor = floor.map(|_| nm.as_secs_f64() / median(ft.clone()).as_secs_f64());
        let floor_txt = match over_floor {
            Some(x) => format!("{:>9.2} {x:>6.2}", median(ft).as_secs_f64() * 1e3),
            None => format!("{:>9} {:>6}", "-", "-"),
        };
        self.rows.push(format!(
            "{name:<34} {:>9.2} {:>9.2} {ratio:>6.2} {:>8} {:>8} {floor_txt} {}",
            rm.as_secs_f64() * 1e3,
            nm.as_secs_f64() * 1e3,
            rr,
            nr,
            if same { "same" } else { "DIFFERENT" }
        ));
        self.ratios.push(Verdict {
            name: name.to_string(),
            ratio,
            target,
            ref_kib: rr,
            nl_kib: nr,
            same,
            over_floor,
        });
        eprintln!("done: {name}");
    }
}

/// `--floor KIND`: the least a program can do for the same kernel work: one socket, the
/// same dump request(s) as the tools, read until DONE, discard. `addr` dumps the links, then the addresses
/// (`ip addr` prints a link's name, flags and MAC with its addresses: every `ip addr` needs
/// both dumps). `neigh` is the bridge fdb dump plus one SIOCGIFNAME per port the entries
/// name (the names it prints cannot come cheaper).
fn floor(kind: &str) {
    // SAFETY: plain socket calls on a descriptor we own.
    let fd = unsafe { libc::socket(libc::AF_NETLINK, libc::SOCK_RAW, libc::NETLINK_ROUTE) };
    // The link dump request both tools send: ifinfomsg (AF_PACKET), IFLA_EXT_MASK =
    // RTEXT_FILTER_VF (which also makes the kernel size every link before the dump).
    let mut link_req = [0u8; 24];
    link_req[0] = 17;
    link_req[16..18].copy_from_slice(&8u16.to_ne_bytes());
    link_req[18..20].copy_from_slice(&29u16.to_ne_bytes());
    link_req[20..24].copy_from_slice(&1u32.to_ne_bytes());
    match kind {
        "route" => dump_discard(fd, 26, &[0u8; 12], &mut |_| {}),
        "link" => dump_discard(fd, 18, &link_req, &mut |_| {}),
        "addr" => {
            dump_discard(fd, 18, &link_req, &mut |_| {});
            dump_discard(fd, 22, &[0u8; 8], &mut |_| {});
        }
        "neigh" => {
            let mut hdr = [0u8; 12];
            hdr[0] = 7; // AF_BRIDGE
            let mut ports = std::collections::BTreeSet::new();
            dump_discard(fd, 30, &hdr, &mut |m| {
                if let Some(b) = m.get(20..24) {
                    ports.insert(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]));
                }
            });
            // SAFETY: a socket for the ioctls and a struct ifreq-sized buffer.
            unsafe {
                let s = libc::socket(libc::AF_UNIX, libc::SOCK_DGRAM, 0);
                for p in ports {
                    let mut ifr = [0u8; 40];
                    ifr[16..20].copy_from_slice(&p.to_ne_bytes());
                    libc::ioctl(s, 0x8910, ifr.as_mut_ptr());
                }
            }
        }
        _ => {}
    }
}

/// Sends one dump request and reads its answer to DONE, handing each message to `f`.
fn dump_discard(fd: i32, ty: u16, hdr: &[u8], f: &mut dyn FnMut(&[u8])) {
    let mut msg = Vec::new();
    msg.extend_from_slice(&((16 + hdr.len()) as u32).to_ne_bytes());
    msg.extend_from_slice(&ty.to_ne_bytes());
    msg.extend_from_slice(&(0x301u16).to_ne_bytes());
    msg.extend_from_slice(&[0u8; 8]);
    msg.extend_from_slice(hdr);
    let mut buf = vec![0u8; 1 << 16];
    // SAFETY: send and recv on buffers we own, within their lengths.
    unsafe {
        libc::send(fd, msg.as_ptr() as *const libc::c_void, msg.len(), 0);
        loop {
            let n = libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), 0);
            if n <= 0 {
                return;
            }
            let n = n as usize;
            let mut off = 0usize;
            while off + 16 <= n {
                let len = u32::from_ne_bytes([buf[off], buf[off + 1], buf[off + 2], buf[off + 3]])
                    as usize;
                let t = u16::from_ne_bytes([buf[off + 4], buf[off + 5]]);
                if t == 3 || t == 2 {
                    return;
                }
                if len < 16 || off + len > n {
                    break;
                }
                f(&buf[off..off + len]);
                off += (len + 3) & !3;
            }
        }
    }
}

fn enter_namespace() {
    // SAFETY: namespace and mount syscalls with valid C strings.
    unsafe {
        if libc::unshare(libc::CLONE_NEWNET | libc::CLONE_NEWNS) != 0 {
            eprintln!("bench: unshare failed (run as root)");
            std::process::exit(1);
        }
        let root = CString::new("/").unwrap_or_default();
        let none = CString::new("none").unwrap_or_default();
        libc::mount(
            none.as_ptr(),
            root.as_ptr(),
            std::ptr::null(),
            libc::MS_REC | libc::MS_PRIVATE,
            std::ptr::null(),
        );
        let sys = CString::new("/sys").unwrap_or_default();
        let sysfs = CString::new("sysfs").unwrap_or_default();
        libc::umount2(sys.as_ptr(), libc::MNT_DETACH);
        libc::mount(
            sysfs.as_ptr(),
            sys.as_ptr(),
            sysfs.as_ptr(),
            0,
            std::ptr::null(),
        );
        std::fs::create_dir_all("/run/netns").ok();
        let rn = CString::new("/run/netns").unwrap_or_default();
        let tmpfs = CString::new("tmpfs").unwrap_or_default();
        libc::mount(
            tmpfs.as_ptr(),
            rn.as_ptr(),
            tmpfs.as_ptr(),
            0,
            std::ptr::null(),
        );
    }
    sh("ip link set lo up");
}

fn write_file(p: &Path, s: &str) {
    if let Ok(mut f) = File::create(p) {
        let _ = f.write_all(s.as_bytes());
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--floor") {
        floor(args.get(2).map(String::as_str).unwrap_or(""));
        return;
    }
    if args.get(1).map(String::as_str) == Some("--launcher") {
        launcher();
        return;
    }
    let exe = std::env::current_exe().expect("own path");
    let nlbox = exe
        .parent()
        .and_then(Path::parent)
        .map(|p| p.join("nlbox"))
        .expect("nlbox path");
    if !nlbox.exists() {
        eprintln!(
            "bench: {} is missing: run `cargo build --release` first",
            nlbox.display()
        );
        std::process::exit(1);
    }
    let dir = std::env::temp_dir().join(format!("nlbox-bench-{}", std::process::id()));
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).expect("temp dir");
    for a in ["ip", "bridge", "brctl", "route", "ifconfig", "tunctl"] {
        let _ = std::os::unix::fs::symlink(&nlbox, bin.join(a));
    }
    enter_namespace();
    start_launcher();
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let mut b = Bench {
        nl_path: format!("{}:{REF_PATH}", bin.display()),
        dir: dir.clone(),
        runs,
        rows: Vec::new(),
        ratios: Vec::new(),
        flat: None,
        only: std::env::var("BENCH_ONLY")
            .map(|v| v.split(',').map(str::to_string).collect())
            .unwrap_or_default(),
    };

    let size = std::fs::metadata(&nlbox).map(|m| m.len()).unwrap_or(0);
    println!(
        "nlbox binary: {} bytes ({:.2} MiB), {}",
        size,
        size as f64 / 1048576.0,
        nlbox.display()
    );

    // Start-up: one `ip link show lo`, 500 times per sample.
    b.pair_t(
        "startup: ip link show lo x500",
        "i=0; while [ $i -lt 500 ]; do ip link show lo; i=$((i+1)); done",
        None,
        None,
        0.5,
    );

    // 100,000 routes.
    sh("ip link add bv0 type veth peer name bv1 && ip link set bv0 up && ip link set bv1 up && ip addr add 10.0.0.1/8 dev bv0");
    if b.wants(&[
        "ip route show (100k)",
        "ip -j route show (100k)",
        "route -n (100k)",
    ]) {
        let mut routes = String::new();
        for i in 0..100_000u32 {
            routes.push_str(&format!(
                "route add 20.{}.{}.{}/32 via 10.0.0.2\n",
                i >> 16,
                (i >> 8) & 255,
                i & 255
            ));
        }
        write_file(&dir.join("routes.batch"), &routes);
        sh(&format!("ip -batch {}", dir.join("routes.batch").display()));
        b.pair("ip route show (100k)", "ip route show", None, Some("route"));
        b.pair(
            "ip -j route show (100k)",
            "ip -j route show",
            None,
            Some("route"),
        );
        b.pair("route -n (100k)", "route -n", None, None);
        // 1,000 more routes in table 100, for the flatness check on the same state.
        let mut small = String::new();
        for i in 0..1000u32 {
            small.push_str(&format!(
                "route add 21.0.{}.{}/32 via 10.0.0.2 table 100\n",
                i >> 8,
                i & 255
            ));
        }
        write_file(&dir.join("small100.batch"), &small);
        sh(&format!(
            "ip -batch {}",
            dir.join("small100.batch").display()
        ));
        b.rss_flat("ip route show", "ip route show table 100");
        sh("ip route flush proto boot; ip route flush table 100");
    }

    // RSS flatness: 1,000 routes.
    if b.wants(&["ip route show (1k)"]) {
        let mut small = String::new();
        for i in 0..1000u32 {
            small.push_str(&format!(
                "route add 21.0.{}.{}/32 via 10.0.0.2\n",
                i >> 8,
                i & 255
            ));
        }
        write_file(&dir.join("small.batch"), &small);
        sh(&format!("ip -batch {}", dir.join("small.batch").display()));
        b.pair("ip route show (1k)", "ip route show", None, Some("route"));
        sh("ip route flush proto boot");
    }

    // -batch of 10,000 commands (route add and addr add), and the matching deletes.
    if b.wants(&["ip -batch 10k adds", "ip -batch 10k deletes"]) {
        let (mut add, mut del) = (String::new(), String::new());
        for i in 0..5000u32 {
            add.push_str(&format!(
                "route add 22.0.{}.{}/32 via 10.0.0.2\n",
                i >> 8,
                i & 255
            ));
            add.push_str(&format!(
                "addr add 23.0.{}.{}/32 dev bv0\n",
                i >> 8,
                i & 255
            ));
            del.push_str(&format!(
                "route del 22.0.{}.{}/32 via 10.0.0.2\n",
                i >> 8,
                i & 255
            ));
            del.push_str(&format!(
                "addr del 23.0.{}.{}/32 dev bv0\n",
                i >> 8,
                i & 255
            ));
        }
        write_file(&dir.join("add.batch"), &add);
        write_file(&dir.join("del.batch"), &del);
        let addp = dir.join("add.batch").display().to_string();
        let delp = dir.join("del.batch").display().to_string();
        b.pair_t(
            "ip -batch 10k adds",
            &format!("ip -batch {addp}"),
            Some(&format!("ip -force -batch {delp} 2>/dev/null; true")),
            None,
            1.0,
        );
        b.pair_t(
            "ip -batch 10k deletes",
            &format!("ip -batch {delp}"),
            Some(&format!("ip -force -batch {addp} 2>/dev/null; true")),
            None,
            1.0,
        );
        sh(&format!("ip -force -batch {delp} 2>/dev/null; true"));
    }

    // Creating and deleting 1,000 veth pairs by -batch.
    if b.wants(&[
        "ip -batch 1k veth pairs add",
        "ip -batch 1k veth pairs delete",
    ]) {
        let (mut vadd, mut vdel) = (String::new(), String::new());
        for i in 0..1000u32 {
            vadd.push_str(&format!("link add pa{i} type veth peer name pb{i}\n"));
            vdel.push_str(&format!("link del pa{i}\n"));
        }
        write_file(&dir.join("vadd.batch"), &vadd);
        write_file(&dir.join("vdel.batch"), &vdel);
        let vaddp = dir.join("vadd.batch").display().to_string();
        let vdelp = dir.join("vdel.batch").display().to_string();
        b.pair_t(
            "ip -batch 1k veth pairs add",
            &format!("ip -batch {vaddp}"),
            Some(&format!("ip -force -batch {vdelp} 2>/dev/null; true")),
            None,
            1.0,
        );
        b.pair_t(
            "ip -batch 1k veth pairs delete",
            &format!("ip -batch {vdelp}"),
            Some(&format!("ip -force -batch {vaddp} 2>/dev/null; true")),
            None,
            1.0,
        );
        sh(&format!("ip -force -batch {vdelp} 2>/dev/null; true"));
    }

    // ifconfig -a with 1,000 links (500 veth pairs, each with an address).
    if b.wants(&["ifconfig -a (1k links)"]) {
        let mut ifc = String::new();
        let mut ifc_del = String::new();
        for i in 0..500u32 {
            ifc.push_str(&format!(
                "link add ia{i} type veth peer name ib{i}\naddr add 25.{}.{}.1/24 dev ia{i}\n",
                i >> 8,
                i & 255
            ));
            ifc_del.push_str(&format!("link del ia{i}\n"));
        }
        write_file(&dir.join("ifc.batch"), &ifc);
        write_file(&dir.join("ifcdel.batch"), &ifc_del);
        sh(&format!("ip -batch {}", dir.join("ifc.batch").display()));
        b.pair("ifconfig -a (1k links)", "ifconfig -a", None, None);
        sh(&format!(
            "ip -force -batch {} 2>/dev/null; true",
            dir.join("ifcdel.batch").display()
        ));
    }

    // 2,000 veth links (1,000 pairs).
    if b.wants(&[
        "ip -d link show (2k links)",
        "ip -s link show (2k links)",
        "ip -br addr (2k links)",
        "ip addr show (2k links)",
    ]) {
        let mut links = String::new();
        for i in 0..1000u32 {
            links.push_str(&format!(
                "link add va{i} type veth peer name vb{i}\naddr add 24.{}.{}.1/24 dev va{i}\n",
                i >> 8,
                i & 255
            ));
        }
        write_file(&dir.join("links.batch"), &links);
        sh(&format!("ip -batch {}", dir.join("links.batch").display()));
        b.pair(
            "ip -d link show (2k links)",
            "ip -d link show",
            None,
            Some("link"),
        );
        b.pair(
            "ip -s link show (2k links)",
            "ip -s link show",
            None,
            Some("link"),
        );
        b.pair("ip -br addr (2k links)", "ip -br addr", None, Some("addr"));
        b.pair(
            "ip addr show (2k links)",
            "ip addr show",
            None,
            Some("addr"),
        );
    }

    // bridge fdb with 3,000 static entries; brctl show with 200 bridges.
    if b.wants(&[
        "bridge fdb show (3k static)",
        "bridge fdb show (5k static)",
        "brctl show (200 bridges)",
    ]) {
        sh("ip link add bbr0 type bridge && ip link add bp0 type veth peer name bp1 && ip link set bp0 master bbr0");
        let mut fdb = String::new();
        for i in 0..3000u32 {
            fdb.push_str(&format!(
                "fdb add 02:00:00:00:{:02x}:{:02x} dev bp0 master static\n",
                i >> 8,
                i & 255
            ));
        }
        write_file(&dir.join("fdb.batch"), &fdb);
        sh(&format!(
            "bridge -batch {}",
            dir.join("fdb.batch").display()
        ));
        b.pair(
            "bridge fdb show (3k static)",
            "bridge fdb show",
            None,
            Some("neigh"),
        );
        // ... and 5,000 (2,000 more).
        let mut fdb5 = String::new();
        for i in 3000..5000u32 {
            fdb5.push_str(&format!(
                "fdb add 02:00:00:00:{:02x}:{:02x} dev bp0 master static\n",
                i >> 8,
                i & 255
            ));
        }
        write_file(&dir.join("fdb5.batch"), &fdb5);
        sh(&format!(
            "bridge -batch {}",
            dir.join("fdb5.batch").display()
        ));
        b.pair(
            "bridge fdb show (5k static)",
            "bridge fdb show",
            None,
            Some("neigh"),
        );
        for i in 0..200 {
            sh(&format!("ip link add br{i} type bridge"));
        }
        b.pair("brctl show (200 bridges)", "brctl show", None, None);
    }

    // ip netns exec start-up.
    sh("ip netns add bench");
    b.pair_t(
        "ip netns exec NS ip link x100",
        "i=0; while [ $i -lt 100 ]; do ip netns exec bench ip link; i=$((i+1)); done",
        None,
        None,
        1.0,
    );
    sh("ip netns del bench");

    let rss_floor = launcher_floor(&dir);
    println!(
        "{:<34} {:>9} {:>9} {:>6} {:>8} {:>8} {:>9} {:>6} output",
        "workload", "ref ms", "nlbox ms", "ratio", "refKiB", "nlKiB", "floor ms", "x flr"
    );
    for r in &b.rows {
        println!("{r}");
    }
    println!("(peak RSS cannot be measured below {rss_floor} KiB: the launcher's own size)");
    // The targets, one verdict a line.
    println!();
    let mut fails = 0;
    let mut verdict = |ok: bool, what: String| {
        if !ok {
            fails += 1;
        }
        println!("{} {what}", if ok { "PASS" } else { "FAIL" });
    };
    verdict(
        size < 2 * 1024 * 1024,
        format!("binary {size} bytes < 2 MiB (2097152)"),
    );
    for v in &b.ratios {
        // Judged on the printed (two-decimal) ratio.
        verdict(
            (v.ratio * 100.0).round() <= (v.target * 100.0).round(),
            format!("{}: ratio {:.2} <= {:.2}", v.name, v.ratio, v.target),
        );
        verdict(
            v.nl_kib <= v.ref_kib,
            format!(
                "{}: RSS {} KiB <= reference {} KiB",
                v.name, v.nl_kib, v.ref_kib
            ),
        );
        verdict(v.same, format!("{}: identical output bytes", v.name));
        // Within 1.5x of the bare dump, for the large tables (a 1k-route dump is mostly
        // process start-up, on both sides).
        if let (Some(x), false) = (v.over_floor, v.name.contains("(1k)")) {
            verdict(
                (x * 100.0).round() <= 150.0,
                format!("{}: {x:.2}x the floor <= 1.50x", v.name),
            );
        }
    }
    if let Some((big, small)) = b.flat {
        // The fixed buffers are the allowance: a 1k-route dump does not fill the 64 KiB
        // output buffer that 100k routes fill. Holding the table would cost megabytes
        // (100k routes are 6 MB of messages).
        verdict(
            big <= small + 64,
            format!(
                "RSS flat: 100k routes {big} KiB <= 1k routes {small} KiB (+64 KiB), same rounds"
            ),
        );
    }
    println!("{fails} target(s) missed");
    let _ = std::fs::remove_dir_all(&dir);
}
