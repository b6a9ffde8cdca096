//! A small line diff for failure reports: `-` expected (reference), `+` got (nlbox).

/// Shows a text so that trailing blanks and a missing final newline are visible.
fn show(line: &str) -> String {
    let trimmed = line.trim_end_matches([' ', '\t']);
    if trimmed.len() == line.len() {
        line.to_string()
    } else {
        format!("{trimmed}{}", "·".repeat(line.len() - trimmed.len()))
    }
}

fn split(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    let mut v: Vec<String> = text.split('\n').map(show).collect();
    if text.ends_with('\n') {
        v.pop();
    } else if !text.is_empty() {
        v.push("\\ no newline at end".to_string());
    }
    v
}

/// Unified-style diff of two texts, every line shown, indented by `indent`.
pub fn diff(expected: &str, got: &str, indent: &str) -> String {
    diff_context(expected, got, indent, usize::MAX)
}

/// Like `diff`, but only `ctx` unchanged lines around each change (`...` between).
pub fn diff_context(expected: &str, got: &str, indent: &str, ctx: usize) -> String {
    let ops = ops(expected, got);
    let changed: Vec<bool> = ops.iter().map(|(c, _)| *c != ' ').collect();
    let near = |i: usize| {
        let lo = i.saturating_sub(ctx);
        let hi = i.saturating_add(ctx).min(ops.len() - 1);
        changed[lo..=hi].iter().any(|&c| c)
    };
    let mut out = String::new();
    let mut skipped = false;
    for (i, (c, l)) in ops.iter().enumerate() {
        if *c == ' ' && !near(i) {
            skipped = true;
            continue;
        }
        if skipped {
            out.push_str(&format!("{indent} ...\n"));
            skipped = false;
        }
        out.push_str(&format!("{indent}{c}{l}\n"));
    }
    if skipped {
        out.push_str(&format!("{indent} ...\n"));
    }
    out
}

/// The edit script: (' ' | '-' | '+', line).
fn ops(expected: &str, got: &str) -> Vec<(char, String)> {
    let a = split(expected);
    let b = split(got);
    let mut out = Vec::new();
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        out.extend(a.into_iter().map(|l| ('-', l)));
        out.extend(b.into_iter().map(|l| ('+', l)));
        return out;
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push((' ', a[i].clone()));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(('-', a[i].clone()));
            i += 1;
        } else {
            out.push(('+', b[j].clone()));
            j += 1;
        }
    }
    out
}

pub fn self_test() -> Vec<String> {
    let got = diff("a\nb\nc\n", "a\nx\nc", "");
    let want = " a\n-b\n+x\n c\n+\\ no newline at end\n";
    let mut bad = Vec::new();
    if got != want {
        bad.push(format!("diff: got {got:?}, want {want:?}"));
    }
    if !diff("a \n", "a\n", "").contains("-a·") {
        bad.push("diff: trailing blank not shown".into());
    }
    let got = diff_context("1\n2\n3\n4\n5\n6\n", "1\n2\n3\n4\nx\n6\n", "", 1);
    if got != " ...\n 4\n-5\n+x\n 6\n" {
        bad.push(format!("diff_context: got {got:?}"));
    }
    bad
}
