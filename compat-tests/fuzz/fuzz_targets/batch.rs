//! The -batch reader: line joining (`\` continuations), `#` comments, quote-aware word
//! splitting (makeargs), over arbitrary bytes. The command callback fails on some words so
//! the -force / stop paths run too.
#![no_main]
use libfuzzer_sys::fuzz_target;
use nlbox::cli::batch;
use nlbox::error::Error;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let force = sel & 1 != 0;
    let mut n = 0usize;
    let _ = batch::run_lines("fuzz", rest, force, |words| {
        n += 1;
        assert!(!words.is_empty(), "empty command passed to the applet");
        assert!(words.len() <= 511);
        match words[0].as_str() {
            "fail" => Err(Error::ret(2, "failed")),
            "exit" => Err(Error::exit(255, "exit")),
            _ => Ok(()),
        }
    });
    let _ = batch::makeargs(&String::from_utf8_lossy(rest));
});
