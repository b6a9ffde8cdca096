//! The frame that ip/ip.c and bridge/bridge.c main() share: the option loop's rules, the
//! ordered object table, one command from argv or every line of a `-batch` file
//! (lib/utils.c do_batch). What differs stays with each applet: its options and their
//! order, its usage text, its objects, the exit code of an unknown object, and what it
//! does around each command of a batch.
use super::args::Args;
use super::batch::run_batch;
use super::matches::matches;
use crate::error::{Error, Failure, Result};
use crate::output::sink::LossyStdout;
use crate::output::Printer;
use std::io::BufWriter;

/// The printer of an applet: one 64 KiB buffer over stdout for the whole run.
pub type StdoutPrinter = Printer<BufWriter<LossyStdout>>;

/// An object's entry point: `args` start after the object word.
pub type ObjFn<A> = fn(&mut Args, &mut A) -> Result<()>;

/// What one applet (its state, as the C globals hold it) names for itself.
pub trait Applet: Sized + 'static {
    /// The program name in `Object "X" is unknown, try "NAME help".`.
    const NAME: &'static str;
    /// cmds[] of the C main file, in order: the first entry the word abbreviates wins.
    /// `None`: an object nlbox does not have.
    const OBJECTS: &'static [(&'static str, Option<ObjFn<Self>>)];
    /// The exit code of an unknown object: ip.c do_cmd returns EXIT_FAILURE (1),
    /// bridge.c do_cmd `return -1` (255).
    const UNKNOWN_OBJECT: i32;
    /// usage() of the C main file: its text on stderr and exit(-1).
    fn usage() -> Error;
    fn out(&mut self) -> &mut StdoutPrinter;
}

/// The `help` object of both tables (do_help): the applet's usage.
pub fn help<A: Applet>(_: &mut Args, _: &mut A) -> Result<()> {
    Err(A::usage())
}

/// do_cmd: runs the object the first word names, or says it is unknown.
pub fn do_cmd<A: Applet>(words: Vec<String>, app: &mut A) -> Result<()> {
    let mut args = Args::new(words);
    let obj = args.next().unwrap_or_default();
    for (name, f) in A::OBJECTS {
        if matches(&obj, name) {
            return match f {
                Some(f) => f(&mut args, app),
                None => Err(Error::ret(
                    1,
                    format!("nlbox: {} {name}: not implemented", A::NAME),
                )),
            };
        }
    }
    Err(Error::ret(
        A::UNKNOWN_OBJECT,
        format!("Object \"{obj}\" is unknown, try \"{} help\".", A::NAME),
    ))
}

/// The end of main(): the command argv names after the options, or usage() when there is
/// none (the socket is already open then, as in C). Stdout is flushed either way.
pub fn run_argv<A: Applet>(app: &mut A, rest: &[String]) -> Result<i32> {
    if rest.is_empty() {
        return Err(A::usage());
    }
    let r = do_cmd(rest.to_vec(), app);
    app.out().flush()?;
    r.map(|_| 0)
}

/// batch(): every command of FILE through `each` (which calls `do_cmd` with what the
/// applet does around it); stdout is flushed at the end. Returns do_batch's exit code.
pub fn run_file<A: Applet>(
    app: &mut A,
    file: &str,
    force: bool,
    mut each: impl FnMut(&mut A, Vec<String>) -> Result<()>,
) -> Result<i32> {
    let res = run_batch(file, force, |words| each(app, words));
    app.out().flush()?;
    res
}

/// The applet's printer over stdout, with colour when `-c` asked for it and no `-j`
/// (check_enable_color).
pub fn stdout_printer(json: bool, pretty: bool, oneline: bool, color: i32) -> StdoutPrinter {
    let stdout: &'static std::io::Stdout = Box::leak(Box::new(std::io::stdout()));
    let mut out = Printer::new(
        BufWriter::with_capacity(64 * 1024, LossyStdout::new(stdout.lock())),
        json,
        pretty,
        oneline,
    );
    if crate::output::color::color_wanted(color, json) {
        out.enable_color(crate::output::color::dark_background());
    }
    out
}

/// The rules of the global option loop both main()s share: `--` ends the options, a word
/// without a leading `-` starts the command, and `--opt` is read as `-opt`. Each applet
/// tests the words in its own order (ip.c and bridge.c differ: `ip -b` is -batch).
pub struct GlobalOpts<'a> {
    argv: &'a [String],
    /// The index of the next word to read (argv[0] is the program name).
    i: usize,
}

impl<'a> GlobalOpts<'a> {
    pub fn new(argv: &'a [String]) -> GlobalOpts<'a> {
        GlobalOpts { argv, i: 1 }
    }

    /// The next option word (`--opt` already read as `-opt`: `if (opt[1] == '-') opt++;`),
    /// or `None` where the options end.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<&'a str> {
        let argv: &'a [String] = self.argv;
        let full = argv.get(self.i)?.as_str();
        if full == "--" {
            self.i += 1;
            return None;
        }
        if !full.starts_with('-') {
            return None;
        }
        self.i += 1;
        Some(match full.strip_prefix('-') {
            Some(opt) if opt.starts_with('-') => opt,
            _ => full,
        })
    }

