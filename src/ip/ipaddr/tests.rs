//! The printers fed a recorded dump (compat-tests/fixtures/ipaddr/dump.nl, an `ip addr`
//! address dump then link dump) against the reference's output on the same state
//! (capture.sh regenerates both).
use super::filter::Filter;
use super::link_print::{self, View};
use super::*;
use crate::ip::Globals;
use crate::netlink::session::messages;
use crate::netlink::RTM_NEWLINK;
use crate::output::Printer;

const DUMP: &[u8] = include_bytes!("../../../compat-tests/fixtures/ipaddr/dump.nl");

fn split() -> (AddrStore, Vec<(u16, Vec<u8>)>) {
    let mut store = AddrStore::default();
    let mut links = Vec::new();
    for m in messages(DUMP) {
        if m.ty == RTM_NEWADDR {
            store.push(m.ty, m.payload);
        } else if m.ty == RTM_NEWLINK {
            crate::ifmap::remember(m.ty, m.payload);
            links.push((m.ty, m.payload.to_vec()));
        }
    }
    (store, links)
}

/// Prints the whole list as ipaddr_list_flush_or_save would, for globals `g`.
fn render(g: &Globals, do_link: bool, only: Option<&[&str]>) -> String {
    let (store, links) = split();
    let f = Filter {
        family: g.family,
        oneline: g.oneline,
        showqueue: true,
        group: None,
        ..Filter::default()
    };
    let mut buf = Vec::new();
    {
        let mut out = Printer::new(&mut buf, g.json, g.pretty, g.oneline);
        out.begin_list().unwrap();
        let cx = ShowCtx {
            v: View { g, f: &f, do_link },
            store: &store,
            no_link: g.family != AF_PACKET && g.oneline,
        };
        for (ty, p) in &links {
            if let Some(names) = only {
                let (_, tb) = link_print::link_table(p).unwrap();
                let n = rta::str_of(tb[IFLA_IFNAME as usize].unwrap());
                if !names.contains(&n.as_str()) {
                    continue;
                }
            }
            show_link(&mut out, &cx, *ty, p).unwrap();
        }
        out.end_list().unwrap();
    }
    String::from_utf8(buf).unwrap()
}

fn golden(name: &str) -> &'static str {
    match name {
        "addr" => include_str!("../../../compat-tests/fixtures/ipaddr/addr.txt"),
        "addr-o" => include_str!("../../../compat-tests/fixtures/ipaddr/addr-o.txt"),
        "addr-br" => include_str!("../../../compat-tests/fixtures/ipaddr/addr-br.txt"),
        "addr-j" => include_str!("../../../compat-tests/fixtures/ipaddr/addr-j.txt"),
        "addr-s" => include_str!("../../../compat-tests/fixtures/ipaddr/addr-s.txt"),
        "link" => include_str!("../../../compat-tests/fixtures/ipaddr/link.txt"),
        "link-o" => include_str!("../../../compat-tests/fixtures/ipaddr/link-o.txt"),
        "link-br" => include_str!("../../../compat-tests/fixtures/ipaddr/link-br.txt"),
        "link-jp" => include_str!("../../../compat-tests/fixtures/ipaddr/link-jp.txt"),
        "link-ss" => include_str!("../../../compat-tests/fixtures/ipaddr/link-ss.txt"),
        "link-d" => include_str!("../../../compat-tests/fixtures/ipaddr/link-d.txt"),
        _ => "",
    }
}

fn addr_g() -> Globals {
    Globals::default()
}
fn link_g() -> Globals {
    Globals {
        family: AF_PACKET,
        ..Globals::default()
    }
}

#[test]
fn addr_plain() {
    assert_eq!(render(&addr_g(), false, None), golden("addr"));
}

#[test]
fn addr_oneline() {
    let g = Globals {
        oneline: true,
        ..addr_g()
    };
    assert_eq!(render(&g, false, None), golden("addr-o"));
}

#[test]
fn addr_brief() {
    let g = Globals {
        brief: true,
        ..addr_g()
    };
    assert_eq!(render(&g, false, None), golden("addr-br"));
}

