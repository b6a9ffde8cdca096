//! Comparing the two runs of a scenario, and the golden transcript of the reference run.

use crate::diff::{diff, diff_context};
use crate::exec::{Output, Results};
use crate::mask::{self, Masker};
use crate::scenario::{Mode, Scenario};
use std::collections::HashSet;

/// One result, masked, as text.
#[derive(Clone, Default)]
struct Text {
    code: i32,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn masked(m: &mut Masker, o: &Output) -> Text {
    let (out, err) = text(o);
    // stdout before stderr: the order placeholders are numbered in.
    let stdout = m.mask(&out);
    let stderr = m.mask(&err);
    Text {
        code: o.code,
        stdout,
        stderr,
        timed_out: o.timed_out,
    }
}

fn apply(mode: Mode, t: &Text) -> Text {
    match mode {
        Mode::Numbers => Text {
            stdout: mask::mask_numbers(&t.stdout),
            stderr: mask::mask_numbers(&t.stderr),
            ..t.clone()
        },
        _ => t.clone(),
    }
}

/// The differences between `want` and `got` under `mode`, as report text (empty: equal).
/// Two runs are compared in canonical form (placeholders unnumbered, lines holding one in
/// any order); the same state (`exact`) byte for byte after masking.
fn differences(mode: Mode, want: &Text, got: &Text, exact: bool) -> String {
    let mut s = String::new();
    if want.timed_out {
        s.push_str("    the reference timed out\n");
    }
    if got.timed_out {
        s.push_str("    the command timed out\n");
    }
    let (w, g) = (apply(mode, want), apply(mode, got));
    let same = |a: &str, b: &str| {
        if exact {
            a == b
        } else {
            mask::canonical(a) == mask::canonical(b)
        }
    };
    if mode != Mode::Code {
        if !same(&w.stdout, &g.stdout) {
            s.push_str("    stdout (-expected +got):\n");
            s.push_str(&diff(&w.stdout, &g.stdout, "      "));
        }
        if !same(&w.stderr, &g.stderr) {
            s.push_str("    stderr (-expected +got):\n");
            s.push_str(&diff(&w.stderr, &g.stderr, "      "));
        }
    }
    if w.code != g.code {
        s.push_str(&format!(
            "    exit code: expected {}, got {}\n",
            w.code, g.code
        ));
    }
    s
}

fn not_found(t: &Text) -> bool {
    t.code == 127 && t.stderr.contains("not found")
}

pub struct Verdict {
    /// Report text of every failure (empty: the scenario passed).
    pub failures: Vec<String>,
    /// The reference run's transcript, masked: what compat-tests/golden/NAME.out holds.
    pub golden: String,
}

pub fn compare(sc: &Scenario, run1: &Results, run2: &Results) -> Verdict {
    let file = format!("{}.sc", sc.name);
    // Which tokens differ between the runs: they are the random MACs.
    let (mut k1, mut k2) = (HashSet::new(), HashSet::new());
    let all = |r: &Results, into: &mut HashSet<String>| {
        for o in r.lines.values().chain(r.dump.iter().map(|(_, o)| o)) {
            let (out, err) = text(o);
            mask::keys(&out, into);
            mask::keys(&err, into);
        }
    };
    all(run1, &mut k1);
    all(run2, &mut k2);
    let random = mask::random_keys(&k1, &k2);
    let mut m1 = Masker::new(random.clone());
    let mut m2 = Masker::new(random);

    // Mask in transcript order (line by line, the reference before nlbox, then the dump) so
    // that the k-th random MAC of one run lines up with the k-th of the other.
    let mut failures = Vec::new();
    let mut golden = format!(
        "# Reference transcript of compat-tests/scenarios/{file}: what nlbox must print.\n\
         # Masked (random MACs, `%` numbers, bridge timers); rewrite with\n\
         #   cargo test --test compat -- --record\n"
    );
    for (i, line) in sc.lines.iter().enumerate() {
        let head = format!("{file}:{}: {}{}", line.lineno, line.mode.prefix(), line.cmd);
        let r1 = run1.lines.get(&(i, 'R')).map(|o| masked(&mut m1, o));
        let s2 = run2.lines.get(&(i, 'R')).map(|o| masked(&mut m2, o));
        let n2 = run2.lines.get(&(i, 'N')).map(|o| masked(&mut m2, o));
        golden.push_str(&format!(
            "\n--- line {}: {}{}\n",
            line.lineno,
            line.mode.prefix(),
            line.cmd
        ));
        let Some(r1) = r1 else {
            failures.push(format!("{head}\n    no result from the reference run\n"));
            continue;
        };
        golden_body(&mut golden, line.mode, &r1);
        if not_found(&r1) {
            failures.push(format!(
                "{head}\n    the reference run could not run it (a tool is missing?):\n      {}",
                r1.stderr.trim_end()
            ));
            continue;
        }
        if line.mode == Mode::Setup {
            if r1.timed_out || s2.as_ref().is_some_and(|s| s.timed_out) {
                failures.push(format!("{head}\n    setup line timed out\n"));
            }
            continue;
        }
        let Some(n2) = n2 else {
            failures.push(format!("{head}\n    no result from the nlbox run\n"));
            continue;
        };
        let d1 = differences(line.mode, &r1, &n2, false);
        let d2 = s2
            .as_ref()
            .map(|s2| differences(line.mode, s2, &n2, true))
            .unwrap_or_default();
        let mut report = String::new();
        if !d1.is_empty() {
            report.push_str("  nlbox run vs reference run:\n");
            report.push_str(&d1);
        }
        if !d2.is_empty() {
            report.push_str("  nlbox vs reference on the same state (read-only line):\n");
            report.push_str(&d2);
        }
        // A read-only line whose reference output differs between the two fresh runs (the
        // kernel's own hash order or timing) says nothing when compared across runs; the
        // comparison on the same state, byte for byte, is then the one that counts.
        let reference_unstable = s2.as_ref().is_some_and(|s2| {
            !d1.is_empty() && d2.is_empty() && !differences(line.mode, &r1, s2, false).is_empty()
        });
        if !report.is_empty() && !reference_unstable {
            failures.push(format!("{head}\n{report}"));
        }
    }

    // The final state, dumped by the reference tools in both runs.
    let d1: Vec<(String, Text)> = run1
        .dump
        .iter()
        .map(|(l, o)| (l.clone(), unordered(l, timers(masked(&mut m1, o)))))
        .collect();
    let d2: Vec<(String, Text)> = run2
        .dump
        .iter()
        .map(|(l, o)| (l.clone(), unordered(l, timers(masked(&mut m2, o)))))
        .collect();
    for (label, t1) in &d1 {
        golden.push_str(&format!("\n--- final state: {label}\n"));
        golden_body(&mut golden, Mode::Full, t1);
        match d2.iter().find(|(l, _)| l == label) {
            None => failures.push(format!(
                "{file}: final state: {label}\n    not dumped in the nlbox run (namespace missing)\n"
            )),
            Some((_, t2)) => {
                let d = differences(Mode::Full, t1, t2, false);
                if !d.is_empty() {
                    failures.push(format!(
                        "{file}: final state differs: {label}\n  (-reference run +nlbox run)\n{d}"
                    ));
                }
            }
        }
    }
    for (label, _) in &d2 {
        if !d1.iter().any(|(l, _)| l == label) {
            failures.push(format!(
                "{file}: final state: {label}\n    only in the nlbox run (an extra namespace)\n"
            ));
        }
    }
    Verdict { failures, golden }
}

/// The kernel lists neighbours and bridge fdb entries in the order of a per-namespace random
/// hash: those final dumps are compared as sets of lines (their content is the state, not
/// the order).
fn unordered(label: &str, t: Text) -> Text {
    if !label.contains(" neigh show") && !label.contains(" fdb show") {
        return t;
    }
    let mut lines: Vec<&str> = t.stdout.split_inclusive('\n').collect();
    lines.sort_unstable();
    Text {
        stdout: lines.concat(),
        ..t
    }
}

fn timers(t: Text) -> Text {
    Text {
        stdout: mask::mask_timers(&t.stdout),
        stderr: mask::mask_timers(&t.stderr),
        ..t
    }
}

fn block(out: &mut String, name: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    out.push_str(name);
    out.push_str(":\n");
    for l in text.split_inclusive('\n') {
        out.push_str("  ");
        out.push_str(l);
    }
    if !text.ends_with('\n') {
        out.push_str("\n\\ no newline at end\n");
    }
}

/// What the golden file shows for one line: exactly what is compared.
fn golden_body(out: &mut String, mode: Mode, t: &Text) {
    match mode {
        Mode::Setup => out.push_str("(setup: not compared)\n"),
        Mode::Code => out.push_str(&format!(
            "exit {} (only the exit code is compared)\n",
            t.code
        )),
        Mode::Full | Mode::Numbers => {
            // As the reference printed it; golden files are compared in canonical form
            // (mask::canonical_golden), so lines whose order is random may differ in order.
            let t = apply(mode, t);
            block(out, "stdout", &t.stdout);
            block(out, "stderr", &t.stderr);
            out.push_str(&format!("exit {}\n", t.code));
        }
    }
}

/// Compares the committed golden file with this run's reference transcript.
pub fn golden_differences(committed: &str, now: &str) -> String {
    if mask::canonical_golden(committed) == mask::canonical_golden(now) {
        String::new()
    } else {
        diff_context(committed, now, "    ", 3)
    }
}
