//! The `route` applet: net-tools 2.10 route.c with lib/getroute.c, lib/setroute.c and
//! lib/af.c. Listings read /proc/net; edits use SIOCADDRT/SIOCDELRT ioctls.
use crate::nettools::getopt::{Getopt, Got, HasArg, LongOpt};
use crate::nettools::route_edit::{self, Outcome};
use crate::nettools::route_show::{self, FLAG_CACHE, FLAG_EXT, FLAG_FIB, FLAG_NUM_HOST, FLAG_SYM};
use std::io::Write;

const E_OPTERR: i32 = 3;
const E_NOTFOUND: i32 = 8;

const USAGE: &str = "\
Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables
       route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.

       route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.
       route {-V|--version}                  Display version/author and exit.

        -v, --verbose            be verbose
        -n, --numeric            don't resolve names
        -e, --extend             display other/more information
        -F, --fib                display Forwarding Information Base (default)
        -C, --cache              display routing cache instead of FIB

  <AF>=Use -4, -6, '-A <af>' or '--<af>'; default: inet
  List of possible address families (which support routing):
";

/// print_aflist(1): always on stderr.
const AFLIST: &str = "    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n    ddp (Appletalk DDP) x25 (CCITT X.25) \n";

const VERSION: &str = "net-tools 2.10\n+NEW_ADDRT +RTF_IRTT +RTF_REJECT +I18N +SELINUX\nAF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\nHW:  +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 \n";

const fn lo(name: &'static str, val: i32) -> LongOpt {
    LongOpt {
        name,
        has_arg: HasArg::No,
        val,
    }
}

/// route.c longopts: AFTRANS_OPTS first, then its own.
pub const LONGOPTS: &[LongOpt] = &[
    lo("ax25", 1),
    lo("x25", 1),
    lo("ip", 1),
    lo("ipx", 1),
    lo("appletalk", 1),
    lo("netrom", 1),
    lo("inet", 1),
    lo("inet6", 1),
    lo("ddp", 1),
    lo("rose", 1),
    lo("unix", 1),
    lo("bluetooth", 1),
    lo("tcpip", 1),
    lo("extend", 'e' as i32),
    lo("verbose", 'v' as i32),
    lo("version", 'V' as i32),
    lo("numeric", 'n' as i32),
    lo("symbolic", 'N' as i32),
    LongOpt {
        name: "protocol",
        has_arg: HasArg::Required,
        val: 'A' as i32,
    },
    lo("cache", 'C' as i32),
    lo("fib", 'F' as i32),
    lo("help", 'h' as i32),
];

/// lib/af.c aftrans table: alias -> family name.
const AFTRANS: &[(&str, &str)] = &[
    ("ax25", "ax25"),
    ("ip", "inet"),
    ("ip6", "inet6"),
    ("ipx", "ipx"),
    ("rose", "rose"),
    ("appletalk", "ddp"),
    ("netrom", "netrom"),
    ("inet", "inet"),
    ("inet6", "inet6"),
    ("ddp", "ddp"),
    ("unix", "unix"),
    ("tcpip", "inet"),
    ("econet", "ec"),
    ("x25", "x25"),
    ("ash", "ash"),
    ("bluetooth", "bluetooth"),
];

/// lib/af.c aftypes[] names, and whether each has a route printer (rprint).
const AFTYPES: &[(&str, bool)] = &[
    ("unix", false),
    ("inet", true),
    ("inet6", true),
    ("ax25", true),
    ("netrom", true),
    ("rose", true),
    ("ipx", true),
    ("ddp", true),
    ("ec", false),
    ("ash", false),
    ("x25", true),
    ("unspec", false),
];