#[test]
fn addr_json() {
    let g = Globals {
        json: true,
        ..addr_g()
    };
    assert_eq!(render(&g, false, None), golden("addr-j"));
}

#[test]
fn addr_stats() {
    let g = Globals {
        stats: 1,
        ..addr_g()
    };
    assert_eq!(render(&g, false, None), golden("addr-s"));
}

#[test]
fn link_plain_oneline_brief() {
    assert_eq!(render(&link_g(), true, None), golden("link"));
    let g = Globals {
        oneline: true,
        ..link_g()
    };
    assert_eq!(render(&g, true, None), golden("link-o"));
    let g = Globals {
        brief: true,
        ..link_g()
    };
    assert_eq!(render(&g, true, None), golden("link-br"));
}

#[test]
fn link_json_pretty() {
    let g = Globals {
        json: true,
        pretty: true,
        ..link_g()
    };
    assert_eq!(render(&g, true, None), golden("link-jp"));
}

#[test]
fn link_stats_twice() {
    let g = Globals {
        stats: 2,
        ..link_g()
    };
    assert_eq!(render(&g, true, None), golden("link-ss"));
}

#[test]
fn link_details() {
    // Only links whose kind has no print_opt (its text belongs to ip::link_kind).
    let g = Globals {
        details: 1,
        ..link_g()
    };
    let only = ["lo", "veth1", "veth0", "veth3", "ifb0"];
    let text = render(&g, true, Some(&only));
    assert_eq!(text, golden("link-d"));
}

#[test]
fn truncated_messages_never_panic() {
    let (store, links) = split();
    let g = Globals {
        details: 1,
        stats: 2,
        ..addr_g()
    };
    let f = Filter::default();
    let cx = ShowCtx {
        v: View {
            g: &g,
            f: &f,
            do_link: true,
        },
        store: &store,
        no_link: false,
    };
    for (ty, p) in &links {
        for cut in 0..p.len() {
            let mut buf = Vec::new();
            let mut out = Printer::new(&mut buf, false, false, false);
            show_link(&mut out, &cx, *ty, &p[..cut]).unwrap();
        }
    }
    for (_, list) in store.by_index.iter() {
        for &(ty, s, e) in list {
            let p = &store.arena[s..e];
            for cut in 0..p.len() {
                let mut buf = Vec::new();
                let mut out = Printer::new(&mut buf, true, false, false);
                out.begin_list().unwrap();
                addr_print::print_addrinfo(&mut out, &cx.v, ty, &p[..cut]).unwrap();
            }
        }
    }
}

#[test]
fn requests_are_iproute2s() {
    // ip link show (strace of /usr/sbin/ip): ifinfomsg{AF_PACKET} + IFLA_EXT_MASK(VF).
    let f = Filter {
        master: 4,
        kind: Some("veth".into()),
        ..Filter::default()
    };
    let r = link_dump_req(AF_PACKET, &f);
    let mut want = vec![17u8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    want.extend_from_slice(&[8, 0, 29, 0, 1, 0, 0, 0]);
    want.extend_from_slice(&[8, 0, 10, 0, 4, 0, 0, 0]);
    want.extend_from_slice(&[12, 0, 18, 0, 8, 0, 1, 0, b'v', b'e', b't', b'h']);
    assert_eq!(r, want);
    // Other families get the bare header (__rtnl_linkdump_req).
    assert_eq!(link_dump_req(10, &f).len(), 16);
    assert_eq!(addr_dump_req(2, 3), vec![2, 0, 0, 0, 3, 0, 0, 0]);
    let r = link_get_by_name_req(17, "lo");
    assert_eq!(
        &r[16..],
        &[7, 0, 3, 0, b'l', b'o', 0, 0, 8, 0, 29, 0, 1, 0, 0, 0]
    );
    let r = link_get_by_index_req(0, 3, false);
    assert_eq!(&r[4..8], &3u32.to_ne_bytes());
    assert_eq!(&r[16..], &[8, 0, 29, 0, 9, 0, 0, 0]);
}
