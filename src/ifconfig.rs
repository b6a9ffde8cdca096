//! The `ifconfig` applet: net-tools 2.10 ifconfig.c. Listings come from /proc/net/dev,
//! SIOCGIFCONF and the SIOCGIF* ioctls (nettools::iface); changes are SIOCSIF* ioctls
//! made in argument order, each failure reported and the run carried on, like the C tool.
use crate::nettools::iface::{self, IfList, Socks, IFF_UP};
use crate::nettools::ifprint::{self, AFLIST, HWLIST};
use crate::nettools::ifset;
use crate::nettools::ioctl::IfReq;
use crate::nettools::strerror;
use std::io::Write;

const USAGE: &str = "Usage:
  ifconfig [-a] [-v] [-s] <interface> [[<AF>] <address>]
  [add <address>[/<prefixlen>]]
  [del <address>[/<prefixlen>]]
  [[-]broadcast [<address>]]  [[-]pointopoint [<address>]]
  [netmask <address>]  [dstaddr <address>]  [tunnel <address>]
  [outfill <NN>] [keepalive <NN>]
  [hw <HW> <address>]  [mtu <NN>]
  [[-]trailers]  [[-]arp]  [[-]allmulti]
  [multicast]  [[-]promisc]
  [mem_start <NN>]  [io_addr <NN>]  [irq <NN>]  [media <type>]
  [txqueuelen <NN>]
  [name <newname>]
  [[-]dynamic]
  [up|down] ...

  <HW>=Hardware Type.
  List of possible hardware types:
";
const USAGE2: &str = "  <AF>=Address family. Default: inet\n  List of possible address families:\n";

/// usage(rc): the text on stdout for rc 0 (stderr otherwise); the lists always on stderr.
pub fn usage(rc: i32) -> i32 {
    // stdio-buffered stdout: into a pipe the stderr lists come before the usage text.
    let mut so = crate::output::stdio::StdioOut::for_fd(std::io::stdout().lock(), 1);
    let mut se = std::io::stderr().lock();
    if rc == 0 {
        let _ = so.write_all(USAGE.as_bytes());
        let _ = se.write_all(HWLIST.as_bytes());
        let _ = so.write_all(USAGE2.as_bytes());
    } else {
        let _ = se.write_all(USAGE.as_bytes());
        let _ = se.write_all(HWLIST.as_bytes());
        let _ = se.write_all(USAGE2.as_bytes());
    }
    let _ = se.write_all(AFLIST.as_bytes());
    let _ = so.flush();
    rc
}

pub fn main(argv: Vec<String>) -> i32 {
    let mut args = argv.into_iter().skip(1).peekable();
    let mut opt_a = false;
    let mut short = false;
    let mut opt_v = false;
    while let Some(a) = args.peek() {
        if !a.starts_with('-') {
            break;
        }
        match a.as_str() {
            "-a" => opt_a = true,
            "-s" => short = true,
            "-v" => opt_v = true,
            "-V" | "-version" | "--version" => {
                println!("net-tools 2.10");
                return 0;
            }
            "-?" | "-h" | "-help" | "--help" => return usage(0),
            other => {
                eprintln!("ifconfig: option `{other}' not recognised.");
                eprintln!("ifconfig: `--help' gives usage information.");
                return 1;
            }
        }
        args.next();
    }
    let socks = Socks::open();
    if socks.generic().is_none() {
        eprintln!("No usable address families found.");
        eprintln!("socket: {}", strerror(crate::nettools::errno()));
        return 1;
    }
    let rest: Vec<String> = args.collect();
    let stdout = std::io::stdout();
    // net-tools never calls fflush: stdout leaves as glibc's buffering decides, after
    // the stderr lines when it is a pipe.
    let mut out = crate::output::stdio::StdioOut::for_fd(stdout.lock(), 1);
    let Some(name) = rest.first() else {
        let r = show_all(&mut out, &socks, opt_a, short);
        let _ = out.flush();
        return r;
    };
    let name: String = IfReq::new(name).name();
    if rest.len() == 1 {
        let r = show_one(&mut out, &socks, &name, short);
        let _ = out.flush();
        return r;
    }
    drop(out);
    match ifset::configure(&socks, &name, &rest[1..], opt_v) {
        Ok(code) => code,
        Err(ifset::Exit(code)) => code,
    }
}

fn header<W: Write>(out: &mut W, short: bool) {
    if short {
        let _ = writeln!(
            out,
            "Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg"
        );
    }
}

fn print<W: Write>(out: &mut W, ife: &iface::Iface, short: bool) -> Result<(), i32> {
    if short {
        let _ = ifprint::print_short(out, ife);
        return Ok(());
    }
    match ifprint::print_long(out, ife) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(msg)) => {
            eprint!("{msg}");
            Err(1)
        }
        // stdio ignores a failed write to stdout; so does net-tools' exit code.
        Err(_) => Ok(()),
    }
}

fn show_all<W: Write>(out: &mut W, socks: &Socks, opt_a: bool, short: bool) -> i32 {
    header(out, short);
    let mut list = IfList::default();
    let proc_err = list.read_proc(None);
    let conf_err = list.read_conf(socks);
    if let Err(e) = &proc_err {
        eprint!("{e}");
    }
    if let (Err(_), Err(e)) = (&proc_err, &conf_err) {
        eprint!("{e}");
        return 1;
    }
    for ife in list.list.iter_mut() {
        if let Err(e) = iface::fetch(ife, socks.generic(), socks) {
            eprint!("{}", iface::fetch_error(&ife.name, e));
            return 1;
        }
        if ife.flags & IFF_UP != 0 || opt_a {
            if let Err(c) = print(out, ife, short) {
                return c;
            }
        }
    }
    0
}

fn show_one<W: Write>(out: &mut W, socks: &Socks, name: &str, short: bool) -> i32 {
    header(out, short);
    let mut list = IfList::default();
    if let Err(e) = list.read_proc(Some(name)) {
        eprint!("{e}");
        return 1;
    }
    let idx = list.add(name);
    let Some(ife) = list.list.get_mut(idx) else {
        return 1;
    };
    if let Err(e) = iface::fetch(ife, socks.generic(), socks) {
        eprint!("{}", iface::fetch_error(&ife.name, e));
        return 1;
    }
    match print(out, ife, short) {
        Ok(()) => 0,
        Err(c) => c,
    }
}
