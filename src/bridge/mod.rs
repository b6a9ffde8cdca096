//! The `bridge` applet (iproute2 6.1 bridge/bridge.c): its own global options, in its
//! own order, the object table, `-batch`.
pub mod fdb;
pub mod link;
pub mod mdb;
pub mod monitor;
pub mod port;
pub mod vlan;
pub mod vni;

use crate::cli::applet::{
    self, do_cmd, run_argv, run_file, stdout_printer, Applet, GlobalOpts, ObjFn,
};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{self, duparg, invarg};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::AttrBuf;
use crate::netlink::{NlError, Session, RTM_GETLINK};

pub type Out = crate::ip::Out;

pub const VERSION_LINE: &str = "bridge utility, 6.1.0";

const USAGE: &str = "\
Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }
       bridge [ -force ] -batch filename
where  OBJECT := { link | fdb | mdb | vlan | monitor }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |
                    -o[neline] | -t[imestamp] | -n[etns] name |
                    -c[ompressvlans] -color -p[retty] -j[son] }
";

/// usage() of bridge.c: stderr and exit(-1).
pub fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

#[derive(Debug, Clone, Default)]
pub struct Globals {
    pub family: u8,
    pub oneline: bool,
    pub stats: u32,
    pub details: u32,
    pub compress_vlans: bool,
    pub json: bool,
    pub pretty: bool,
    pub timestamp: u32,
    pub force: bool,
}

/// The C files' static filter variables: like the reference, they keep their values from
/// one command of a batch to the next.
#[derive(Debug, Clone, Default)]
pub struct Statics {
    pub link_filter_index: u32,
    pub fdb_filter_index: u32,
    pub fdb_filter_dynamic: bool,
    pub fdb_filter_master: u32,
    pub fdb_filter_state: u32,
    pub fdb_filter_vlan: u32,
    pub vlan_filter_index: u32,
    pub vlan_filter_vlan: u32,
    pub mdb_filter_index: u32,
    pub mdb_filter_vlan: u32,
    pub vni_filter_index: u32,
    pub map_loaded: bool,
}

pub struct Br {
    pub g: Globals,
    pub nl: Session,
    pub out: Out,
    pub st: Statics,
}

impl Applet for Br {
    const NAME: &'static str = "bridge";
    const OBJECTS: &'static [(&'static str, Option<ObjFn<Self>>)] = OBJECTS;
    // bridge.c do_cmd: `return -1` after "Object ... is unknown".
    const UNKNOWN_OBJECT: i32 = 255;
    fn usage() -> Error {
        usage()
    }
    fn out(&mut self) -> &mut Out {
        &mut self.out
    }
}

/// A `return -1` after a failed rtnl_talk: the kernel's text, exit 255, a batch goes on.
pub fn talk_err(e: NlError) -> Error {
    Error::raw(255, e.text, Failure::Return)
}

/// A failed dump: rtnl_dump_filter's text, then "Dump terminated" and exit(1).
pub fn dump_err(e: Error) -> Error {
    if e.how == Failure::Exit {
        return e;
    }
    let mut text = e.msg.unwrap_or_default();
    text.push_str("Dump terminated\n");
    Error::raw(1, text, Failure::Exit)
}

/// Errors out of a dump callback are kept apart from the socket's own errors.
pub enum DumpFail {
    Nl(NlError),
    Io(std::io::Error),
}
impl From<NlError> for DumpFail {
    fn from(e: NlError) -> DumpFail {
        DumpFail::Nl(e)
    }
}
impl From<std::io::Error> for DumpFail {
    fn from(e: std::io::Error) -> DumpFail {
        DumpFail::Io(e)
    }
}
impl From<DumpFail> for Error {
    fn from(e: DumpFail) -> Error {
        match e {
            DumpFail::Nl(n) => dump_err(Error::raw(1, n.text, Failure::Return)),
            DumpFail::Io(i) => Error::from(i),
        }
    }
}

