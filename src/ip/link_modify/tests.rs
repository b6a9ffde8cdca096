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
    // bpf_do_parse (lib/bpf_legacy.c): an unknown BPF mode after xdp ends the process.
    assert_eq!(
        err(&["dev", "x", "xdp", "off", "mtu", "1"]),
        Some((255, "What mode is \"off\"?\n".into()))
    );
    assert_eq!(
        err(&["dev", "x", "xdp", "pinned"]),
        Some((
            255,
            "Command line is not complete. Try option \"help\"\n".into()
        ))
    );
}

/// Random word soup through every kind's parser: errors are fine, panics are not.
/// ("6rd-reset" is left out: like iproute2 6.1 it ends the process with SIGSEGV.)
#[test]
fn no_panic_on_word_soup() {
    const WORDS: &[&str] = &[
        "type",
        "peer",
        "name",
        "x",
        "y",
        "dev",
        "mode",
        "id",
        "1",
        "0",
        "-1",
        "0x10",
        "on",
        "off",
        "help",
        "remote",
        "local",
        "1.2.3.4",
        "::1",
        "239.1.1.1",
        "ff02::1",
        "key",
        "ttl",
        "tos",
        "inherit",
        "any",
        "address",
        "02:00:00:00:00:01",
        "zz",
        "mtu",
        "group",
        "netns",
        "vf",
        "mac",
        "vlan",
        "qos",
        "proto",
        "802.1ad",
        "master",
        "nomaster",
        "link",
        "alias",
        "index",
        "macaddr",
        "add",
        "set",
        "del",
        "flush",
        "ingress-qos-map",
        "1:2",
        "x:1",
        "sci",
        "port",
        "replay",
        "window",
        "bitrate",
        "sample-point",
        "0.5",
        "table",
        "main",
        "arp_ip_target",
        "1.2.3.4,5.6.7.8",
        "external",
        "erspan",
        "erspan_ver",
        "2",
        "srcport",
        "dstport",
        "flowlabel",
        "encaplimit",
        "none",
        "",
        "fd",
        "tdc-mode",
        "auto",
        "xdp",
        "protodown_reason",
        "addrgenmode",
        "eui64",
        "carrier",
        "state",
        "up",
        "down",
    ];
    const KINDS: &[&str] = &[
        "veth",
        "bridge",
        "bridge_slave",
        "vxlan",
        "macvlan",
        "macvtap",
        "vlan",
        "ipvlan",
        "ipvtap",
        "gre",
        "gretap",
        "erspan",
        "ipip",
        "sit",
        "bond",
        "bond_slave",
        "vrf",
        "geneve",
        "xfrm",
        "vxcan",
        "dsa",
        "rmnet",
        "wwan",
        "batadv",
        "ipoib",
        "hsr",
        "gtp",
        "bareudp",
        "vti",
        "vti6",
        "amt",
        "ip6tnl",
        "ip6gre",
        "ip6gretap",
        "ip6erspan",
        "can",
        "macsec",
        "dummy",
        "tun",
        "foo",
    ];
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for round in 0..3000 {
        let mut words: Vec<&str> = vec!["n0"];
        if round % 3 != 0 {
            words.push("type");
            words.push(KINDS[next(KINDS.len())]);
        }
        for _ in 0..next(8) {
            words.push(WORDS[next(WORDS.len())]);
        }
        let mut a = Args::from_strs(&words);
        let flags = if round % 2 == 0 {
            NLM_F_CREATE | NLM_F_EXCL
        } else {
            0
        };
        let _ = build(RTM_NEWLINK, flags, &mut a, 0, false);
    }
}
