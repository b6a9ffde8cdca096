//! stdout with stdio's error handling: the C tools never check what fwrite/fflush return,
//! so a full disk (`ip a > /dev/full`) loses the output silently and the exit code stays
//! the command's own. A reader that went away still kills the process through SIGPIPE.
use std::io::{self, StdoutLock, Write};

pub struct LossyStdout(StdoutLock<'static>);

impl LossyStdout {
    pub fn new(lock: StdoutLock<'static>) -> LossyStdout {
        LossyStdout(lock)
    }
}

impl Write for LossyStdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let _ = self.0.write_all(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        let _ = self.0.flush();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_reports_everything_taken() {
        let lock: StdoutLock<'static> = Box::leak(Box::new(io::stdout())).lock();
        let mut s = LossyStdout::new(lock);
        assert_eq!(s.write(b"").ok(), Some(0));
        assert!(s.flush().is_ok());
    }
}