/// `Cannot find device "X"` (lib/utils.c nodev), a `return -1`.
pub fn nodev(dev: &str) -> Error {
    Error::ret(255, format!("Cannot find device \"{dev}\""))
}

/// `Cannot find bridge device "X"` (link.c, fdb.c, vlan.c), a `return -1`.
pub fn nobrdev(dev: &str) -> Error {
    Error::ret(255, format!("Cannot find bridge device \"{dev}\""))
}

/// The index of a bridge (or port) device named on the command line, or `nobrdev`.
pub fn brdev_index(dev: &str) -> Result<u32> {
    match crate::ifmap::name_to_index(dev) {
        0 => Err(nobrdev(dev)),
        i => Ok(i),
    }
}

/// The `dev` that link.c brlink_modify and fdb.c fdb_flush require, looked up.
pub fn required_brdev(dev: Option<&str>) -> Result<u32> {
    let Some(dev) = dev else {
        return Err(Error::ret(255, "Device is a required argument."));
    };
    brdev_index(dev)
}

/// The filter words of the show commands (link.c brlink_show, vni.c vni_show, mdb.c
/// mdb_show, vlan.c vlan_show and vlan_global_show): `dev DEV`, and `vid VID` where the
/// command has it (`vid` is its static filter_vlan, set as the word is read); every other
/// word is skipped. A named DEV's index goes into `index` (the command's static
/// filter_index), 0 when there is no such device.
pub fn parse_show_filter(
    args: &mut Args,
    index: &mut u32,
    mut vid: Option<&mut u32>,
) -> Result<()> {
    let mut filter_dev: Option<String> = None;
    while let Some(w) = args.next() {
        if w == "dev" {
            let d = args.need()?;
            if filter_dev.is_some() {
                return Err(duparg("dev", &d));
            }
            filter_dev = Some(d);
        } else if let (true, Some(filter_vlan)) = (w == "vid", vid.as_deref_mut()) {
            let v = args.need()?;
            if *filter_vlan != 0 {
                return Err(duparg("vid", &v));
            }
            *filter_vlan = atoi(&v) as u32;
        }
    }
    let Some(d) = filter_dev else {
        return Ok(());
    };
    // `filter_index = ll_name_to_index(dev)` comes first: a missing device leaves 0
    // behind, so a later show in the same batch is not filtered.
    *index = crate::ifmap::name_to_index(&d);
    if *index == 0 {
        return Err(nodev(&d));
    }
    Ok(())
}

impl Br {
    /// The start of do_link, do_mdb, do_vlan and do_vni: ll_init_map, then `timestamp = 0`
    /// for good (it matters to a later `monitor` in a batch). do_fdb does the same, but
    /// answers ll_init_map lazily (fdb::run).
    pub fn enter(&mut self) -> Result<()> {
        self.init_map()?;
        self.g.timestamp = 0;
        Ok(())
    }

    /// ll_init_map: one full link dump, remembered by the name cache, once per process.
    pub fn init_map(&mut self) -> Result<()> {
        if self.st.map_loaded {
            return Ok(());
        }
        let mut req = AttrBuf::with_header(&[0u8; 16]);
        req.add_u32(crate::ifmap::IFLA_EXT_MASK, crate::ifmap::RTEXT_FILTER_VF);
        self.nl
            .dump(
                RTM_GETLINK,
                &req.buf,
                |m| -> std::result::Result<(), NlError> {
                    crate::ifmap::remember(m.ty, m.payload);
                    Ok(())
                },
            )
            .map_err(|e| dump_err(Error::raw(1, e.text, Failure::Return)))?;
        self.st.map_loaded = true;
        Ok(())
    }
}

/// parse_on_off (lib/utils.c parse_one_of): "off"/"on" by prefix, else the error text
/// and a `return -EINVAL` (exit 234).
pub fn parse_on_off(key: &str, val: &str) -> Result<bool> {
    if matches(val, "off") {
        return Ok(false);
    }
    if matches(val, "on") {
        return Ok(true);
    }
    Err(Error::ret(
        256 - libc::EINVAL,
        format!("Error: argument of \"{key}\" must be one of \"off\", \"on\", not \"{val}\""),
    ))
}

