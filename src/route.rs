//! The `route` applet.

pub fn main(_argv: Vec<String>) -> i32 {
    eprintln!("nlbox: route: not implemented");
    1
}
