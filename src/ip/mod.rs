//! The `ip` applet: global options (ip/ip.c main), the ordered object table, `-batch`.
pub mod address;
pub mod address_modify;
pub mod addrlabel;
pub mod ipaddr;
pub mod link;
pub mod link_kind;
pub mod link_modify;
pub mod maddr;
pub mod monitor;
pub mod mroute;
pub mod neigh;
pub mod netconf;
pub mod netns;
pub mod nexthop;
pub mod route;
pub mod rule;
pub mod token;
pub mod tuntap;
pub mod vrf;

use crate::cli::applet::{
    self, do_cmd, run_argv, run_file, stdout_printer, Applet, GlobalOpts, ObjFn,
};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{self, invarg};
use crate::error::{Error, Failure, Result};
use crate::netlink::Session;

pub type Out = crate::cli::applet::StdoutPrinter;

/// The reference's version line (`ip -V`), including the libbpf it was built with.
pub const VERSION_LINE: &str = "ip utility, iproute2-6.1.0, libbpf 1.1.2";

const USAGE: &str = "\
Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                   link | macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}
";

/// `usage()` of ip.c: the text on stderr and exit(-1).
pub fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

/// The global options, as ip.c keeps them in globals.
#[derive(Debug, Clone, Default)]
pub struct Globals {
    pub family: u8,
    pub human: u32,
    pub iec: bool,
    pub stats: u32,
    pub details: u32,
    pub resolve: bool,
    pub oneline: bool,
    pub timestamp: u32,
    pub tshort: bool,
    pub force: bool,
    pub brief: bool,
    pub json: bool,
    pub pretty: bool,
    pub numeric: bool,
    pub all: bool,
    pub echo: bool,
    pub loops: i32,
    pub rcvbuf: Option<u32>,
    pub batch_mode: bool,
    /// Set by a command whose C printer never calls fflush (nor ends a JSON object, which
    /// flushes): `-batch` then leaves its output in the buffer, so a later command's
    /// stderr comes first, as with stdio.
    pub defer_flush: bool,
}

/// Everything a command needs: options, the socket, the printer.
pub struct Ip {
    pub g: Globals,
    pub nl: Session,
    pub out: Out,
}

impl Applet for Ip {
    const NAME: &'static str = "ip";
    const OBJECTS: &'static [(&'static str, Option<ObjFn<Self>>)] = OBJECTS;
    // ip.c do_cmd: `return EXIT_FAILURE` after "Object ... is unknown".
    const UNKNOWN_OBJECT: i32 = 1;
    fn usage() -> Error {
        usage()
    }
    fn out(&mut self) -> &mut Out {
        &mut self.out
    }
}

/// read_family (lib/utils.c).
pub fn read_family(name: &str) -> u8 {
    match name {
        "inet" => parse::AF_INET,
        "inet6" => parse::AF_INET6,
        "link" => parse::AF_PACKET,
        "ipx" => 4,
        "dnet" => 12,
        "mpls" => parse::AF_MPLS,
        "bridge" => parse::AF_BRIDGE,
        _ => parse::AF_UNSPEC,
    }
}

/// ip.c cmds[], in order: the first entry the word abbreviates wins.
const OBJECTS: &[(&str, Option<ObjFn<Ip>>)] = &[
    ("address", Some(address::run)),
    ("addrlabel", Some(addrlabel::run)),
    ("maddress", Some(maddr::run)),
    ("route", Some(route::run)),
    ("rule", Some(rule::run)),
    ("neighbor", Some(neigh::run)),
    ("neighbour", Some(neigh::run)),
    ("ntable", None),
    ("ntbl", None),
    ("link", Some(link::run)),
    ("l2tp", None),
    ("fou", None),
    ("ila", None),
    ("macsec", None),
    ("tunnel", None),
    ("tunl", None),
    ("tuntap", Some(tuntap::run)),
    ("tap", Some(tuntap::run)),
    ("token", Some(token::run)),
    ("tcpmetrics", None),
    ("tcp_metrics", None),
    ("monitor", Some(monitor::run)),
    ("xfrm", None),
    ("mroute", Some(mroute::run)),
    ("mrule", Some(rule::run_multi)),
    ("netns", Some(netns::run)),
    ("netconf", Some(netconf::run)),
    ("vrf", Some(vrf::run)),
    ("sr", None),
    ("nexthop", Some(nexthop::run)),
    ("mptcp", None),
    ("ioam", None),
    ("help", Some(applet::help)),
    ("stats", None),
    // Debian's iproute2 carries a "moo" object (debian/patches/0001-Add-moo-feature.patch).
    ("moo", Some(moo)),
];

const MOO: &str = "\n _ __ ___   ___   ___\n| '_ ` _ \\ / _ \\ / _ \\\n| | | | | | (_) | (_) |\n|_| |_| |_|\\___/ \\___/\n\n\nP.S. no real cows were harmed for this moo\n";

fn moo(_: &mut Args, _: &mut Ip) -> Result<()> {
    Err(Error::raw(1, MOO, Failure::Exit))
}