/// aftrans_opt: append each comma-separated family to afname; false on an unknown one.
fn aftrans_opt(arg: &str, afname: &mut String) -> bool {
    let arg: String = arg.chars().take(255).collect();
    for part in arg.split(',') {
        let Some((_, name)) = AFTRANS.iter().find(|(a, _)| *a == part) else {
            eprintln!("Unknown address family `{part}'.");
            return false;
        };
        if name.len() + afname.len() + 1 >= 256 {
            eprintln!("Too much address family arguments.");
            return true;
        }
        if !afname.is_empty() {
            afname.push(',');
        }
        afname.push_str(name);
    }
    true
}

fn usage(rc: i32) -> i32 {
    let _ = std::io::stdout().flush();
    if rc == 0 {
        // The usage goes to stdout through stdio's buffer and print_aflist to stderr at
        // once, so into a pipe the list comes first (route.c usage).
        let stdout = std::io::stdout();
        let mut out = crate::output::stdio::StdioOut::for_fd(stdout.lock(), 1);
        let _ = out.write_all(USAGE.as_bytes());
        eprint!("{AFLIST}");
        let _ = out.flush();
    } else {
        eprint!("{USAGE}");
        eprint!("{AFLIST}");
    }
    rc
}

pub fn get_aftype(name: &str) -> Option<bool> {
    let r = AFTYPES.iter().find(|(n, _)| *n == name).map(|(_, r)| *r);
    if r.is_none() && name.contains(',') {
        eprintln!("Please don't supply more than one address family.");
    }
    r
}

pub fn main(argv: Vec<String>) -> i32 {
    // route.c: "getopts and -net wont work", so -net/-host become #net/#host first.
    let argv: Vec<String> = argv
        .into_iter()
        .map(|a| {
            if a == "-net" || a == "-host" {
                format!("#{}", &a[1..])
            } else {
                a
            }
        })
        .collect();
    let mut opt_n = 0;
    let mut opt_e = 1;
    let mut opt_fc = 0;
    let mut opt_h = 0;
    let mut afname = String::new();
    let mut g = Getopt::new(&argv, "A:eCFhnN64Vv?", LONGOPTS);
    while let Some(o) = g.next_opt() {
        let (val, arg, long) = match o {
            Got::Opt { val, arg, long } => (val, arg, long),
            Got::Err => {
                opt_h += 1;
                continue;
            }
        };
        let c = u8::try_from(val).map(char::from).unwrap_or('\0');
        match c {
            'n' => opt_n |= FLAG_NUM_HOST | 8 | 16,
            'N' => opt_n |= FLAG_SYM,
            'v' => {}
            'e' => opt_e += 1,
            '\u{1}' => {
                let name = long.and_then(|i| LONGOPTS.get(i)).map_or("", |l| l.name);
                if !aftrans_opt(name, &mut afname) {
                    return 1;
                }
            }
            'C' => opt_fc |= FLAG_CACHE,
            'F' => opt_fc |= FLAG_FIB,
            'A' => {
                if !aftrans_opt(&arg.unwrap_or_default(), &mut afname) {
                    return 1;
                }
            }
            '6' => {
                if !aftrans_opt("inet6", &mut afname) {
                    return 1;
                }
            }
            '4' => {
                if !aftrans_opt("inet", &mut afname) {
                    return 1;
                }
            }
            'V' => {
                print!("{VERSION}");
                return 0;
            }
            _ => opt_h += 1,
        }
    }
    let rest = std::mem::take(&mut g.operands);
    let mut options = (opt_e & FLAG_EXT) | opt_n | opt_fc;
    if opt_fc == 0 {
        options |= FLAG_FIB;
    }
    if opt_h > 0 {
        if afname.is_empty() {
            return usage(0);
        }
        return finish(route_edit(Action::Help, &afname, options, &[]));
    }
    if afname.is_empty() {
        afname = "inet".into();
    }
    let Some(verb) = rest.first() else {
        return route_info(&afname, options);
    };
    let action = match verb.as_str() {
        "add" => Action::Add,
        "del" | "delete" => Action::Del,
        "flush" => Action::Flush,
        _ => return usage(E_OPTERR),
    };
    finish(route_edit(action, &afname, options, &rest[1..]))
}

