//! The `brctl` applet.

pub fn main(_argv: Vec<String>) -> i32 {
    eprintln!("nlbox: brctl: not implemented");
    1
}
