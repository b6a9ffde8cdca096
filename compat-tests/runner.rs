//! The differential test suite: every compat-tests/scenarios/*.sc is run twice, each time in
//! fresh network and mount namespaces, once with the reference tools and once with nlbox
//! first in PATH, and the results are compared line by line, then the final kernel state.
//! See README.md ("Tests") for the format and the masking rules.
//!
//! `cargo test` runs it (Cargo.toml: `[[test]] name = "compat" harness = false`).
//! Options: `--record` (or NLBOX_RECORD_GOLDEN=1) runs the reference twice and writes
//! compat-tests/golden/NAME.out when both runs agree;
//! NLBOX_SCENARIOS=PATTERN[,PATTERN] or positional PATTERNs select scenarios (`*` globs, else
//! substrings); NLBOX_JOBS=N (or --test-threads N) sets how many scenarios run at once;
//! NLBOX_LINE_TIMEOUT=SECONDS bounds each line (default 30); NLBOX_KEEP_TMP=1 keeps the
//! temp dir; NLBOX_SCENARIO_DIR=DIR runs the .sc files of another directory (no goldens);
//! NLBOX_BIN=PATH tests another binary than cargo's debug nlbox (a release build, a fake);
//! NLBOX_SELFCHECK=1 runs the reference against itself (checks that a scenario is
//! deterministic and the masking sufficient).
//! A scenario that cannot run (not root, no unshare, a missing tool) fails, never skips.

#[path = "runner/compare.rs"]
mod compare;
#[path = "runner/diff.rs"]
mod diff;
#[path = "runner/driver.rs"]
mod driver;
#[path = "runner/exec.rs"]
mod exec;
#[path = "runner/linkwatch.rs"]
mod linkwatch;
#[path = "runner/mask.rs"]
mod mask;
#[path = "runner/readonly.rs"]
mod readonly;
#[path = "runner/scenario.rs"]
mod scenario;

use exec::{Plan, Who};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const APPLETS: &[&str] = &["ip", "bridge", "brctl", "route", "ifconfig", "tunctl"];

struct Options {
    record: bool,
    selfcheck: bool,
    /// compat-tests/scenarios, or NLBOX_SCENARIO_DIR (then no golden is read or written).
    scenario_dir: PathBuf,
    goldens: bool,
    list: bool,
    exact: bool,
    patterns: Vec<String>,
    skip: Vec<String>,
    jobs: usize,
    line_timeout: Duration,
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0")
}

fn options(args: &[String]) -> Options {
    let mut o = Options {
        record: env_flag("NLBOX_RECORD_GOLDEN"),
        selfcheck: env_flag("NLBOX_SELFCHECK"),
        scenario_dir: std::env::var_os("NLBOX_SCENARIO_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root_dir().join("compat-tests/scenarios")),
        goldens: std::env::var_os("NLBOX_SCENARIO_DIR").is_none(),
        list: false,
        exact: false,
        patterns: std::env::var("NLBOX_SCENARIOS")
            .unwrap_or_default()
            .split([',', ' '])
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect(),
        skip: Vec::new(),
        jobs: std::env::var("NLBOX_JOBS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())),
        line_timeout: Duration::from_secs(
            std::env::var("NLBOX_LINE_TIMEOUT")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(30),
        ),
    };
    // libtest's own flags are accepted (cargo and nextest pass some); unknown ones ignored.
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--record" => o.record = true,
            "--list" => o.list = true,
            "--exact" => o.exact = true,
            "--test-threads" => {
                if let Some(n) = it.next().and_then(|v| v.parse().ok()) {
                    o.jobs = n;
                }
            }
            "--skip" => o.skip.extend(it.next().cloned()),
            s if s.starts_with("--test-threads=") => {
                if let Ok(n) = s["--test-threads=".len()..].parse() {
                    o.jobs = n;
                }
            }
            s if s.starts_with('-') => {}
            s => o.patterns.push(s.to_string()),
        }
    }
    o.jobs = o.jobs.max(1);
    o
}

fn root_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The scenarios to run, sorted by name.
fn find_scenarios(o: &Options) -> Result<Vec<(String, PathBuf)>, String> {
    let dir = o.scenario_dir.clone();
    let rd = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut v: Vec<(String, PathBuf)> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "sc"))
        .filter_map(|p| {
            let name = p.file_stem()?.to_string_lossy().into_owned();
            Some((name, p))
        })
        .filter(|(n, _)| {
            if o.exact {
                o.patterns.is_empty() || o.patterns.iter().any(|p| p == n)
            } else {
                scenario::selected(&o.patterns, n)
            }
        })
        .filter(|(n, _)| !o.skip.iter().any(|s| scenario::name_matches(s, n)))
        .collect();
    v.sort();
    Ok(v)
}

