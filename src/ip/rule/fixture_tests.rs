//! print_rule fed rule dumps captured with NLBOX_RECORD, against the reference's output on
//! the same state (compat-tests/fixtures/rule/).
use super::print::{parse_rule, print_rule, PrintOpts, RuleFilter};
use crate::ip::neigh::prefix::get_prefix;
use crate::netlink::session::messages;
use crate::output::Printer;

const RULE4: &[u8] = include_bytes!("../../../compat-tests/fixtures/rule/rule4.nl");
const RULE6: &[u8] = include_bytes!("../../../compat-tests/fixtures/rule/rule6.nl");

fn render(dump: &[u8], f: &RuleFilter, o: PrintOpts, json: bool, pretty: bool) -> String {
    let mut v = Vec::new();
    {
        let mut p = Printer::new(&mut v, json, pretty, false);
        p.begin_list().unwrap();
        for m in messages(dump) {
            if let Some(r) = parse_rule(&m) {
                if f.accepts(&r.frh, &r.tb) {
                    print_rule(&r, &o, &mut p).unwrap();
                }
            }
        }
        p.end_list().unwrap();
    }
    String::from_utf8(v).unwrap()
}

fn all() -> RuleFilter {
    RuleFilter::default()
}

#[test]
fn ipv4_text() {
    let want = include_str!("../../../compat-tests/fixtures/rule/rule4.txt");
    assert_eq!(
        render(RULE4, &all(), PrintOpts::default(), false, false),
        want
    );
}

#[test]
fn ipv4_details_show_protocols() {
    let want = include_str!("../../../compat-tests/fixtures/rule/rule4-d.txt");
    let o = PrintOpts { details: 1 };
    assert_eq!(render(RULE4, &all(), o, false, false), want);
}

#[test]
fn ipv4_json() {
    let want = include_str!("../../../compat-tests/fixtures/rule/rule4.json");
    assert_eq!(
        render(RULE4, &all(), PrintOpts::default(), true, false),
        want
    );
    let want = include_str!("../../../compat-tests/fixtures/rule/rule4-pretty.json");
    assert_eq!(
        render(RULE4, &all(), PrintOpts::default(), true, true),
        want
    );
}

#[test]
fn ipv4_filters() {
    let f = RuleFilter { tb: 200, ..all() };
    let want = include_str!("../../../compat-tests/fixtures/rule/rule4-table200.txt");
    assert_eq!(render(RULE4, &f, PrintOpts::default(), false, false), want);
    let f = RuleFilter {
        src: Some(get_prefix("10.0.0.0/8", 2).unwrap()),
        ..all()
    };
    let want = include_str!("../../../compat-tests/fixtures/rule/rule4-from.txt");
    assert_eq!(render(RULE4, &f, PrintOpts::default(), false, false), want);
}

#[test]
fn ipv6() {
    let want = include_str!("../../../compat-tests/fixtures/rule/rule6.txt");
    assert_eq!(
        render(RULE6, &all(), PrintOpts::default(), false, false),
        want
    );
    let want = include_str!("../../../compat-tests/fixtures/rule/rule6.json");
    assert_eq!(
        render(RULE6, &all(), PrintOpts::default(), true, false),
        want
    );
}

#[test]
fn cut_and_corrupted_dumps_do_not_panic() {
    for cut in 0..RULE4.len() {
        let _ = render(&RULE4[..cut], &all(), PrintOpts::default(), false, false);
    }
    // Attribute lengths clobbered one byte at a time.
    for i in 0..RULE4.len() {
        let mut b = RULE4.to_vec();
        b[i] = b[i].wrapping_add(3);
        let _ = render(&b, &all(), PrintOpts::default(), true, false);
    }
}
