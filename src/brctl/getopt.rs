//! glibc `getopt_long(argc, argv, "Vh", {help, version})` as brctl's main loop sees it:
//! options are taken from anywhere on the line (argv is permuted) until `--`, and the
//! first one decides the outcome.

#[derive(Debug, PartialEq, Eq)]
pub enum Opt {
    None,
    Help,
    Version,
    /// getopt's own complaint (stderr text); brctl then prints `Unknown option '?'`.
    Bad(String),
}

const LONGS: &[(&str, Opt)] = &[("help", Opt::Help), ("version", Opt::Version)];

/// Returns the first option's outcome and the non-option words in order.
pub fn parse(prog: &str, args: &[String]) -> (Opt, Vec<String>) {
    let posix = std::env::var_os("POSIXLY_CORRECT").is_some();
    let mut words = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        i += 1;
        if a == "--" {
            words.extend(args[i..].iter().cloned());
            break;
        }
        if !a.starts_with('-') || a.len() == 1 {
            if posix {
                words.push(a.to_string());
                words.extend(args[i..].iter().cloned());
                break;
            }
            words.push(a.to_string());
            continue;
        }
        if let Some(long) = a.strip_prefix("--") {
            let (name, has_val) = match long.find('=') {
                Some(p) => (&long[..p], true),
                None => (long, false),
            };
            let exact = LONGS.iter().find(|(n, _)| *n == name);
            let hits: Vec<_> = LONGS.iter().filter(|(n, _)| n.starts_with(name)).collect();
            if exact.is_none() && hits.len() > 1 {
                let names: Vec<String> = hits.iter().map(|(n, _)| format!(" '--{n}'")).collect();
                return (
                    Opt::Bad(format!(
                        "{prog}: option '{a}' is ambiguous; possibilities:{}\n",
                        names.concat()
                    )),
                    words,
                );
            }
            let hit = exact.or(if hits.len() == 1 {
                hits.first().copied()
            } else {
                None
            });
            let Some((full, opt)) = hit else {
                return (
                    Opt::Bad(format!("{prog}: unrecognized option '{a}'\n")),
                    words,
                );
            };
            if has_val {
                return (
                    Opt::Bad(format!(
                        "{prog}: option '--{full}' doesn't allow an argument\n"
                    )),
                    words,
                );
            }
            return (
                match opt {
                    Opt::Help => Opt::Help,
                    _ => Opt::Version,
                },
                words,
            );
        }
        // A cluster of short options: the first one ends brctl's loop either way.
        let c = a[1..].chars().next().unwrap_or('?');
        return match c {
            'h' => (Opt::Help, words),
            'V' => (Opt::Version, words),
            _ => (
                Opt::Bad(format!("{prog}: invalid option -- '{c}'\n")),
                words,
            ),
        };
    }
    (Opt::None, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: &[&str]) -> (Opt, Vec<String>) {
        parse(
            "brctl",
            &a.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
    }

    #[test]
    fn permutes_and_stops_at_dashdash() {
        assert_eq!(
            p(&["show", "br0"]),
            (Opt::None, vec!["show".into(), "br0".into()])
        );
        assert_eq!(p(&["show", "-V"]).0, Opt::Version);
        assert_eq!(
            p(&["setbridgeprio", "br0", "--", "-3"]).1,
            vec!["setbridgeprio", "br0", "-3"]
        );
        assert_eq!(
            p(&["x", "-1"]).0,
            Opt::Bad("brctl: invalid option -- '1'\n".into())
        );
        assert_eq!(p(&["--vers"]).0, Opt::Version);
        assert_eq!(
            p(&["--help=3"]).0,
            Opt::Bad("brctl: option '--help' doesn't allow an argument\n".into())
        );
        assert_eq!(
            p(&["--foo"]).0,
            Opt::Bad("brctl: unrecognized option '--foo'\n".into())
        );
    }
}