/// C atoi: leading blanks, a sign, digits; 0 when there are none.
pub fn atoi(s: &str) -> i32 {
    let (v, used, _) = parse::strtol(s, 10);
    if used == 0 {
        0
    } else {
        v as i32
    }
}

/// bridge.c cmds[], in order.
const OBJECTS: &[(&str, Option<ObjFn<Br>>)] = &[
    ("link", Some(link::run)),
    ("fdb", Some(fdb::run)),
    ("mdb", Some(mdb::run)),
    ("vlan", Some(vlan::run)),
    ("vni", Some(vni::run)),
    ("monitor", Some(monitor::run)),
    ("help", Some(applet::help)),
];

/// The options loop of bridge.c main(), in its own order; returns the batch file and the
/// words of the command.
fn parse_globals<'a>(
    argv: &'a [String],
    g: &mut Globals,
    color: &mut i32,
) -> Result<(Option<String>, &'a [String])> {
    let mut opts = GlobalOpts::new(argv);
    let mut batch = None;
    while let Some(opt) = opts.next() {
        if matches(opt, "-help") {
            return Err(usage());
        } else if matches(opt, "-Version") {
            println!("{VERSION_LINE}");
            return Err(Error::silent(0, Failure::Exit));
        } else if matches(opt, "-stats") || matches(opt, "-statistics") {
            g.stats += 1;
        } else if matches(opt, "-details") {
            g.details += 1;
        } else if matches(opt, "-oneline") {
            g.oneline = true;
        } else if matches(opt, "-timestamp") {
            g.timestamp += 1;
        } else if matches(opt, "-family") {
            let v = opts.value(usage)?;
            g.family = match v {
                "inet" => parse::AF_INET,
                "inet6" => parse::AF_INET6,
                "help" => return Err(usage()),
                _ => return Err(invarg("invalid protocol family", v)),
            };
        } else if opt == "-4" {
            g.family = parse::AF_INET;
        } else if opt == "-6" {
            g.family = parse::AF_INET6;
        } else if matches(opt, "-netns") {
            opts.netns()?;
        } else if let Some(c) = crate::output::color::matches_color(opt) {
            *color = c;
        } else if matches(opt, "-compressvlans") {
            g.compress_vlans = true;
        } else if matches(opt, "-force") {
            g.force = true;
        } else if matches(opt, "-json") {
            g.json = true;
        } else if matches(opt, "-pretty") {
            g.pretty = true;
        } else if matches(opt, "-batch") {
            batch = Some(opts.value(usage)?.to_string());
        } else {
            return Err(GlobalOpts::unknown(opt, "bridge help"));
        }
    }
    Ok((batch, opts.rest()))
}

pub fn main(argv: Vec<String>) -> i32 {
    crate::error::exit_code(run(argv))
}

fn run(argv: Vec<String>) -> Result<i32> {
    let mut g = Globals::default();
    let mut color = 0;
    let (batch, rest) = parse_globals(&argv, &mut g, &mut color)?;
    let out = stdout_printer(g.json, g.pretty, g.oneline, color);
    if let Some(file) = batch {
        let nl = Session::open().map_err(|_| Error::exit(1, "Cannot open rtnetlink"))?;
        nl.set_strict();
        let force = g.force;
        let mut br = Br {
            g,
            nl,
            out,
            st: Statics::default(),
        };
        return run_file(&mut br, &file, force, |br, words| {
            let r = do_cmd(words, br);
            let _ = br.out.flush();
            r
        });
    }
    // rtnl_open failing is a silent exit(1) in bridge.c.
    let nl = Session::open().map_err(|_| Error::silent(1, Failure::Exit))?;
    nl.set_strict();
    let mut br = Br {
        g,
        nl,
        out,
        st: Statics::default(),
    };
    run_argv(&mut br, rest)
}

