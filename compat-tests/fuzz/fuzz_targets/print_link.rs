//! Link, address and nsid printers (`ip link`, `ip addr`, `ip monitor`, `ip netns list-id`)
//! fed arbitrary netlink bytes, in text, -o, -br, -d, -s and JSON modes (first byte).
#![no_main]
use libfuzzer_sys::fuzz_target;
use nlbox::ip::{ipaddr, netns, Globals};
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
    let g = Globals {
        json: m.json,
        pretty: m.pretty,
        oneline: m.oneline,
        details: m.details,
        stats: m.stats,
        brief: m.brief,
        numeric: m.numeric,
        family: if sel & 0x80 != 0 { 2 } else { 0 },
        ..Globals::default()
    };
    let mut buf = Vec::new();
    let mut ok = true;
    {
        let mut out = Printer::new(&mut buf, m.json, m.pretty, m.oneline);
        out.begin_list().unwrap();
        let mut map = vec![(0, "ns0".to_string())];
        let mut nsid = netns::NsidSocket::new();
        for msg in messages(rest) {
            match msg.ty {
                16 | 17 => {
                    nlbox::ifmap::remember(msg.ty, msg.payload);
                    // As ipaddr_list_flush_or_save does: one JSON object per link.
                    out.open_object("").unwrap();
                    let _ =
                        ipaddr::print_link_message(&mut out, &g, m.oneline, 0, msg.ty, msg.payload);
                    out.close_object().unwrap();
                }
                20 | 21 => {
                    // As print_selected_addrinfo does: one JSON object per address.
                    out.open_object("").unwrap();
                    let _ =
                        ipaddr::print_addr_message(&mut out, &g, m.oneline, 0, msg.ty, msg.payload);
                    out.close_object().unwrap();
                }
                88 | 89 => {
                    if netns::print_nsid(&mut out, &msg, &mut map, &mut nsid).is_err() {
                        ok = false;
                        break;
                    }
                }
                _ => continue,
            }
        }
        out.end_list().unwrap();
    }
    // In -br text mode the address list ends the link's line (ipaddr_list_flush_or_save
    // prints the "\n"), so a lone address message has no newline of its own.
    if ok && (m.json || !m.brief) {
        common::check_output(&buf, m.json);
    }
});
