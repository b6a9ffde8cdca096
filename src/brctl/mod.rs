//! The `brctl` applet (bridge-utils 1.7.1 brctl/brctl.c, brctl_cmd.c, brctl_disp.c).
//!
//! brctl reads and writes sysfs first and falls back to the old bridge ioctls exactly
//! where libbridge does; the error texts come from the errno of whichever call failed
//! last, so the same calls are made in the same order (see `sys`).
mod cscan;
mod getopt;
mod sys;

use std::io::Write;

/// brctl_cmd.c commands[]: minimum argument count, name, help text.
const COMMANDS: &[(usize, &str, &str)] = &[
    (1, "addbr", "<bridge>\t\tadd bridge"),
    (1, "delbr", "<bridge>\t\tdelete bridge"),
    (2, "addif", "<bridge> <device>\tadd interface to bridge"),
    (
        2,
        "delif",
        "<bridge> <device>\tdelete interface from bridge",
    ),
    (
        3,
        "hairpin",
        "<bridge> <port> {on|off}\tturn hairpin on/off",
    ),
    (2, "setageing", "<bridge> <time>\t\tset ageing time"),
    (2, "setbridgeprio", "<bridge> <prio>\t\tset bridge priority"),
    (2, "setfd", "<bridge> <time>\t\tset bridge forward delay"),
    (2, "sethello", "<bridge> <time>\t\tset hello time"),
    (2, "setmaxage", "<bridge> <time>\t\tset max message age"),
    (3, "setpathcost", "<bridge> <port> <cost>\tset path cost"),
    (
        3,
        "setportprio",
        "<bridge> <port> <prio>\tset port priority",
    ),
    (0, "show", "[ <bridge> ]\t\tshow a list of bridges"),
    (1, "showmacs", "<bridge>\t\tshow a list of mac addrs"),
    (1, "showstp", "<bridge>\t\tshow bridge stp info"),
    (2, "stp", "<bridge> {on|off}\tturn stp on/off"),
];

/// help(): printed on stdout, also when it ends in failure.
fn help(out: &mut impl Write) {
    let _ = writeln!(out, "Usage: brctl [commands]");
    let _ = writeln!(out, "commands:");
    for (_, name, text) in COMMANDS {
        let _ = writeln!(out, "\t{name:<10}\t{text}");
    }
}

pub fn main(argv: Vec<String>) -> i32 {
    let stdout = std::io::stdout();
    // bridge-utils never calls fflush: stdout leaves as glibc's buffering decides.
    let mut out = crate::output::stdio::StdioOut::for_fd(stdout.lock(), 1);
    let code = run(&argv, &mut out);
    let _ = out.flush();
    code
}

fn eprint_now(_out: &mut impl Write, msg: &str) {
    // stderr is unbuffered and stdout is not flushed first (StdioOut keeps glibc's order).
    eprint!("{msg}");
}

fn run(argv: &[String], out: &mut impl Write) -> i32 {
    let prog = argv.first().map(String::as_str).unwrap_or("brctl");
    let rest = argv.get(1..).unwrap_or(&[]);
    let (opt, words) = getopt::parse(prog, rest);
    match opt {
        getopt::Opt::Help => {
            help(out);
            return 0;
        }
        getopt::Opt::Version => {
            // Debian's build reports its PACKAGE_VERSION as "1.7".
            let _ = writeln!(out, "bridge-utils, 1.7");
            return 0;
        }
        getopt::Opt::Bad(msg) => {
            eprint_now(out, &msg);
            eprint_now(out, "Unknown option '?'\n");
            help(out);
            return 1;
        }
        getopt::Opt::None => {}
    }
    let Some(cmd) = words.first() else {
        help(out);
        return 1;
    };
    let sock = match sys::Sock::open() {
        Ok(s) => s,
        Err(e) => {
            eprint_now(
                out,
                &format!(
                    "can't setup bridge control: {}\n",
                    crate::netlink::strerror(e)
                ),
            );
            return 1;
        }
    };
    let Some(&(nargs, name, text)) = COMMANDS.iter().find(|(_, n, _)| *n == cmd.as_str()) else {
        eprint_now(out, &format!("never heard of command [{cmd}]\n"));
        help(out);
        return 1;
    };
    if words.len() < nargs + 1 {
        let _ = writeln!(out, "Incorrect number of arguments for command");
        let _ = writeln!(out, "Usage: brctl {name} {text}");
        return 1;
    }
    let a = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
    let mut c = Cmd { sock, out };
    match name {
        "addbr" => c.addbr(a(1)),
        "delbr" => c.delbr(a(1)),
        "addif" => c.addif(a(1), words.get(2..).unwrap_or(&[])),
        "delif" => c.delif(a(1), words.get(2..).unwrap_or(&[])),
        "hairpin" => c.hairpin(a(1), a(2), a(3)),
        "setageing" => c.set_time(a(1), a(2), "ageing_time", sys::BRCTL_SET_AGEING_TIME),
        "setbridgeprio" => c.setbridgeprio(a(1), a(2)),
        "setfd" => c.set_time(
            a(1),
            a(2),
            "forward_delay",
            sys::BRCTL_SET_BRIDGE_FORWARD_DELAY,
        ),
        "sethello" => c.set_time(a(1), a(2), "hello_time", sys::BRCTL_SET_BRIDGE_HELLO_TIME),
        "setmaxage" => c.set_time(a(1), a(2), "max_age", sys::BRCTL_SET_BRIDGE_MAX_AGE),
        "setpathcost" => c.setport(a(1), a(2), a(3), true),
        "setportprio" => c.setport(a(1), a(2), a(3), false),
        "show" => c.show(words.get(1..).unwrap_or(&[])),
        "showmacs" => c.showmacs(a(1)),
        "showstp" => c.showstp(a(1)),
        "stp" => c.stp(a(1), a(2)),
        _ => 1,
    }
}

