//! nlbox: one static binary for ip, bridge, brctl, route, ifconfig and tunctl.
//! The applet is chosen by the name the binary was called by, or by its first argument.
//!
//! The crate is a library plus the `nlbox` binary so that the fuzz targets in
//! compat-tests/fuzz can call the parsers and printers directly, without a kernel.
// Shared helpers are filled in applet by applet; some are not called by every build yet.
#![allow(dead_code)]
pub mod applets;
pub mod brctl;
pub mod bridge;
pub mod cli;
pub mod error;
pub mod ifconfig;
pub mod ifmap;
pub mod inet;
pub mod ip;
pub mod names;
pub mod netlink;
pub mod netns_switch;
pub mod nettools;
pub mod output;
pub mod route;
pub mod tunctl;
