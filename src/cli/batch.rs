//! `-batch FILE`: lines read as lib/utils.c reads them (`#` comments, `\` continuation,
//! quote-aware words), each run as a command; a failure prints `Command failed FILE:LINE`
//! and ends the batch unless `-force`.
use crate::error::{Error, Failure};
use std::io::BufRead;

/// One command of a batch: its words and the number of the line it ended on.
pub struct BatchLine {
    pub words: Vec<String>,
    pub lineno: usize,
}

/// makeargs: words split on blanks; a word opened by a quote runs to the same quote.
pub fn makeargs(line: &str) -> Result<Vec<String>, Error> {
    let ws = |c: char| matches!(c, ' ' | '\t' | '\r' | '\n');
    let mut out = Vec::new();
    let mut rest = line;
    loop {
        rest = rest.trim_start_matches(ws);
        if rest.is_empty() {
            break;
        }
        if out.len() >= 511 {
            return Err(Error::exit(1, "Too many arguments to command"));
        }
        let first = rest.chars().next().unwrap_or(' ');
        if first == '\'' || first == '"' {
            let body = &rest[1..];
            let Some(end) = body.find(first) else {
                return Err(Error::exit(1, "Unterminated quoted string"));
            };
            out.push(body[..end].to_string());
            rest = &body[end + 1..];
        } else {
            let end = rest.find(ws).unwrap_or(rest.len());
            out.push(rest[..end].to_string());
            if end == rest.len() {
                break;
            }
            rest = &rest[end + 1..];
        }
    }
    Ok(out)
}

/// Reads the batch and calls `run` for each command. Returns the exit code of the batch.
/// `run` errors of kind `Exit` end the whole process at once, as exit() does in C.
pub fn run_batch(
    name: &str,
    force: bool,
    run: impl FnMut(Vec<String>) -> Result<(), Error>,
) -> Result<i32, Error> {
    let reader: Box<dyn BufRead> = if name == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        match std::fs::File::open(name) {
            Ok(f) => Box::new(std::io::BufReader::new(f)),
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(0);
                return Err(Error::ret(
                    1,
                    format!(
                        "Cannot open file \"{name}\" for reading: {}",
                        crate::netlink::strerror(errno)
                    ),
                ));
            }
        }
    };
    run_lines(name, reader, force, run)
}

/// The loop of run_batch over any reader (the fuzz targets feed it bytes): `name` is only
/// used in `Command failed NAME:LINE`.
pub fn run_lines(
    name: &str,
    reader: impl BufRead,
    force: bool,
    mut run: impl FnMut(Vec<String>) -> Result<(), Error>,
) -> Result<i32, Error> {
    let mut reader = reader;
    let mut lineno = 0usize;
    let mut ret = 0;
    while let Some(first) = c_getline(&mut reader) {
        lineno += 1;
        let mut line = cut_comment(first);
        // getcmdline: a "\\\n" joins the next line (itself cut at its own `#`).
        while let Some(pos) = line.find("\\\n") {
            let Some(next) = c_getline(&mut reader) else {
                crate::error::warn("Missing continuation line");
                return Ok(ret);
            };
            lineno += 1;
            line.truncate(pos);
            line.push_str(&cut_comment(next));
        }
        let words = makeargs(&line)?;
        if words.is_empty() {
            continue;
        }
        match run(words) {
            Ok(()) => {}
            Err(e) if e.how == Failure::Exit => return Err(e),
            Err(e) => {
                e.report();
                crate::error::warn(&format!("Command failed {name}:{lineno}"));
                ret = 1;
                if !force {
                    break;
                }
            }
        }
    }
    Ok(ret)
}

/// getline(), then read as the C string it is: the newline kept, the line ended at its
/// first NUL byte (a NUL also hides the newline, so no continuation follows it).
fn c_getline(reader: &mut impl BufRead) -> Option<String> {
    let mut buf = Vec::new();
    match reader.read_until(b'\n', &mut buf) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            if let Some(nul) = buf.iter().position(|&b| b == 0) {
                buf.truncate(nul);
            }
            Some(String::from_utf8_lossy(&buf).into_owned())
        }
    }
}

fn cut_comment(mut s: String) -> String {
    if let Some(i) = s.find('#') {
        s.truncate(i);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_quotes() {
        assert_eq!(
            makeargs("link  set dev 'a b' up\n").unwrap(),
            vec!["link", "set", "dev", "a b", "up"]
        );
        assert_eq!(makeargs("  \n").unwrap(), Vec::<String>::new());
        assert!(makeargs("x \"open").is_err());
    }

    fn commands(input: &[u8]) -> Vec<(usize, Vec<String>)> {
        let mut got = Vec::new();
        let mut n = 0;
        let _ = run_lines("t", input, true, |w| {
            n += 1;
            got.push((n, w));
            Ok(())
        });
        got
    }

    #[test]
    fn lines_are_c_strings() {
        // A NUL ends the line for makeargs, as the C string does (found by fuzzing the
        // batch reader against the reference: `link\0show` ran `ip link`).
        assert_eq!(
            commands(b"link\0show lo\n"),
            vec![(1, vec!["link".to_string()])]
        );
        // The NUL hides the continuation too.
        assert_eq!(commands(b"a\0 \\\nb\n").len(), 2);
        // A last line without its newline is no continuation either.
        assert_eq!(
            commands(b"a b \\"),
            vec![(1, vec!["a".to_string(), "b".into(), "\\".into()])]
        );
        assert_eq!(
            commands(b"a \\\nb # c\n"),
            vec![(1, vec!["a".to_string(), "b".into()])]
        );
    }
}
