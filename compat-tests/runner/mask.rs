//! Masking: only what truly differs between two fresh runs.
//!
//! 1. Random MAC addresses and what derives from them. A token is "random" when it appears in
//!    one run's transcript and nowhere in the other's (the kernel picks new MACs each run); a
//!    MAC seen in both runs (a fixed `address 02:..`, `ff:ff:ff:ff:ff:ff`, `33:33:00:00:00:01`)
//!    is never masked. Random tokens are numbered by order of first appearance in each
//!    transcript, so the k-th new MAC of run 1 must line up with the k-th of run 2.
//!    Forms recognised, all keyed by the MAC they carry:
//!    `aa:bb:cc:dd:ee:ff`, bridge ids `8000.aabbccddeeff` and `8000.aa:bb:cc:dd:ee:ff`, and
//!    IPv6 addresses with an EUI-64 interface id (`fe80::a8bb:ccff:fedd:eeff`). IPv6
//!    solicited-node addresses `ff02::1:ffdd:eeff` carry the MAC's last three bytes.
//! 2. `%` lines: every decimal number, with the blanks that pad it, becomes `#`.
//! 3. The final-state dump: the value after a `*_timer` word (bridge timers tick).

use std::collections::{HashMap, HashSet};
use std::net::Ipv6Addr;

fn is_run_char(c: u8) -> bool {
    c.is_ascii_hexdigit() || c == b':' || c == b'.'
}

fn is_hex(s: &[u8]) -> bool {
    !s.is_empty() && s.iter().all(u8::is_ascii_hexdigit)
}

/// `aa:bb:cc:dd:ee:ff` (either case), or glibc ether_ntoa's unpadded `aa:b:c:dd:e:f`
/// (iproute2 prints bridge ids with it: ip/iplink_bridge.c format_bridge_id).
fn colon_mac(s: &[u8]) -> Option<[u8; 6]> {
    let mut mac = [0u8; 6];
    let mut parts = s.split(|&c| c == b':');
    for b in mac.iter_mut() {
        let part = parts.next()?;
        if part.len() > 2 || !is_hex(part) {
            return None;
        }
        *b = u8::from_str_radix(std::str::from_utf8(part).ok()?, 16).ok()?;
    }
    parts.next().is_none().then_some(mac)
}

/// `aabbccddeeff`.
fn plain_mac(s: &[u8]) -> Option<[u8; 6]> {
    if s.len() != 12 || !is_hex(s) {
        return None;
    }
    let mut mac = [0u8; 6];
    for (i, b) in mac.iter_mut().enumerate() {
        *b = u8::from_str_radix(std::str::from_utf8(&s[i * 2..i * 2 + 2]).ok()?, 16).ok()?;
    }
    Some(mac)
}

fn mac_key(m: [u8; 6]) -> String {
    format!(
        "mac {:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
        m[0], m[1], m[2], m[3], m[4], m[5]
    )
}

/// One recognised token inside a run of hex/colon/dot characters.
enum Token {
    /// Colon MAC, after `prefix` (a bridge id's `8000.`, or nothing).
    Colon { prefix: String, key: String },
    /// Bridge id `8000.aabbccddeeff`.
    BridgeId { prio: String, key: String },
    /// IPv6 with an EUI-64 interface id: the upper 64 bits as text.
    Eui64 { upper: String, key: String },
    /// IPv6 solicited-node multicast.
    SolicitedNode { key: String },
}

