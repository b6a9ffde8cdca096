//! Running one scenario in its own namespaces: the runner's side.
//!
//! The runner re-executes itself as `unshare --mount --net --fork RUNNER --in-namespace PLAN
//! RESULTS` (the driver, driver.rs) and reads back what it wrote. This file holds the plan
//! and results formats and the launch.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The reference tools' PATH: the system's directories only.
pub const REF_PATH: &str = "/usr/sbin:/usr/bin:/sbin:/bin";

/// Who runs a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// The reference tools only (`!` lines, and every line of run 1).
    Ref,
    /// nlbox first in PATH.
    Nlbox,
    /// A read-only line in run 2: the reference, then nlbox, on the same state.
    Both,
}

impl Who {
    fn code(self) -> &'static str {
        match self {
            Who::Ref => "R",
            Who::Nlbox => "N",
            Who::Both => "B",
        }
    }
    fn parse(s: &str) -> Option<Who> {
        match s {
            "R" => Some(Who::Ref),
            "N" => Some(Who::Nlbox),
            "B" => Some(Who::Both),
            _ => None,
        }
    }
}

pub struct Plan {
    /// The directory with ip, bridge, ... -> nlbox.
    pub bin_dir: PathBuf,
    /// Working directory of every line (a fresh temp dir).
    pub workdir: PathBuf,
    /// `/proc/self/ns/net` and `/proc/self/ns/mnt` of the runner: the driver must differ.
    pub host_net: String,
    pub host_mnt: String,
    pub line_timeout: Duration,
    /// (line id, who, command)
    pub lines: Vec<(usize, Who, String)>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Output {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub timed_out: bool,
}

#[derive(Debug, Default)]
pub struct Results {
    /// (line id, 'R' or 'N') -> output.
    pub lines: BTreeMap<(usize, char), Output>,
    /// The final-state dump, in order: (label, output).
    pub dump: Vec<(String, Output)>,
}

pub fn ns_id(kind: &str) -> String {
    std::fs::read_link(format!("/proc/self/ns/{kind}"))
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

fn write_plan(plan: &Plan, path: &Path) -> std::io::Result<()> {
    let mut s = String::new();
    s.push_str(&format!("bin {}\n", plan.bin_dir.display()));
    s.push_str(&format!("workdir {}\n", plan.workdir.display()));
    s.push_str(&format!("hostnet {}\n", plan.host_net));
    s.push_str(&format!("hostmnt {}\n", plan.host_mnt));
    s.push_str(&format!("timeout {}\n", plan.line_timeout.as_millis()));
    for (id, who, cmd) in &plan.lines {
        s.push_str(&format!("line {id} {} {cmd}\n", who.code()));
    }
    std::fs::write(path, s)
}

pub fn read_plan(path: &Path) -> Result<Plan, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut plan = Plan {
        bin_dir: PathBuf::new(),
        workdir: PathBuf::new(),
        host_net: String::new(),
        host_mnt: String::new(),
        line_timeout: Duration::from_secs(30),
        lines: Vec::new(),
    };
    for l in text.lines() {
        let (k, v) = l.split_once(' ').unwrap_or((l, ""));
        match k {
            "bin" => plan.bin_dir = PathBuf::from(v),
            "workdir" => plan.workdir = PathBuf::from(v),
            "hostnet" => plan.host_net = v.to_string(),
            "hostmnt" => plan.host_mnt = v.to_string(),
            "timeout" => {
                plan.line_timeout = Duration::from_millis(v.parse().map_err(|_| "bad timeout")?)
            }
            "line" => {
                let mut p = v.splitn(3, ' ');
                let id = p.next().and_then(|x| x.parse().ok()).ok_or("bad line id")?;
                let who = p.next().and_then(Who::parse).ok_or("bad line who")?;
                let cmd = p.next().unwrap_or("").to_string();
                plan.lines.push((id, who, cmd));
            }
            _ => return Err(format!("bad plan line: {l}")),
        }
    }
    Ok(plan)
}

/// Runs the plan in fresh namespaces. `dir` holds the plan, the results and the work dir.
pub fn run(plan: &Plan, dir: &Path, unshare: &Path) -> Result<Results, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the runner: {e}"))?;
    let plan_path = dir.join("plan");
    let res_path = dir.join("results");
    let log_path = dir.join("driver.log");
    write_plan(plan, &plan_path).map_err(|e| format!("{}: {e}", plan_path.display()))?;
    let log = File::create(&log_path).map_err(|e| format!("{}: {e}", log_path.display()))?;
    let log2 = log.try_clone().map_err(|e| e.to_string())?;
    let mut child = Command::new(unshare)
        .args(["--mount", "--net", "--fork"])
        .arg(&exe)
        .arg("--in-namespace")
        .arg(&plan_path)
        .arg(&res_path)
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log2)
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", unshare.display()))?;
    // Every line has its own timeout inside; this only guards against a stuck driver.
    let limit = plan.line_timeout * (2 * plan.lines.len() as u32 + 20);
    let status = wait_timeout(&mut child, limit).map_err(|e| e.to_string())?;
    let log = std::fs::read_to_string(&log_path).unwrap_or_default();
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!(
            "the namespace driver timed out after {limit:?}\n{log}"
        ));
    };
    if !status.success() {
        return Err(format!(
            "the scenario could not run in a fresh namespace ({status}):\n{}",
            log.trim_end()
        ));
    }
    read_results(&res_path)
}

