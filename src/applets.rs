//! Multicall dispatch: `argv[0]`'s basename picks the applet; `nlbox APPLET ARGS...` too.
use std::ffi::OsString;
use std::io::Write;
use std::os::unix::ffi::OsStringExt;

/// The applets nlbox answers to, in `--list` order.
pub const APPLETS: &[&str] = &["ip", "bridge", "brctl", "route", "ifconfig", "tunctl"];

const NLBOX_USAGE: &str = "\
Usage: nlbox APPLET [ARGS...]
       nlbox --list
       nlbox --install [-f] DIR
       nlbox --version

nlbox is one static binary that works as ip, bridge, brctl, route, ifconfig and tunctl.
Call it by one of those names (a symlink), or name the applet as its first argument.
";

/// Arguments as the C tools see them: bytes, lossily made UTF-8.
fn to_strings(args: Vec<OsString>) -> Vec<String> {
    args.into_iter()
        .map(|a| {
            String::from_utf8(a.into_vec())
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        })
        .collect()
}

fn basename(p: &str) -> &str {
    p.rsplit('/').next().unwrap_or(p)
}

pub fn dispatch(args: Vec<OsString>) -> i32 {
    let args = to_strings(args);
    let argv0 = args.first().map(String::as_str).unwrap_or("nlbox");
    let name = basename(argv0).to_string();
    if APPLETS.contains(&name.as_str()) {
        return run_applet(&name, args);
    }
    // Called as nlbox (or any other name): the first argument names the applet.
    let Some(first) = args.get(1) else {
        eprint!("{NLBOX_USAGE}");
        return 1;
    };
    match first.as_str() {
        "--list" | "-l" => {
            let mut out = std::io::stdout().lock();
            for a in APPLETS {
                let _ = writeln!(out, "{a}");
            }
            0
        }
        "--version" | "-V" => {
            println!("nlbox {}", env!("CARGO_PKG_VERSION"));
            0
        }
        "--help" | "-h" => {
            print!("{NLBOX_USAGE}");
            0
        }
        "--install" => install(&args[2..]),
        a if APPLETS.contains(&a) => run_applet(a, args[1..].to_vec()),
        other => {
            eprintln!("nlbox: applet not found: {other}");
            eprint!("{NLBOX_USAGE}");
            1
        }
    }
}

/// `args[0]` is the applet's own argv[0] (its name or the path it was called by).
fn run_applet(name: &str, args: Vec<String>) -> i32 {
    match name {
        "ip" => crate::ip::main(args),
        "bridge" => crate::bridge::main(args),
        "brctl" => crate::brctl::main(args),
        "route" => crate::route::main(args),
        "ifconfig" => crate::ifconfig::main(args),
        "tunctl" => crate::tunctl::main(args),
        _ => {
            eprintln!("nlbox: {name}: not implemented");
            1
        }
    }
}

/// `--install [-f] DIR`: a symlink per applet pointing at this binary (busybox style).
/// An existing file is left alone unless `-f` is given.
fn install(rest: &[String]) -> i32 {
    let mut force = false;
    let mut dir = None;
    for a in rest {
        match a.as_str() {
            "-f" => force = true,
            d if dir.is_none() => dir = Some(d.to_string()),
            _ => {
                eprintln!("nlbox: --install takes [-f] DIR");
                return 1;
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("nlbox: --install takes [-f] DIR");
        return 1;
    };
    let target = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("nlbox: cannot find own path: {e}");
            return 1;
        }
    };
    let mut code = 0;
    for a in APPLETS {
        let link = std::path::Path::new(&dir).join(a);
        if std::fs::symlink_metadata(&link).is_ok() {
            if !force {
                eprintln!(
                    "nlbox: {}: file exists, not overwritten (use -f)",
                    link.display()
                );
                code = 1;
                continue;
            }
            if let Err(e) = std::fs::remove_file(&link) {
                eprintln!("nlbox: {}: {e}", link.display());
                code = 1;
                continue;
            }
        }
        if let Err(e) = std::os::unix::fs::symlink(&target, &link) {
            eprintln!("nlbox: {}: {e}", link.display());
            code = 1;
        }
    }
    code
}
