//! `bridge fdb` / `bridge link` parsers over arbitrary argv, without sending anything.
#![no_main]
use libfuzzer_sys::fuzz_target;
use nlbox::bridge::{fdb, link};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    common::setup();
    let words = common::words(rest);
    let mut a = common::args(&words);
    let family = if sel & 0x80 != 0 { 2 } else { 7 };
    match sel & 0x7 {
        0 | 1 => {
            if let Ok(s) = fdb::modify::FdbSpec::parse(&mut a, family, &mut |_| 3) {
                let _ = s.request(&[2, 0, 0, 0, 0, 1], 3);
            }
        }
        2 => {
            if let Ok(s) = fdb::modify::FlushSpec::parse(&mut a) {
                let _ = s.request(4, None);
                let _ = s.request(4, Some(3));
            }
        }
        3 | 4 => {
            if let Ok(s) = link::PortSpec::parse(&mut a, &mut |_| 3) {
                let _ = s.request(3);
            }
        }
        _ => {
            for w in &words {
                let _ = fdb::modify::scan_mac(w);
                let _ = link::parse_stp_state(w);
                let _ = link::parse_state_arg(w);
            }
        }
    }
});
