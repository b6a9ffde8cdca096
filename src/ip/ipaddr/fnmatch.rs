//! fnmatch(3) with no flags, as glibc's does it in the C locale (iproute2 never calls
//! setlocale). Ours, so that glibc's fnmatch and its wide-character machinery stay out of
//! the static binary.

/// `fnmatch(pattern, name, 0) == 0`.
pub fn fnmatch(pat: &[u8], name: &[u8]) -> bool {
    match_from(pat, name) == Some(true)
}

/// None: the pattern is invalid (glibc returns -1, which is not a match either).
fn match_from(mut p: &[u8], mut s: &[u8]) -> Option<bool> {
    while let Some((&c, rest)) = p.split_first() {
        p = rest;
        match c {
            b'?' => {
                let Some((_, r)) = s.split_first() else {
                    return Some(false);
                };
                s = r;
            }
            b'\\' => {
                // A trailing backslash loses (glibc).
                let Some((&e, rest)) = p.split_first() else {
                    return Some(false);
                };
                p = rest;
                match s.split_first() {
                    Some((&h, r)) if h == e => s = r,
                    _ => return Some(false),
                }
            }
            b'*' => {
                while let Some((&b'*', rest)) = p.split_first() {
                    p = rest;
                }
                if p.is_empty() {
                    return Some(true);
                }
                for i in 0..=s.len() {
                    match match_from(p, &s[i..]) {
                        Some(false) => {}
                        other => return other,
                    }
                }
                return Some(false);
            }
            b'[' => {
                let Some((&h, r)) = s.split_first() else {
                    return Some(false);
                };
                match bracket(p, h)? {
                    // Not a bracket expression after all: `[` is an ordinary character.
                    None => {
                        if h != b'[' {
                            return Some(false);
                        }
                        s = r;
                    }
                    Some((true, after)) => {
                        p = after;
                        s = r;
                    }
                    Some((false, _)) => return Some(false),
                }
            }
            _ => match s.split_first() {
                Some((&h, r)) if h == c => s = r,
                _ => return Some(false),
            },
        }
    }
    Some(s.is_empty())
}

/// The bracket expression starting after `[`: Some(Some((matched, rest after `]`))),
/// Some(None) when it is not closed (then `[` is literal), None when invalid.
#[allow(clippy::type_complexity)]
fn bracket(mut p: &[u8], h: u8) -> Option<Option<(bool, &[u8])>> {
    let negate = matches!(p.first(), Some(b'!') | Some(b'^'));
    if negate {
        p = &p[1..];
    }
    let mut matched = false;
    let mut first = true;
    loop {
        let Some((&c, rest)) = p.split_first() else {
            return Some(None);
        };
        p = rest;
        if c == b']' && !first {
            break;
        }
        first = false;
        let lo = match c {
            b'\\' => {
                let Some((&e, rest)) = p.split_first() else {
                    return Some(None);
                };
                p = rest;
                e
            }
            b'[' if p.first() == Some(&b':') => {
                let body = &p[1..];
                let Some(end) = body.windows(2).position(|w| w == b":]") else {
                    // No closing ":]": the `[` is an ordinary member.
                    if h == b'[' {
                        matched = true;
                    }
                    continue;
                };
                let class = &body[..end];
                p = &body[end + 2..];
                if class_has(class, h)? {
                    matched = true;
                }
                continue;
            }
            b'[' if matches!(p.first(), Some(b'=') | Some(b'.')) => {
                // [=c=] and [.c.]: in the C locale both name exactly one character.
                let delim = p[0];
                let body = &p[1..];
                let Some(end) = body.windows(2).position(|w| w == [delim, b']']) else {
                    return Some(None);
                };
                if end != 1 {
                    return None;
                }
                p = &body[end + 2..];
                body[0]
            }
            _ => c,
        };
        // A range lo-hi (a `-` before `]` is literal).
        if p.first() == Some(&b'-') && p.get(1).is_some_and(|&n| n != b']') {
            let mut q = &p[1..];
            let hi = match q.split_first() {
                Some((&b'\\', rest)) => {
                    let Some((&e, rest)) = rest.split_first() else {
                        return Some(None);
                    };
                    q = rest;
                    e
                }
                Some((&b'[', rest)) if rest.first() == Some(&b'.') => {
                    let body = &rest[1..];
                    let Some(end) = body.windows(2).position(|w| w == b".]") else {
                        return Some(None);
                    };
                    if end != 1 {
                        return None;
                    }
                    q = &body[end + 2..];
                    body[0]
                }
                Some((&e, rest)) => {
                    q = rest;
                    e
                }
                None => return Some(None),
            };
            p = q;
            if lo <= h && h <= hi {
                matched = true;
            }
            continue;
        }
        if h == lo {
            matched = true;
        }
    }
    Some(Some((matched != negate, p)))
}

/// [:class:] membership in the C locale; None for an unknown class name (glibc: -1).
fn class_has(class: &[u8], c: u8) -> Option<bool> {
    Some(match class {
        b"alnum" => c.is_ascii_alphanumeric(),
        b"alpha" => c.is_ascii_alphabetic(),
        b"blank" => c == b' ' || c == b'\t',
        b"cntrl" => c.is_ascii_control(),
        b"digit" => c.is_ascii_digit(),
        b"graph" => c.is_ascii_graphic(),
        b"lower" => c.is_ascii_lowercase(),
        b"print" => c.is_ascii_graphic() || c == b' ',
        b"punct" => c.is_ascii_punctuation(),
        b"space" => matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
        b"upper" => c.is_ascii_uppercase(),
        b"xdigit" => c.is_ascii_hexdigit(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::fnmatch;
    use std::ffi::CString;

    fn libc_fnmatch(p: &str, s: &str) -> bool {
        let (p, s) = (CString::new(p).unwrap(), CString::new(s).unwrap());
        // SAFETY: both are valid NUL-terminated strings.
        unsafe { libc::fnmatch(p.as_ptr(), s.as_ptr(), 0) == 0 }
    }

    #[test]
    fn same_answers_as_glibc() {
        let pats = [
            "",
            "*",
            "?",
            "eth*",
            "eth?",
            "veth0:*",
            "*:1",
            "[ab]*",
            "[!ab]*",
            "[^ab]*",
            "[a-c]x",
            "[]]",
            "[]a]",
            "[!]]",
            "[a-]",
            "[-a]",
            "\\*",
            "a\\",
            "[",
            "[a",
            "a[",
            "[[:alpha:]]*",
            "[[:digit:]]",
            "[[:bogus:]]",
            "[[:alpha:]",
            "[[.a.]]",
            "[[=a=]]",
            "*[0-9]",
            "**a",
            "a*b*c",
            "[\\]]",
            "[a\\-z]",
            "[z-a]",
            "*.*",
            ".*",
            "lo",
            "[[:upper:][:digit:]]x",
            "[!-]",
            "a?c",
            "[*]",
            "[?]",
        ];
        let names = [
            "", "a", "b", "c", "x", "ax", "bx", "eth0", "eth10", "veth0:1", "veth0", "lo", "]",
            "-", "*", "\\", "[", "a[", "[a", "abc", "a-c", "5", "x5", "A", "Ax", "1x", ".", ".a",
            "a.b", "?", "aXbYc", "z", "q",
        ];
        for p in pats {
            for n in names {
                assert_eq!(
                    fnmatch(p.as_bytes(), n.as_bytes()),
                    libc_fnmatch(p, n),
                    "{p:?} {n:?}"
                );
            }
        }
    }
}
