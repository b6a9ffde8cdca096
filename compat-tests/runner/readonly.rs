//! Which scenario lines only display state. In the nlbox run those lines are also run by the
//! reference tools first, on the same kernel state, and the two outputs compared directly:
//! that comparison needs no masking at all and shows a difference even where the run-1
//! versus run-2 comparison is blurred by random MACs.
//!
//! The rule (conservative: anything not matched is treated as changing state):
//! - the line has no shell syntax but words and `$` (no `;|&<>()` quotes, globs or backticks);
//! - `ip [OPTS] OBJECT [VERB ...]` with VERB absent or exactly one of show, list, lst, ls,
//!   get, help; `monitor` never (it does not end); `-batch` never;
//!   `ip netns` verbs: list, show, lst, list-id, identify, pids, help, and `exec NS CMD` when
//!   CMD itself is read-only (`ip -all netns exec CMD` likewise);
//! - `bridge [OPTS] OBJECT [VERB ...]`, same verbs, `monitor` never;
//! - `brctl` alone, or `brctl show|showmacs|showstp ...`;
//! - `route` with options only (`route`, `route -n`, `route -ne`, `route -A inet6`);
//! - `ifconfig` with options and at most one interface name;
//! - nothing else (tunctl always changes state; other programs are not ours).

/// ip.c cmds[] in order (with Debian's `moo`): resolves an abbreviated object as ip does.
const IP_OBJECTS: &[&str] = &[
    "address",
    "addrlabel",
    "maddress",
    "route",
    "rule",
    "neighbor",
    "neighbour",
    "ntable",
    "ntbl",
    "link",
    "l2tp",
    "fou",
    "ila",
    "macsec",
    "tunnel",
    "tunl",
    "tuntap",
    "tap",
    "token",
    "tcpmetrics",
    "tcp_metrics",
    "monitor",
    "xfrm",
    "mroute",
    "mrule",
    "netns",
    "netconf",
    "vrf",
    "sr",
    "nexthop",
    "mptcp",
    "ioam",
    "help",
    "stats",
    "moo",
];

/// bridge/bridge.c cmds[] in order.
const BRIDGE_OBJECTS: &[&str] = &["link", "fdb", "mdb", "vlan", "vni", "monitor", "help"];

const SHOW_VERBS: &[&str] = &["show", "list", "lst", "ls", "get", "help"];
const NETNS_SHOW_VERBS: &[&str] = &["list", "show", "lst", "list-id", "identify", "pids", "help"];

fn matches(word: &str, keyword: &str) -> bool {
    !word.is_empty() && keyword.starts_with(word)
}

fn resolve<'a>(word: &str, table: &[&'a str]) -> Option<&'a str> {
    table.iter().copied().find(|k| matches(word, k))
}

pub fn is_read_only(cmd: &str) -> bool {
    const SHELL: &[char] = &[
        ';', '|', '&', '<', '>', '(', ')', '{', '}', '`', '\'', '"', '\\', '*', '?', '[', ']', '=',
        '#', '~',
    ];
    if cmd.contains(SHELL) {
        return false;
    }
    let words: Vec<&str> = cmd.split_whitespace().collect();
    classify(&words)
}

fn classify(words: &[&str]) -> bool {
    let Some((prog, rest)) = words.split_first() else {
        return false;
    };
    match prog.rsplit('/').next().unwrap_or(prog) {
        "ip" => ip(rest),
        "bridge" => bridge(rest),
        "brctl" => matches!(
            rest.first(),
            None | Some(&"show" | &"showmacs" | &"showstp")
        ),
        "route" => route(rest),
        "ifconfig" => ifconfig(rest),
        _ => false,
    }
}

fn ip(mut w: &[&str]) -> bool {
    let mut all = false;
    while let Some((opt, rest)) = w.split_first() {
        if *opt == "--" {
            w = rest;
            break;
        }
        let Some(o) = opt.strip_prefix('-') else {
            break;
        };
        // ip.c accepts --opt as -opt.
        let o = format!("-{}", o.strip_prefix('-').unwrap_or(o));
        // Checked in ip.c main's order, so `-b` is -batch and `-r` is -resolve.
        if matches(&o, "-loops") || matches(&o, "-family") {
            w = rest.get(1..).unwrap_or(&[]);
            continue;
        }
        if matches(&o, "-batch") {
            return false;
        }
        if (matches(&o, "-rcvbuf") && !matches(&o, "-resolve")) || matches(&o, "-netns") {
            w = rest.get(1..).unwrap_or(&[]);
            continue;
        }
        if matches(&o, "-all") {
            all = true;
        }
        w = rest;
    }
    let Some((obj, rest)) = w.split_first() else {
        return true; // usage
    };
    match resolve(obj, IP_OBJECTS) {
        None => true, // unknown object: an error, no state
        Some("monitor") => false,
        Some("netns") => netns(rest, all),
        Some(_) => rest.first().is_none_or(|v| SHOW_VERBS.contains(v)),
    }
}

