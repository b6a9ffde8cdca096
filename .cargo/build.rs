//! Release builds drop the unwind tables (.cargo/no-eh-frame.ld): panic = "abort", so they are
//! never used, and the static binary must stay under 2 MiB. Debug and test builds unwind
//! (tests report panics that way) and keep them.
fn main() {
    println!("cargo:rerun-if-changed=.cargo/no-eh-frame.ld");
    println!("cargo:rerun-if-changed=.cargo/build.rs");
    if std::env::var("PROFILE").as_deref() == Ok("release") {
        let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
        println!("cargo:rustc-link-arg-bins=-Wl,-T,{dir}/.cargo/no-eh-frame.ld");
    }
}
