//! `ip rule list|flush|save|restore` (iprule_list_flush_or_save, iprule_restore).
use super::print::{parse_rule, print_rule, PrintOpts, RuleFilter};
use super::scan::{inet_proto_a2n, scan_range};
use super::*;
use crate::cli::parse::{check_ifname, get_u32, get_u64, invarg, AF_INET};
use crate::ip::neigh::prefix::get_prefix;
use crate::netlink::{Msg, NlError, Session, NLM_F_CREATE, RTM_GETRULE};
use std::io::{self, Read};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    List,
    Flush,
    Save,
}

/// The magic word `ip rule save` writes first.
const RULE_DUMP_MAGIC: u32 = 0x7170_6986;

enum DumpErr {
    Nl(NlError),
    Other(Error),
}
impl From<NlError> for DumpErr {
    fn from(e: NlError) -> Self {
        DumpErr::Nl(e)
    }
}
impl From<io::Error> for DumpErr {
    fn from(e: io::Error) -> Self {
        DumpErr::Other(e.into())
    }
}

fn isatty(fd: i32) -> bool {
    // SAFETY: isatty has no memory-safety preconditions.
    unsafe { libc::isatty(fd) == 1 }
}

/// The selector words of a listing.
fn parse_filter(args: &mut Args, family: u8, af: u8) -> Result<RuleFilter> {
    let mut f = RuleFilter {
        family,
        ..RuleFilter::default()
    };
    while let Some(w) = args.next() {
        let m = |k: &str| matches(&w, k);
        if m("preference") || m("order") || m("priority") {
            let v = args.need()?;
            f.pref =
                Some(get_u32(&v, 0).ok_or_else(|| invarg("preference value is invalid\n", &v))?);
        } else if w == "not" {
            f.not = true;
        } else if w == "tos" || w == "dsfield" {
            let v = args.need()?;
            f.tos = Some(
                crate::names::dsfield_id(&v).ok_or_else(|| invarg("TOS value is invalid\n", &v))?,
            );
        } else if w == "fwmark" {
            let v = args.need()?;
            let (mark, mask) = match v.find('/') {
                Some(i) => (&v[..i], Some(&v[i + 1..])),
                None => (v.as_str(), None),
            };
            f.fwmark = get_u32(mark, 0).ok_or_else(|| invarg("fwmark value is invalid\n", mark))?;
            if let Some(mask) = mask {
                f.fwmask =
                    get_u32(mask, 0).ok_or_else(|| invarg("fwmask value is invalid\n", mask))?;
            }
        } else if w == "dev" || w == "iif" {
            let v = args.need()?;
            if !check_ifname(&v) {
                return Err(invarg("\"iif\"/\"dev\" not a valid ifname", &v));
            }
            f.iif = Some(v);
        } else if w == "oif" {
            let v = args.need()?;
            if !check_ifname(&v) {
                return Err(invarg("\"oif\" not a valid ifname", &v));
            }
            f.oif = Some(v);
        } else if w == "l3mdev" {
            f.l3mdev = true;
        } else if w == "uidrange" {
            let v = args.need()?;
            let (n, a, b) = scan_range(&v);
            // sscanf stores what it converted before failing; the filter keeps it.
            f.uidrange = Some((a as u32, b as u32));
            if n != 2 {
                return Err(invarg("invalid UID range\n", &v));
            }
        } else if m("tun_id") {
            let v = args.need()?;
            f.tun_id = get_u64(&v, 0).ok_or_else(|| invarg("\"tun_id\" value is invalid\n", &v))?;
        } else if m("lookup") || m("table") {
            let v = args.need()?;
            f.tb = crate::names::table_id(&v)
                .ok_or_else(|| invarg("table id value is invalid\n", &v))?;
        } else if m("from") || m("src") {
            let v = args.need()?;
            f.src = Some(get_prefix(&v, af)?);
        } else if m("protocol") {
            let v = args.need()?;
            f.protocolmask = u32::MAX;
            match crate::names::proto_id(&v) {
                Some(p) => f.protocol = p,
                None if v == "all" => {
                    f.protocol = 0;
                    f.protocolmask = 0;
                }
                None => return Err(invarg("invalid \"protocol\"\n", &v)),
            }
        } else if w == "ipproto" {
            let v = args.need()?;
            f.ipproto =
                inet_proto_a2n(&v).ok_or_else(|| invarg("Invalid \"ipproto\" value\n", &v))?;
        } else if w == "sport" || w == "dport" {
            let v = args.need()?;
            let (n, a, b) = scan_range(&v);
            let r = match n {
                1 => (a as u16, a as u16),
                2 => (a as u16, b as u16),
                _ => {
                    let msg = if w == "sport" {
                        "invalid port range\n"
                    } else {
                        "invalid dport range\n"
                    };
                    return Err(invarg(msg, &v));
                }
            };
            if w == "sport" {
                f.sport = r;
            } else {
                f.dport = r;
            }
        } else {
            let mut w = w;
            if matches(&w, "dst") || matches(&w, "to") {
                w = args.need()?;
            }
            f.dst = Some(get_prefix(&w, af)?);
        }
    }
    Ok(f)
}

