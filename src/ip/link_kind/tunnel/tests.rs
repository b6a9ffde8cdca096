//! The tunnel parsers without a kernel: `ip link set` starts from the tunnel's current
//! IFLA_INFO_DATA (iproute2 reads it with a GETLINK first), which these tests hand in.
use crate::cli::args::Args;
use crate::ip::link_modify::req::LinkReq;
use crate::netlink::attr::AttrBuf;
use crate::netlink::{NLM_F_CREATE, NLM_F_EXCL, RTM_NEWLINK};

/// Every kind whose parser is a tunnel parser.
fn kinds() -> impl Iterator<Item = &'static str> {
    super::super::KINDS
        .iter()
        .filter(|k| matches!(k.parse, super::super::Parse::Tunnel(_)))
        .map(|k| k.id)
}

type Out = std::result::Result<Vec<u8>, (i32, String)>;

/// The kind's IFLA_INFO_DATA for `words`: a create when `cur` is None, else a change of a
/// tunnel whose current data is `cur`.
fn parse(kind: &str, words: &[&str], cur: Option<&[u8]>) -> Out {
    let flags = if cur.is_none() {
        NLM_F_CREATE | NLM_F_EXCL
    } else {
        0
    };
    let mut req = LinkReq::new(RTM_NEWLINK, flags, 0);
    let mut a = Args::from_strs(words);
    let lu = super::super::find(kind).unwrap();
    let super::super::Parse::Tunnel(f) = lu.parse else {
        panic!("{kind}: not a tunnel parser")
    };
    let r = f(&mut a, &mut req, kind, cur);
    match r {
        Ok(()) => Ok(req.attrs.buf),
        Err(e) => Err((e.code, e.msg.unwrap_or_default())),
    }
}

