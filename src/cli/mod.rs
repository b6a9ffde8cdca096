//! Command-line helpers shared by the applets: keyword matching, the argument cursor,
//! value parsers with the reference's exact failure texts, and the `-batch` reader.
pub mod args;
pub mod batch;
pub mod matches;
pub mod parse;