pub fn list_flush_or_save(args: &mut Args, ip: &mut Ip, action: Action) -> Result<()> {
    let af = if ip.g.family == 0 {
        AF_INET
    } else {
        ip.g.family
    };
    if action == Action::Save && !args.is_empty() {
        return Err(Error::ret(
            1,
            "\"ip rule save\" does not take any arguments.",
        ));
    }
    if action == Action::Save {
        if isatty(1) {
            return Err(Error::ret(1, "Not sending a binary stream to stdout"));
        }
        // The reference write(2)s the binary stream straight to fd 1 while its JSON
        // brackets (under -j) sit in stdio's buffer until exit: they end up last.
        write_fd1(&RULE_DUMP_MAGIC.to_ne_bytes())?;
    }
    let f = parse_filter(args, ip.g.family, af)?;
    let mut req = [0u8; FRH_LEN];
    req[0] = af;
    let opts = PrintOpts {
        details: ip.g.details,
    };
    let Ip { nl, out, .. } = ip;
    out.begin_list()?;
    let r = nl.dump(
        RTM_GETRULE,
        &req,
        |m: &Msg| -> std::result::Result<(), DumpErr> {
            match action {
                Action::List => {
                    if let Some(r) = parse_rule(m) {
                        if f.accepts(&r.frh, &r.tb) {
                            print_rule(&r, &opts, out)?;
                        }
                    }
                }
                Action::Save => save_rule(m)?,
                Action::Flush => flush_rule(m, &f)?,
            }
            Ok(())
        },
    );
    match r {
        Ok(()) => {
            out.end_list()?;
            Ok(())
        }
        Err(e) => {
            out.flush()?;
            let text = match e {
                DumpErr::Nl(e) => e.text,
                DumpErr::Other(e) => e.msg.unwrap_or_default(),
            };
            // The reference returns 1 from the command: exit 255.
            Err(Error::raw(
                255,
                format!("{text}Dump terminated\n"),
                Failure::Return,
            ))
        }
    }
}

/// write(STDOUT_FILENO, ...), past the buffered printer.
fn write_fd1(mut b: &[u8]) -> io::Result<()> {
    while !b.is_empty() {
        // SAFETY: b is valid for its length.
        let n = unsafe { libc::write(1, b.as_ptr() as *const libc::c_void, b.len()) };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        b = &b[n as usize..];
    }
    Ok(())
}

/// save_rule: the message as it came, after the magic word.
fn save_rule(m: &Msg) -> std::result::Result<(), DumpErr> {
    let mut v = Vec::with_capacity(m.payload.len() + 16);
    v.extend_from_slice(&((m.payload.len() + 16) as u32).to_ne_bytes());
    v.extend_from_slice(&m.ty.to_ne_bytes());
    v.extend_from_slice(&m.flags.to_ne_bytes());
    v.extend_from_slice(&m.seq.to_ne_bytes());
    v.extend_from_slice(&m.pid.to_ne_bytes());
    v.extend_from_slice(m.payload);
    write_fd1(&v)?;
    Ok(())
}

/// flush_rule: every matching rule that has a priority is deleted on a socket of its own.
fn flush_rule(m: &Msg, f: &RuleFilter) -> std::result::Result<(), DumpErr> {
    let Some(r) = parse_rule(m) else {
        return Ok(());
    };
    if !f.accepts(&r.frh, &r.tb) {
        return Ok(());
    }
    if let Some(p) = r.tb[FRA_PROTOCOL as usize] {
        let proto = p.u8().unwrap_or(0) as u32;
        if (f.protocol ^ proto) & f.protocolmask != 0 {
            return Ok(());
        }
    }
    if r.tb[FRA_PRIORITY as usize].is_some() {
        let mut s =
            Session::open().map_err(|_| DumpErr::Other(Error::silent(1, Failure::Return)))?;
        s.talk(crate::netlink::RTM_DELRULE, 0, m.payload)?;
    }
    Ok(())
}

/// iprule_restore: the magic word, then each saved message sent back as a create.
pub fn restore(ip: &mut Ip) -> Result<()> {
    if isatty(0) {
        return Err(Error::exit(255, "Can't restore rule dump from a terminal"));
    }
    let mut input = Vec::new();
    io::stdin().lock().read_to_end(&mut input)?;
    let magic = input
        .get(..4)
        .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]));
    if magic != Some(RULE_DUMP_MAGIC) {
        let (n, v) = match magic {
            Some(v) => (1, v),
            // fread of a short file: nothing counted, the partial bytes stay in `magic`.
            None => {
                let mut b = [0u8; 4];
                for (d, s) in b.iter_mut().zip(&input) {
                    *d = *s;
                }
                (0, u32::from_ne_bytes(b))
            }
        };
        return Err(Error::exit(
            255,
            format!("Magic mismatch ({n} elems, {v:x} magic)"),
        ));
    }
    let mut rest = &input[4..];
    loop {
        if rest.is_empty() {
            return Err(Error::silent(0, Failure::Exit));
        }
        let Some(h) = rest.get(..16) else {
            return Err(Error::exit(255, "rtnl-from_file: truncated message"));
        };
        let len = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]) as usize;
        let ty = u16::from_ne_bytes([h[4], h[5]]);
        let flags = u16::from_ne_bytes([h[6], h[7]]);
        let pos = input.len() - rest.len() + 16;
        if !(16..=16384).contains(&len) {
            return Err(Error::exit(
                255,
                format!("!!!malformed message: len={len} @{pos}"),
            ));
        }
        let body_len = crate::netlink::attr::align(len - 16);
        let Some(body) = rest.get(16..16 + body_len) else {
            return Err(Error::exit(255, "rtnl-from_file: truncated message"));
        };
        let payload = &body[..len - 16];
        // restore_handler: an existing rule is not an error (the kernel's text still prints).
        if let Err(e) = ip.nl.talk(ty, flags | NLM_F_CREATE, payload) {
            crate::error::Error::raw(2, e.text.clone(), Failure::Return).report();
            if e.errno != libc::EEXIST {
                return Err(Error::silent(255, Failure::Exit));
            }
        }
        rest = &rest[16 + body_len..];
    }
}
