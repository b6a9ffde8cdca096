//! Shared pieces of the net-tools (`route`, `ifconfig`) and uml-utilities (`tunctl`)
//! applets: GNU getopt, ioctl structs, name resolution from /etc files without NSS,
//! and the /proc/net readers.
pub mod getopt;
pub mod inet;
pub mod ioctl;
pub mod passwd;
pub mod resolve;

pub use crate::netlink::strerror;

/// C `atoi`: `(int) strtol(s, NULL, 10)`.
pub fn atoi(s: &str) -> i32 {
    crate::cli::parse::strtol(s, 10).0 as i32
}

/// `perror(what)` for the current errno.
pub fn perror(what: &str) {
    let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    eprintln!("{what}: {}", strerror(e));
}

pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}
pub mod iface;
pub mod ifaddr;
pub mod ifparse;
pub mod ifprint;
pub mod ifset;
pub mod route_edit;
pub mod route_show;