#[derive(Clone, Copy, PartialEq)]
enum Action {
    Add,
    Del,
    Help,
    Flush,
}

fn finish(o: Outcome) -> i32 {
    let mut so = std::io::stdout().lock();
    let _ = so.write_all(o.out.as_bytes());
    let _ = so.flush();
    eprint!("{}", o.err);
    o.code
}

fn route_edit(action: Action, afname: &str, options: i32, args: &[String]) -> Outcome {
    let err = |e: String, code: i32| Outcome {
        out: String::new(),
        err: e,
        code,
    };
    if get_aftype(afname).is_none() {
        return err(
            format!("Address family `{afname}' not supported.\n"),
            E_OPTERR,
        );
    }
    let usage = |pre: &str, text: &str, rc: i32| {
        if rc == 0 {
            Outcome {
                out: text.into(),
                err: pre.into(),
                code: 0,
            }
        } else {
            Outcome {
                out: String::new(),
                err: format!("{pre}{text}"),
                code: rc,
            }
        }
    };
    match afname {
        "inet" => {
            if action == Action::Flush {
                return usage(
                    "Flushing `inet' routing table not supported\n",
                    route_edit::INET_USAGE,
                    E_OPTERR,
                );
            }
            if options & FLAG_CACHE != 0 {
                return usage(
                    "Modifying `inet' routing cache not supported\n",
                    route_edit::INET_USAGE,
                    E_OPTERR,
                );
            }
            if args.is_empty() || action == Action::Help {
                return usage("", route_edit::INET_USAGE, 0);
            }
            route_edit::inet_setroute(action == Action::Add, args)
        }
        "inet6" => {
            if action == Action::Flush {
                return usage(
                    "Flushing `inet6' routing table not supported\n",
                    route_edit::INET6_USAGE,
                    E_OPTERR,
                );
            }
            if action == Action::Help {
                return usage("", route_edit::INET6_USAGE, 0);
            }
            route_edit::inet6_setroute(action == Action::Add, args)
        }
        "ipx" => err("IPX: this needs to be written\n".into(), 1),
        "netrom" => err("NET/ROM: this needs to be written\n".into(), 1),
        "x25" => {
            const X25_USAGE: &str = "Usage: x25_route [-v] del Target[/mask] [dev] If\n       x25_route [-v] add Target[/mask] [dev] If\n";
            if action == Action::Flush {
                return usage(
                    "Flushing `x25' routing table not supported\n",
                    X25_USAGE,
                    E_OPTERR,
                );
            }
            if options & FLAG_CACHE != 0 {
                return usage(
                    "Modifying `x25' routing cache not supported\n",
                    X25_USAGE,
                    E_OPTERR,
                );
            }
            if action == Action::Help {
                return usage("", X25_USAGE, 0);
            }
            x25_setroute(args, X25_USAGE)
        }
        other => err(
            format!("No routing for address family `{other}'.\n"),
            E_OPTERR,
        ),
    }
}

fn route_info(afname: &str, options: i32) -> i32 {
    let mut found = E_NOTFOUND;
    let stdout = std::io::stdout();
    // net-tools never calls fflush: with stdio's buffering an error about a later family
    // reaches a pipe before the tables printed for the earlier ones.
    let mut out = crate::output::stdio::StdioOut::for_fd(stdout.lock(), 1);
    let buf: String = afname.chars().take(255).collect();
    for part in buf.split(',') {
        if part.is_empty() {
            continue;
        }
        let Some(has_rprint) = get_aftype(part) else {
            eprintln!("Address family `{part}' not supported.");
            return E_OPTERR;
        };
        if !has_rprint {
            eprintln!("No routing for address family `{part}'.");
            return E_OPTERR;
        }
        found = 0;
        let rc = rprint(&mut out, part, options);
        let rc = match rc {
            Ok(rc) => rc,
            Err(e) if e.kind() == std::io::ErrorKind::Other => {
                let _ = out.flush();
                eprintln!("{e}");
                1
            }
            // A failed write to stdout: stdio ignores it and net-tools exits 0.
            Err(_) => return 0,
        };
        if rc != 0 {
            let _ = out.flush();
            return rc;
        }
    }
    let _ = out.flush();
    found
}

