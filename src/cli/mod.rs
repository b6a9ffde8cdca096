//! Command-line helpers shared by the applets: keyword matching, the argument cursor,
//! value parsers with the reference's exact failure texts, the `-batch` reader, and the
//! main() frame ip and bridge share.
pub mod applet;
pub mod args;
pub mod batch;
pub mod matches;
pub mod parse;
