//! Benchmark: nlbox against the reference tools, side by side in one run.
//!
//! Run as root: `cargo build --release && cargo run --release --example bench`.
//! It enters a throwaway network and mount namespace of its own, builds each workload once
//! with the reference tools, then runs the reference and nlbox interleaved (A B A B ...),
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
fn run_once(path: &str, script: &str, out: &Path) -> Sample {
    let f = File::create(out).expect("bench output file");
    let start = Instant::now();
    // Reaped below with wait4, which also gives the peak RSS.
    #[allow(clippy::zombie_processes)]
    let child = Command::new("/bin/sh")
        .arg("-c")
        .arg(script)
        .env("PATH", path)
        .stdin(Stdio::null())
        .stdout(f)
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let pid = child.id() as i32;
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it for our own child.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
    Sample {
        wall: start.elapsed(),
        maxrss_kib: ru.ru_maxrss,
    }
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
    ratios: Vec<(String, f64, f64)>,
}

impl Bench {
    /// Times `script` under both PATHs, interleaved; `reset` runs (reference tools, untimed)
    /// before every timed run so each starts from the same state.
    fn pair(&mut self, name: &str, script: &str, reset: Option<&str>, floor: Option<&str>) {
        let (ro, no) = (self.dir.join("ref.out"), self.dir.join("nl.out"));
        let mut rt = Vec::new();
        let mut nt = Vec::new();
        let (mut rr, mut nr) = (0, 0);
        let mut same = true;
        for i in 0..self.runs + 1 {
            if let Some(r) = reset {
                sh(r);
            }
            let a = run_once(REF_PATH, script, &ro);
            if let Some(r) = reset {
                sh(r);
            }
            let b = run_once(&self.nl_path, script, &no);
            if i == 0 {
                same = same_file(&ro, &no);
                continue; // warm-up
            }
            rt.push(a.wall);
            nt.push(b.wall);
            rr = rr.max(a.maxrss_kib);
            nr = nr.max(b.maxrss_kib);
        }
        let (rm, nm) = (median(rt), median(nt));
        let ratio = nm.as_secs_f64() / rm.as_secs_f64();
        let floor_txt = match floor {
            Some(kind) => {
                let exe = std::env::current_exe().expect("own path");
                let script = format!("{} --floor {kind}", exe.display());
                let mut ft = Vec::new();
                for _ in 0..self.runs {
                    ft.push(run_once(REF_PATH, &script, &self.dir.join("floor.out")).wall);
                }
                let fm = median(ft);
                format!(
                    "{:>9.2} {:>6.2}",
                    fm.as_secs_f64() * 1e3,
                    nm.as_secs_f64() / fm.as_secs_f64()
                )
            }
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
        self.ratios
            .push((name.to_string(), ratio, nr as f64 / rr.max(1) as f64));
        eprintln!("done: {name}");
    }
}

/// `--floor KIND`: the least a program can do for the dump: one socket, one request,
/// read until DONE, discard.
fn floor(kind: &str) {
    let (ty, hdr): (u16, Vec<u8>) = match kind {
        "route" => (26, vec![0u8; 12]),
        "link" => (18, vec![0u8; 16]),
        "addr" => (22, vec![0u8; 8]),
        "neigh" => (30, {
            let mut h = vec![0u8; 12];
            h[0] = 7;
            h
        }),
        _ => return,
    };
    // SAFETY: plain socket calls on buffers we own.
    unsafe {
        let fd = libc::socket(libc::AF_NETLINK, libc::SOCK_RAW, libc::NETLINK_ROUTE);
        let mut msg = Vec::new();
        msg.extend_from_slice(&((16 + hdr.len()) as u32).to_ne_bytes());
        msg.extend_from_slice(&ty.to_ne_bytes());
        msg.extend_from_slice(&(0x301u16).to_ne_bytes());
        msg.extend_from_slice(&[0u8; 8]);
        msg.extend_from_slice(&hdr);
        libc::send(fd, msg.as_ptr() as *const libc::c_void, msg.len(), 0);
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), 0);
            if n <= 0 {
                break;
            }
            let mut off = 0usize;
            let mut done = false;
            while off + 16 <= n as usize {
                let len = u32::from_ne_bytes([buf[off], buf[off + 1], buf[off + 2], buf[off + 3]])
                    as usize;
                let t = u16::from_ne_bytes([buf[off + 4], buf[off + 5]]);
                if t == 3 || t == 2 {
                    done = true;
                }
                if len < 16 {
                    break;
                }
                off += (len + 3) & !3;
            }
            if done {
                break;
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
    };

    let size = std::fs::metadata(&nlbox).map(|m| m.len()).unwrap_or(0);
    println!(
        "nlbox binary: {} bytes ({:.2} MiB), {}",
        size,
        size as f64 / 1048576.0,
        nlbox.display()
    );

    // Start-up: one `ip link show lo`, 500 times per sample.
    b.pair(
        "startup: ip link show lo x500",
        "i=0; while [ $i -lt 500 ]; do ip link show lo; i=$((i+1)); done",
        None,
        None,
    );

    // 100,000 routes.
    sh("ip link add bv0 type veth peer name bv1 && ip link set bv0 up && ip link set bv1 up && ip addr add 10.0.0.1/8 dev bv0");
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
    sh("ip route flush proto boot");

    // RSS flatness: 1,000 routes.
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

    // -batch of 10,000 commands (route add and addr add), and the matching deletes.
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
    b.pair(
        "ip -batch 10k adds",
        &format!("ip -batch {addp}"),
        Some(&format!("ip -force -batch {delp} 2>/dev/null; true")),
        None,
    );
    b.pair(
        "ip -batch 10k deletes",
        &format!("ip -batch {delp}"),
        Some(&format!("ip -force -batch {addp} 2>/dev/null; true")),
        None,
    );
    sh(&format!("ip -force -batch {delp} 2>/dev/null; true"));

    // 2,000 veth links (1,000 pairs).
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

    // bridge fdb with 3,000 static entries; brctl show with 200 bridges.
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
    for i in 0..200 {
        sh(&format!("ip link add br{i} type bridge"));
    }
    b.pair("brctl show (200 bridges)", "brctl show", None, None);

    // ip netns exec start-up.
    sh("ip netns add bench");
    b.pair(
        "ip netns exec NS ip link x100",
        "i=0; while [ $i -lt 100 ]; do ip netns exec bench ip link; i=$((i+1)); done",
        None,
        None,
    );
    sh("ip netns del bench");

    println!(
        "{:<34} {:>9} {:>9} {:>6} {:>8} {:>8} {:>9} {:>6} output",
        "workload", "ref ms", "nlbox ms", "ratio", "refKiB", "nlKiB", "floor ms", "x flr"
    );
    for r in &b.rows {
        println!("{r}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
