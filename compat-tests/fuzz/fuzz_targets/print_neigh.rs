//! Neighbour and bridge fdb printers (`ip neigh`, `bridge fdb`) fed arbitrary netlink
//! bytes, in text, -br, -s and JSON modes (first byte).
#![no_main]
use libfuzzer_sys::fuzz_target;
use nlbox::bridge::fdb;
use nlbox::ip::neigh::print::{print_neigh, NeighFilter, PrintOpts};
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
    let mut nf = NeighFilter::reset(0);
    nf.state = 0xff & !0x40;
    let o = PrintOpts {
        stats: m.stats,
        brief: m.brief,
        resolve: false,
    };
    let ff = fdb::Filter {
        index: 0,
        state: 0,
        vlan: 0,
        dynamic: false,
    };
    let bridge = sel & 0x80 != 0;
    let hdr = nlbox::bridge::monitor::Headers::default();
    let mut buf = Vec::new();
    {
        let mut out = Printer::new(&mut buf, m.json, m.pretty, m.oneline);
        out.begin_list().unwrap();
        for msg in messages(rest) {
            if bridge {
                let _ = fdb::print_fdb(&msg, &ff, m.stats > 0, &hdr, &mut out);
            } else if let Ok(Some(n)) = nf.accept(&msg, &mut out) {
                let _ = print_neigh(&n, &nf, &o, &mut out);
            }
        }
        out.end_list().unwrap();
    }
    common::check_output(&buf, m.json);
});
