//! Requests built from argv against the bytes iproute2 6.1 sent for the same words
//! (captured with `strace -e write=FD` in a namespace where v1 is ifindex 3, lo 1).
//! The 16-byte nlmsghdr is compared for length, type and flags; seq and pid are masked.
use crate::cli::args::Args;
use crate::netlink::{
    NLM_F_ACK, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, NLM_F_REQUEST, RTM_DELADDR, RTM_DELNEIGH,
    RTM_DELRULE, RTM_GETNEIGH, RTM_NEWADDR, RTM_NEWNEIGH, RTM_NEWRULE,
};

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// nlmsghdr (len, type, flags) + payload, as sent.
fn msg(ty: u16, flags: u16, payload: &[u8]) -> Vec<u8> {
    let mut v = ((payload.len() + 16) as u32).to_ne_bytes().to_vec();
    v.extend_from_slice(&ty.to_ne_bytes());
    v.extend_from_slice(&flags.to_ne_bytes());
    v.extend_from_slice(&[0; 8]);
    v.extend_from_slice(payload);
    v
}

fn neigh(words: &[&str], ty: u16, flags: u16) -> Vec<u8> {
    let mut a = Args::from_strs(words);
    let r = crate::ip::neigh::modify::parse_modify(&mut a, 0).unwrap();
    msg(ty, flags | NLM_F_REQUEST | NLM_F_ACK, &r.payload(3))
}

fn addr(words: &[&str], ty: u16, flags: u16, ifindex: u32) -> Vec<u8> {
    let mut a = Args::from_strs(words);
    let mut r = crate::ip::address_modify::parse(ty, &mut a, 0).unwrap();
    crate::ip::address_modify::finish(&mut r).unwrap();
    msg(ty, flags | NLM_F_REQUEST | NLM_F_ACK, &r.payload(ifindex))
}

fn rule(words: &[&str], ty: u16, family: u8) -> Vec<u8> {
    let mut a = Args::from_strs(words);
    let r = crate::ip::rule::modify::parse(ty, &mut a, family).unwrap();
    msg(ty, r.flags | NLM_F_REQUEST | NLM_F_ACK, &r.payload())
}

#[test]
fn neigh_requests() {
    assert_eq!(
        neigh(
            &["10.0.0.2", "lladdr", "02:00:00:00:00:02", "dev", "v1", "protocol", "5", "nud",
              "stale", "router", "extern_learn"],
            RTM_NEWNEIGH,
            NLM_F_CREATE | NLM_F_EXCL
        ),
        unhex("380000001c000506000000000000000002000000030000000400900005000c0005000000080001000a0000020a0002000200000000020000")
    );
    assert_eq!(
        neigh(
            &["2001:db8::5", "lladdr", "1:2:3", "dev", "v1", "managed", "use"],
            RTM_NEWNEIGH,
            NLM_F_CREATE | NLM_F_REPLACE
        ),
        unhex("400000001c00050500000000000000000a00000003000000000001001400010020010db800000000000000000000000508000f00010000000700020001020300")
    );
    assert_eq!(
        neigh(&["proxy", "10.1.1.1", "dev", "v1"], RTM_DELNEIGH, 0),
        unhex("240000001d0005000000000000000000020000000300000080000800080001000a010101")
    );
    let mut a = Args::from_strs(&["10.0.0.2", "dev", "v1"]);
    let (mut p, d) = crate::ip::neigh::modify::parse_get(&mut a, 0).unwrap();
    assert_eq!(d.as_deref(), Some("v1"));
    p[4..8].copy_from_slice(&3u32.to_ne_bytes());
    assert_eq!(
        msg(RTM_GETNEIGH, NLM_F_REQUEST, &p),
        unhex("240000001e0001000000000000000000020000000300000000000000080001000a000002")
    );
}

#[test]
fn addr_requests() {
    let ce = NLM_F_CREATE | NLM_F_EXCL;
    assert_eq!(
        addr(
            &["10.0.0.1/24", "brd", "+", "dev", "v1", "label", "v1:x", "metric", "5",
              "valid_lft", "100", "preferred_lft", "50"],
            RTM_NEWADDR, ce, 3
        ),
        unhex("580000001400050600000000000000000218000003000000080002000a0000010900030076313a78000000000800090005000000080001000a000001080004000a0000ff1400060032000000640000000000000000000000")
    );
    assert_eq!(
        addr(
            &["10.0.0.1", "peer", "10.0.0.2/30", "brd", "-", "dev", "v1", "scope", "link"],
            RTM_NEWADDR, ce, 3
        ),
        unhex("30000000140005060000000000000000021e00fd03000000080002000a000001080001000a000002080004000a000000")
    );
    assert_eq!(
        addr(
            &["2001:db8::1/64", "dev", "v1", "nodad", "noprefixroute", "mngtmpaddr"],
            RTM_NEWADDR, ce, 3
        ),
        unhex("480000001400050600000000000000000a400000030000001400020020010db800000000000000000000000108000800020300001400010020010db8000000000000000000000001")
    );
    assert_eq!(
        addr(&["10.0.0.1", "dev", "v1"], RTM_DELADDR, 0, 3),
        unhex("200000001500050000000000000000000220000003000000080002000a000001")
    );
    assert_eq!(
        addr(&["127.0.0.5/8", "dev", "lo"], RTM_NEWADDR, ce, 1),
        unhex("28000000140005060000000000000000020800fe01000000080002007f000005080001007f000005")
    );
}