fn rprint<W: Write>(out: &mut W, af: &str, options: i32) -> std::io::Result<i32> {
    let ext = options & FLAG_EXT;
    let numeric = options & (FLAG_NUM_HOST | FLAG_SYM);
    match af {
        "inet" => {
            let mut rc = 2;
            if options & FLAG_FIB != 0 {
                rc = route_show::rprint_fib(out, ext, numeric)?;
                if rc != 0 {
                    return Ok(rc);
                }
            }
            if options & FLAG_CACHE != 0 {
                rc = match route_show::rprint_cache(out, ext)? {
                    Ok(rc) => rc,
                    Err(msg) => return Err(std::io::Error::other(msg)),
                };
            }
            Ok(rc)
        }
        "inet6" => {
            let mut rc = 2;
            if options & FLAG_FIB != 0 {
                rc = route_show::rprint_fib6(out, numeric)?;
                if rc != 0 {
                    return Ok(rc);
                }
            }
            if options & FLAG_CACHE != 0 {
                if std::path::Path::new("/proc/net/ndisc").exists() {
                    return Err(std::io::Error::other(
                        "nlbox: route: /proc/net/ndisc: not implemented",
                    ));
                }
                rc = route_show::rprint_fib6(out, numeric | 0x0100_0000)?;
            }
            Ok(rc)
        }
        other => {
            let Some((path, o, e, rc)) = route_show::other_af(other) else {
                return Ok(0);
            };
            if std::path::Path::new(path).exists() {
                return Err(std::io::Error::other(format!(
                    "nlbox: route: -A {other}: not implemented"
                )));
            }
            // lib/ax25_gr.c, netrom_gr.c, ipx_gr.c: perror() comes before the printf().
            eprint!("{e}");
            out.write_all(o.as_bytes())?;
            Ok(rc)
        }
    }
}

/// lib/x25_sr.c X25_setroute: the target is checked by X25_input, a device is required,
/// and then the AF_X25 socket this kernel lacks fails ("socket: ...", exit 7).
fn x25_setroute(args: &[String], usage_text: &str) -> Outcome {
    let usage = || Outcome {
        out: String::new(),
        err: usage_text.to_string(),
        code: E_OPTERR,
    };
    let err = |e: String, code: i32| Outcome {
        out: String::new(),
        err: e,
        code,
    };
    let Some(t) = args.first() else {
        return usage();
    };
    let target: String = t.chars().take(127).collect();
    let bad = |m: &str| err(format!("{target}: {m}\n"), 6);
    if target.len() > 18 {
        return bad("Address can't exceed eighteen digits with sigdigits");
    }
    let (addr, sigdigits) = match target.find('/') {
        Some(p) => (
            &target[..p],
            crate::nettools::atoi(&target[p + 1..]) as u32 as usize,
        ),
        None => (target.as_str(), target.len()),
    };
    if addr.is_empty() || addr.len() > 15 || sigdigits > addr.len() {
        return bad("Invalid address");
    }
    let mut dev: Option<&String> = None;
    let mut i = 1;
    while let Some(a) = args.get(i) {
        let word = if a == "device" || a == "dev" {
            i += 1;
            match args.get(i) {
                Some(d) => d,
                None => return usage(),
            }
        } else {
            if args.get(i + 1).is_some() {
                return usage();
            }
            a
        };
        if dev.is_some() {
            return usage();
        }
        dev = Some(word);
        i += 1;
    }
    if dev.is_none() {
        return usage();
    }
    err(
        format!(
            "socket: {}\n",
            crate::nettools::strerror(libc::EAFNOSUPPORT)
        ),
        7,
    )
}