fn netns(w: &[&str], all: bool) -> bool {
    match w.split_first() {
        None => true,
        Some((&"exec", rest)) => {
            let cmd = if all {
                rest
            } else {
                rest.get(1..).unwrap_or(&[])
            };
            classify(cmd)
        }
        Some((v, _)) => NETNS_SHOW_VERBS.contains(v),
    }
}

fn bridge(mut w: &[&str]) -> bool {
    while let Some((opt, rest)) = w.split_first() {
        if *opt == "--" {
            w = rest;
            break;
        }
        let Some(o) = opt.strip_prefix('-') else {
            break;
        };
        let o = format!("-{}", o.strip_prefix('-').unwrap_or(o));
        if matches(&o, "-family") || matches(&o, "-netns") {
            w = rest.get(1..).unwrap_or(&[]);
            continue;
        }
        if matches(&o, "-batch") {
            return false;
        }
        w = rest;
    }
    let Some((obj, rest)) = w.split_first() else {
        return true;
    };
    match resolve(obj, BRIDGE_OBJECTS) {
        None => true,
        Some("monitor") => false,
        Some(_) => rest.first().is_none_or(|v| SHOW_VERBS.contains(v)),
    }
}

fn route(w: &[&str]) -> bool {
    let mut i = 0;
    while let Some(word) = w.get(i) {
        if !word.starts_with('-') {
            return false;
        }
        // `-A family` takes a word.
        i += if *word == "-A" { 2 } else { 1 };
    }
    true
}

fn ifconfig(w: &[&str]) -> bool {
    w.iter().filter(|x| !x.starts_with('-')).count() <= 1
}

pub fn self_test() -> Vec<String> {
    let cases: &[(&str, bool)] = &[
        ("ip link", true),
        ("ip -d link show veth0", true),
        ("ip -s -s link show br0", true),
        ("ip -n pod-2 route show", true),
        ("ip -4 -o addr show dev eth0", true),
        ("ip a", true),
        ("ip route get 10.10.1.11", true),
        ("ip link s veth0 up", false),
        ("ip link set veth0 up", false),
        ("ip addr add 1.2.3.4/24 dev eth0", false),
        ("ip monitor", false),
        ("ip mo", false),
        ("ip -batch f", false),
        ("ip -b f", false),
        ("ip -br link", true),
        ("ip frob", true),
        ("ip moo", true),
        ("ip -V", true),
        ("ip netns", true),
        ("ip netns list", true),
        ("ip netns identify $$", true),
        ("ip netns pids pod-1", true),
        ("ip netns add x", false),
        ("ip netns exec netns1 ip link", true),
        (
            "ip netns exec netns1 ip addr add 10.1.1.1/24 dev veth1",
            false,
        ),
        ("ip netns exec pod-1 ping -c 1 10.10.1.11", false),
        ("ip -all netns exec ip link", true),
        ("ip netns exec netns1 route -n", true),
        ("bridge link", true),
        ("bridge link show dev veth1", true),
        ("bridge fdb show br cbr0", true),
        ("bridge fdb add 02:00:00:00:00:01 dev veth0", false),
        ("bridge monitor", false),
        ("brctl show", true),
        ("brctl showmacs cbr0", true),
        ("brctl addbr br1", false),
        ("route", true),
        ("route -n", true),
        ("route -ne", true),
        ("route -A inet6", true),
        ("route add default gw 10.1.1.1", false),
        ("route del -net 10.0.0.0 netmask 255.255.255.0", false),
        ("ifconfig", true),
        ("ifconfig -a", true),
        ("ifconfig eth0", true),
        ("ifconfig eth0 up", false),
        ("tunctl -t tap0", false),
        ("echo 1 > /proc/sys/net/ipv4/ip_forward", false),
        ("ip link show; ip link del x", false),
        ("ip link show > f", false),
        ("ping -c 1 1.2.3.4", false),
    ];
    cases
        .iter()
        .filter(|(c, want)| is_read_only(c) != *want)
        .map(|(c, want)| format!("readonly::is_read_only({c:?}) != {want}"))
        .collect()
}
