//! The output layer: one printer that writes text, `-o` oneline and JSON from the same calls.
pub mod color;
pub mod fmt;
pub mod json;
pub mod printer;
pub mod sink;
pub mod stdio;

#[allow(unused_imports)]
pub use printer::{Color, Ctx, Printer};
