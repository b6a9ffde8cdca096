//! The `nlbox` binary: everything lives in the library (src/lib.rs); this only picks the applet.
// The C `main` below replaces Rust's runtime start-up (lang_start): no stack-guard probe
// through /proc/self/maps, no sigaltstack, no poll() of fds 0-2, no SIGPIPE round trip.
// std still gets argv from glibc (.init_array), and process::exit still flushes stdout.
#![cfg_attr(not(test), no_main)]

#[cfg(not(test))]
#[no_mangle]
pub extern "C" fn main(_argc: libc::c_int, _argv: *const *const libc::c_char) -> libc::c_int {
    // The C tools die quietly on a closed pipe (`ip a | head -1`): make sure SIGPIPE has
    // its default action (the Rust runtime would have set "ignore"; a parent may have too).
    // SAFETY: setting a signal disposition to SIG_DFL has no memory-safety preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let code = nlbox::applets::dispatch(args);
    std::process::exit(code);
}
