//! A cursor over the words of one command, with iproute2's NEXT_ARG behaviour.
use crate::error::{Error, Result};

#[derive(Debug, Clone)]
pub struct Args {
    words: Vec<String>,
    pos: usize,
}

impl Args {
    pub fn new(words: Vec<String>) -> Args {
        Args { words, pos: 0 }
    }
    pub fn from_strs(words: &[&str]) -> Args {
        Args::new(words.iter().map(|s| s.to_string()).collect())
    }
    /// Takes the next word, if any.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<String> {
        let w = self.words.get(self.pos).cloned();
        if w.is_some() {
            self.pos += 1;
        }
        w
    }
    pub fn peek(&self) -> Option<&str> {
        self.words.get(self.pos).map(|s| s.as_str())
    }
    /// The value after a keyword: NEXT_ARG(), which ends the process when it is missing.
    pub fn need(&mut self) -> Result<String> {
        self.next().ok_or_else(incomplete_command)
    }
    /// Steps back one word (PREV_ARG).
    pub fn back(&mut self) {
        self.pos = self.pos.saturating_sub(1);
    }
    pub fn is_empty(&self) -> bool {
        self.pos >= self.words.len()
    }
    pub fn remaining(&self) -> &[String] {
        self.words.get(self.pos..).unwrap_or(&[])
    }
    pub fn len_left(&self) -> usize {
        self.words.len().saturating_sub(self.pos)
    }
}

/// `Command line is not complete. Try option "help"`, exit 255 (lib/utils.c).
pub fn incomplete_command() -> Error {
    Error::exit(255, "Command line is not complete. Try option \"help\"")
}
