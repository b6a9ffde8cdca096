//! Printer tests: dumps recorded with NLBOX_RECORD in a namespace, printed in every mode,
//! against the reference's text on the same state (compat-tests/fixtures/route/).
use super::filter::Filter;
use super::print::{print_route, Opts, Printed};
use crate::netlink::session::messages;
use crate::output::Printer;

const ALL_NL: &[u8] = include_bytes!("../../../compat-tests/fixtures/route/all.nl");

/// The links of the recording namespace, so names resolve without asking the kernel.
pub fn seed_links() {
    for (idx, name) in [(1u32, "lo"), (2, "v1"), (3, "v0")] {
        let mut p = vec![0u8; 16];
        p[4..8].copy_from_slice(&idx.to_ne_bytes());
        let mut a = crate::netlink::attr::AttrBuf::with_header(&p);
        a.add_str(crate::ifmap::IFLA_IFNAME, name);
        crate::ifmap::remember(crate::netlink::RTM_NEWLINK, &a.buf);
    }
}

/// `ip [opts] route show table all` over the recorded dump.
fn show_all(json: bool, pretty: bool, oneline: bool, o: Opts) -> String {
    show_all_numeric(json, pretty, oneline, o, false)
}

fn show_all_numeric(json: bool, pretty: bool, oneline: bool, o: Opts, numeric: bool) -> String {
    crate::names::set_numeric(numeric);
    seed_links();
    let mut f = Filter::new();
    f.tb = 0;
    let mut v = Vec::new();
    {
        let mut p = Printer::new(&mut v, json, pretty, oneline);
        p.begin_list().unwrap();
        for m in messages(ALL_NL) {
            if m.ty == crate::netlink::NLMSG_DONE {
                continue;
            }
            let r = print_route(&mut p, m.ty, m.payload, &f, &o).unwrap();
            assert!(matches!(r, Printed::Ok));
        }
        p.end_list().unwrap();
    }
    crate::names::set_numeric(false);
    String::from_utf8(v).unwrap()
}

fn opts(details: u32, stats: u32) -> Opts {
    Opts {
        details,
        stats,
        family: 0,
    }
}

#[test]
fn plain() {
    let want = include_str!("../../../compat-tests/fixtures/route/all.txt");
    assert_eq!(show_all(false, false, false, opts(0, 0)), want);
}

#[test]
fn details() {
    let want = include_str!("../../../compat-tests/fixtures/route/all-d.txt");
    assert_eq!(show_all(false, false, false, opts(1, 0)), want);
}

#[test]
fn oneline() {
    let want = include_str!("../../../compat-tests/fixtures/route/all-o.txt");
    assert_eq!(show_all(false, false, true, opts(0, 0)), want);
}

#[test]
fn json() {
    let want = include_str!("../../../compat-tests/fixtures/route/all-j.txt");
    assert_eq!(show_all(true, false, false, opts(0, 0)), want);
}

#[test]
fn json_pretty_details() {
    let want = include_str!("../../../compat-tests/fixtures/route/all-jpd.txt");
    assert_eq!(show_all(true, true, false, opts(1, 0)), want);
}

#[test]
fn stats_numeric() {
    let want = include_str!("../../../compat-tests/fixtures/route/all-sN.txt");
    assert_eq!(
        show_all_numeric(false, false, false, opts(0, 1), true),
        want
    );
}

#[test]
fn truncated_messages_never_panic() {
    seed_links();
    let f = Filter::new();
    for m in messages(ALL_NL) {
        for cut in 0..m.payload.len() {
            let mut v = Vec::new();
            let mut p = Printer::new(&mut v, false, false, false);
            let _ = print_route(&mut p, m.ty, &m.payload[..cut], &f, &opts(1, 1));
        }
    }
}

/// `ip route VERB ...` -> the request iproute2 sent (strace, in a namespace where v0 is 3).
#[test]
fn modify_requests_match_the_reference() {
    use crate::netlink::*;
    let text = include_str!("../../../compat-tests/fixtures/route/requests.txt");
    seed_links();
    for line in text.lines() {
        let (cmd, hex) = line.split_once('\t').unwrap();
        let want: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        let words: Vec<&str> = cmd.split_whitespace().collect();
        let (ty, flags) = match words[0] {
            "add" => (RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL),
            "change" => (RTM_NEWROUTE, NLM_F_REPLACE),
            "replace" => (RTM_NEWROUTE, NLM_F_CREATE | NLM_F_REPLACE),
            "prepend" => (RTM_NEWROUTE, NLM_F_CREATE),
            "append" => (RTM_NEWROUTE, NLM_F_CREATE | NLM_F_APPEND),
            "test" => (RTM_NEWROUTE, NLM_F_EXCL),
            "del" => (RTM_DELROUTE, 0),
            v => panic!("verb {v}"),
        };
        let mut args = crate::cli::args::Args::from_strs(&words[1..]);
        let payload = super::modify::build(&mut args, 0, ty, &mut |_| 0).unwrap();
        let mut got = ((payload.len() + 16) as u32).to_ne_bytes().to_vec();
        got.extend_from_slice(&ty.to_ne_bytes());
        got.extend_from_slice(&(flags | NLM_F_REQUEST | NLM_F_ACK).to_ne_bytes());
        got.extend_from_slice(&[0; 8]);
        got.extend_from_slice(&payload);
        assert_eq!(got, want, "{cmd}");
    }
}

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

