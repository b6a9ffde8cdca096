//! The `nlbox` binary: everything lives in the library (src/lib.rs); this only picks the applet.
use std::ffi::OsString;

fn main() {
    // The C tools die quietly on a closed pipe (`ip a | head -1`): restore the default
    // SIGPIPE action that the Rust runtime replaced with "ignore".
    // SAFETY: setting a signal disposition to SIG_DFL has no memory-safety preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let args: Vec<OsString> = std::env::args_os().collect();
    let code = nlbox::applets::dispatch(args);
    std::process::exit(code);
}
