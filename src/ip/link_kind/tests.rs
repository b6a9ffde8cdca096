//! The kinds' `-d` printers fed a captured `ip -d link show` dump (NLBOX_RECORD), checked
//! against the reference's output on the same state (compat-tests/fixtures/link_kind/,
//! setup.sh there rebuilds it). Bridge timers tick between the two runs, so their values
//! are masked.
use super::*;
use crate::netlink::attr::AttrIter;
use crate::netlink::session::messages;

const DUMP: &[u8] = include_bytes!("../../../compat-tests/fixtures/link_kind/kinds.nl");
const TEXT: &str = include_str!("../../../compat-tests/fixtures/link_kind/kinds.txt");
const JSON: &str = include_str!("../../../compat-tests/fixtures/link_kind/kinds.json");

/// Replaces the digits of every `..._timer` value with '#'.
fn mask_timers(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find("_timer") {
        let (head, tail) = rest.split_at(p + 6);
        out.push_str(head);
        let mut n = 0;
        for c in tail.chars() {
            if c.is_ascii_digit() {
                out.push('#');
            } else if matches!(c, ' ' | '.' | '"' | ':') {
                out.push(c);
            } else {
                break;
            }
            n += c.len_utf8();
        }
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}

/// (kind, data, slave kind, slave data) of one link.
type KindData = (String, Option<Vec<u8>>, Option<String>, Option<Vec<u8>>);

/// Every link of the dump.
fn links() -> Vec<KindData> {
    let mut v = Vec::new();
    for m in messages(DUMP) {
        if m.ty != crate::netlink::RTM_NEWLINK {
            continue;
        }
        crate::ifmap::remember(m.ty, m.payload);
        let Some(li) = AttrIter::new(m.payload.get(16..).unwrap_or(&[])).find(|a| a.ty == 18)
        else {
            continue;
        };
        let get = |t: u16| li.nested().find(|a| a.ty == t);
        let kind = get(1).map(|a| a.str().to_string()).unwrap_or_default();
        v.push((
            kind,
            get(2).map(|a| a.data.to_vec()),
            get(4).map(|a| a.str().to_string()),
            get(5).map(|a| a.data.to_vec()),
        ));
    }
    v
}

fn render(json: bool, f: impl Fn(&mut Printer<&mut Vec<u8>>) -> io::Result<bool>) -> String {
    let mut buf = Vec::new();
    {
        let mut p = Printer::new(&mut buf, json, false, false);
        p.begin_plain().unwrap();
        f(&mut p).unwrap();
        p.end_plain().unwrap();
    }
    String::from_utf8(buf).unwrap()
}

#[test]
fn text_matches_reference() {
    let g = Globals::default();
    let text = mask_timers(TEXT);
    let mut seen = 0;
    for (kind, data, skind, sdata) in links() {
        let t = render(false, |p| {
            p.fp(format_args!("    {kind} "))?;
            print_opt(p, &g, &kind, data.as_deref())
        });
        if ["bridge", "macvlan", "macvtap", "vxlan", "tun"].contains(&kind.as_str()) {
            let t = mask_timers(t.trim_end_matches('\n'));
            assert!(text.contains(&t), "{kind}: {t:?} not in reference output");
            seen += 1;
        }
        if let Some(sk) = skind {
            let t = render(false, |p| {
                p.fp(format_args!("    {sk}_slave "))?;
                print_slave_opt(p, &g, &sk, sdata.as_deref())
            });
            let t = mask_timers(t.trim_end_matches('\n'));
            assert!(
                text.contains(&t),
                "{sk}_slave: {t:?} not in reference output"
            );
            seen += 1;
        }
    }
    assert!(seen >= 12, "only {seen} kinds checked");
}

#[test]
fn json_matches_reference() {
    let g = Globals::default();
    let json = mask_timers(JSON);
    for (kind, data, skind, sdata) in links() {
        if ["bridge", "macvlan", "macvtap", "vxlan", "tun"].contains(&kind.as_str()) {
            let t = render(true, |p| {
                p.open_object("info_data")?;
                let r = print_opt(p, &g, &kind, data.as_deref());
                p.close_object()?;
                r
            });
            let t = mask_timers(t.trim_end_matches('\n'));
            assert!(json.contains(&t), "{kind}: {t} not in reference JSON");
        }
        if let Some(sk) = skind {
            let t = render(true, |p| {
                p.open_object("info_slave_data")?;
                let r = print_slave_opt(p, &g, &sk, sdata.as_deref());
                p.close_object()?;
                r
            });
            let t = mask_timers(t.trim_end_matches('\n'));
            assert!(json.contains(&t), "{sk}_slave: {t} not in reference JSON");
        }
    }
}

#[test]
fn truncated_data_does_not_panic() {
    let g = Globals::default();
    for (kind, data, _, _) in links() {
        let Some(d) = data else { continue };
        for cut in 0..d.len() {
            let _ = render(false, |p| print_opt(p, &g, &kind, Some(&d[..cut])));
            let _ = render(true, |p| print_opt(p, &g, &kind, Some(&d[..cut])));
        }
    }
}
