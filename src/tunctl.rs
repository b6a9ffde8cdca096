//! The `tunctl` applet: uml-utilities 20070815 (Debian), a black box here. Its behaviour,
//! read from the binary: getopt "bd:f:t:u:g:", TUNSETIFF with IFF_TAP|IFF_NO_PI, then
//! TUNSETPERSIST first and TUNSETOWNER/TUNSETGROUP after it (every failure of those three
//! is reported as "TUNSETPERSIST"), exit 1 on any error.
use crate::nettools::getopt::{Getopt, Got};
use crate::nettools::passwd;
use crate::nettools::perror;
use std::io::Write;

const TUNSETIFF: libc::c_ulong = 0x400454ca;
const TUNSETPERSIST: libc::c_ulong = 0x400454cb;
const TUNSETOWNER: libc::c_ulong = 0x400454cc;
const TUNSETGROUP: libc::c_ulong = 0x400454ce;
const IFF_TAP: libc::c_short = 0x0002;
const IFF_NO_PI: libc::c_short = 0x1000;

fn usage(name: &str) -> i32 {
    eprint!(
        "Create: {name} [-b] [-u owner] [-g group] [-t device-name] [-f tun-clone-device]\n\
         Delete: {name} -d device-name [-f tun-clone-device]\n\n\
         The default tun clone device is /dev/net/tun - some systems use\n\
         /dev/misc/net/tun instead\n\n\
         -b will result in brief output (just the device name)\n"
    );
    1
}

/// `strtol(s, &end, 0)` that must consume the whole word; the value is cut to a C int.
fn numeric_id(s: &str) -> Option<i32> {
    let (v, used, _) = crate::cli::parse::strtol(s, 0);
    if used == s.len() {
        Some(v as i32)
    } else {
        None
    }
}

pub fn main(argv: Vec<String>) -> i32 {
    let name = argv.first().cloned().unwrap_or_else(|| "tunctl".into());
    let mut owner: i32 = -1;
    let mut group: i32 = -1;
    let mut delete = false;
    let mut brief = false;
    let mut tun = String::new();
    let mut file = "/dev/net/tun".to_string();
    let mut g = Getopt::new(&argv, "bd:f:t:u:g:", &[]);
    while let Some(o) = g.next_opt() {
        let Got::Opt { val, arg, .. } = o else {
            return usage(&name);
        };
        let arg = arg.unwrap_or_default();
        match u8::try_from(val).map(char::from).unwrap_or('?') {
            'b' => brief = true,
            'd' => {
                delete = true;
                tun = arg;
            }
            'f' => file = arg,
            't' => tun = arg,
            'u' => match passwd::uid_of(&arg) {
                Some(u) => owner = u as i32,
                None => match numeric_id(&arg) {
                    Some(v) => owner = v,
                    None => {
                        eprintln!("'{arg}' is neither a username nor a numeric uid.");
                        return usage(&name);
                    }
                },
            },
            'g' => match passwd::gid_of(&arg) {
                Some(u) => group = u as i32,
                None => match numeric_id(&arg) {
                    Some(v) => group = v,
                    None => {
                        eprintln!("'{arg}' is neither a groupname nor a numeric group.");
                        return usage(&name);
                    }
                },
            },
            _ => return usage(&name),
        }
    }
    if !g.operands.is_empty() {
        return usage(&name);
    }
    run(&file, &tun, delete, brief, owner, group)
}

fn run(file: &str, tun: &str, delete: bool, brief: bool, mut owner: i32, group: i32) -> i32 {
    let Ok(cpath) = std::ffi::CString::new(file) else {
        eprintln!(
            "Failed to open '{file}' : {}",
            crate::nettools::strerror(libc::ENOENT)
        );
        return 1;
    };
    // SAFETY: cpath is a valid NUL-terminated string.
    let fd = unsafe { libc::open(cpath.as_ptr(), libc::O_RDWR) };
    if fd < 0 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        eprintln!("Failed to open '{file}' : {}", crate::nettools::strerror(e));
        return 1;
    }
    let mut ifr = crate::nettools::ioctl::IfReq::new("");
    // tunctl copies at most 15 bytes of the name (strncpy(ifr_name, tun, 15)).
    ifr.set_name_bytes(&tun.as_bytes()[..tun.len().min(15)]);
    ifr.set_flags(IFF_TAP | IFF_NO_PI);
    // SAFETY: ifr is a properly sized struct ifreq living across the call.
    if unsafe { libc::ioctl(fd, TUNSETIFF as _, ifr.as_mut_ptr()) } < 0 {
        perror("TUNSETIFF");
        return 1;
    }
    let dev = ifr.name();
    let mut out = std::io::stdout().lock();
    if delete {
        // SAFETY: TUNSETPERSIST takes an integer argument.
        if unsafe { libc::ioctl(fd, TUNSETPERSIST as _, 0 as libc::c_ulong) } < 0 {
            perror("TUNSETPERSIST");
            return 1;
        }
        let _ = writeln!(out, "Set '{dev}' nonpersistent");
        return 0;
    }
    // SAFETY: as above.
    if unsafe { libc::ioctl(fd, TUNSETPERSIST as _, 1 as libc::c_ulong) } < 0 {
        perror("TUNSETPERSIST");
        return 1;
    }
    if owner == -1 && group == -1 {
        // SAFETY: geteuid cannot fail.
        owner = unsafe { libc::geteuid() } as i32;
    }
    if owner != -1 {
        // SAFETY: TUNSETOWNER takes the uid as an integer argument.
        if unsafe { libc::ioctl(fd, TUNSETOWNER as _, owner as u32 as libc::c_ulong) } < 0 {
            perror("TUNSETPERSIST");
            return 1;
        }
    }
    if group != -1 {
        // SAFETY: TUNSETGROUP takes the gid as an integer argument.
        if unsafe { libc::ioctl(fd, TUNSETGROUP as _, group as u32 as libc::c_ulong) } < 0 {
            perror("TUNSETPERSIST");
            return 1;
        }
    }
    if brief {
        let _ = writeln!(out, "{dev}");
    } else {
        let mut line = format!("Set '{dev}' persistent and owned by");
        if owner != -1 {
            line.push_str(&format!(" uid {owner}"));
        }
        if group != -1 {
            line.push_str(&format!(" gid {group}"));
        }
        let _ = writeln!(out, "{line}");
    }
    0
}
