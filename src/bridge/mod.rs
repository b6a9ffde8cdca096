//! The `bridge` applet (iproute2 6.1 bridge/bridge.c).

pub fn main(_argv: Vec<String>) -> i32 {
    eprintln!("nlbox: bridge: not implemented");
    1
}
