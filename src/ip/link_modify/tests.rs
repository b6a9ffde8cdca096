//! Request bytes against what iproute2 6.1 sent for the same words, captured inside a
//! namespace (compat-tests/fixtures/link_kind/requests.txt: ARGS, tab, TYPE FLAGS HEX).
//! This is how the kinds this kernel lacks (dummy, vlan, gre, bond ...) are checked.
use super::build;
use crate::cli::args::Args;
use crate::netlink::{NLM_F_CREATE, NLM_F_EXCL, RTM_NEWLINK};

const REQUESTS: &str = include_str!("../../../compat-tests/fixtures/link_kind/requests.txt");

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn requests_match_iproute2() {
    let mut n = 0;
    for line in REQUESTS.lines() {
        let Some((args, want)) = line.split_once('\t') else {
            continue;
        };
        let words: Vec<&str> = args.split_whitespace().collect();
        // "link add ARGS": everything after the verb.
        let mut a = Args::from_strs(&words[2..]);
        let req = build(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, &mut a, 0, false)
            .unwrap_or_else(|e| panic!("{args}: {e}"));
        let got = format!("16 1541 {}", hex(&req.payload()));
        assert_eq!(got, want, "{args}");
        n += 1;
    }
    assert!(n >= 19);
}

#[test]
fn parse_errors() {
    let err = |w: &[&str]| {
        let mut a = Args::from_strs(w);
        build(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, &mut a, 0, false)
            .err()
            .map(|e| (e.code, e.msg.unwrap_or_default()))
    };
    assert_eq!(
        err(&["a", "type", "veth"]),
        Some((1, "\"type\" is invalid lladdr.\n".into()))
    );
    assert_eq!(
        err(&["x", "mtu", "1", "mtu", "2", "type", "dummy"]),
        Some((
            255,
            "Error: duplicate \"mtu\": \"2\" is the second value.\n".into()
        ))
    );
    assert_eq!(
        err(&["name", "averyveryverylongname", "type", "dummy"]),
        Some((
            255,
            "Error: argument \"averyveryverylongname\" is wrong: \"name\" not a valid ifname\n"
                .into()
        ))
    );
    assert_eq!(
        err(&["x"]),
        Some((
            1,
            "Not enough information: \"type\" argument is required\n".into()
        ))
    );
    assert_eq!(
        err(&["x", "type", "foo", "bar"]),
        Some((
            1,
            "Garbage instead of arguments \"bar ...\". Try \"ip link help\".\n".into()
        ))
    );
    assert_eq!(
        err(&["x", "carrier", "x", "type", "dummy"]),
        Some((
            22,
            "Error: argument of \"carrier\" must be one of \"off\", \"on\", not \"x\"\n".into()
        ))
    );
    assert!(err(&["g", "type", "vxlan", "id", "1", "id", "2"]).is_some());
}