fn classify(run: &[u8]) -> Option<Token> {
    if let Some(m) = colon_mac(run) {
        return Some(Token::Colon {
            prefix: String::new(),
            key: mac_key(m),
        });
    }
    if run.len() > 5 && is_hex(&run[..4]) && run[4] == b'.' {
        if let Some(m) = colon_mac(&run[5..]) {
            return Some(Token::Colon {
                prefix: String::from_utf8_lossy(&run[..5]).into_owned(),
                key: mac_key(m),
            });
        }
    }
    if run.len() == 17 && is_hex(&run[..4]) && run[4] == b'.' {
        if let Some(m) = plain_mac(&run[5..]) {
            return Some(Token::BridgeId {
                prio: String::from_utf8_lossy(&run[..4]).into_owned(),
                key: mac_key(m),
            });
        }
    }
    if run.contains(&b':') {
        let a: Ipv6Addr = std::str::from_utf8(run).ok()?.parse().ok()?;
        let o = a.octets();
        let seg = a.segments();
        if seg[..6] == [0xff02, 0, 0, 0, 0, 1] && o[12] == 0xff {
            return Some(Token::SolicitedNode {
                key: format!("sn {:02x}:{:02x}:{:02x}", o[13], o[14], o[15]),
            });
        }
        if o[11] == 0xff && o[12] == 0xfe {
            let mac = [o[8] ^ 0x02, o[9], o[10], o[13], o[14], o[15]];
            let upper = if seg[..4] == [0xfe80, 0, 0, 0] {
                "fe80::".to_string()
            } else {
                format!("{:x}:{:x}:{:x}:{:x}:", seg[0], seg[1], seg[2], seg[3])
            };
            return Some(Token::Eui64 {
                upper,
                key: mac_key(mac),
            });
        }
    }
    None
}

fn key_of(t: &Token) -> &str {
    match t {
        Token::Colon { key, .. }
        | Token::BridgeId { key, .. }
        | Token::Eui64 { key, .. }
        | Token::SolicitedNode { key } => key,
    }
}

/// Calls `f` for every token with its byte range in `text`.
fn scan(text: &str, mut f: impl FnMut(std::ops::Range<usize>, Token)) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !is_run_char(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && is_run_char(b[i]) {
            i += 1;
        }
        // The whole run first (`fe80::` ends in colons); then without the punctuation
        // around it (`ff:ff:ff:ff:ff:ff.` at the end of a sentence).
        if let Some(t) = classify(&b[start..i]) {
            f(start..i, t);
            continue;
        }
        let mut s = start;
        let mut e = i;
        while s < e && (b[s] == b':' || b[s] == b'.') {
            s += 1;
        }
        while e > s && (b[e - 1] == b':' || b[e - 1] == b'.') {
            e -= 1;
        }
        if (s, e) != (start, i) {
            if let Some(t) = classify(&b[s..e]) {
                f(s..e, t);
            }
        }
    }
}

/// Whether a key can be random at all. The kernel's random MACs (eth_random_addr) are
/// locally administered unicast (`x2`, `x6`, `xa`, `xe` first byte); what derives from one is
/// too, except the solicited-node forms (`33:33:ff:..`, `ff02::1:ff..`). A MAC such as
/// ff:ff:ff:ff:ff:ff or 01:80:c2:00:00:00 is never masked, even if only one run prints it.
fn can_be_random(key: &str) -> bool {
    let Some(mac) = key.strip_prefix("mac ") else {
        return true; // solicited-node IPv6
    };
    if mac.starts_with("33:33:ff:") {
        return true;
    }
    u8::from_str_radix(mac.get(..2).unwrap_or(""), 16).is_ok_and(|b| b & 0x03 == 0x02)
}

/// Every MAC-derived key in `text` that could be random.
pub fn keys(text: &str, into: &mut HashSet<String>) {
    scan(text, |_, t| {
        let k = key_of(&t);
        if can_be_random(k) {
            into.insert(k.to_string());
        }
    });
}

/// Replaces random tokens by numbered placeholders, numbered in the order `mask` meets them.
pub struct Masker {
    random: HashSet<String>,
    numbers: HashMap<String, usize>,
}

impl Masker {
    pub fn new(random: HashSet<String>) -> Masker {
        Masker {
            random,
            numbers: HashMap::new(),
        }
    }

