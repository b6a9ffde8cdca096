//! GNU `getopt`/`getopt_long` as glibc 2.36 runs them: argv is permuted (options first),
//! clustered short options, `--` ends the options, long options may be abbreviated to a
//! unique prefix, and every complaint goes to stderr prefixed with argv[0].
//! net-tools `route` and uml-utilities `tunctl` both parse their flags with it.
use std::io::Write;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HasArg {
    No,
    Required,
}

pub struct LongOpt {
    pub name: &'static str,
    pub has_arg: HasArg,
    /// The value getopt_long returns for this option (a char, or 1 for net-tools' AF names).
    pub val: i32,
}

/// One result of the scan.
pub enum Got {
    /// A short option (or a long one's `val`) with its argument; `long` is the index of the
    /// long option that matched, if any.
    Opt {
        val: i32,
        arg: Option<String>,
        long: Option<usize>,
    },
    /// getopt returned '?' after printing its complaint.
    Err,
}

pub struct Getopt<'a> {
    prog: String,
    args: Vec<String>,
    pos: usize,
    /// Characters left of the current short-option cluster.
    cluster: Option<(String, usize)>,
    pub operands: Vec<String>,
    shorts: &'a str,
    longs: &'a [LongOpt],
    done: bool,
}

fn warn(msg: &str) {
    let _ = std::io::stderr().write_all(msg.as_bytes());
}