    /// The option's value (`argc--; argv++; if (argc <= 1) usage();`).
    pub fn value(&mut self, usage: fn() -> Error) -> Result<&'a str> {
        let argv: &'a [String] = self.argv;
        let v = argv.get(self.i).map(String::as_str);
        self.i += 1;
        v.ok_or_else(usage)
    }

    /// `-netns NAME`: NEXT_ARG() in main() counts argv[0], so a trailing `-n` is not
    /// "incomplete": netns_switch() then gets argv[argc] == NULL, printed "(null)".
    pub fn netns(&mut self) -> Result<()> {
        let ns = self.argv.get(self.i).map(String::as_str);
        self.i += 1;
        crate::netns_switch::switch(ns.unwrap_or("(null)"))
            .map_err(|msg| Error::raw(255, msg, Failure::Exit))
    }

    /// An option the applet does not know: exit(-1). `hint` is what the applet says to
    /// try (ip.c: "ip -help", bridge.c: "bridge help").
    pub fn unknown(opt: &str, hint: &str) -> Error {
        Error::exit(255, format!("Option \"{opt}\" is unknown, try \"{hint}\"."))
    }

    /// The words after the options (the command); valid once `next` returned `None`.
    pub fn rest(&self) -> &'a [String] {
        let argv: &'a [String] = self.argv;
        argv.get(self.i..).unwrap_or(&[])
    }
}

/// What an applet's option loop made of `argv`: its globals, the batch file and the
/// command (for the applets' own tests).
#[cfg(test)]
pub type Parsed<G> = (G, Option<String>, Vec<String>);

/// Runs an applet's `parse_globals` on `v` from fresh globals.
#[cfg(test)]
pub fn parse_with<G: Default>(
    v: &[&str],
    parse: impl for<'a> Fn(&'a [String], &mut G, &mut i32) -> Result<(Option<String>, &'a [String])>,
) -> Result<Parsed<G>> {
    let argv: Vec<String> = v.iter().map(|s| s.to_string()).collect();
    let mut g = G::default();
    let (batch, rest) = parse(&argv, &mut g, &mut 0)?;
    Ok((g, batch, rest.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn usage() -> Error {
        Error::raw(255, "usage\n", Failure::Exit)
    }

    /// Every option the loop sees, and the command left after it.
    fn walk(v: &[&str], takes_value: &[&str]) -> (Vec<String>, Vec<String>) {
        let argv = words(v);
        let mut o = GlobalOpts::new(&argv);
        let mut seen = Vec::new();
        while let Some(opt) = o.next() {
            seen.push(opt.to_string());
            if takes_value.contains(&opt) {
                seen.push(o.value(usage).unwrap().to_string());
            }
        }
        (seen, o.rest().to_vec())
    }

    #[test]
    fn option_loop_rules() {
        let (seen, rest) = walk(&["ip", "--json", "-b", "f", "-4", "link", "-x"], &["-b"]);
        assert_eq!(seen, ["-json", "-b", "f", "-4"]);
        assert_eq!(rest, ["link", "-x"]);
        // `--` ends the options and is not part of the command.
        let (seen, rest) = walk(&["ip", "-s", "--", "-d", "link"], &[]);
        assert_eq!(seen, ["-s"]);
        assert_eq!(rest, ["-d", "link"]);
        // Only one leading dash is dropped; `-` alone is an option word.
        let (seen, rest) = walk(&["bridge", "---x", "-"], &[]);
        assert_eq!(seen, ["--x", "-"]);
        assert!(rest.is_empty());
        let (seen, rest) = walk(&["bridge"], &[]);
        assert!(seen.is_empty() && rest.is_empty());
    }

    #[test]
    fn missing_value_is_usage() {
        let argv = words(&["ip", "-batch"]);
        let mut o = GlobalOpts::new(&argv);
        assert_eq!(o.next(), Some("-batch"));
        let e = o.value(usage).unwrap_err();
        assert_eq!((e.code, e.msg.as_deref()), (255, Some("usage\n")));
    }

    struct Toy {
        out: StdoutPrinter,
        ran: Vec<String>,
    }
    fn obj_a(args: &mut Args, t: &mut Toy) -> Result<()> {
        t.ran.push(format!("alpha {:?}", args.remaining()));
        Ok(())
    }
    impl Applet for Toy {
        const NAME: &'static str = "toy";
        const OBJECTS: &'static [(&'static str, Option<ObjFn<Self>>)] = &[
            ("alpha", Some(obj_a)),
            ("albatross", None),
            ("help", Some(help)),
        ];
        const UNKNOWN_OBJECT: i32 = 7;
        fn usage() -> Error {
            usage()
        }
        fn out(&mut self) -> &mut StdoutPrinter {
            &mut self.out
        }
    }

    #[test]
    fn object_table_in_order() {
        let mut t = Toy {
            out: stdout_printer(false, false, false, 0),
            ran: Vec::new(),
        };
        do_cmd(words(&["al", "x"]), &mut t).unwrap();
        assert_eq!(t.ran, ["alpha [\"x\"]"]);
        let e = do_cmd(words(&["alb"]), &mut t).unwrap_err();
        assert_eq!(
            e.msg.as_deref(),
            Some("nlbox: toy albatross: not implemented\n")
        );
        assert_eq!((e.code, e.how), (1, Failure::Return));
        let e = do_cmd(words(&["beta"]), &mut t).unwrap_err();
        assert_eq!(
            e.msg.as_deref(),
            Some("Object \"beta\" is unknown, try \"toy help\".\n")
        );
        assert_eq!((e.code, e.how), (7, Failure::Return));
        let e = run_argv(&mut t, &[]).unwrap_err();
        assert_eq!((e.code, e.msg.as_deref()), (255, Some("usage\n")));
        let e = run_argv(&mut t, &words(&["h"])).unwrap_err();
        assert_eq!((e.code, e.how), (255, Failure::Exit));
        assert_eq!(run_argv(&mut t, &words(&["a"])).unwrap(), 0);
    }
}