fn find_in(dirs: &str, name: &str) -> Option<PathBuf> {
    dirs.split(':')
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

/// Everything a scenario needs; any lack is a failure of every scenario, never a skip.
fn preflight(nlbox: &Path) -> Result<PathBuf, String> {
    let mut missing = Vec::new();
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        missing.push(
            "root (the scenarios need `unshare --net --mount`: run the suite as root)".to_string(),
        );
    }
    for t in APPLETS.iter().chain(&["sh", "mount", "unshare"]) {
        if find_in(exec::REF_PATH, t).is_none() {
            missing.push(format!(
                "the reference tool `{t}` (not in {})",
                exec::REF_PATH
            ));
        }
    }
    if !nlbox.is_file() {
        missing.push(format!("the nlbox binary {}", nlbox.display()));
    }
    if !missing.is_empty() {
        return Err(format!(
            "cannot run the scenarios; missing:\n  {}",
            missing.join("\n  ")
        ));
    }
    find_in(exec::REF_PATH, "unshare").ok_or_else(|| "unshare not found".to_string())
}

fn self_test() -> Vec<String> {
    let mut bad = scenario::self_test();
    bad.extend(readonly::self_test());
    bad.extend(mask::self_test());
    bad.extend(diff::self_test());
    bad
}

struct Env {
    bin_dir: PathBuf,
    tmp: PathBuf,
    unshare: PathBuf,
    host_net: String,
    host_mnt: String,
    record: bool,
    goldens: bool,
    line_timeout: Duration,
}

/// Runs one scenario: Ok(report) when it passed, Err(report) when it failed.
fn run_scenario(env: &Env, name: &str, path: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let sc = scenario::parse(name, path, &text)?;
    let dir = env.tmp.join(name);
    let plan = |run: u32, who: &dyn Fn(&scenario::Line) -> Who| -> Result<Plan, String> {
        let workdir = dir.join(format!("run{run}"));
        std::fs::create_dir_all(&workdir).map_err(|e| format!("{}: {e}", workdir.display()))?;
        Ok(Plan {
            bin_dir: env.bin_dir.clone(),
            workdir,
            host_net: env.host_net.clone(),
            host_mnt: env.host_mnt.clone(),
            line_timeout: env.line_timeout,
            lines: sc
                .lines
                .iter()
                .enumerate()
                .map(|(i, l)| (i, who(l), l.cmd.clone()))
                .collect(),
        })
    };
    let p1 = plan(1, &|_| Who::Ref)?;
    let p2 = plan(2, &|l| match l.mode {
        scenario::Mode::Setup => Who::Ref,
        _ if readonly::is_read_only(&l.cmd) => Who::Both,
        _ => Who::Nlbox,
    })?;
    let r1 = exec::run(&p1, &dir.join("run1"), &env.unshare)
        .map_err(|e| format!("{name}.sc: reference run: {e}"))?;
    let r2 = exec::run(&p2, &dir.join("run2"), &env.unshare)
        .map_err(|e| format!("{name}.sc: nlbox run: {e}"))?;
    let v = compare::compare(&sc, &r1, &r2);
    let mut failures = v.failures;
    let golden = root_dir()
        .join("compat-tests/golden")
        .join(format!("{name}.out"));
    if !env.goldens {
    } else if env.record {
        // Recording runs the reference twice (run 2 as under NLBOX_SELFCHECK): a transcript
        // is written only when both runs agree, so no golden captures a race.
        if failures.is_empty() {
            std::fs::write(&golden, &v.golden).map_err(|e| format!("{}: {e}", golden.display()))?;
        } else {
            failures.push(format!(
                "{name}.sc: the reference disagrees with itself: golden not written"
            ));
        }
    } else if let Ok(committed) = std::fs::read_to_string(&golden) {
        let d = compare::golden_differences(&committed, &v.golden);
        if !d.is_empty() {
            failures.push(format!(
                "{name}.sc: the reference run differs from compat-tests/golden/{name}.out \
                 (-golden +now). After changing the scenario, re-record it: \
                 NLBOX_SCENARIOS={name} cargo test --test compat -- --record\n{d}"
            ));
        }
    }
    if failures.is_empty() {
        Ok(String::new())
    } else {
        Err(failures.join("\n"))
    }
}

