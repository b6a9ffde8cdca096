//! nlbox: one static binary for ip, bridge, brctl, route, ifconfig and tunctl.
//! The applet is chosen by the name the binary was called by, or by its first argument.
// Shared helpers are filled in applet by applet; some are not called by every build yet.
#![allow(dead_code)]
mod applets;
mod brctl;
mod bridge;
mod cli;
mod error;
mod ifconfig;
mod ifmap;
mod ip;
mod names;
mod netlink;
mod netns_switch;
mod nettools;
mod output;
mod route;
mod tunctl;

use std::ffi::OsString;

fn main() {
    // The C tools die quietly on a closed pipe (`ip a | head -1`): restore the default
    // SIGPIPE action that the Rust runtime replaced with "ignore".
    // SAFETY: setting a signal disposition to SIG_DFL has no memory-safety preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let args: Vec<OsString> = std::env::args_os().collect();
    let code = applets::dispatch(args);
    std::process::exit(code);
}
