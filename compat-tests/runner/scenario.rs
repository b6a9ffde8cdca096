//! The scenario format: one shell command a line, with an optional one-character prefix.
//!
//! ```text
//! CMD        compared: stdout, stderr and exit code
//! ~ CMD      compared on exit code only (e.g. ping)
//! % CMD      compared with decimal numbers masked (live timers)
//! ! CMD      setup, always run with the reference tools, not compared
//! # ...      comment (blank lines are ignored too)
//! ```

use std::path::Path;

/// How a line's result is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// stdout, stderr and exit code.
    Full,
    /// `~`: exit code only.
    Code,
    /// `%`: stdout, stderr and exit code, decimal numbers masked.
    Numbers,
    /// `!`: setup with the reference tools; never compared.
    Setup,
}

impl Mode {
    pub fn prefix(self) -> &'static str {
        match self {
            Mode::Full => "",
            Mode::Code => "~ ",
            Mode::Numbers => "% ",
            Mode::Setup => "! ",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based line number in the .sc file.
    pub lineno: usize,
    pub mode: Mode,
    /// The shell command, without its prefix.
    pub cmd: String,
}

#[derive(Debug, Clone)]
pub struct Scenario {
    /// File stem: `user-seed000-bridge-ip`.
    pub name: String,
    pub lines: Vec<Line>,
}

/// Parses a scenario's text. A prefix character must be followed by a blank, so that a
/// command that starts with `!` or `%` by itself is never misread.
pub fn parse(name: &str, path: &Path, text: &str) -> Result<Scenario, String> {
    let mut lines = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (mode, rest) = match line.split_at(1) {
            ("~", rest) => (Mode::Code, rest),
            ("%", rest) => (Mode::Numbers, rest),
            ("!", rest) => (Mode::Setup, rest),
            _ => (Mode::Full, line),
        };
        if mode != Mode::Full && !rest.starts_with([' ', '\t']) {
            return Err(format!(
                "{}:{lineno}: a prefix must be followed by a blank: {line}",
                path.display()
            ));
        }
        let cmd = rest.trim().to_string();
        if cmd.is_empty() {
            return Err(format!("{}:{lineno}: empty command", path.display()));
        }
        lines.push(Line { lineno, mode, cmd });
    }
    if lines.is_empty() {
        return Err(format!("{}: no commands", path.display()));
    }
    Ok(Scenario {
        name: name.to_string(),
        lines,
    })
}

/// `*` and `?` glob match (the whole name); a pattern without either matches as a substring.
pub fn name_matches(pattern: &str, name: &str) -> bool {
    if !pattern.contains(['*', '?']) {
        return name.contains(pattern);
    }
    glob(pattern.as_bytes(), name.as_bytes())
}

fn glob(p: &[u8], s: &[u8]) -> bool {
    match p.split_first() {
        None => s.is_empty(),
        Some((b'*', rest)) => (0..=s.len()).any(|i| glob(rest, &s[i..])),
        Some((b'?', rest)) => !s.is_empty() && glob(rest, &s[1..]),
        Some((c, rest)) => s.first() == Some(c) && glob(rest, &s[1..]),
    }
}

/// NLBOX_SCENARIOS / command-line filters: comma- or space-separated patterns; any may match.
pub fn selected(patterns: &[String], name: &str) -> bool {
    patterns.is_empty() || patterns.iter().any(|p| name_matches(p, name))
}

pub fn self_test() -> Vec<String> {
    let mut bad = Vec::new();
    let p = Path::new("t.sc");
    match parse("t", p, "# c\n\nip a\n~ ping x\n% ip -d l\n! echo 1 > f\n") {
        Ok(s) => {
            let got: Vec<(usize, Mode, &str)> = s
                .lines
                .iter()
                .map(|l| (l.lineno, l.mode, l.cmd.as_str()))
                .collect();
            let want = vec![
                (3, Mode::Full, "ip a"),
                (4, Mode::Code, "ping x"),
                (5, Mode::Numbers, "ip -d l"),
                (6, Mode::Setup, "echo 1 > f"),
            ];
            if got != want {
                bad.push(format!("scenario::parse: {got:?}"));
            }
        }
        Err(e) => bad.push(format!("scenario::parse: {e}")),
    }
    if parse("t", p, "!echo\n").is_ok() {
        bad.push("scenario::parse accepted a prefix without a blank".into());
    }
    for (pat, name, want) in [
        ("seed00", "user-seed000-bridge-ip", true),
        ("cli-*", "cli-basics", true),
        ("cli-*", "user-cli", false),
        ("*seed00?-*", "user-seed003-pods", true),
    ] {
        if name_matches(pat, name) != want {
            bad.push(format!("scenario::name_matches({pat}, {name}) != {want}"));
        }
    }
    bad
}