struct Cmd<'a, W: Write> {
    sock: sys::Sock,
    out: &'a mut W,
}

fn strerror(e: i32) -> String {
    crate::netlink::strerror(e)
}

/// strtotimeval: sscanf("%lf") then the C conversions to a timeval, then to jiffies
/// (libbridge_private.h __tv_to_jiffies), all in C's wrapping arithmetic.
pub fn time_to_jiffies(arg: &str) -> Option<u64> {
    let secs = cscan::scan_double(arg)?;
    let tv_sec = cscan::c_double_to_long(secs);
    let tv_usec = cscan::c_double_to_long(1_000_000.0 * (secs - tv_sec as f64));
    let jif = 1_000_000u64
        .wrapping_mul(tv_sec as u64)
        .wrapping_add(tv_usec as u64);
    Some(jif / 10000)
}

/// "on|yes|1" / "off|no|0" (br_cmd_stp, br_cmd_hairpin).
pub fn on_off(v: &str) -> Option<u64> {
    match v {
        "on" | "yes" | "1" => Some(1),
        "off" | "no" | "0" => Some(0),
        _ => None,
    }
}

impl<W: Write> Cmd<'_, W> {
    fn err(&mut self, msg: String) {
        eprint_now(self.out, &msg);
    }

    fn addbr(&mut self, br: &str) -> i32 {
        match self.sock.add_bridge(br) {
            0 => 0,
            libc::EEXIST => {
                self.err(format!(
                    "device {br} already exists; can't create bridge with the same name\n"
                ));
                1
            }
            e => {
                self.err(format!("add bridge failed: {}\n", strerror(e)));
                1
            }
        }
    }

    fn delbr(&mut self, br: &str) -> i32 {
        match self.sock.del_bridge(br) {
            0 => 0,
            libc::ENXIO => {
                self.err(format!("bridge {br} doesn't exist; can't delete it\n"));
                1
            }
            libc::EBUSY => {
                self.err(format!("bridge {br} is still up; can't delete it\n"));
                1
            }
            e => {
                self.err(format!("can't delete bridge {br}: {}\n", strerror(e)));
                1
            }
        }
    }

    fn addif(&mut self, br: &str, ifs: &[String]) -> i32 {
        for ifname in ifs {
            let msg = match self.sock.add_del_if(br, ifname, true) {
                0 => continue,
                libc::ENODEV => {
                    if sys::if_nametoindex(ifname) == 0 {
                        format!("interface {ifname} does not exist!\n")
                    } else {
                        format!("bridge {br} does not exist!\n")
                    }
                }
                libc::EBUSY => format!(
                    "device {ifname} is already a member of a bridge; can't add it to bridge {br}.\n"
                ),
                libc::ELOOP => format!(
                    "device {ifname} is a bridge device itself; can't add a bridge device to a bridge device.\n"
                ),
                e => format!("can't add {ifname} to bridge {br}: {}\n", strerror(e)),
            };
            self.err(msg);
            return 1;
        }
        0
    }

    fn delif(&mut self, br: &str, ifs: &[String]) -> i32 {
        for ifname in ifs {
            let msg = match self.sock.add_del_if(br, ifname, false) {
                0 => continue,
                libc::ENODEV => {
                    if sys::if_nametoindex(ifname) == 0 {
                        format!("interface {ifname} does not exist!\n")
                    } else {
                        format!("bridge {br} does not exist!\n")
                    }
                }
                libc::EINVAL => format!("device {ifname} is not a port of {br}\n"),
                e => format!("can't delete {ifname} from {br}: {}\n", strerror(e)),
            };
            self.err(msg);
            return 1;
        }
        0
    }

    fn set_time(&mut self, br: &str, val: &str, file: &str, oldcode: u64) -> i32 {
        let (bad, failed) = match file {
            "ageing_time" => ("bad ageing time value", "set ageing time failed"),
            "forward_delay" => ("bad forward delay value", "set forward delay failed"),
            "hello_time" => ("bad hello timer value", "set hello timer failed"),
            _ => ("bad max age value", "set max age failed"),
        };
        let Some(jif) = time_to_jiffies(val) else {
            self.err(format!("{bad}\n"));
            return 1;
        };
        let e = self.sock.br_set(br, file, jif, oldcode);
        if e != 0 {
            self.err(format!("{failed}: {}\n", strerror(e)));
        }
        (e != 0) as i32
    }

    fn setbridgeprio(&mut self, br: &str, val: &str) -> i32 {
        let Some(prio) = cscan::scan_int(val) else {
            self.err("bad priority\n".into());
            return 1;
        };
        // An int handed on as an unsigned long: negative values sign-extend.
        let e = self.sock.br_set(
            br,
            "priority",
            prio as i64 as u64,
            sys::BRCTL_SET_BRIDGE_PRIORITY,
        );
        if e != 0 {
            self.err(format!("set bridge priority failed: {}\n", strerror(e)));
        }
        (e != 0) as i32
    }

    fn setport(&mut self, br: &str, port: &str, val: &str, cost: bool) -> i32 {
        let Some(v) = cscan::scan_int(val) else {
            self.err(if cost {
                "bad path cost value\n".into()
            } else {
                "bad path priority value\n".into()
            });
            return 1;
        };
        let (file, code) = if cost {
            ("path_cost", sys::BRCTL_SET_PATH_COST)
        } else {
            ("priority", sys::BRCTL_SET_PORT_PRIORITY)
        };
        let e = self.sock.port_set(br, port, file, v as i64 as u64, code);
        if e != 0 {
            // br_cmd_setportprio prints errno, not the returned error.
            let shown = if cost { e } else { sys::errno() };
            let what = if cost {
                "set path cost failed"
            } else {
                "set port priority failed"
            };
            self.err(format!("{what}: {}\n", strerror(shown)));
        }
        (e != 0) as i32
    }

    fn stp(&mut self, br: &str, val: &str) -> i32 {
        let Some(v) = on_off(val) else {
            self.err("expect on/off for argument\n".into());
            return 1;
        };
        let e = self
            .sock
            .br_set(br, "stp_state", v, sys::BRCTL_SET_BRIDGE_STP_STATE);
        if e != 0 {
            let shown = sys::errno();
            self.err(format!("set stp status failed: {}\n", strerror(shown)));
        }
        (e != 0) as i32
    }

    fn hairpin(&mut self, br: &str, port: &str, mode: &str) -> i32 {
        let Some(v) = on_off(mode) else {
            self.err("expect on/off for argument\n".into());
            return 1;
        };
        if sys::if_nametoindex(port) == 0 {
            self.err(format!("interface {port} does not exist!\n"));
            return 1;
        }
        if sys::if_nametoindex(br) == 0 {
            self.err(format!("bridge {br} does not exist!\n"));
            return 1;
        }
        let e = self.sock.port_set(br, port, "hairpin_mode", v, 0);
        if e != 0 {
            self.err(format!(
                "can't set {port} to hairpin on bridge {br}: {}\n",
                strerror(e)
            ));
        }
        (e != 0) as i32
    }

    /// br_get_bridge_info failure texts (show, showstp).
    fn no_bridge(&mut self, name: &str) {
        if sys::errno() == libc::ENODEV {
            self.err(format!("bridge {name} does not exist!\n"));
        } else {
            self.err(format!("device {name} is not a bridge!\n"));
        }
    }

    fn show(&mut self, names: &[String]) -> i32 {
        let mut header = true;
        if names.is_empty() {
            let bridges = self.sock.bridges();
            for b in bridges {
                if self.show_bridge(&b, &mut header) {
                    break;
                }
            }
            return 0;
        }
        let mut errs = 0;
        for n in names {
            errs += self.show_bridge(n, &mut header) as i32;
        }
        (errs > 0) as i32
    }

    /// show_bridge: true when the bridge's info could not be read.
    fn show_bridge(&mut self, name: &str, header: &mut bool) -> bool {
        let Some(info) = self.sock.bridge_info_brief(name, self.out) else {
            self.no_bridge(name);
            return true;
        };
        let o = &mut *self.out;
        if *header {
            let _ = writeln!(o, "bridge name\tbridge id\t\tSTP enabled\tinterfaces");
            *header = false;
        }
        let stp = if info.stp_enabled != 0 { "yes" } else { "no" };
        let _ = write!(o, "{name}\t\t{}\t{stp}\t\t", info.bridge_id);
        match self.sock.ports(name) {
            Ok(ports) => {
                for (i, p) in ports.iter().enumerate() {
                    if i > 0 {
                        let _ = write!(o, "\n\t\t\t\t\t\t\t");
                    }
                    let _ = write!(o, "{p}");
                }
                let _ = writeln!(o);
            }
            Err(e) => {
                let _ = writeln!(o, " can't get port info: {}", strerror(e));
            }
        }
        false
    }

    fn showmacs(&mut self, br: &str) -> i32 {
        let mut fdb = match self.sock.read_fdb(br) {
            Ok(f) => f,
            Err(e) => {
                self.err(format!("read of forward table failed: {}\n", strerror(e)));
                return 1;
            }
        };
        fdb.sort_by_key(|f| f.mac);
        let o = &mut *self.out;
        let _ = writeln!(o, "port no\tmac addr\t\tis local?\tageing timer");
        for f in &fdb {
            let m = f.mac;
            let _ = writeln!(
                o,
                "{:3}\t{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}\t{}\t\t{}",
                f.port_no,
                m[0],
                m[1],
                m[2],
                m[3],
                m[4],
                m[5],
                if f.is_local { "yes" } else { "no" },
                cscan::timer(f.ageing as u64)
            );
        }
        0
    }

    fn showstp(&mut self, br: &str) -> i32 {
        let Some(i) = self.sock.bridge_info(br, self.out) else {
            self.no_bridge(br);
            return 1;
        };
        let t = |v: i64| cscan::timer(v as u64);
        let o = &mut *self.out;
        let _ = writeln!(o, "{br}");
        let _ = write!(o, " bridge id\t\t{}", i.bridge_id);
        let _ = write!(o, "\n designated root\t{}", i.root_id);
        let _ = write!(o, "\n root port\t\t{:4}\t\t\t", i.root_port);
        let _ = writeln!(o, "path cost\t\t{:4}", i.root_path_cost);
        let _ = write!(o, " max age\t\t{}", t(i.max_age));
        let _ = write!(o, "\t\t\tbridge max age\t\t{}", t(i.max_age));
        let _ = write!(o, "\n hello time\t\t{}", t(i.hello_time));
        let _ = write!(o, "\t\t\tbridge hello time\t{}", t(i.hello_time));
        let _ = write!(o, "\n forward delay\t\t{}", t(i.forward_delay));
        let _ = write!(o, "\t\t\tbridge forward delay\t{}", t(i.forward_delay));
        let _ = write!(o, "\n ageing time\t\t{}", t(i.ageing_time));
        let _ = write!(o, "\n hello timer\t\t{}", t(i.hello_timer));
        let _ = write!(o, "\t\t\ttcn timer\t\t{}", t(i.tcn_timer));
        let _ = write!(o, "\n topology change timer\t{}", t(i.tc_timer));
        let _ = write!(o, "\t\t\tgc timer\t\t{}", t(i.gc_timer));
        let _ = write!(o, "\n flags\t\t\t");
        if i.topology_change != 0 {
            let _ = write!(o, "TOPOLOGY_CHANGE ");
        }
        if i.topology_change_detected != 0 {
            let _ = write!(o, "TOPOLOGY_CHANGE_DETECTED ");
        }
        let _ = write!(o, "\n\n\n");
        match self.sock.ports(br) {
            Ok(ports) => {
                for p in ports {
                    self.port_info(&p);
                }
            }
            Err(e) => {
                let _ = writeln!(self.out, "can't get ports: {}", strerror(e));
            }
        }
        0
    }

    fn port_info(&mut self, p: &str) {
        let Some(pi) = self.sock.port_info(p, self.out) else {
            // dump_port_info prints the name's pointer with %p; we cannot match an address.
            let _ = write!(self.out, "Can't get info for {p}");
            return;
        };
        let t = |v: i64| cscan::timer(v as u64);
        let o = &mut *self.out;
        let _ = writeln!(o, "{p} ({})", pi.port_no);
        let _ = write!(o, " port id\t\t{:04x}", pi.port_id);
        let _ = writeln!(o, "\t\t\tstate\t\t{:>15}", cscan::state_name(pi.state));
        let _ = write!(o, " designated root\t{}", pi.designated_root);
        let _ = writeln!(o, "\tpath cost\t\t{:4}", pi.path_cost);
        let _ = write!(o, " designated bridge\t{}", pi.designated_bridge);
        let _ = write!(o, "\tmessage age timer\t{}", t(pi.message_age_timer));
        let _ = write!(o, "\n designated port\t{:04x}", pi.designated_port);
        let _ = write!(
            o,
            "\t\t\tforward delay timer\t{}",
            t(pi.forward_delay_timer)
        );
        let _ = write!(o, "\n designated cost\t{:4}", pi.designated_cost);
        let _ = write!(o, "\t\t\thold timer\t\t{}", t(pi.hold_timer));
        let _ = write!(o, "\n flags\t\t\t");
        if pi.config_pending != 0 {
            let _ = write!(o, "CONFIG_PENDING ");
        }
        if pi.change_ack != 0 {
            let _ = write!(o, "TOPOLOGY_CHANGE_ACK ");
        }
        if pi.hairpin_mode != 0 {
            let _ = write!(o, "\n hairpin mode\t\t{:4}", pi.hairpin_mode);
        }
        let _ = write!(o, "\n\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_text() {
        let mut v = Vec::new();
        help(&mut v);
        let s = String::from_utf8(v).unwrap();
        assert!(s.starts_with(
            "Usage: brctl [commands]\ncommands:\n\taddbr     \t<bridge>\t\tadd bridge\n"
        ));
        assert!(s.contains("\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority\n"));
    }

    #[test]
    fn timeval_conversions() {
        assert_eq!(time_to_jiffies("12.345xyz"), Some(1234));
        assert_eq!(time_to_jiffies(" 2"), Some(200));
        assert_eq!(time_to_jiffies("abc"), None);
        assert_eq!(time_to_jiffies("0.009"), Some(0));
    }

    #[test]
    fn on_off_words() {
        assert_eq!(on_off("yes"), Some(1));
        assert_eq!(on_off("0"), Some(0));
        assert_eq!(on_off("On"), None);
    }
}

