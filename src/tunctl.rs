//! The `tunctl` applet.

pub fn main(_argv: Vec<String>) -> i32 {
    eprintln!("nlbox: tunctl: not implemented");
    1
}
