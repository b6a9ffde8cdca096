//! Helpers shared by the fuzz targets (each target includes this file as a module).
#![allow(dead_code)]

use nlbox::cli::args::Args;

/// Once per process: no netlink socket may be opened, and the name cache knows the links
/// of the fixtures, so printers resolve names without the kernel.
pub fn setup() {
    use std::sync::Once;
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        nlbox::netlink::session::set_offline();
    });
    nlbox::ifmap::forget_all();
    seed_links();
}

/// The links of the fixture namespaces (lo, and a few veths).
pub fn seed_links() {
    for (idx, name, ty) in [
        (1u32, "lo", 772u16),
        (2, "v1", 1),
        (3, "v0", 1),
        (4, "br0", 1),
    ] {
        let mut hdr = [0u8; 16];
        hdr[2..4].copy_from_slice(&ty.to_ne_bytes());
        hdr[4..8].copy_from_slice(&idx.to_ne_bytes());
        let mut b = nlbox::netlink::attr::AttrBuf::with_header(&hdr);
        b.add_str(nlbox::ifmap::IFLA_IFNAME, name);
        nlbox::ifmap::remember(nlbox::netlink::RTM_NEWLINK, &b.buf);
    }
}

/// argv words: the bytes split at NUL (empty words kept), at most 64 of them.
pub fn words(data: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(data)
        .split('\0')
        .take(64)
        .map(str::to_string)
        .collect()
}

pub fn args(words: &[String]) -> Args {
    Args::new(words.to_vec())
}

/// Output modes picked by the first byte of the input.
#[derive(Clone, Copy, Debug)]
pub struct Mode {
    pub json: bool,
    pub pretty: bool,
    pub oneline: bool,
    pub details: u32,
    pub stats: u32,
    pub brief: bool,
    pub numeric: bool,
}

impl Mode {
    pub fn from_byte(b: u8) -> Mode {
        let json = b & 1 != 0;
        Mode {
            json,
            pretty: json && b & 2 != 0,
            oneline: !json && b & 2 != 0,
            details: u32::from(b & 4 != 0),
            stats: u32::from((b >> 3) & 3),
            brief: b & 0x20 != 0,
            numeric: b & 0x40 != 0,
        }
    }
}

/// The property of a finished output: JSON parses as one JSON value; text that is not empty
/// ends with a newline (no partial line).
pub fn check_output(out: &[u8], json: bool) {
    if json {
        // Kernel strings (interface names ...) go out as the bytes they are, UTF-8 or not,
        // as iproute2 prints them: the check is on bytes.
        if out.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        if let Err(at) = json_check(out) {
            panic!(
                "malformed JSON at byte {at}: {:?}",
                String::from_utf8_lossy(out)
            );
        }
    } else if !out.is_empty() {
        assert_eq!(
            out.last(),
            Some(&b'\n'),
            "partial line: {:?}",
            String::from_utf8_lossy(out)
        );
    }
}

/// A minimal JSON validator (RFC 8259 grammar, except that raw control bytes are allowed
/// inside strings as iproute2 writes them): returns the byte offset of the first error.
pub fn json_check(b: &[u8]) -> Result<(), usize> {
    let mut i = 0;
    ws(b, &mut i);
    value(b, &mut i, 0)?;
    ws(b, &mut i);
    if i != b.len() {
        return Err(i);
    }
    Ok(())
}

fn ws(b: &[u8], i: &mut usize) {
    while *i < b.len() && matches!(b[*i], b' ' | b'\t' | b'\n' | b'\r') {
        *i += 1;
    }
}

fn value(b: &[u8], i: &mut usize, depth: usize) -> Result<(), usize> {
    if depth > 200 {
        return Err(*i);
    }
    match b.get(*i) {
        Some(b'{') => {
            *i += 1;
            ws(b, i);
            if b.get(*i) == Some(&b'}') {
                *i += 1;
                return Ok(());
            }
            loop {
                ws(b, i);
                string(b, i)?;
                ws(b, i);
                if b.get(*i) != Some(&b':') {
                    return Err(*i);
                }
                *i += 1;
                ws(b, i);
                value(b, i, depth + 1)?;
                ws(b, i);
                match b.get(*i) {
                    Some(b',') => *i += 1,
                    Some(b'}') => {
                        *i += 1;
                        return Ok(());
                    }
                    _ => return Err(*i),
                }
            }
        }
        Some(b'[') => {
            *i += 1;
            ws(b, i);
            if b.get(*i) == Some(&b']') {
                *i += 1;
                return Ok(());
            }
            loop {
                ws(b, i);
                value(b, i, depth + 1)?;
                ws(b, i);
                match b.get(*i) {
                    Some(b',') => *i += 1,
                    Some(b']') => {
                        *i += 1;
                        return Ok(());
                    }
                    _ => return Err(*i),
                }
            }
        }
        Some(b'"') => string(b, i),
        Some(b't') => lit(b, i, b"true"),
        Some(b'f') => lit(b, i, b"false"),
        Some(b'n') => lit(b, i, b"null"),
        Some(c) if *c == b'-' || c.is_ascii_digit() => number(b, i),
        _ => Err(*i),
    }
}

fn lit(b: &[u8], i: &mut usize, w: &[u8]) -> Result<(), usize> {
    if b.get(*i..*i + w.len()) == Some(w) {
        *i += w.len();
        Ok(())
    } else {
        Err(*i)
    }
}

fn number(b: &[u8], i: &mut usize) -> Result<(), usize> {
    let start = *i;
    if b.get(*i) == Some(&b'-') {
        *i += 1;
    }
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > s
    };
    if !digits(i) {
        return Err(start);
    }
    if b.get(*i) == Some(&b'.') {
        *i += 1;
        if !digits(i) {
            return Err(*i);
        }
    }
    if matches!(b.get(*i), Some(b'e') | Some(b'E')) {
        *i += 1;
        if matches!(b.get(*i), Some(b'+') | Some(b'-')) {
            *i += 1;
        }
        if !digits(i) {
            return Err(*i);
        }
    }
    Ok(())
}

fn string(b: &[u8], i: &mut usize) -> Result<(), usize> {
    if b.get(*i) != Some(&b'"') {
        return Err(*i);
    }
    *i += 1;
    while let Some(&c) = b.get(*i) {
        match c {
            b'"' => {
                *i += 1;
                return Ok(());
            }
            b'\\' => match b.get(*i + 1) {
                Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => *i += 2,
                Some(b'u') => {
                    let hex = b.get(*i + 2..*i + 6).ok_or(*i)?;
                    if !hex.iter().all(u8::is_ascii_hexdigit) {
                        return Err(*i);
                    }
                    *i += 6;
                }
                _ => return Err(*i),
            },
            // lib/json_writer.c jsonw_puts escapes only \t \n \r \f \b \\ and \": other
            // control bytes from the kernel go out raw, and nlbox prints what iproute2 does.
            _ => *i += 1,
        }
    }
    Err(*i)
}