#[cfg(test)]
mod fixture_tests {
    use super::*;

    /// A copy of a namespace's /sys/class/net bridge files; the golden texts are the
    /// reference brctl's output with that tree bind-mounted over /sys/class/net.
    fn run_on_fixture(f: impl FnOnce(&mut Cmd<Vec<u8>>) -> i32) -> (i32, String) {
        let mut sock = sys::Sock::open().unwrap();
        sock.root = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/compat-tests/fixtures/brctl/sys/"
        )
        .to_string();
        let mut out = Vec::new();
        let code = {
            let mut c = Cmd {
                sock,
                out: &mut out,
            };
            f(&mut c)
        };
        (code, String::from_utf8(out).unwrap())
    }

    #[test]
    fn show_layout() {
        let (code, text) = run_on_fixture(|c| c.show(&[]));
        assert_eq!(
            (code, text.as_str()),
            (
                0,
                include_str!("../../compat-tests/fixtures/brctl/show.txt")
            )
        );
        let names = ["br1".to_string(), "br0".to_string()];
        let (code, text) = run_on_fixture(|c| c.show(&names));
        assert_eq!(
            (code, text.as_str()),
            (
                0,
                include_str!("../../compat-tests/fixtures/brctl/show-br1-br0.txt")
            )
        );
    }

    #[test]
    fn showstp_and_showmacs() {
        let (_, text) = run_on_fixture(|c| c.showstp("br0"));
        assert_eq!(
            text,
            include_str!("../../compat-tests/fixtures/brctl/showstp-br0.txt")
        );
        let (_, text) = run_on_fixture(|c| c.showstp("br1"));
        assert_eq!(
            text,
            include_str!("../../compat-tests/fixtures/brctl/showstp-br1.txt")
        );
        let (_, text) = run_on_fixture(|c| c.showmacs("br0"));
        assert_eq!(
            text,
            include_str!("../../compat-tests/fixtures/brctl/showmacs-br0.txt")
        );
    }
}
