//! The `struct link_filter` of ip/ipaddress.c and the argument loop of
//! `ipaddr_list_flush_or_save` that fills it, failing at the same word with the same text.
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_prefix, invarg, Prefix, AF_UNSPEC};
use crate::error::{Error, Result};

pub const IFA_F_SECONDARY: u32 = 0x01;
pub const IFA_F_NODAD: u32 = 0x02;
pub const IFA_F_OPTIMISTIC: u32 = 0x04;
pub const IFA_F_DADFAILED: u32 = 0x08;
pub const IFA_F_HOMEADDRESS: u32 = 0x10;
pub const IFA_F_DEPRECATED: u32 = 0x20;
pub const IFA_F_TENTATIVE: u32 = 0x40;
pub const IFA_F_PERMANENT: u32 = 0x80;
pub const IFA_F_MANAGETEMPADDR: u32 = 0x100;
pub const IFA_F_NOPREFIXROUTE: u32 = 0x200;
pub const IFA_F_MCAUTOJOIN: u32 = 0x400;
pub const IFA_F_STABLE_PRIVACY: u32 = 0x800;

/// ifa_flag_data[] in its order: the printing order of address flags, and the names the
/// filter accepts (exact words, optionally with a leading `-`).
pub const IFA_FLAG_NAMES: &[(&str, u32)] = &[
    ("secondary", IFA_F_SECONDARY),
    ("temporary", IFA_F_SECONDARY),
    ("nodad", IFA_F_NODAD),
    ("optimistic", IFA_F_OPTIMISTIC),
    ("dadfailed", IFA_F_DADFAILED),
    ("home", IFA_F_HOMEADDRESS),
    ("deprecated", IFA_F_DEPRECATED),
    ("tentative", IFA_F_TENTATIVE),
    ("permanent", IFA_F_PERMANENT),
    ("mngtmpaddr", IFA_F_MANAGETEMPADDR),
    ("noprefixroute", IFA_F_NOPREFIXROUTE),
    ("autojoin", IFA_F_MCAUTOJOIN),
    ("stable-privacy", IFA_F_STABLE_PRIVACY),
];

/// What to show (or flush): a few integers, as iproute2 keeps them.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub ifindex: u32,
    pub family: u8,
    pub oneline: bool,
    pub showqueue: bool,
    pub pfx: Option<Prefix>,
    pub scope: u32,
    pub scopemask: u32,
    pub flags: u32,
    pub flagmask: u32,
    pub up: bool,
    pub label: Option<String>,
    pub group: Option<u32>,
    /// > 0 a master's ifindex, -1 `nomaster`.
    pub master: i32,
    pub kind: Option<String>,
    pub slave_kind: Option<String>,
    /// Set while flushing: addresses are collected for deletion (filter.flushb).
    pub flushing: bool,
}

/// The outcome of parsing: the filter and the device word, if one was named.
pub struct Parsed {
    pub filter: Filter,
    pub dev: Option<String>,
}

/// get_filter: a flag word (`-` inverts; `dynamic` and `primary` are the inverses of
/// `permanent` and `secondary`). False when the word is no flag.
fn get_filter(f: &mut Filter, word: &str) -> bool {
    let (mut inv, mut arg) = match word.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, word),
    };
    if arg == "dynamic" {
        inv = !inv;
        arg = "permanent";
    } else if arg == "primary" {
        inv = !inv;
        arg = "secondary";
    }
    let Some(&(_, mask)) = IFA_FLAG_NAMES.iter().find(|(n, _)| *n == arg) else {
        return false;
    };
    if inv {
        f.flags &= !mask;
    } else {
        f.flags |= mask;
    }
    f.flagmask |= mask;
    true
}

/// What a `help` word does: `ip link show help` prints the link usage, the rest the
/// address usage (ipaddress.c usage() checks do_link first).
pub type UsageFn<'a> = &'a mut dyn FnMut() -> Error;

