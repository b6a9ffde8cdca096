//! The pure parsers of the net-tools / bridge-utils / uml-utilities applets: glibc getopt
//! as route and tunctl call it, inet_aton / inet_network / inet_pton, ifconfig's hardware
//! address reader, brctl's time and on/off words, tunctl's ids, and route's readers of
//! /proc/net/route and /proc/net/ipv6_route text (fed arbitrary bytes).
#![no_main]
use libfuzzer_sys::fuzz_target;
use nlbox::nettools::getopt::{Getopt, Got};
use nlbox::nettools::{inet, route_show};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    common::setup();
    match sel & 3 {
        0 => {
            let mut argv = vec!["route".to_string()];
            argv.extend(common::words(rest));
            let (shorts, longs): (&str, &[_]) = if sel & 4 != 0 {
                ("A:eCFhnN64Vv?", nlbox::route::LONGOPTS)
            } else {
                ("bd:f:t:u:g:", &[])
            };
            let mut g = Getopt::new(&argv, shorts, longs);
            let mut n = 0;
            while let Some(o) = g.next_opt() {
                n += 1;
                // Each result consumes an option character or a word.
                let bound: usize = argv.iter().map(|a| a.chars().count() + 1).sum();
                assert!(n <= bound, "getopt does not terminate");
                if let Got::Opt { .. } = o {}
            }
        }
        1 => {
            for w in common::words(rest) {
                let _ = inet::inet_aton(&w);
                let _ = inet::inet_network(&w);
                let _ = inet::pton4(&w);
                if let Some(a) = inet::pton6(&w) {
                    let _ = inet::ntop6(&a);
                    let _ = inet::fix_v4(&w, &a);
                }
                let _ = nlbox::nettools::ifparse::in_ether(&w);
                let _ = nlbox::brctl::time_to_jiffies(&w);
                let _ = nlbox::brctl::on_off(&w);
                let _ = nlbox::tunctl::numeric_id(&w);
                let _ = nlbox::route::get_aftype(&w);
                let _ = nlbox::nettools::atoi(&w);
                let _ = nlbox::nettools::ifprint::hw_by_name(&w);
                let _ = route_show::other_af(&w);
            }
        }
        2 => {
            let mut out = Vec::new();
            let ext = i32::from((sel >> 2) & 3);
            let _ = route_show::fib_from(rest, &mut out, ext, 0x8000 | 1);
            common::check_output(&out, false);
        }
        _ => {
            let mut out = Vec::new();
            let _ =
                route_show::fib6_from(rest, &mut out, i32::from(sel & 4 != 0) * 0x0100_0000 | 1);
            common::check_output(&out, false);
        }
    }
});