fn with_header(ty: u16, flags: u16, payload: &[u8]) -> Vec<u8> {
    let mut got = ((payload.len() + 16) as u32).to_ne_bytes().to_vec();
    got.extend_from_slice(&ty.to_ne_bytes());
    got.extend_from_slice(&flags.to_ne_bytes());
    got.extend_from_slice(&[0; 8]);
    got.extend_from_slice(payload);
    got
}

/// `ip route get ...` and `ip route show ...` -> the request iproute2 sent.
#[test]
fn get_and_dump_requests_match_the_reference() {
    use crate::netlink::*;
    let text = include_str!("../../../compat-tests/fixtures/route/requests-get-show.txt");
    seed_links();
    for line in text.lines() {
        let (cmd, hex) = line.split_once('\t').unwrap();
        let want = unhex(hex);
        let words: Vec<&str> = cmd.split_whitespace().collect();
        let mut args = crate::cli::args::Args::from_strs(&words[1..]);
        let got = if words[0] == "get" {
            let req = super::get::build(&mut args, 0, &mut |_| 0).unwrap();
            with_header(RTM_GETROUTE, NLM_F_REQUEST, &req.payload)
        } else {
            let sel = Filter::parse(&mut args, 0, &mut |_| 0).unwrap();
            let p = sel.filter.dump_request(sel.dump_family);
            with_header(RTM_GETROUTE, NLM_F_REQUEST | NLM_F_DUMP, &p)
        };
        assert_eq!(got, want, "{cmd}");
    }
}

/// Three recorded dumps (table all; IPv4 cache; IPv6 cache) after PMTU exceptions were made
/// through a router namespace; printed as `ip -s -d route show table all`, `ip -s route
/// show table cache`, `ip -s -6 route show table cache` (and with -j).
fn show_cache(json: bool) -> String {
    for (idx, name) in [(1u32, "lo"), (2, "a0")] {
        let mut p = vec![0u8; 16];
        p[4..8].copy_from_slice(&idx.to_ne_bytes());
        let mut a = crate::netlink::attr::AttrBuf::with_header(&p);
        a.add_str(crate::ifmap::IFLA_IFNAME, name);
        crate::ifmap::remember(crate::netlink::RTM_NEWLINK, &a.buf);
    }
    let data: &[u8] = include_bytes!("../../../compat-tests/fixtures/route/cache.nl");
    let mut v = Vec::new();
    let mut dump = 0;
    let mut p = Printer::new(&mut v, json, false, false);
    p.begin_list().unwrap();
    for m in messages(data) {
        let (mut f, o) = match dump {
            0 => (
                Filter::new(),
                opts(if json { 0 } else { 1 }, if json { 0 } else { 1 }),
            ),
            1 => (Filter::new(), opts(0, if json { 0 } else { 1 })),
            _ => (
                Filter::new(),
                Opts {
                    details: 0,
                    stats: if json { 0 } else { 1 },
                    family: 10,
                },
            ),
        };
        if dump > 0 {
            f.tb = super::rtm::RT_TABLE_MAIN;
            f.cloned = 1;
        }
        if m.ty == crate::netlink::NLMSG_DONE {
            p.end_list().unwrap();
            p.begin_list().unwrap();
            dump += 1;
            continue;
        }
        let _ = print_route(&mut p, m.ty, m.payload, &f, &o).unwrap();
    }
    let _ = p;
    // The last begin_list opened a list no command printed.
    let s = String::from_utf8(v).unwrap();
    s.strip_suffix('[').unwrap_or(&s).to_string()
}

#[test]
fn cached_routes() {
    let want = include_str!("../../../compat-tests/fixtures/route/cache-sd.txt");
    assert_eq!(show_cache(false), want);
    let want = include_str!("../../../compat-tests/fixtures/route/cache-j.txt");
    assert_eq!(show_cache(true), want);
}

/// Random attribute soup behind a plausible rtmsg never panics the printer in any mode.
#[test]
fn random_attributes_never_panic() {
    seed_links();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let mut p = vec![2u8, (rnd() % 40) as u8, (rnd() % 40) as u8, 0, 254, 3, 0, 1];
        p.extend_from_slice(&((rnd() as u32) & 0x2000_ff00).to_ne_bytes());
        let n = rnd() % 6;
        for _ in 0..n {
            // Types that are not RTA_NH_ID (which would ask the kernel for nh_info).
            let ty = [
                1u16, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 15, 16, 18, 19, 20, 21, 22, 25, 26,
            ][(rnd() % 20) as usize];
            let len = (rnd() % 24) as usize;
            let body: Vec<u8> = (0..len).map(|_| rnd() as u8).collect();
            let ty = if ty == 22 { ty | 0x8000 } else { ty };
            p.extend_from_slice(&((len + 4) as u16).to_ne_bytes());
            p.extend_from_slice(&ty.to_ne_bytes());
            p.extend_from_slice(&body);
            while p.len() % 4 != 0 {
                p.push(0);
            }
        }
        for (json, details) in [(false, 1), (true, 1), (false, 0)] {
            let mut v = Vec::new();
            let mut pr = Printer::new(&mut v, json, false, false);
            pr.begin_list().unwrap();
            let f = Filter::default();
            let _ = print_route(
                &mut pr,
                crate::netlink::RTM_NEWROUTE,
                &p,
                &f,
                &opts(details, 1),
            );
        }
    }
}