/// The options loop of ip.c main(), in its order; returns the batch file, if any, and the
/// rest of argv.
fn parse_globals<'a>(
    argv: &'a [String],
    g: &mut Globals,
    color: &mut i32,
) -> Result<(Option<String>, &'a [String])> {
    let mut opts = GlobalOpts::new(argv);
    let mut batch = None;
    while let Some(opt) = opts.next() {
        if matches(opt, "-loops") {
            let v = opts.value(usage)?;
            g.loops = parse::strtol(v, 10).0 as i32;
        } else if matches(opt, "-family") {
            let v = opts.value(usage)?;
            if v == "help" {
                return Err(usage());
            }
            g.family = read_family(v);
            if g.family == parse::AF_UNSPEC {
                return Err(invarg("invalid protocol family", v));
            }
        } else if opt == "-4" {
            g.family = parse::AF_INET;
        } else if opt == "-6" {
            g.family = parse::AF_INET6;
        } else if opt == "-0" {
            g.family = parse::AF_PACKET;
        } else if opt == "-M" {
            g.family = parse::AF_MPLS;
        } else if opt == "-B" {
            g.family = parse::AF_BRIDGE;
        } else if matches(opt, "-human") || matches(opt, "-human-readable") {
            g.human += 1;
        } else if matches(opt, "-iec") {
            g.iec = true;
        } else if matches(opt, "-stats") || matches(opt, "-statistics") {
            g.stats += 1;
        } else if matches(opt, "-details") {
            g.details += 1;
        } else if matches(opt, "-resolve") {
            g.resolve = true;
            crate::inet::set_resolve(true);
        } else if matches(opt, "-oneline") {
            g.oneline = true;
        } else if matches(opt, "-timestamp") {
            g.timestamp += 1;
        } else if matches(opt, "-tshort") {
            g.timestamp += 1;
            g.tshort = true;
        } else if matches(opt, "-Version") {
            println!("{VERSION_LINE}");
            return Err(Error::silent(0, Failure::Exit));
        } else if matches(opt, "-force") {
            g.force = true;
        } else if matches(opt, "-batch") {
            batch = Some(opts.value(usage)?.to_string());
        } else if matches(opt, "-brief") {
            g.brief = true;
        } else if matches(opt, "-json") {
            g.json = true;
        } else if matches(opt, "-pretty") {
            g.pretty = true;
        } else if matches(opt, "-rcvbuf") {
            let v = opts.value(usage)?;
            match parse::get_u32(v, 0) {
                Some(n) => g.rcvbuf = Some(n),
                None => return Err(Error::exit(255, format!("Invalid rcvbuf size '{v}'"))),
            }
        } else if let Some(c) = crate::output::color::matches_color(opt) {
            *color = c;
        } else if matches(opt, "-help") {
            return Err(usage());
        } else if matches(opt, "-netns") {
            opts.netns()?;
        } else if matches(opt, "-Numeric") {
            g.numeric = true;
        } else if matches(opt, "-all") {
            g.all = true;
        } else if opt == "-echo" {
            g.echo = true;
        } else {
            return Err(GlobalOpts::unknown(opt, "ip -help"));
        }
    }
    Ok((batch, opts.rest()))
}

pub fn main(argv: Vec<String>) -> i32 {
    crate::error::exit_code(run(argv))
}

fn run(argv: Vec<String>) -> Result<i32> {
    let mut g = Globals {
        loops: 10,
        ..Globals::default()
    };
    let mut color = 0;
    let (batch, rest) = parse_globals(&argv, &mut g, &mut color)?;
    crate::names::set_numeric(g.numeric);
    let out = stdout_printer(g.json, g.pretty, g.oneline, color);
    let rcvbuf = g.rcvbuf.map(|v| v as i32).unwrap_or(1024 * 1024);
    if let Some(file) = batch {
        // ip.c batch(): no strict dump checking on this socket, unlike a single command.
        let nl = Session::open_with_rcvbuf(rcvbuf)
            .map_err(|_| Error::exit(1, "Cannot open rtnetlink"))?;
        g.batch_mode = true;
        let family = g.family;
        let force = g.force;
        let mut ip = Ip { g, nl, out };
        let mut pending = false;
        return run_file(&mut ip, &file, force, |ip, words| {
            // ip_batch_cmd: every command starts from the -family of the command line.
            ip.g.family = family;
            let r = do_cmd(words, ip);
            // Output left unflushed stays behind the error of a failing command, which C
            // prints at once; the next command that flushes sends it.
            if std::mem::take(&mut ip.g.defer_flush) {
                pending = true;
            } else if !(pending && r.is_err()) {
                let _ = ip.out.flush();
                pending = false;
            }
            r
        });
    }
    let nl = Session::open_with_rcvbuf(rcvbuf).map_err(|e| Error::raw(1, e.text, Failure::Exit))?;
    nl.set_strict();
    run_argv(&mut Ip { g, nl, out }, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(v: &[&str]) -> Result<applet::Parsed<Globals>> {
        applet::parse_with(v, parse_globals)
    }

    #[test]
    fn global_options_in_ip_c_order() {
        let (g, batch, rest) =
            parse(&["ip", "--s", "-s", "-br", "-b", "F", "-f", "inet6", "a"]).unwrap();
        assert_eq!((g.stats, g.brief, g.family), (2, true, parse::AF_INET6));
        assert_eq!((batch.as_deref(), rest), (Some("F"), vec!["a".to_string()]));
        let (g, _, rest) = parse(&["ip", "-l", "3", "-rc", "100", "--", "-d"]).unwrap();
        assert_eq!(
            (g.loops, g.rcvbuf, rest),
            (3, Some(100), vec!["-d".to_string()])
        );
        let e = parse(&["ip", "-bogus"]).unwrap_err();
        assert_eq!(
            e.msg.as_deref(),
            Some("Option \"-bogus\" is unknown, try \"ip -help\".\n")
        );
        let e = parse(&["ip", "-f", "ipx6"]).unwrap_err();
        assert_eq!(
            e.msg.as_deref(),
            Some("Error: argument \"ipx6\" is wrong: invalid protocol family\n")
        );
        assert_eq!(
            parse(&["ip", "-rcvbuf"]).unwrap_err().msg.as_deref(),
            Some(USAGE)
        );
    }
}
