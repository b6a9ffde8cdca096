//! The `ifconfig` applet.

pub fn main(_argv: Vec<String>) -> i32 {
    eprintln!("nlbox: ifconfig: not implemented");
    1
}