/// The argument loop of ipaddr_list_flush_or_save.
pub fn parse(args: &mut Args, family: u8, oneline: bool, usage: UsageFn) -> Result<Parsed> {
    let mut f = Filter {
        family,
        oneline,
        showqueue: true,
        ..Filter::default()
    };
    let mut dev: Option<String> = None;
    while let Some(w) = args.next() {
        if w == "to" {
            let v = args.need()?;
            let p = get_prefix(&v, f.family)?;
            if f.family == AF_UNSPEC {
                f.family = p.family;
            }
            f.pfx = Some(p);
        } else if w == "scope" {
            let v = args.need()?;
            f.scopemask = u32::MAX;
            match crate::names::scope_id(&v) {
                Some(s) => f.scope = s,
                None => {
                    if v != "all" {
                        return Err(invarg("invalid \"scope\"\n", &v));
                    }
                    f.scope = 255;
                    f.scopemask = 0;
                }
            }
        } else if w == "up" {
            f.up = true;
        } else if get_filter(&mut f, &w) {
        } else if w == "label" {
            f.label = Some(args.need()?);
        } else if w == "group" {
            let v = args.need()?;
            match crate::names::group_id(&v) {
                Some(g) => f.group = Some(g),
                None => return Err(invarg("Invalid \"group\" value\n", &v)),
            }
        } else if w == "master" {
            let v = args.need()?;
            let idx = crate::ifmap::name_to_index(&v);
            if idx == 0 {
                return Err(invarg("Device does not exist\n", &v));
            }
            f.master = idx as i32;
        } else if w == "vrf" {
            let v = args.need()?;
            let idx = crate::ifmap::name_to_index(&v);
            if idx == 0 || !super::vrf::name_is_vrf(&v, family) {
                return Err(invarg("Not a valid VRF name\n", &v));
            }
            f.master = idx as i32;
        } else if w == "nomaster" {
            f.master = -1;
        } else if w == "type" {
            let v = args.need()?;
            match v.strip_suffix("_slave") {
                Some(k) => f.slave_kind = Some(k.to_string()),
                None => f.kind = Some(v),
            }
        } else {
            let word = if w == "dev" {
                args.need()?
            } else {
                if matches(&w, "help") {
                    return Err(usage());
                }
                w
            };
            if dev.is_some() {
                return Err(crate::cli::parse::duparg2("dev", &word));
            }
            dev = Some(word);
        }
    }
    Ok(Parsed { filter: f, dev })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(words: &[&str]) -> Result<Parsed> {
        let mut a = Args::from_strs(words);
        parse(&mut a, 0, false, &mut || Error::exit(255, "usage"))
    }

    #[test]
    fn flags_and_inverses() {
        let f = p(&["dynamic", "-tentative", "primary"])
            .ok()
            .unwrap()
            .filter;
        assert_eq!(
            f.flagmask,
            IFA_F_PERMANENT | IFA_F_TENTATIVE | IFA_F_SECONDARY
        );
        assert_eq!(f.flags, 0);
        let f = p(&["-dynamic", "secondary"]).ok().unwrap().filter;
        assert_eq!(f.flags, IFA_F_PERMANENT | IFA_F_SECONDARY);
    }

    #[test]
    fn errors_like_iproute2() {
        let e = p(&["lo", "lo"]).err().unwrap();
        assert_eq!(
            e.msg.as_deref(),
            Some("Error: either \"dev\" is duplicate, or \"lo\" is a garbage.\n")
        );
        let e = p(&["scope", "foo"]).err().unwrap();
        assert_eq!(
            e.msg.as_deref(),
            Some("Error: argument \"foo\" is wrong: invalid \"scope\"\n\n")
        );
        assert_eq!(p(&["dev"]).err().unwrap().code, 255);
        assert_eq!(p(&["he"]).err().unwrap().msg.as_deref(), Some("usage\n"));
        let f = p(&["type", "bridge_slave", "scope", "all"])
            .ok()
            .unwrap()
            .filter;
        assert_eq!(f.slave_kind.as_deref(), Some("bridge"));
        assert_eq!((f.scope, f.scopemask), (255, 0));
        let f = p(&["to", "10.0.0.0/8"]).ok().unwrap().filter;
        assert_eq!(f.family, crate::cli::parse::AF_INET);
    }
}
