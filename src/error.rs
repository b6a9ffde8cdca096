//! One error type for every applet: the message the reference prints and the way it ends.
//!
//! iproute2 has two kinds of failure. `exit(-1)` deep inside a parser ends the process with
//! 255 even inside `-batch`; a `return` from a `do_*` function becomes the exit code and
//! `-batch -force` carries on after it. `Failure` keeps the two apart.
use std::fmt;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The C tool calls exit(): the whole process (and any batch) ends.
    Exit,
    /// The C tool returns from its command: a batch may go on.
    Return,
}

#[derive(Debug)]
pub struct Error {
    pub code: i32,
    /// Text for stderr, already complete with its trailing newline(s); `None` prints nothing.
    pub msg: Option<String>,
    pub how: Failure,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// Ends the process (or batch) with `code`; `msg` gets a newline appended.
    pub fn exit(code: i32, msg: impl Into<String>) -> Error {
        let mut m = msg.into();
        m.push('\n');
        Error {
            code,
            msg: Some(m),
            how: Failure::Exit,
        }
    }
    /// A command failure that a `-batch -force` run survives.
    pub fn ret(code: i32, msg: impl Into<String>) -> Error {
        let mut m = msg.into();
        m.push('\n');
        Error {
            code,
            msg: Some(m),
            how: Failure::Return,
        }
    }
    /// Stderr text given verbatim (no newline added), e.g. a usage block.
    pub fn raw(code: i32, msg: impl Into<String>, how: Failure) -> Error {
        Error {
            code,
            msg: Some(msg.into()),
            how,
        }
    }
    /// Fails with `code` after the message was already written (or none is due).
    pub fn silent(code: i32, how: Failure) -> Error {
        Error {
            code,
            msg: None,
            how,
        }
    }
    /// The only place error text reaches stderr.
    pub fn report(&self) {
        if let Some(m) = &self.msg {
            let stderr = io::stderr();
            let mut e = stderr.lock();
            let _ = e.write_all(m.as_bytes());
            let _ = e.flush();
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.msg {
            Some(m) => f.write_str(m.trim_end_matches('\n')),
            None => write!(f, "exit {}", self.code),
        }
    }
}

impl From<io::Error> for Error {
    /// A failed write to stdout. With SIGPIPE restored the process is usually dead before
    /// this is seen; any other write error ends the command quietly like a C tool would.
    fn from(e: io::Error) -> Error {
        Error {
            code: 1,
            msg: Some(format!("{e}\n")),
            how: Failure::Exit,
        }
    }
}

/// An applet's exit code: its own on success, or the error's after printing it.
pub fn exit_code(r: Result<i32>) -> i32 {
    match r {
        Ok(code) => code,
        Err(e) => {
            e.report();
            e.code
        }
    }
}

/// Warnings go to stderr but do not fail the command.
pub fn warn(msg: &str) {
    let stderr = io::stderr();
    let mut e = stderr.lock();
    let _ = e.write_all(msg.as_bytes());
    let _ = e.write_all(b"\n");
}
