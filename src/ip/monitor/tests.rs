//! Recorded messages -> text, compared with what the reference printed for the same file
//! (compat-tests/fixtures/monitor: `events.nl` written by rtmon in a namespace,
//! `synthetic.nl` built by hand with every type the crate cannot parse).
use super::accept::{Monitor, Origin};
use super::file::from_reader;
use crate::ip::Globals;
use crate::netlink::session::messages;
use crate::output::Printer;

const EVENTS: &[u8] = include_bytes!("../../../compat-tests/fixtures/monitor/events.nl");
const SYNTHETIC: &[u8] = include_bytes!("../../../compat-tests/fixtures/monitor/synthetic.nl");

fn seed(index: u32, hwtype: u16, flags: u32, name: &str) {
    let mut p = vec![0u8; 16];
    p[2..4].copy_from_slice(&hwtype.to_ne_bytes());
    p[4..8].copy_from_slice(&index.to_ne_bytes());
    p[8..12].copy_from_slice(&flags.to_ne_bytes());
    let mut a = crate::netlink::attr::AttrBuf::with_header(&p);
    a.add_str(3, name);
    crate::ifmap::remember(crate::netlink::RTM_NEWLINK, &a.buf);
}

/// The links of the namespace the fixtures were replayed in (v1 up, so v2@v1 shows no
/// M-DOWN), so no name needs a kernel lookup.
fn seed_lo() {
    seed(1, 772, 0x10049, "lo");
    seed(2, 1, 0x11043, "v2");
    seed(3, 1, 0x11043, "v1");
}

fn replay(file: &[u8], g: &Globals, label: bool, ifindex: u32) -> String {
    seed_lo();
    let mut out = Printer::new(Vec::new(), false, false, g.oneline);
    let mut mon = Monitor::new(g, label, false, ifindex);
    let mut r = file;
    let _ = from_reader(&mut r, &mut mon, &mut out);
    String::from_utf8_lossy(&out.w).into_owned()
}

/// The recorded times are shown in local time: compare everything else.
fn without_stamps(s: &str) -> String {
    s.lines()
        .filter(|l| !l.starts_with("Timestamp:"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn rtmon_file_plain() {
    let want = include_str!("../../../compat-tests/fixtures/monitor/events.txt");
    let got = replay(EVENTS, &Globals::default(), false, 0);
    assert_eq!(without_stamps(&got), without_stamps(want));
}

#[test]
fn rtmon_file_details_stats_all() {
    let want = include_str!("../../../compat-tests/fixtures/monitor/events-d-all.txt");
    let g = Globals {
        details: 1,
        stats: 1,
        ..Globals::default()
    };
    let got = replay(EVENTS, &g, true, 0);
    assert_eq!(without_stamps(&got), without_stamps(want));
}

#[test]
fn rtmon_file_oneline_dev() {
    let want = include_str!("../../../compat-tests/fixtures/monitor/events-o-dev.txt");
    let g = Globals {
        oneline: true,
        ..Globals::default()
    };
    // v1 is index 3 in the namespace the file was recorded in.
    let got = replay(EVENTS, &g, false, 3);
    assert_eq!(without_stamps(&got), without_stamps(want));
}

#[test]
fn synthetic_types_with_labels() {
    let want = include_str!("../../../compat-tests/fixtures/monitor/synthetic-label.txt");
    let got = replay(SYNTHETIC, &Globals::default(), true, 0);
    assert_eq!(without_stamps(&got), without_stamps(want));
}

#[test]
fn synthetic_types_details() {
    let want = include_str!("../../../compat-tests/fixtures/monitor/synthetic-d.txt");
    let g = Globals {
        details: 1,
        ..Globals::default()
    };
    let got = replay(SYNTHETIC, &g, false, 0);
    assert_eq!(without_stamps(&got), without_stamps(want));
}

#[test]
fn recorded_stamp_format() {
    let mut p = 0u32.to_ne_bytes().to_vec();
    p.extend_from_slice(&42u32.to_ne_bytes());
    let s = super::stamp::recorded(&p);
    assert!(
        s.starts_with("Timestamp: ") && s.ends_with(" 42 us\n"),
        "{s}"
    );
    // asctime: "Thu Jan  1 00:00:00 1970" is 24 characters in any time zone.
    assert_eq!(s.len(), "Timestamp: ".len() + 24 + " 42 us\n".len());
}

/// Truncated and garbled messages of every type never panic, whatever they print.
#[test]
fn garbage_never_panics() {
    seed_lo();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let types: Vec<u16> = (0u16..130).collect();
    let g = Globals {
        details: 1,
        stats: 1,
        ..Globals::default()
    };
    for &ty in &types {
        for _ in 0..40 {
            let len = (rnd() % 96) as usize;
            let mut payload: Vec<u8> = (0..len).map(|_| rnd() as u8).collect();
            // Keep some attribute headers plausible so the walkers go deep.
            if len >= 16 {
                let alen = (4 + rnd() % 12) as u16;
                payload[12..14].copy_from_slice(&alen.to_ne_bytes());
            }
            let total = 16 + payload.len();
            let mut buf = (total as u32).to_ne_bytes().to_vec();
            buf.extend_from_slice(&ty.to_ne_bytes());
            buf.extend_from_slice(&[0u8; 10]);
            buf.extend_from_slice(&payload);
            for m in messages(&buf) {
                // Route messages with a short header stop the replay, as in the reference.
                if ty == 24 || ty == 25 {
                    continue;
                }
                let mut out = Printer::new(Vec::new(), false, false, false);
                let mut mon = Monitor::new(&g, true, true, 0);
                let _ = mon.accept(&m, Origin::File, &mut out);
            }
        }
    }
}

#[test]
fn arguments_in_the_reference_order() {
    use crate::cli::args::Args;
    // `label` is checked before `link`: `l` is label.
    let r = super::parse(&mut Args::from_strs(&[
        "l", "a", "r", "ne", "all-n", "stats",
    ]));
    let r = r.ok().unwrap_or_default();
    assert_eq!(
        r.lmask,
        super::L_ADDR | super::L_ROUTE | super::L_NEIGH | super::L_STATS
    );
    assert!(r.label && r.all_nsid);
    // "all" is compared with strcmp, so `al` falls through to all-nsid's matches();
    // `st` is not `stats` (strcmp) either.
    let r = super::parse(&mut Args::from_strs(&["al"]))
        .ok()
        .unwrap_or_default();
    assert!(r.all_nsid && !r.label);
    let e = super::parse(&mut Args::from_strs(&["st"])).err();
    assert_eq!(
        e.and_then(|e| e.msg).as_deref(),
        Some("Argument \"st\" is unknown, try \"ip monitor help\".\n")
    );
    let e = super::parse(&mut Args::from_strs(&["file"])).err();
    assert_eq!(e.map(|e| e.code), Some(255));
}

#[test]
fn groups_follow_the_family() {
    use super::*;
    assert_eq!(groups(L_ADDR, AF_INET), vec![RTNLGRP_IPV4_IFADDR]);
    assert_eq!(
        groups(L_ROUTE, 0),
        vec![RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE, RTNLGRP_MPLS_ROUTE]
    );
    assert_eq!(groups(L_PREFIX, AF_INET), Vec::<u32>::new());
    assert!(groups(0, 0).contains(&RTNLGRP_NSID));
}