impl<'a> Getopt<'a> {
    /// `argv[0]` is the program name used in messages.
    pub fn new(argv: &[String], shorts: &'a str, longs: &'a [LongOpt]) -> Getopt<'a> {
        Getopt {
            prog: argv.first().cloned().unwrap_or_default(),
            args: argv.get(1..).map(|a| a.to_vec()).unwrap_or_default(),
            pos: 0,
            cluster: None,
            operands: Vec::new(),
            shorts,
            longs,
            done: false,
        }
    }

    /// Argument spec of a short option: None = not an option, Some(true) = takes an argument.
    fn short_spec(&self, c: char) -> Option<bool> {
        if c == ':' {
            return None;
        }
        for (i, ch) in self.shorts.char_indices() {
            if ch == c {
                return Some(self.shorts[i + ch.len_utf8()..].starts_with(':'));
            }
        }
        None
    }

    fn short(&mut self, word: String, idx: usize) -> Got {
        let rest = &word[idx..];
        let Some(c) = rest.chars().next() else {
            return Got::Err;
        };
        let next = idx + c.len_utf8();
        match self.short_spec(c) {
            None => {
                if next < word.len() {
                    self.cluster = Some((word.clone(), next));
                }
                warn(&format!("{}: invalid option -- '{}'\n", self.prog, c));
                Got::Err
            }
            Some(false) => {
                if next < word.len() {
                    self.cluster = Some((word.clone(), next));
                }
                Got::Opt {
                    val: c as i32,
                    arg: None,
                    long: None,
                }
            }
            Some(true) => {
                if next < word.len() {
                    return Got::Opt {
                        val: c as i32,
                        arg: Some(word[next..].to_string()),
                        long: None,
                    };
                }
                if self.pos < self.args.len() {
                    let a = self.args[self.pos].clone();
                    self.pos += 1;
                    return Got::Opt {
                        val: c as i32,
                        arg: Some(a),
                        long: None,
                    };
                }
                warn(&format!(
                    "{}: option requires an argument -- '{}'\n",
                    self.prog, c
                ));
                Got::Err
            }
        }
    }

    fn long(&mut self, body: &str) -> Got {
        let (name, value) = match body.find('=') {
            Some(i) => (&body[..i], Some(body[i + 1..].to_string())),
            None => (body, None),
        };
        // An exact match wins; otherwise a prefix shared by options that differ is ambiguous.
        let mut found: Option<usize> = None;
        let mut ambiguous = false;
        for (i, o) in self.longs.iter().enumerate() {
            if o.name == name {
                found = Some(i);
                ambiguous = false;
                break;
            }
            if !name.is_empty() && o.name.starts_with(name) {
                match found {
                    None => found = Some(i),
                    Some(f) => {
                        let p = &self.longs[f];
                        if p.has_arg != o.has_arg || p.val != o.val {
                            ambiguous = true;
                        }
                    }
                }
            }
        }
        if ambiguous {
            let mut m = format!(
                "{}: option '--{}' is ambiguous; possibilities:",
                self.prog, name
            );
            for o in self.longs.iter().filter(|o| o.name.starts_with(name)) {
                m.push_str(&format!(" '--{}'", o.name));
            }
            m.push('\n');
            warn(&m);
            return Got::Err;
        }
        let Some(i) = found else {
            warn(&format!(
                "{}: unrecognized option '--{}'\n",
                self.prog, body
            ));
            return Got::Err;
        };
        let o = &self.longs[i];
        match (o.has_arg, value) {
            (HasArg::No, Some(_)) => {
                warn(&format!(
                    "{}: option '--{}' doesn't allow an argument\n",
                    self.prog, o.name
                ));
                Got::Err
            }
            (HasArg::No, None) => Got::Opt {
                val: o.val,
                arg: None,
                long: Some(i),
            },
            (HasArg::Required, Some(v)) => Got::Opt {
                val: o.val,
                arg: Some(v),
                long: Some(i),
            },
            (HasArg::Required, None) => {
                if self.pos < self.args.len() {
                    let a = self.args[self.pos].clone();
                    self.pos += 1;
                    Got::Opt {
                        val: o.val,
                        arg: Some(a),
                        long: Some(i),
                    }
                } else {
                    warn(&format!(
                        "{}: option '--{}' requires an argument\n",
                        self.prog, o.name
                    ));
                    Got::Err
                }
            }
        }
    }

    /// The next option, or None when the options are exhausted; the non-options are then
    /// in `operands`, in their original order.
    pub fn next_opt(&mut self) -> Option<Got> {
        if let Some((word, idx)) = self.cluster.take() {
            return Some(self.short(word, idx));
        }
        if self.done {
            return None;
        }
        while self.pos < self.args.len() {
            let w = self.args[self.pos].clone();
            self.pos += 1;
            if w == "--" {
                break;
            }
            if let Some(body) = w.strip_prefix("--") {
                if !self.longs.is_empty() {
                    return Some(self.long(body));
                }
                return Some(self.short(w.clone(), 1));
            }
            if w.len() > 1 && w.starts_with('-') {
                return Some(self.short(w.clone(), 1));
            }
            self.operands.push(w);
            // With POSIXLY_CORRECT set, glibc stops at the first non-option.
            if std::env::var_os("POSIXLY_CORRECT").is_some() {
                break;
            }
        }
        self.done = true;
        let rest: Vec<String> = self.args[self.pos..].to_vec();
        self.pos = self.args.len();
        self.operands.extend(rest);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn permutes_and_clusters() {
        let v = argv(&["t", "x", "-bt", "tap0", "y", "-uroot", "--", "-z"]);
        let mut g = Getopt::new(&v, "bd:f:t:u:g:", &[]);
        let mut seen = Vec::new();
        while let Some(o) = g.next_opt() {
            if let Got::Opt { val, arg, .. } = o {
                seen.push((val as u8 as char, arg));
            }
        }
        assert_eq!(
            seen,
            vec![
                ('b', None),
                ('t', Some("tap0".into())),
                ('u', Some("root".into()))
            ]
        );
        assert_eq!(g.operands, argv(&["x", "y", "-z"]));
    }

    #[test]
    fn long_prefixes() {
        const L: &[LongOpt] = &[
            LongOpt {
                name: "inet",
                has_arg: HasArg::No,
                val: 1,
            },
            LongOpt {
                name: "inet6",
                has_arg: HasArg::No,
                val: 1,
            },
            LongOpt {
                name: "verbose",
                has_arg: HasArg::No,
                val: 'v' as i32,
            },
            LongOpt {
                name: "version",
                has_arg: HasArg::No,
                val: 'V' as i32,
            },
        ];
        let v = argv(&["r", "--in", "--v", "--inet6"]);
        let mut g = Getopt::new(&v, "v", L);
        assert!(matches!(g.next_opt(), Some(Got::Opt { long: Some(0), .. })));
        assert!(matches!(g.next_opt(), Some(Got::Err)));
        assert!(matches!(g.next_opt(), Some(Got::Opt { long: Some(1), .. })));
        assert!(g.next_opt().is_none());
    }
}