    pub fn mask(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        let mut repl = Vec::new();
        scan(text, |r, t| {
            if self.random.contains(key_of(&t)) {
                repl.push((r, t));
            }
        });
        for (r, t) in repl {
            let next = self.numbers.len() + 1;
            let k = *self.numbers.entry(key_of(&t).to_string()).or_insert(next);
            out.push_str(&text[last..r.start]);
            match t {
                Token::Colon { prefix, .. } => {
                    out.push_str(&format!("{prefix}xx:xx:xx:xx:xx:{k:02}"))
                }
                Token::BridgeId { prio, .. } => out.push_str(&format!("{prio}.xxxxxxxxxx{k:02}")),
                Token::Eui64 { upper, .. } => {
                    out.push_str(&format!("{upper}xxxx:xxff:fexx:xx{k:02}"))
                }
                Token::SolicitedNode { .. } => out.push_str(&format!("ff02::1:ffxx:xx{k:02}")),
            }
            last = r.end;
        }
        out.push_str(&text[last..]);
        out
    }
}

/// Drops the numbers of placeholders (`xx:xx:xx:xx:xx:03` -> `xx:xx:xx:xx:xx:xx`): digits
/// right after `xx` or `xx:` become `xx`.
pub fn unnumbered(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        if b[i].is_ascii_digit()
            && (text[..i].ends_with("xx") || text[..i].ends_with("xx:"))
            && (i == 0 || !b[i - 1].is_ascii_digit())
        {
            let mut e = i;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            out.push_str(&text[copied..i]);
            out.push_str("xx");
            copied = e;
            i = e;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

fn has_placeholder(line: &str) -> bool {
    line.contains("xx:xx") || line.contains("xxxxxxxx")
}

/// The form two runs are compared in: placeholders unnumbered, and the lines that hold one
/// sorted among themselves (in their own slots). Records keyed by a random address come in
/// an order that depends on it: IPv6 local routes sort by address, `brctl showmacs` by MAC.
pub fn canonical(text: &str) -> String {
    sort_masked_lines(&unnumbered(text))
}

/// The lines holding a placeholder sorted among themselves, in their own slots.
fn sort_masked_lines(text: &str) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let slots: Vec<usize> = (0..lines.len())
        .filter(|&i| has_placeholder(lines[i]))
        .collect();
    let mut held: Vec<&str> = slots.iter().map(|&i| lines[i]).collect();
    held.sort_unstable();
    for (slot, l) in slots.into_iter().zip(held) {
        lines[slot] = l;
    }
    lines.concat()
}

/// `canonical` for a golden transcript: each run of indented content lines is one output,
/// compared as a set of lines. Goldens show what is expected; the order of lines the kernel
/// lists in hash order (neighbours, fdb) differs between runs, and the live comparisons, not
/// the golden, check the order nlbox prints.
pub fn canonical_golden(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut block = String::new();
    let sorted = |b: &str| {
        let c = canonical(b);
        let mut lines: Vec<&str> = c.split_inclusive('\n').collect();
        lines.sort_unstable();
        lines.concat()
    };
    for l in text.split_inclusive('\n') {
        if l.starts_with("  ") {
            block.push_str(l);
        } else {
            out.push_str(&sorted(&block));
            block.clear();
            out.push_str(l);
        }
    }
    out.push_str(&sorted(&block));
    out
}

/// The keys in one set and not the other: what differs between the two runs.
pub fn random_keys(a: &HashSet<String>, b: &HashSet<String>) -> HashSet<String> {
    a.symmetric_difference(b).cloned().collect()
}

/// `%` lines: each decimal number (digits, with `.digits` parts), with the blanks before
/// it, becomes `#` (a blank before it stays one blank: `%4i.%.2i` pads differently).
pub fn mask_numbers(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        let blanks_start = i;
        let mut j = i;
        while j < b.len() && b[j] == b' ' {
            j += 1;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            let mut e = j;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
                if e + 1 < b.len() && b[e] == b'.' && b[e + 1].is_ascii_digit() {
                    e += 1;
                }
            }
            out.push_str(&text[copied..blanks_start]);
            out.push_str(if j > blanks_start { " #" } else { "#" });
            copied = e;
            i = e;
        } else if j > i {
            i = j;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// The final-state dump: `hello_timer    0.00` / `gc_timer  295.04` -> `gc_timer #`.
pub fn mask_timers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find("_timer ") {
        let after = &rest[p + "_timer".len()..];
        let num = after.trim_start_matches(' ');
        let nlen = num
            .bytes()
            .take_while(|c| c.is_ascii_digit() || *c == b'.')
            .count();
        out.push_str(&rest[..p + "_timer".len()]);
        if nlen > 0 {
            out.push_str(" #");
            rest = &num[nlen..];
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

pub fn self_test() -> Vec<String> {
    let mut bad = Vec::new();
    let mut check = |what: &str, got: String, want: &str| {
        if got != want {
            bad.push(format!("mask::{what}: got {got:?}, want {want:?}"));
        }
    };
    let run1 = "link/ether aa:bb:cc:dd:ee:01 brd ff:ff:ff:ff:ff:ff\n\
                8000.aabbccddee01\tno\n\
                inet6 fe80::a8bb:ccff:fedd:ee01/64 scope link\n\
                bridge_id 8000.aa:bb:cc:dd:ee:1 x 02:00:00:00:00:01 ff02::1:ffdd:ee01\n";
    let run2 = "link/ether 12:34:56:78:9a:bc brd ff:ff:ff:ff:ff:ff\n\
                8000.123456789abc\tno\n\
                inet6 fe80::1034:56ff:fe78:9abc/64 scope link\n\
                bridge_id 8000.12:34:56:78:9a:bc x 02:00:00:00:00:01 ff02::1:ff78:9abc\n";
    let (mut k1, mut k2) = (HashSet::new(), HashSet::new());
    keys(run1, &mut k1);
    keys(run2, &mut k2);
    let random = random_keys(&k1, &k2);
    let want = "link/ether xx:xx:xx:xx:xx:01 brd ff:ff:ff:ff:ff:ff\n\
                8000.xxxxxxxxxx01\tno\n\
                inet6 fe80::xxxx:xxff:fexx:xx01/64 scope link\n\
                bridge_id 8000.xx:xx:xx:xx:xx:01 x 02:00:00:00:00:01 ff02::1:ffxx:xx02\n";
    check("run1", Masker::new(random.clone()).mask(run1), want);
    check("run2", Masker::new(random.clone()).mask(run2), want);
    // A MAC that is the same in both runs stays.
    check(
        "stable",
        Masker::new(random).mask("lladdr 02:00:00:00:00:01 fe80::/64 fe80::1"),
        "lladdr 02:00:00:00:00:01 fe80::/64 fe80::1",
    );
    // Only one run prints these, but they are not random: never masked.
    let mut k = HashSet::new();
    keys(
        "brd ff:ff:ff:ff:ff:ff 01:80:c2:00:00:00 00:11:22:33:44:55",
        &mut k,
    );
    check("keys", format!("{k:?}"), "{}");
    check(
        "numbers",
        mask_numbers("4: veth0@veth1: mtu 1500 gc_timer   12.34 hold_timer    0.00 x"),
        "#: veth#@veth#: mtu # gc_timer # hold_timer # x",
    );
    check(
        "canonical",
        canonical(
            "a\nlocal fe80::xxxx:xxff:fexx:xx02 dev b\nx\nlocal fe80::xxxx:xxff:fexx:xx01 dev a\n",
        ),
        "a\nlocal fe80::xxxx:xxff:fexx:xxxx dev a\nx\nlocal fe80::xxxx:xxff:fexx:xxxx dev b\n",
    );
    check(
        "unnumbered",
        unnumbered("8000.xxxxxxxxxx12 xx:xx:xx:xx:xx:#  ff02::1:ffxx:xx3 veth10 mtu 1500"),
        "8000.xxxxxxxxxxxx xx:xx:xx:xx:xx:#  ff02::1:ffxx:xxxx veth10 mtu 1500",
    );
    check(
        "timers",
        mask_timers("hello_timer    0.00 gc_timer  295.04 \n"),
        "hello_timer # gc_timer # \n",
    );
    bad
}
