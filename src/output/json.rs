//! A streaming JSON writer with iproute2's separators, escapes and 4-space pretty indent
//! (lib/json_writer.c): `[` arrays get a space after them when pretty, names get `": "`.
use std::io::{self, Write};

#[derive(Debug, Default)]
pub struct JsonWriter {
    depth: usize,
    pretty: bool,
    /// The separator due before the next element: `,` once the container has one.
    need_sep: bool,
}

impl JsonWriter {
    pub fn new(pretty: bool) -> JsonWriter {
        JsonWriter {
            depth: 0,
            pretty,
            need_sep: false,
        }
    }

    fn indent(&self, w: &mut impl Write) -> io::Result<()> {
        for _ in 0..self.depth {
            w.write_all(b"    ")?;
        }
        Ok(())
    }
    fn eol(&self, w: &mut impl Write) -> io::Result<()> {
        if self.pretty {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        Ok(())
    }
    fn eor(&mut self, w: &mut impl Write) -> io::Result<()> {
        if self.need_sep {
            w.write_all(b",")?;
        }
        self.need_sep = true;
        Ok(())
    }

    pub fn puts(w: &mut impl Write, s: &str) -> io::Result<()> {
        Self::puts_bytes(w, s.as_bytes())
    }

    /// jsonw_puts on raw bytes: C strings from the kernel need not be UTF-8.
    pub fn puts_bytes(w: &mut impl Write, b: &[u8]) -> io::Result<()> {
        // Names and values rarely hold one of the seven escaped bytes: one cheap scan
        // first, the byte-by-byte walk only when it finds one.
        const LOW: u64 = 1 << 0x08 | 1 << b'\t' | 1 << b'\n' | 1 << 0x0c | 1 << b'\r' | 1 << b'"';
        let escaped = |c: u8| (c < 64 && LOW >> c & 1 != 0) || c == b'\\';
        if !b.iter().any(|&c| escaped(c)) {
            w.write_all(b"\"")?;
            w.write_all(b)?;
            return w.write_all(b"\"");
        }
        w.write_all(b"\"")?;
        let mut start = 0;
        for (i, &c) in b.iter().enumerate() {
            let esc: &[u8] = match c {
                b'\t' => b"\\t",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                0x0c => b"\\f",
                0x08 => b"\\b",
                b'\\' => b"\\\\",
                b'"' => b"\\\"",
                _ => continue,
            };
            w.write_all(&b[start..i])?;
            w.write_all(esc)?;
            start = i + 1;
        }
        w.write_all(&b[start..])?;
        w.write_all(b"\"")
    }

    fn begin(&mut self, w: &mut impl Write, c: u8) -> io::Result<()> {
        self.eor(w)?;
        w.write_all(&[c])?;
        self.depth += 1;
        self.need_sep = false;
        Ok(())
    }
    fn end(&mut self, w: &mut impl Write, c: u8) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        if self.need_sep {
            self.eol(w)?;
        }
        w.write_all(&[c])?;
        self.need_sep = true;
        Ok(())
    }

    pub fn name(&mut self, w: &mut impl Write, name: &str) -> io::Result<()> {
        self.eor(w)?;
        self.eol(w)?;
        self.need_sep = false;
        Self::puts(w, name)?;
        w.write_all(if self.pretty { b": " } else { b":" })
    }
    pub fn start_object(&mut self, w: &mut impl Write) -> io::Result<()> {
        self.begin(w, b'{')
    }
    pub fn end_object(&mut self, w: &mut impl Write) -> io::Result<()> {
        self.end(w, b'}')
    }
    pub fn start_array(&mut self, w: &mut impl Write) -> io::Result<()> {
        self.begin(w, b'[')?;
        if self.pretty {
            w.write_all(b" ")?;
        }
        Ok(())
    }
    pub fn end_array(&mut self, w: &mut impl Write) -> io::Result<()> {
        if self.pretty && self.need_sep {
            w.write_all(b" ")?;
        }
        self.need_sep = false;
        self.end(w, b']')
    }
    pub fn string(&mut self, w: &mut impl Write, v: &str) -> io::Result<()> {
        self.eor(w)?;
        Self::puts(w, v)
    }
    pub fn string_bytes(&mut self, w: &mut impl Write, v: &[u8]) -> io::Result<()> {
        self.eor(w)?;
        Self::puts_bytes(w, v)
    }
    /// A bare value already formatted (numbers, true/false/null).
    pub fn raw(&mut self, w: &mut impl Write, v: std::fmt::Arguments) -> io::Result<()> {
        self.eor(w)?;
        w.write_fmt(v)
    }
    /// A bare value already formatted, as bytes.
    pub fn raw_bytes(&mut self, w: &mut impl Write, v: &[u8]) -> io::Result<()> {
        self.eor(w)?;
        w.write_all(v)
    }
    pub fn depth(&self) -> usize {
        self.depth
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn puts(b: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        JsonWriter::puts_bytes(&mut v, b).unwrap();
        v
    }

    #[test]
    fn escapes_as_jsonw_puts() {
        assert_eq!(puts(b"eth0"), b"\"eth0\"");
        assert_eq!(puts(b""), b"\"\"");
        assert_eq!(
            puts(b"a\tb\nc\rd\x0ce\x08f\\g\"h"),
            b"\"a\\tb\\nc\\rd\\fe\\bf\\\\g\\\"h\"".to_vec()
        );
        // Other control bytes and non-UTF-8 bytes go out as they are.
        assert_eq!(puts(b"\x01\x1f\xff/"), b"\"\x01\x1f\xff/\"".to_vec());
    }
}