fn create(kind: &str, words: &[&str]) -> Out {
    parse(kind, words, None)
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The payload of attribute `ty` in `data`.
fn attr(data: &[u8], ty: u16) -> Option<Vec<u8>> {
    crate::netlink::attr::AttrIter::new(data)
        .find(|a| a.ty == ty)
        .map(|a| a.data.to_vec())
}

/// The error (code, text) of creating `kind` with `words`.
fn error(kind: &str, words: &[&str]) -> (i32, String) {
    create(kind, words).expect_err(kind)
}

/// The invarg() text.
fn invarg(arg: &str, msg: &str) -> (i32, String) {
    (255, format!("Error: argument \"{arg}\" is wrong: {msg}\n"))
}

/// Words (each with its value) a kind accepts whose effect the data it sends keeps whole,
/// and words fit only for the change itself (the data does not keep all they set), for the
/// round-trip property below. Left out: `dev` (needs a kernel), `noignore-df` and the
/// encap ports (they do not survive a round trip; see their own tests).
fn vocabulary(
    kind: &str,
) -> (
    &'static [&'static [&'static str]],
    &'static [&'static [&'static str]],
) {
    const GRE_FLAGS: &[&[&str]] = &[
        &["key", "5"],
        &["key", "1.2.3.4"],
        &["ikey", "7"],
        &["okey", "0.0.0.9"],
        &["nokey"],
        &["noikey"],
        &["nookey"],
        &["seq"],
        &["noseq"],
        &["iseq"],
        &["noiseq"],
        &["oseq"],
        &["nooseq"],
        &["csum"],
        &["nocsum"],
        &["icsum"],
        &["noicsum"],
        &["ocsum"],
        &["noocsum"],
        &["k", "3"],
        &["no"],
    ];
    const ENCAP: &[&[&str]] = &[
        &["encap", "fou"],
        &["encap", "gue"],
        &["encap", "none"],
        &["noencap"],
        &["encap-csum"],
        &["noencap-csum"],
        &["encap-udp6-csum"],
        &["noencap-udp6-csum"],
        &["encap-remcsum"],
        &["noencap-remcsum"],
    ];
    const ERSPAN: &[&[&str]] = &[
        &["erspan", "5"],
        &["erspan_ver", "0"],
        &["erspan_ver", "1"],
        &["erspan_ver", "2"],
        &["erspan_dir", "ingress"],
        &["erspan_dir", "egress"],
        &["erspan_hwid", "7"],
    ];
    /// Every field one erspan_ver sends, set at once.
    const ERSPAN_WHOLE: &[&[&str]] = &[
        &[
            "erspan_ver",
            "2",
            "erspan_dir",
            "egress",
            "erspan_hwid",
            "9",
        ],
        &["erspan_ver", "1", "erspan", "3"],
        &["erspan_ver", "0"],
    ];
    const GRE: &[&[&str]] = &[
        &["remote", "1.2.3.4"],
        &["remote", "239.1.1.1"],
        &["remote", "any"],
        &["local", "5.6.7.8"],
        &["local", "any"],
        &["pmtudisc"],
        &["nopmtudisc"],
        &["ttl", "10"],
        &["ttl", "inherit"],
        &["hoplimit", "3"],
        &["tos", "10"],
        &["tos", "inherit"],
        &["tclass", "AF11"],
        &["ignore-df"],
        &["fwmark", "7"],
    ];
    /// The endpoint and IPv6 words of both ip6gre and ip6tnl.
    const V6: &[&[&str]] = &[
        &["remote", "2001:db8::1"],
        &["local", "2001:db8::2"],
        &["local", "::"],
        &["ttl", "10"],
        &["hoplimit", "inherit"],
        &["tclass", "0x10"],
        &["tclass", "inherit"],
        &["flowlabel", "0x123"],
        &["fl", "inherit"],
        &["dscp", "inherit"],
        &["fwmark", "7"],
        &["fwmark", "inherit"],
        &["allow-localremote"],
        &["noallow-localremote"],
        &["encaplimit", "5"],
        &["encaplimit", "none"],
    ];
    const GRE6: &[&[&str]] = &[
        &["remote", "ff02::1"],
        &["hlim", "inherit"],
        &["tos", "0x20"],
        &["tcl", "0x30"],
    ];
    const IP6TNL: &[&[&str]] = &[
        &["mode", "ip6ip6"],
        &["mode", "ip4ip6"],
        &["mode", "any"],
        &["tc", "inherit"],
        &["dsfield", "0x20"],
    ];
    const IPTNL: &[&[&str]] = &[
        &["mode", "ipip"],
        &["mode", "any"],
        &["mode", "mplsip"],
        &["mode", "ip6ip"],
        &["remote", "1.2.3.4"],
        &["local", "5.6.7.8"],
        &["local", "any"],
        &["ttl", "10"],
        &["ttl", "inherit"],
        &["tos", "0x10"],
        &["tc", "inherit"],
        &["pmtudisc"],
        &["nopmtudisc"],
        &["isatap"],
        &["6rd-prefix", "2001:db8::/32"],
        &["6rd-relay_prefix", "10.0.0.0/8"],
        &["fwmark", "7"],
    ];
    const VTI: &[&[&str]] = &[
        &["key", "5"],
        &["ikey", "1.2.3.4"],
        &["okey", "9"],
        &["remote", "1.2.3.4"],
        &["local", "5.6.7.8"],
        &["fwmark", "7"],
    ];
    const VTI6: &[&[&str]] = &[
        &["key", "5"],
        &["ikey", "1.2.3.4"],
        &["okey", "9"],
        &["remote", "2001:db8::1"],
        &["local", "2001:db8::2"],
        &["fwmark", "7"],
    ];
    // Leaked once per kind: the test wants one flat list.
    fn join(parts: &[&'static [&'static [&'static str]]]) -> &'static [&'static [&'static str]] {
        Box::leak(parts.concat().into_boxed_slice())
    }
    // `external`: the kernel then reports little else, so a later change starts from the
    // defaults; erspan: only the fields of the final erspan_ver are sent.
    const LATER: &[&[&str]] = &[&["external"]];
    match kind {
        "gre" | "gretap" | "erspan" => (
            join(&[GRE_FLAGS, GRE, ENCAP, ERSPAN_WHOLE]),
            join(&[LATER, ERSPAN]),
        ),
        "ip6gre" | "ip6gretap" | "ip6erspan" => (
            join(&[GRE_FLAGS, V6, GRE6, ENCAP, ERSPAN_WHOLE]),
            join(&[LATER, ERSPAN]),
        ),
        // link_ip6tnl.c does not read the current encap settings.
        "ip6tnl" => (join(&[V6, IP6TNL]), join(&[LATER, ENCAP])),
        "ipip" | "sit" => (join(&[IPTNL, ENCAP]), LATER),
        "vti" => (VTI, &[]),
        "vti6" => (VTI6, &[]),
        _ => (&[], &[]),
    }
}

/// `ip link set` re-sends what the kernel reported plus the new words: for data the
/// parser itself produced, changing it with B gives what creating it with A then B gives.
#[test]
fn set_continues_from_the_current_data() {
    // A fixed linear congruential sequence: the same cases on every run.
    let mut seed: u64 = 1;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n
    };
    let mut checked = 0;
    for kind in kinds() {
        let (whole, later) = vocabulary(kind);
        assert!(!whole.is_empty(), "{kind}");
        for _ in 0..300 {
            let mut a: Vec<&str> = Vec::new();
            let mut erspan = false;
            for _ in 0..next(7) {
                let w = whole[next(whole.len())];
                // One erspan group at most: a second one would leave fields of the first.
                if w[0] == "erspan_ver" && std::mem::replace(&mut erspan, true) {
                    continue;
                }
                a.extend_from_slice(w);
            }
            let mut b: Vec<&str> = Vec::new();
            for _ in 0..next(4) {
                let n = next(whole.len() + later.len());
                b.extend_from_slice(whole.get(n).unwrap_or_else(|| &later[n - whole.len()]));
            }
            let Ok(cur) = create(kind, &a) else {
                continue;
            };
            let all: Vec<&str> = a.iter().chain(b.iter()).copied().collect();
            assert_eq!(
                parse(kind, &b, Some(&cur)),
                create(kind, &all),
                "{kind}: {a:?} then {b:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 2000, "only {checked} cases");
}

/// With nothing reported, a change starts from the same defaults as a create.
#[test]
fn set_without_current_attributes_starts_from_the_defaults() {
    for kind in kinds() {
        assert_eq!(parse(kind, &[], Some(&[])), create(kind, &[]), "{kind}");
        assert_eq!(
            parse(kind, &["external"], Some(&[])),
            create(kind, &["external"]),
            "{kind}"
        );
    }
}

/// get_addr_rta fails on an address of the wrong size or family: the parsers give up.
#[test]
fn bad_current_address_fails() {
    let failed = Err((1, "Failed to get existing tunnel info.\n".to_string()));
    // (kind, IFLA_*_LOCAL of its attribute space, an address of the other family)
    let cases: &[(&str, u16, &[u8])] = &[
        ("gre", 6, &[0; 16]),
        ("ip6gre", 6, &[1, 2, 3, 4]),
        ("ip6tnl", 2, &[1, 2, 3, 4]),
        ("ipip", 2, &[0; 16]),
        ("vti", 4, &[0; 16]),
        ("vti6", 4, &[1, 2, 3, 4]),
    ];
    for (kind, local, addr) in cases {
        for (ty, data) in [
            (*local, *addr),
            (*local + 1, *addr),
            (*local, &[1, 2, 3][..]),
        ] {
            let mut a = AttrBuf::new();
            a.add(ty, data);
            assert_eq!(parse(kind, &[], Some(&a.buf)), failed, "{kind} {ty}");
        }
    }
    // link_iptnl.c reads the 6rd prefixes for ipip too.
    for kind in ["ipip", "sit"] {
        let mut a = AttrBuf::new();
        a.add(11, &[1, 2, 3, 4]);
        assert_eq!(parse(kind, &[], Some(&a.buf)), failed, "{kind}");
        let mut a = AttrBuf::new();
        a.add(12, &[0; 16]);
        assert_eq!(parse(kind, &[], Some(&a.buf)), failed, "{kind}");
    }
}

/// The encap ports are read back in host order and sent with htons: a change with no
/// words swaps their bytes (link_gre.c, link_gre6.c, link_iptnl.c).
#[test]
fn set_swaps_the_current_encap_ports() {
    for (kind, sport) in [("gre", 16), ("ip6gre", 16), ("ipip", 17)] {
        let words = ["encap-sport", "5555", "encap-dport", "6666"];
        let cur = create(kind, &words).unwrap();
        let again = parse(kind, &[], Some(&cur)).unwrap();
        let port = attr;
        assert_eq!(port(&cur, sport), Some(vec![0x15, 0xb3]), "{kind}");
        assert_eq!(port(&again, sport), Some(vec![0xb3, 0x15]), "{kind}");
        assert_eq!(port(&cur, sport + 1), Some(vec![0x1a, 0x0a]), "{kind}");
        assert_eq!(port(&again, sport + 1), Some(vec![0x0a, 0x1a]), "{kind}");
    }
}

/// link_ip6tnl.c does not read the current encap settings: a change sends the defaults.
#[test]
fn ip6tnl_set_resets_encap() {
    let cur = create(
        "ip6tnl",
        &["encap", "fou", "encap-sport", "5555", "encap-csum"],
    )
    .unwrap();
    assert_ne!(cur, create("ip6tnl", &[]).unwrap());
    assert_eq!(parse("ip6tnl", &[], Some(&cur)), create("ip6tnl", &[]));
}

/// noignore-df sends IGNORE_DF 0; read back, 0 means "not set", which is not sent.
#[test]
fn gre_noignore_df_is_not_repeated() {
    let cur = create("gre", &["noignore-df"]).unwrap();
    assert!(hex(&cur).contains("05001300"));
    let again = parse("gre", &[], Some(&cur)).unwrap();
    assert!(!hex(&again).contains("05001300"));
    assert_eq!(again, create("gre", &[]).unwrap());
}

/// link_vti.c reads the current IFLA_VTI_LINK with rta_getattr_u8.
#[test]
fn vti_reads_the_current_link_as_a_byte() {
    let mut a = AttrBuf::new();
    a.add_u32(1, 0x0102);
    let got = parse("vti", &[], Some(&a.buf)).unwrap();
    assert!(hex(&got).ends_with("0800010002000000"), "{}", hex(&got));
}

/// tunnel::Encap through every parser: (kind, IFLA_*_ENCAP_TYPE, the flags it starts from).
const ENCAP_KINDS: [(&str, u16, u16); 4] = [
    ("gre", 14, 0),
    ("ip6gre", 14, 2),
    ("ipip", 15, 0),
    ("ip6tnl", 15, 2),
];

#[test]
fn encap_words_in_every_parser() {
    for (kind, first, flags0) in ENCAP_KINDS {
        // type, flags (host order), sport, dport (network order)
        let encap = |words: &[&str]| {
            let d = create(kind, words).unwrap();
            let ty = attr(&d, first).unwrap();
            let fl = attr(&d, first + 1).unwrap();
            (
                u16::from_ne_bytes([ty[0], ty[1]]),
                u16::from_ne_bytes([fl[0], fl[1]]),
                attr(&d, first + 2).unwrap(),
                attr(&d, first + 3).unwrap(),
            )
        };
        assert_eq!(encap(&[]), (0, flags0, vec![0, 0], vec![0, 0]), "{kind}");
        assert_eq!(
            encap(&[
                "encap",
                "fou",
                "encap-sport",
                "5555",
                "encap-dport",
                "0x1a0a"
            ]),
            (1, flags0, vec![0x15, 0xb3], vec![0x1a, 0x0a]),
            "{kind}"
        );
        assert_eq!(
            encap(&[
                "encap",
                "gue",
                "encap-sport",
                "7",
                "encap-sport",
                "auto",
                "noencap"
            ]),
            (0, flags0, vec![0, 0], vec![0, 0]),
            "{kind}"
        );
        assert_eq!(
            encap(&["encap-csum", "encap-remcsum", "encap-udp6-csum"]).1,
            7,
            "{kind}"
        );
        assert_eq!(
            encap(&["encap-csum", "encap-remcsum", "noencap-udp6-csum"]).1,
            5,
            "{kind}"
        );
        assert_eq!(
            encap(&["encap-remcsum", "noencap-remcsum", "noencap-csum"]).1,
            flags0,
            "{kind}"
        );
        assert_eq!(
            error(kind, &["encap", "foo"]),
            invarg("foo", "Invalid encap type."),
            "{kind}"
        );
        assert_eq!(
            error(kind, &["encap-sport", "65536"]),
            invarg("65536", "Invalid source port."),
            "{kind}"
        );
        assert_eq!(
            error(kind, &["encap-dport", "auto"]),
            invarg("auto", "Invalid destination port."),
            "{kind}"
        );
        // strcmp() everywhere: no abbreviations.
        assert_eq!(error(kind, &["encap-csu"]).0, 1, "{kind}");
    }
}

/// tunnel::Cmp: which abbreviations of remote/local, ttl and tos each parser takes.
#[test]
fn endpoint_ttl_tos_words_and_their_abbreviations() {
    let ok = |kind: &str, words: &[&str]| create(kind, words).is_ok();
    for (kind, addr) in [
        ("gre", "1.2.3.4"),
        ("ip6gre", "2001:db8::1"),
        ("vti", "1.2.3.4"),
        ("vti6", "2001:db8::1"),
    ] {
        assert!(ok(kind, &["r", addr, "loc", addr]), "{kind}");
    }
    for (kind, addr) in [("ipip", "1.2.3.4"), ("ip6tnl", "2001:db8::1")] {
        assert!(ok(kind, &["remote", addr, "local", addr]), "{kind}");
        assert!(!ok(kind, &["rem", addr]), "{kind}");
        assert!(!ok(kind, &["loc", addr]), "{kind}");
    }
    for kind in ["gre", "ip6gre"] {
        for w in ["t", "tt", "ho", "hl", "tc", "tcl", "ds", "dsfield"] {
            assert!(ok(kind, &[w, "inherit"]), "{kind} {w}");
        }
    }
    for kind in ["ipip", "ip6tnl"] {
        for w in [
            "ttl", "hoplimit", "hlim", "tos", "tclass", "tc", "ds", "dsfield",
        ] {
            assert!(ok(kind, &[w, "inherit"]), "{kind} {w}");
        }
        for w in ["tt", "hop", "hl", "tcl", "to"] {
            assert!(!ok(kind, &[w, "inherit"]), "{kind} {w}");
        }
    }
    // An IPv4 tos is a dsfield name or hex number, inherit is 1; a ttl inherit is 0.
    for (kind, tos, ttl) in [("gre", 9, 8), ("ipip", 5, 4)] {
        let d = create(kind, &["tos", "inherit", "ttl", "inherit"]).unwrap();
        assert_eq!(attr(&d, tos), Some(vec![1]), "{kind}");
        assert_eq!(attr(&d, ttl), Some(vec![0]), "{kind}");
        let d = create(kind, &["tos", "10", "ttl", "0x10"]).unwrap();
        assert_eq!(attr(&d, tos), Some(vec![0x10]), "{kind}");
        assert_eq!(attr(&d, ttl), Some(vec![0x10]), "{kind}");
        assert_eq!(
            error(kind, &["tos", "x"]),
            invarg("x", "bad TOS value"),
            "{kind}"
        );
        assert_eq!(
            error(kind, &["ttl", "256"]),
            invarg("256", "invalid TTL\n"),
            "{kind}"
        );
    }
    for kind in ["ip6gre", "ip6tnl"] {
        assert_eq!(
            error(kind, &["hoplimit", "x"]),
            invarg("x", "invalid HLIM\n"),
            "{kind}"
        );
    }
    // The address family is the kind's.
    for (kind, addr) in [("gre", "2001:db8::1"), ("ip6tnl", "1.2.3.4")] {
        assert_eq!(error(kind, &["remote", addr]).0, 1, "{kind}");
    }
}

/// tunnel::V6Opts through both IPv6 parsers: (kind, TTL, ENCAP_LIMIT, FWMARK attributes).
#[test]
fn v6_words_in_both_parsers() {
    for (kind, ttl, elim) in [("ip6gre", 8, 11), ("ip6tnl", 4, 6)] {
        let (flowinfo, flags) = (elim + 1, elim + 2);
        let d = create(kind, &[]).unwrap();
        assert_eq!(attr(&d, ttl), Some(vec![64]), "{kind}");
        assert_eq!(attr(&d, elim), Some(vec![4]), "{kind}");
        let d = create(
            kind,
            &[
                "hlim",
                "inherit",
                "encaplimit",
                "none",
                "tclass",
                "0x12",
                "flowlabel",
                "0x12345",
                "dscp",
                "inherit",
                "fwmark",
                "inherit",
                "allow-localremote",
            ],
        )
        .unwrap();
        assert_eq!(attr(&d, ttl), Some(vec![0]), "{kind}");
        assert_eq!(attr(&d, elim), Some(vec![4]), "{kind}");
        assert_eq!(
            attr(&d, flowinfo),
            Some(vec![0x01, 0x21, 0x23, 0x45]),
            "{kind}"
        );
        // IGN_ENCAP_LIMIT | RCV_DSCP_COPY | USE_ORIG_FWMARK | ALLOW_LOCAL_REMOTE
        assert_eq!(
            attr(&d, flags),
            Some(0x71u32.to_ne_bytes().to_vec()),
            "{kind}"
        );
        assert_eq!(attr(&d, 20), Some(vec![0; 4]), "{kind}");
        let d = create(
            kind,
            &[
                "tclass",
                "inherit",
                "fl",
                "inherit",
                "encaplimit",
                "9",
                "fwmark",
                "7",
                "encaplimit",
                "none",
                "noallow-localremote",
            ],
        )
        .unwrap();
        assert_eq!(attr(&d, elim), Some(vec![9]), "{kind}");
        assert_eq!(attr(&d, flowinfo), Some(vec![0; 4]), "{kind}");
        // IGN_ENCAP_LIMIT | USE_ORIG_TCLASS | USE_ORIG_FLOWLABEL
        assert_eq!(attr(&d, flags), Some(7u32.to_ne_bytes().to_vec()), "{kind}");
        assert_eq!(attr(&d, 20), Some(7u32.to_ne_bytes().to_vec()), "{kind}");
        assert_eq!(
            error(kind, &["tclass", "100"]),
            invarg("100", "invalid TClass"),
            "{kind}"
        );
        assert_eq!(
            error(kind, &["flowlabel", "0x100000"]),
            invarg("0x100000", "invalid Flowlabel"),
            "{kind}"
        );
        assert_eq!(
            error(kind, &["dscp", "1"]),
            invarg("1", "not inherit"),
            "{kind}"
        );
        assert_eq!(
            error(kind, &["fwmark", "x"]),
            invarg("x", "invalid fwmark\n"),
            "{kind}"
        );
    }
    // Only link_gre6.c checks the encaplimit value; link_ip6tnl.c sends 0.
    assert_eq!(
        error("ip6gre", &["encaplimit", "x"]),
        invarg("x", "invalid ELIM")
    );
    let d = create("ip6tnl", &["encaplimit", "x"]).unwrap();
    assert_eq!(attr(&d, 6), Some(vec![0]));
}

/// The GRE header words (gre.rs KEY_WORDS) through both GRE parsers, and tnl_parse_key.
#[test]
fn gre_key_words_in_both_parsers() {
    for kind in ["gre", "ip6gre"] {
        // ikey, okey, iflags, oflags (the last two big-endian)
        let keys = |words: &[&str]| {
            let d = create(kind, words).unwrap();
            (
                attr(&d, 4).unwrap(),
                attr(&d, 5).unwrap(),
                hex(&attr(&d, 2).unwrap()),
                hex(&attr(&d, 3).unwrap()),
            )
        };
        assert_eq!(
            keys(&["key", "1.2.3.4", "seq", "csum"]),
            (
                vec![1, 2, 3, 4],
                vec![1, 2, 3, 4],
                "b000".into(),
                "b000".into()
            ),
            "{kind}"
        );
        assert_eq!(
            keys(&["ikey", "5", "okey", "0x102", "iseq", "ocsum"]),
            (
                vec![0, 0, 0, 5],
                vec![0, 0, 1, 2],
                "3000".into(),
                "a000".into()
            ),
            "{kind}"
        );
        // Abbreviations: the first word of the list wins ("n" is nokey, "no" too).
        assert_eq!(
            keys(&["k", "9", "s", "c", "n", "noi", "noo", "nos", "noc"]),
            (vec![0; 4], vec![0; 4], "0000".into(), "0000".into()),
            "{kind}"
        );
        assert_eq!(
            keys(&["key", "9", "csum", "seq", "noikey", "noiseq", "noocsum"]),
            (vec![0; 4], vec![0, 0, 0, 9], "8000".into(), "3000".into()),
            "{kind}"
        );
        assert_eq!(
            keys(&["i", "3", "o", "4", "is", "os", "ic", "oc"]),
            (
                vec![0, 0, 0, 3],
                vec![0, 0, 0, 4],
                "b000".into(),
                "b000".into()
            ),
            "{kind}"
        );
        assert_eq!(
            error(kind, &["ikey", "1.2.x"]),
            (
                1,
                "Error: an IP address is expected rather than \"1.2.x\"\n".into()
            )
        );
        assert_eq!(
            error(kind, &["okey", "x"]),
            (
                255,
                "invalid value for \"okey\": \"x\"; it should be an unsigned integer\n".into()
            )
        );
    }
    // link_gre.c alone gives a multicast remote its group as key, and wants a source.
    let d = create(
        "gre",
        &["remote", "239.1.2.3", "local", "1.1.1.1", "okey", "7"],
    )
    .unwrap();
    assert_eq!(attr(&d, 4), Some(vec![239, 1, 2, 3]));
    assert_eq!(attr(&d, 5), Some(vec![0, 0, 0, 7]));
    assert_eq!(hex(&attr(&d, 2).unwrap()), "2000");
    assert_eq!(
        error("gre", &["remote", "239.1.2.3"]),
        (1, "A broadcast tunnel requires a source address.\n".into())
    );
    let d = create("ip6gre", &["remote", "ff02::1"]).unwrap();
    assert_eq!(attr(&d, 4), Some(vec![0; 4]));
    // vti takes the key words without flags.
    let d = create("vti", &["k", "1.2.3.4", "ok", "5"]).unwrap();
    assert_eq!(attr(&d, 2), Some(vec![1, 2, 3, 4]));
    assert_eq!(attr(&d, 3), Some(vec![0, 0, 0, 5]));
    assert_eq!(error("vti", &["seq"]).0, 1);
}

/// The erspan words: link_gre.c takes them for erspan only, link_gre6.c for every kind;
/// link_gre.c sends ERSPAN_VER for erspan only, link_gre6.c always.
#[test]
fn erspan_words() {
    assert_eq!(error("gre", &["erspan_ver", "2"]).0, 1);
    assert_eq!(attr(&create("gre", &[]).unwrap(), 22), None);
    for kind in ["erspan", "ip6gre", "ip6erspan"] {
        let d = create(kind, &[]).unwrap();
        assert_eq!(attr(&d, 22), Some(vec![1]), "{kind}");
        let d = create(kind, &["erspan", "0xfffff"]).unwrap();
        assert_eq!(
            attr(&d, 21),
            Some(0xfffffu32.to_ne_bytes().to_vec()),
            "{kind}"
        );
        let d = create(
            kind,
            &[
                "erspan",
                "5",
                "erspan_ver",
                "2",
                "erspan_dir",
                "e",
                "erspan_hwid",
                "0x3f",
            ],
        )
        .unwrap();
        assert_eq!(attr(&d, 21), None, "{kind}");
        assert_eq!(attr(&d, 23), Some(vec![1]), "{kind}");
        assert_eq!(attr(&d, 24), Some(0x3fu16.to_ne_bytes().to_vec()), "{kind}");
        let d = create(kind, &["erspan_ver", "0", "erspan", "5"]).unwrap();
        assert_eq!(
            (attr(&d, 22), attr(&d, 21)),
            (Some(vec![0]), None),
            "{kind}"
        );
        assert_eq!(
            error(kind, &["erspan", "0x100000"]),
            invarg("0x100000", "erspan index must be > 0 and <= 20-bit\n")
        );
        assert_eq!(
            error(kind, &["erspan", "0"]),
            invarg("0", "erspan index must be > 0 and <= 20-bit\n")
        );
        assert_eq!(
            error(kind, &["erspan_ver", "3"]),
            invarg("3", "erspan version must be 0/1/2\n")
        );
        assert_eq!(
            error(kind, &["erspan_dir", "x"]),
            invarg("x", "Invalid erspan direction.")
        );
        assert_eq!(
            error(kind, &["erspan_hwid", "0x10000"]),
            invarg("0x10000", "invalid erspan hwid\n")
        );
    }
    // A current version beyond 2 is kept, and link_gre6.c then sends no erspan attribute.
    let mut a = AttrBuf::new();
    a.add_u8(22, 3);
    let d = parse("ip6gre", &[], Some(&a.buf)).unwrap();
    assert_eq!(attr(&d, 22), None);
}