/// Helpers for the printer tests: fixtures are NLBOX_RECORD captures of nlbox's own dumps
/// (the ll_init_map link dump first), the golden texts the reference's output on that state.
#[cfg(test)]
pub mod testutil {
    use crate::netlink::session::messages;
    use crate::netlink::{Msg, NLMSG_DONE};
    use crate::output::Printer;

    /// The dumps of a capture, in order, split by sequence number; the first one (the link
    /// dump of ll_init_map) primes the name cache.
    pub fn dumps(buf: &[u8]) -> Vec<Vec<Msg<'_>>> {
        let mut out: Vec<Vec<Msg>> = Vec::new();
        let mut last_seq = None;
        for m in messages(buf) {
            if last_seq != Some(m.seq) {
                out.push(Vec::new());
                last_seq = Some(m.seq);
            }
            if m.ty == NLMSG_DONE {
                continue;
            }
            if let Some(d) = out.last_mut() {
                d.push(m);
            }
        }
        for m in out.first().into_iter().flatten() {
            crate::ifmap::remember(m.ty, m.payload);
        }
        out
    }

    /// Every prefix (shorter than the whole) of the payload of each message: what the
    /// printers must survive without a panic.
    pub fn truncations<'a>(msgs: &'a [Msg<'a>]) -> impl Iterator<Item = Msg<'a>> + 'a {
        msgs.iter().flat_map(|m| {
            (0..m.payload.len()).map(move |cut| Msg {
                payload: &m.payload[..cut],
                ..*m
            })
        })
    }

    /// Runs `f` with a printer in the mode `-j`/`-p`/`-o` select, returns the text.
    pub fn render(
        json: bool,
        pretty: bool,
        oneline: bool,
        f: impl FnOnce(&mut Printer<&mut Vec<u8>>) -> std::io::Result<()>,
    ) -> String {
        let mut v = Vec::new();
        {
            let mut p = Printer::new(&mut v, json, pretty, oneline);
            f(&mut p).unwrap();
        }
        String::from_utf8(v).unwrap()
    }
}

#[cfg(test)]
mod robustness_tests {
    use super::testutil::{dumps, render, truncations};

