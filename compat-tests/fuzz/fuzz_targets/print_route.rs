//! Route and rule printers (`ip route`, `ip rule`) fed arbitrary netlink bytes, in text,
//! -o, -d, -s and JSON modes (first byte).
#![no_main]
use libfuzzer_sys::fuzz_target;
use nlbox::ip::route::filter::Filter;
use nlbox::ip::route::print::{print_route, Opts};
use nlbox::ip::rule::print::{parse_rule, print_rule, PrintOpts, RuleFilter};
use nlbox::netlink::session::messages;
use nlbox::output::Printer;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    common::setup();
    let m = common::Mode::from_byte(sel);
    nlbox::names::set_numeric(m.numeric);
    let mut f = Filter::new();
    f.tb = 0;
    let o = Opts {
        details: m.details,
        stats: m.stats,
        family: if sel & 0x80 != 0 { 10 } else { 0 },
    };
    let ro = PrintOpts {
        details: m.details,
        resolve: false,
    };
    let rf = RuleFilter::default();
    let mut buf = Vec::new();
    {
        let mut out = Printer::new(&mut buf, m.json, m.pretty, m.oneline);
        out.begin_list().unwrap();
        for msg in messages(rest) {
            match msg.ty {
                24 | 25 => {
                    let _ = print_route(&mut out, msg.ty, msg.payload, &f, &o);
                }
                32 | 33 => {
                    if let Some(r) = parse_rule(&msg) {
                        if rf.accepts(&r.frh, &r.tb) {
                            let _ = print_rule(&r, &ro, &mut out);
                        }
                    }
                }
                _ => continue,
            }
        }
        out.end_list().unwrap();
    }
    common::check_output(&buf, m.json);
});