#[test]
fn rule_requests() {
    assert_eq!(
        rule(
            &["from", "10.0.0.0/8", "not", "fwmark", "0x10/0xff", "iif", "v1", "oif", "v2",
              "table", "1000", "pref", "100", "uidrange", "1-2", "ipproto", "tcp", "sport", "80",
              "dport", "1-2", "protocol", "static", "realms", "3/4", "tun_id", "7",
              "suppress_prefixlength", "1", "suppress_ifgroup", "5", "tos", "0x10"],
            RTM_NEWRULE, 0
        ),
        unhex("a4000000200005060000000000000000020008100000000102000000080002000a00000008000a001000000008001000ff0000000700030076310000070011007632000008000f00e803000008000600640000000c0014000100000002000000050016000600000008001700500050000800180001000200050015000400000008000b00040003000c000c00000000000000000708000e000100000008000d0005000000")
    );
    assert_eq!(
        rule(&["pref", "5", "goto", "10"], RTM_NEWRULE, 0),
        unhex("2c0000002000050600000000000000000200000000000002000000000800060005000000080004000a000000")
    );
    assert_eq!(
        rule(&["pref", "100"], RTM_DELRULE, 0),
        unhex("240000002100050000000000000000000200000000000000000000000800060064000000")
    );
    assert_eq!(
        rule(&["to", "2001:db8::/32", "l3mdev", "pref", "7"], RTM_NEWRULE, 10),
        unhex("400000002000050600000000000000000a20000000000001000000001400010020010db800000000000000000000000005001300010000000800060007000000")
    );
}

fn err_text(e: crate::error::Error) -> (i32, String) {
    (e.code, e.msg.unwrap_or_default())
}

#[test]
fn parse_errors_match_the_reference() {
    let neigh_err = |w: &[&str]| {
        err_text(crate::ip::neigh::modify::parse_modify(&mut Args::from_strs(w), 0).unwrap_err())
    };
    assert_eq!(
        neigh_err(&["10.0.0.2", "lladdr", "1"]),
        (
            255,
            "Device and destination are required arguments.\n".into()
        )
    );
    assert_eq!(
        neigh_err(&["10.0.0.2", "10.0.0.3", "dev", "v1"]),
        (
            255,
            "Error: either \"to\" is duplicate, or \"10.0.0.3\" is a garbage.\n".into()
        )
    );
    assert_eq!(
        neigh_err(&["10.0.0.2", "dev", "v1", "nud", "3"]),
        (
            255,
            "Error: argument \"3\" is wrong: nud state is bad\n".into()
        )
    );
    assert_eq!(
        neigh_err(&["10.0.0.2", "dev", "v1", "lladdr", "00:zz"]),
        (1, "\"zz\" is invalid lladdr.\n".into())
    );
    assert_eq!(
        neigh_err(&["10.0.0.2", "dev"]),
        (
            255,
            "Command line is not complete. Try option \"help\"\n".into()
        )
    );
    let addr_err = |w: &[&str]| {
        err_text(
            crate::ip::address_modify::parse(RTM_NEWADDR, &mut Args::from_strs(w), 0).unwrap_err(),
        )
    };
    assert_eq!(
        addr_err(&["10.0.0.1/24"]),
        (
            1,
            "Not enough information: \"dev\" argument is required.\n".into()
        )
    );
    assert_eq!(
        addr_err(&["2001:db8::1/64", "dev", "v1", "brd", "+"]),
        (1, "Broadcast can be set only for IPv4 addresses\n".into())
    );
    assert_eq!(
        addr_err(&[
            "10.0.0.1/24",
            "dev",
            "v1",
            "valid_lft",
            "1",
            "valid_lft",
            "2"
        ]),
        (
            255,
            "Error: duplicate \"valid_lft\": \"valid_lft\" is the second value.\n".into()
        )
    );
    let rule_err = |w: &[&str]| {
        err_text(
            crate::ip::rule::modify::parse(RTM_NEWRULE, &mut Args::from_strs(w), 0).unwrap_err(),
        )
    };
    assert_eq!(
        rule_err(&[]),
        (1, "\"ip rule add\" requires arguments.\n".into())
    );
    assert_eq!(
        rule_err(&["l3mdev", "table", "5"]),
        (22, "table can not be specified for l3mdev rules\n".into())
    );
    assert_eq!(
        rule_err(&["sport", "x"]),
        (
            255,
            "Error: argument \"x\" is wrong: invalid port range\n\n".into()
        )
    );
}
