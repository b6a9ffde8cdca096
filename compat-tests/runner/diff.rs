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
    let a = split(expected);
    let b = split(got);
    let mut out = String::new();
    if a.len() * b.len() > 4_000_000 {
        for l in &a {
            out.push_str(&format!("{indent}-{l}\n"));
        }
        for l in &b {
            out.push_str(&format!("{indent}+{l}\n"));
        }
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
            out.push_str(&format!("{indent} {}\n", a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&format!("{indent}-{}\n", a[i]));
            i += 1;
        } else {
            out.push_str(&format!("{indent}+{}\n", b[j]));
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
    bad
}