    /// Every printer, fed every prefix of every captured message: no panic.
    #[test]
    fn truncated_messages_never_panic() {
        let caps: [&[u8]; 5] = [
            include_bytes!("../../compat-tests/fixtures/bridge/link.nl"),
            include_bytes!("../../compat-tests/fixtures/bridge/fdb.nl"),
            include_bytes!("../../compat-tests/fixtures/bridge/mdb.nl"),
            include_bytes!("../../compat-tests/fixtures/bridge/vni.nl"),
            include_bytes!("../../compat-tests/fixtures/bridge/vlan-rtm.nl"),
        ];
        let hdr = super::monitor::Headers::default();
        let mdb = super::mdb::Opts {
            filter_index: 0,
            filter_vlan: 0,
            details: true,
            stats: true,
        };
        let vlan = super::vlan::VlanRtmOpts {
            stats: true,
            monitor: true,
            ..Default::default()
        };
        for cap in caps {
            for dump in dumps(cap) {
                for s in truncations(dump.get(..6).unwrap_or(&dump)) {
                    for json in [false, true] {
                        let _ = render(json, false, false, |p| {
                            super::link::print_linkinfo(&s, 0, true, &hdr, p)?;
                            super::fdb::print_fdb(&s, &Default::default(), true, &hdr, p)?;
                            super::mdb::print_mdb_mon(&s, &mdb, &hdr, p)?;
                            super::vni::print_vnifilter_rtm(&s, 0, &hdr, p)?;
                            let mut cur = -1;
                            let _ = super::vlan::print_vlan_rtm(&s, &vlan, &mut cur, &hdr, p);
                            Ok(())
                        });
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod option_tests {
    use super::*;

    fn parse(v: &[&str]) -> Result<applet::Parsed<Globals>> {
        applet::parse_with(v, parse_globals)
    }

    #[test]
    fn global_options_in_bridge_c_order() {
        let (g, batch, rest) = parse(&["bridge", "--s", "-c", "-b", "F", "-6", "vlan"]).unwrap();
        assert_eq!(
            (g.stats, g.compress_vlans, g.family),
            (1, false, parse::AF_INET6)
        );
        assert_eq!(
            (batch.as_deref(), rest),
            (Some("F"), vec!["vlan".to_string()])
        );
        let (g, _, rest) = parse(&["bridge", "-com", "--", "-d"]).unwrap();
        assert_eq!((g.compress_vlans, rest), (true, vec!["-d".to_string()]));
        let e = parse(&["bridge", "-bogus"]).unwrap_err();
        assert_eq!(
            e.msg.as_deref(),
            Some("Option \"-bogus\" is unknown, try \"bridge help\".\n")
        );
        // Only inet and inet6 are families to bridge.c.
        let e = parse(&["bridge", "-f", "link"]).unwrap_err();
        assert_eq!(
            e.msg.as_deref(),
            Some("Error: argument \"link\" is wrong: invalid protocol family\n")
        );
        assert_eq!(
            parse(&["bridge", "-batch"]).unwrap_err().msg.as_deref(),
            Some(USAGE)
        );
    }
}

#[cfg(test)]
mod show_filter_tests {
    use super::*;

    fn words(v: &[&str]) -> Args {
        Args::from_strs(v)
    }

    fn prime_lo() {
        let mut hdr = [0u8; 16];
        hdr[4..8].copy_from_slice(&1u32.to_ne_bytes());
        let mut b = AttrBuf::with_header(&hdr);
        b.add_str(3, "lo");
        crate::ifmap::remember(crate::netlink::RTM_NEWLINK, &b.buf);
    }

    /// mdb.c/vlan.c: `dev` and `vid`; link.c/vni.c: `dev` only, `vid` is skipped.
    #[test]
    fn dev_and_vid_as_each_show_reads_them() {
        prime_lo();
        let (mut vid, mut idx) = (0, 0);
        let r = parse_show_filter(
            &mut words(&["x", "vid", "7", "dev", "lo"]),
            &mut idx,
            Some(&mut vid),
        );
        assert!(r.is_ok());
        assert_eq!((idx, vid), (1, 7));
        let e = parse_show_filter(&mut words(&["vid", "8"]), &mut idx, Some(&mut vid)).unwrap_err();
        assert_eq!(
            e.msg.as_deref(),
            Some("Error: duplicate \"vid\": \"8\" is the second value.\n")
        );
        // Without a `vid` filter the word is skipped and `dev` is the next keyword.
        let mut idx = 0;
        assert!(parse_show_filter(&mut words(&["vid", "dev", "lo"]), &mut idx, None).is_ok());
        assert_eq!(idx, 1);
        // No `dev`: the filter stays as it was.
        assert!(parse_show_filter(&mut words(&["foo"]), &mut idx, None).is_ok());
        assert_eq!(idx, 1);
        // A missing device resets it to 0 before the error (a later show is unfiltered).
        let e = parse_show_filter(&mut words(&["dev", "nosuchdev0"]), &mut idx, None).unwrap_err();
        assert_eq!(idx, 0);
        assert!(e.msg.as_deref().unwrap_or("").contains("nosuchdev0"));
        let e =
            parse_show_filter(&mut words(&["dev", "lo", "dev", "x"]), &mut idx, None).unwrap_err();
        assert_eq!(
            e.msg.as_deref(),
            Some("Error: duplicate \"dev\": \"x\" is the second value.\n")
        );
        let e = parse_show_filter(&mut words(&["dev"]), &mut idx, None).unwrap_err();
        assert_eq!(e.code, 255);
        let e = required_brdev(None).unwrap_err();
        assert_eq!(e.msg.as_deref(), Some("Device is a required argument.\n"));
        assert_eq!(required_brdev(Some("lo")).unwrap(), 1);
    }
}
