//! Printers fed dumps captured with NLBOX_RECORD, against the reference's output on the
//! same kernel state (compat-tests/fixtures/neigh/).
use super::print::{print_neigh, NeighFilter, PrintOpts};
use super::*;
use crate::netlink::attr::AttrBuf;
use crate::netlink::session::messages;
use crate::output::Printer;

const DUMP: &[u8] = include_bytes!("../../../compat-tests/fixtures/neigh/dump.nl");
const PROXY: &[u8] = include_bytes!("../../../compat-tests/fixtures/neigh/proxy.nl");

/// The links of the capture namespace (links.txt): lo, v2, v1.
pub fn seed_links() {
    for (idx, name, ty) in [(1u32, "lo", 772u16), (2, "v2", 1), (3, "v1", 1)] {
        let mut hdr = [0u8; 16];
        hdr[2..4].copy_from_slice(&ty.to_ne_bytes());
        hdr[4..8].copy_from_slice(&idx.to_ne_bytes());
        let mut b = AttrBuf::with_header(&hdr);
        b.add_str(crate::ifmap::IFLA_IFNAME, name);
        crate::ifmap::remember(crate::netlink::RTM_NEWLINK, &b.buf);
    }
}

fn show_filter() -> NeighFilter {
    let mut f = NeighFilter::reset(0);
    f.state = 0xff & !NUD_NOARP;
    f
}

fn render(dump: &[u8], mut f: NeighFilter, o: PrintOpts, json: bool, pretty: bool) -> String {
    seed_links();
    let mut v = Vec::new();
    {
        let mut p = Printer::new(&mut v, json, pretty, false);
        p.begin_list().unwrap();
        for m in messages(dump) {
            if m.ty != RTM_NEWNEIGH {
                continue;
            }
            if let Some(n) = f.accept(&m, &mut p).unwrap() {
                print_neigh(&n, &f, &o, &mut p).unwrap();
            }
        }
        p.end_list().unwrap();
    }
    String::from_utf8(v).unwrap()
}

fn plain() -> PrintOpts {
    PrintOpts::default()
}

#[test]
fn show_default() {
    let want = include_str!("../../../compat-tests/fixtures/neigh/show.txt");
    assert_eq!(render(DUMP, show_filter(), plain(), false, false), want);
}

#[test]
fn show_stats() {
    let want = include_str!("../../../compat-tests/fixtures/neigh/show-s.txt");
    let o = PrintOpts {
        stats: 1,
        ..plain()
    };
    assert_eq!(render(DUMP, show_filter(), o, false, false), want);
}

#[test]
fn show_nud_all_text_and_json() {
    let mut f = show_filter();
    f.state = !0;
    let want = include_str!("../../../compat-tests/fixtures/neigh/show-nud-all.txt");
    assert_eq!(render(DUMP, f.clone(), plain(), false, false), want);
    let want = include_str!("../../../compat-tests/fixtures/neigh/show-nud-all.json");
    assert_eq!(render(DUMP, f, plain(), true, false), want);
}

#[test]
fn show_pretty_json() {
    let want = include_str!("../../../compat-tests/fixtures/neigh/show-pretty.json");
    assert_eq!(render(DUMP, show_filter(), plain(), true, true), want);
}

#[test]
fn show_brief() {
    let want = include_str!("../../../compat-tests/fixtures/neigh/show-br.txt");
    let o = PrintOpts {
        brief: true,
        ..plain()
    };
    assert_eq!(render(DUMP, show_filter(), o, false, false), want);
}

#[test]
fn show_dev_filter_hides_dev() {
    let want = include_str!("../../../compat-tests/fixtures/neigh/show-dev-v1.txt");
    let mut f = show_filter();
    f.index = 3;
    assert_eq!(render(DUMP, f, plain(), false, false), want);
}

#[test]
fn proxy_entries() {
    let want = include_str!("../../../compat-tests/fixtures/neigh/proxy.txt");
    assert_eq!(render(PROXY, show_filter(), plain(), false, false), want);
    let want = include_str!("../../../compat-tests/fixtures/neigh/proxy.json");
    assert_eq!(render(PROXY, show_filter(), plain(), true, false), want);
}

#[test]
fn truncated_messages_do_not_panic() {
    for cut in 0..DUMP.len() {
        let _ = render(&DUMP[..cut], show_filter(), plain(), false, false);
    }
}

#[test]
fn corrupted_messages_do_not_panic() {
    for i in 0..DUMP.len() {
        let mut b = DUMP.to_vec();
        b[i] = b[i].wrapping_add(5);
        let o = PrintOpts {
            stats: 1,
            ..plain()
        };
        let _ = render(&b, show_filter(), o, true, false);
        let _ = render(&b, show_filter(), plain(), false, false);
    }
}