pub fn wait_timeout(
    child: &mut std::process::Child,
    limit: Duration,
) -> std::io::Result<Option<std::process::ExitStatus>> {
    let start = Instant::now();
    let mut nap = Duration::from_micros(200);
    loop {
        if let Some(st) = child.try_wait()? {
            return Ok(Some(st));
        }
        if start.elapsed() > limit {
            return Ok(None);
        }
        std::thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(10));
    }
}

// Results file: records `KIND CODE TIMEDOUT OUTLEN ERRLEN LABEL\n` followed by the bytes.
pub fn put(f: &mut impl Write, label: &str, o: &Output) -> std::io::Result<()> {
    writeln!(
        f,
        "{} {} {} {} {label}",
        o.code,
        u8::from(o.timed_out),
        o.stdout.len(),
        o.stderr.len()
    )?;
    f.write_all(&o.stdout)?;
    f.write_all(&o.stderr)
}

fn read_results(path: &Path) -> Result<Results, String> {
    let mut buf = Vec::new();
    File::open(path)
        .and_then(|mut f| f.read_to_end(&mut buf))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut res = Results::default();
    let mut pos = 0;
    let bad = || format!("{}: malformed results", path.display());
    while pos < buf.len() {
        let nl = buf[pos..]
            .iter()
            .position(|&c| c == b'\n')
            .ok_or_else(bad)?;
        let head = String::from_utf8_lossy(&buf[pos..pos + nl]).into_owned();
        pos += nl + 1;
        let mut p = head.splitn(5, ' ');
        let mut num = || p.next().and_then(|x| x.parse::<i64>().ok()).ok_or_else(bad);
        let code = num()? as i32;
        let timed_out = num()? != 0;
        let olen = num()? as usize;
        let elen = num()? as usize;
        let label = p.next().ok_or_else(bad)?.to_string();
        let end = pos + olen + elen;
        if end > buf.len() {
            return Err(bad());
        }
        let o = Output {
            code,
            timed_out,
            stdout: buf[pos..pos + olen].to_vec(),
            stderr: buf[pos + olen..end].to_vec(),
        };
        pos = end;
        if let Some(l) = label.strip_prefix("line ") {
            let (id, who) = l.split_once(' ').ok_or_else(bad)?;
            let id = id.parse().map_err(|_| bad())?;
            let who = who.chars().next().ok_or_else(bad)?;
            res.lines.insert((id, who), o);
        } else if let Some(l) = label.strip_prefix("dump ") {
            res.dump.push((l.to_string(), o));
        } else {
            return Err(bad());
        }
    }
    Ok(res)
}

/// The final-state dump, run with the reference tools by full path.
pub fn dump_commands(netns: Option<&str>) -> Vec<String> {
    let (ip, br) = match netns {
        None => ("/usr/sbin/ip".to_string(), "/usr/sbin/bridge".to_string()),
        Some(ns) => (
            format!("/usr/sbin/ip -n {ns}"),
            format!("/usr/sbin/bridge -n {ns}"),
        ),
    };
    let mut v = vec![
        format!("{ip} -d link show"),
        format!("{ip} addr show"),
        format!("{ip} route show table all"),
        format!("{ip} -6 route show table all"),
        format!("{ip} neigh show"),
        format!("{ip} rule show"),
        format!("{ip} -6 rule show"),
        format!("{br} link show"),
        format!("{br} fdb show"),
    ];
    if netns.is_none() {
        v.push(format!("{ip} netns list"));
    }
    v
}
