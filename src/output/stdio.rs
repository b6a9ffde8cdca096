//! A stdout writer that buffers the way glibc's stdio does, for the applets whose C
//! originals never call fflush (bridge-utils): a script reading `cmd 2>&1` sees the
//! unbuffered stderr lines and the buffered stdout blocks in the same order as with C.
//!
//! glibc (libio/filedoalloc.c): a terminal is line buffered; anything else is fully
//! buffered in blocks of st_blksize (capped at BUFSIZ, 8192), and _IO_new_file_xsputn
//! fills the block to the byte before writing it, so stdout leaves in whole blocks.
use std::io::{self, Write};

const BUFSIZ: usize = 8192;

pub struct StdioOut<W: Write> {
    inner: W,
    buf: Vec<u8>,
    cap: usize,
    line: bool,
}

impl<W: Write> StdioOut<W> {
    /// Buffers as glibc would for file descriptor `fd` (normally 1).
    pub fn for_fd(inner: W, fd: i32) -> StdioOut<W> {
        // SAFETY: isatty and fstat only read the descriptor's state; st is a plain
        // struct fully written by fstat when it succeeds.
        let (line, blksize) = unsafe {
            let mut st: libc::stat = std::mem::zeroed();
            let blk = if libc::fstat(fd, &mut st) == 0 {
                usize::try_from(st.st_blksize).unwrap_or(0)
            } else {
                0
            };
            (libc::isatty(fd) == 1, blk)
        };
        let cap = if blksize > 0 && blksize < BUFSIZ {
            blksize
        } else {
            BUFSIZ
        };
        StdioOut::new(inner, cap, line)
    }

    pub fn new(inner: W, cap: usize, line: bool) -> StdioOut<W> {
        StdioOut {
            inner,
            buf: Vec::with_capacity(cap),
            cap: cap.max(1),
            line,
        }
    }

    /// Like stdio, a block that cannot be written is dropped (the error is still returned).
    fn flush_buf(&mut self) -> io::Result<()> {
        if !self.buf.is_empty() {
            let r = self.inner.write_all(&self.buf);
            self.buf.clear();
            r?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Write for StdioOut<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let mut rest = data;
        while !rest.is_empty() {
            let room = self.cap - self.buf.len();
            let take = room.min(rest.len());
            let (now, later) = rest.split_at(take);
            self.buf.extend_from_slice(now);
            rest = later;
            if self.buf.len() >= self.cap {
                self.flush_buf()?;
            }
        }
        // Line buffered: everything up to the last newline goes out now.
        if self.line {
            if let Some(p) = self.buf.iter().rposition(|&b| b == b'\n') {
                let tail = self.buf.split_off(p + 1);
                self.flush_buf()?;
                self.buf = tail;
            }
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.flush_buf()
    }
}

impl<W: Write> Drop for StdioOut<W> {
    fn drop(&mut self) {
        let _ = self.flush_buf();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sink that records the size of each write it is given.
    struct Chunks(Vec<usize>);
    impl Write for Chunks {
        fn write(&mut self, d: &[u8]) -> io::Result<usize> {
            if !d.is_empty() {
                self.0.push(d.len());
            }
            Ok(d.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn full_blocks_then_the_rest_at_flush() {
        let mut o = StdioOut::new(Chunks(Vec::new()), 8, false);
        for _ in 0..5 {
            let _ = o.write_all(b"abc\n");
        }
        assert_eq!(o.inner.0, vec![8, 8]);
        let _ = o.flush();
        assert_eq!(o.inner.0, vec![8, 8, 4]);
    }

    #[test]
    fn line_mode_writes_through_the_last_newline() {
        let mut o = StdioOut::new(Chunks(Vec::new()), 64, true);
        let _ = o.write_all(b"ab\ncd");
        assert_eq!(o.inner.0, vec![3]);
        assert_eq!(o.buf, b"cd");
    }
}