/// The bin dir put first in PATH for run 2: each applet -> nlbox. Under NLBOX_SELFCHECK=1
/// each applet -> the reference tool instead, so that run 2 repeats run 1: a scenario that
/// fails then is not deterministic, or the runner masks too little.
fn make_bin_dir(tmp: &Path, nlbox: &Path, selfcheck: bool) -> Result<PathBuf, String> {
    let bin = tmp.join("bin");
    std::fs::create_dir_all(&bin).map_err(|e| format!("{}: {e}", bin.display()))?;
    for a in APPLETS {
        let target = if selfcheck {
            find_in(exec::REF_PATH, a).ok_or_else(|| format!("{a}: not found"))?
        } else {
            nlbox.to_path_buf()
        };
        std::os::unix::fs::symlink(&target, bin.join(a))
            .map_err(|e| format!("{}: {e}", bin.join(a).display()))?;
    }
    Ok(bin)
}

/// Temp dirs of earlier runs that were killed (their runner process is gone).
fn remove_stale_temp_dirs() {
    let Ok(rd) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix("nlbox-compat-") else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--in-namespace") {
        let (Some(plan), Some(res)) = (args.get(1), args.get(2)) else {
            eprintln!("usage: --in-namespace PLAN RESULTS");
            std::process::exit(2);
        };
        std::process::exit(driver::driver_main(Path::new(plan), Path::new(res)));
    }
    std::process::exit(run_suite(&options(&args)));
}

fn run_suite(o: &Options) -> i32 {
    let bad = self_test();
    if !bad.is_empty() {
        println!("runner self-test failed:\n  {}", bad.join("\n  "));
        println!("0 passed, 1 failed");
        return 1;
    }
    let scenarios = match find_scenarios(o) {
        Ok(v) => v,
        Err(e) => {
            println!("{e}\n0 passed, 1 failed");
            return 1;
        }
    };
    if o.list {
        for (n, _) in &scenarios {
            println!("{n}: test");
        }
        return 0;
    }
    if scenarios.is_empty() && o.patterns.is_empty() {
        println!("no scenarios in compat-tests/scenarios\n0 passed, 1 failed");
        return 1;
    }
    // The debug binary cargo built for this test, unless NLBOX_BIN names another (a release
    // build, or a fake tool to test the runner with).
    let nlbox = std::env::var_os("NLBOX_BIN")
        .map(PathBuf::from)
        .map(|p| std::fs::canonicalize(&p).unwrap_or(p))
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_nlbox")));
    let fail_all = |why: &str| {
        println!("{why}");
        for (n, _) in &scenarios {
            println!("FAIL {n}.sc: not run");
        }
        println!("0 passed, {} failed", scenarios.len().max(1));
        1
    };
    let unshare = match preflight(&nlbox) {
        Ok(u) => u,
        Err(e) => return fail_all(&e),
    };
    remove_stale_temp_dirs();
    let tmp = std::env::temp_dir().join(format!("nlbox-compat-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let bin_dir = match make_bin_dir(&tmp, &nlbox, o.selfcheck || o.record) {
        Ok(b) => b,
        Err(e) => return fail_all(&e),
    };
    let env = Env {
        bin_dir,
        tmp: tmp.clone(),
        unshare,
        host_net: exec::ns_id("net"),
        host_mnt: exec::ns_id("mnt"),
        record: o.record,
        goldens: o.goldens,
        line_timeout: o.line_timeout,
    };
    if env.record {
        let _ = std::fs::create_dir_all(root_dir().join("compat-tests/golden"));
    }
    let against = if o.selfcheck || o.record {
        "the reference against itself".to_string()
    } else {
        format!("nlbox: {}", nlbox.display())
    };
    println!(
        "running {} scenarios, {} at a time ({against})",
        scenarios.len(),
        o.jobs,
    );
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let failed: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let passed = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..o.jobs.min(scenarios.len()) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some((name, path)) = scenarios.get(i) else {
                    return;
                };
                let t = Instant::now();
                let r = run_scenario(&env, name, path);
                let secs = t.elapsed().as_secs_f64();
                let mut out = std::io::stdout().lock();
                match r {
                    Ok(_) => {
                        passed.fetch_add(1, Ordering::SeqCst);
                        let _ = writeln!(out, "ok   {name}.sc ({secs:.1}s)");
                    }
                    Err(report) => {
                        let _ = writeln!(out, "FAIL {name}.sc ({secs:.1}s)\n{report}");
                        if let Ok(mut f) = failed.lock() {
                            f.push(name.clone());
                        }
                    }
                }
                let _ = out.flush();
            });
        }
    });
    if !env_flag("NLBOX_KEEP_TMP") {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    let failed = failed.into_inner().unwrap_or_default();
    let passed = passed.load(Ordering::SeqCst);
    if !failed.is_empty() {
        println!("\nfailed scenarios: {}", failed.join(", "));
    }
    if o.record {
        println!("golden transcripts written to compat-tests/golden/");
    }
    println!("finished in {:.1}s", started.elapsed().as_secs_f64());
    println!("{passed} passed, {} failed", failed.len());
    i32::from(!failed.is_empty())
}
