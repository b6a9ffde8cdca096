//! `type gre|gretap|erspan` (ip/link_gre.c) and `type ip6gre|ip6gretap|ip6erspan`
//! (ip/link_gre6.c): the two parsers of the IFLA_GRE_* attributes. On `set` the tunnel's
//! current settings are read first and the whole set is sent again, as the reference does.
use super::opts::u16v;
use super::tunnel::{
    fwmark_value, parse_key, tos_value, ttl_value, usage, Cmp, Current, Encap, Endpoints, V6Opts,
    TUNNEL_ENCAP_FLAG_CSUM6,
};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u32, get_u8, invarg, AF_INET, AF_INET6};
use crate::error::{Error, Result};
use crate::ip::link_modify::req::LinkReq;
use crate::netlink::attr::AttrBuf;

/// GRE_CSUM, GRE_KEY, GRE_SEQ (linux/if_tunnel.h; __be16 there, host order here).
const GRE_CSUM: u16 = 0x8000;
const GRE_KEY: u16 = 0x2000;
const GRE_SEQ: u16 = 0x1000;

const IFLA_GRE_LINK: u16 = 1;
const IFLA_GRE_IFLAGS: u16 = 2;
const IFLA_GRE_OFLAGS: u16 = 3;
const IFLA_GRE_IKEY: u16 = 4;
const IFLA_GRE_OKEY: u16 = 5;
const IFLA_GRE_LOCAL: u16 = 6;
const IFLA_GRE_REMOTE: u16 = 7;
const IFLA_GRE_TTL: u16 = 8;
const IFLA_GRE_TOS: u16 = 9;
const IFLA_GRE_PMTUDISC: u16 = 10;
const IFLA_GRE_ENCAP_LIMIT: u16 = 11;
// 12 IFLA_GRE_FLOWINFO and 13 IFLA_GRE_FLAGS: ip6gre only, sent by tunnel::V6Opts after
// ENCAP_LIMIT.
const IFLA_GRE_ENCAP_TYPE: u16 = 14;
const IFLA_GRE_COLLECT_METADATA: u16 = 18;
const IFLA_GRE_IGNORE_DF: u16 = 19;
const IFLA_GRE_FWMARK: u16 = 20;
const IFLA_GRE_ERSPAN_INDEX: u16 = 21;
const IFLA_GRE_ERSPAN_VER: u16 = 22;
const IFLA_GRE_ERSPAN_DIR: u16 = 23;
const IFLA_GRE_ERSPAN_HWID: u16 = 24;
const IFLA_GRE_MAX: usize = 24;

/// Which flags and keys of a GRE header a word changes: input, output or both.
#[derive(Clone, Copy)]
enum Dir {
    Both,
    In,
    Out,
}

/// The GRE header words in the order link_gre.c and link_gre6.c check them with matches()
/// (the first one a word abbreviates wins): the flag, the directions, set or cleared.
const KEY_WORDS: [(&str, u16, Dir, bool); 18] = [
    ("key", GRE_KEY, Dir::Both, true),
    ("nokey", GRE_KEY, Dir::Both, false),
    ("ikey", GRE_KEY, Dir::In, true),
    ("noikey", GRE_KEY, Dir::In, false),
    ("okey", GRE_KEY, Dir::Out, true),
    ("nookey", GRE_KEY, Dir::Out, false),
    ("seq", GRE_SEQ, Dir::Both, true),
    ("noseq", GRE_SEQ, Dir::Both, false),
    ("iseq", GRE_SEQ, Dir::In, true),
    ("noiseq", GRE_SEQ, Dir::In, false),
    ("oseq", GRE_SEQ, Dir::Out, true),
    ("nooseq", GRE_SEQ, Dir::Out, false),
    ("csum", GRE_CSUM, Dir::Both, true),
    ("nocsum", GRE_CSUM, Dir::Both, false),
    ("icsum", GRE_CSUM, Dir::In, true),
    ("noicsum", GRE_CSUM, Dir::In, false),
    ("ocsum", GRE_CSUM, Dir::Out, true),
    ("noocsum", GRE_CSUM, Dir::Out, false),
];

/// The GRE header settings: input and output flags and keys. Both parsers check their
/// words (KEY_WORDS) first.
#[derive(Default)]
struct Keys {
    iflags: u16,
    oflags: u16,
    ikey: [u8; 4],
    okey: [u8; 4],
}

impl Keys {
    fn read(&mut self, cur: &Current) {
        self.ikey = cur.key(IFLA_GRE_IKEY).unwrap_or(self.ikey);
        self.okey = cur.key(IFLA_GRE_OKEY).unwrap_or(self.okey);
        self.iflags = cur.be16(IFLA_GRE_IFLAGS).unwrap_or(self.iflags);
        self.oflags = cur.be16(IFLA_GRE_OFLAGS).unwrap_or(self.oflags);
    }
    /// Takes `w` if it is one of `[i|o]key KEY`, `no[i|o]key`, `[no][i|o]seq`,
    /// `[no][i|o]csum`, or an abbreviation of one.
    fn word(&mut self, w: &str, args: &mut Args) -> Result<bool> {
        let Some(&(kw, flag, dir, on)) = KEY_WORDS.iter().find(|k| matches(w, k.0)) else {
            return Ok(false);
        };
        // A key word takes a KEY (tnl_parse_key names the word in its error), a nokey word
        // clears the key along with the flag.
        let key = if flag == GRE_KEY && on {
            parse_key(kw, &args.need()?)?
        } else {
            [0; 4]
        };
        let set = |flags: &mut u16| {
            if on {
                *flags |= flag;
            } else {
                *flags &= !flag;
            }
        };
        if matches!(dir, Dir::Both | Dir::In) {
            set(&mut self.iflags);
            if flag == GRE_KEY {
                self.ikey = key;
            }
        }
        if matches!(dir, Dir::Both | Dir::Out) {
            set(&mut self.oflags);
            if flag == GRE_KEY {
                self.okey = key;
            }
        }
        Ok(true)
    }
    /// link_gre.c: a multicast remote with no key gets the group address as its key.
    fn default_to_group(&mut self, remote: &[u8]) {
        let group: [u8; 4] = remote
            .get(..4)
            .and_then(|b| b.try_into().ok())
            .unwrap_or([0; 4]);
        if self.ikey == [0; 4] {
            self.ikey = group;
            self.iflags |= GRE_KEY;
        }
        if self.okey == [0; 4] {
            self.okey = group;
            self.oflags |= GRE_KEY;
        }
    }
    fn add(&self, a: &mut AttrBuf) {
        a.add(IFLA_GRE_IKEY, &self.ikey);
        a.add(IFLA_GRE_OKEY, &self.okey);
        a.add(IFLA_GRE_IFLAGS, &self.iflags.to_be_bytes());
        a.add(IFLA_GRE_OFLAGS, &self.oflags.to_be_bytes());
    }
}

/// The ERSPAN settings and their words (compared with strcmp()).
struct Erspan {
    idx: u32,
    ver: u8,
    dir: u8,
    hwid: u16,
}

impl Erspan {
    fn new() -> Erspan {
        Erspan {
            idx: 0,
            ver: 1,
            dir: 0,
            hwid: 0,
        }
    }
    fn read(&mut self, cur: &Current) {
        self.idx = cur.u32(IFLA_GRE_ERSPAN_INDEX).unwrap_or(self.idx);
        self.ver = cur.u8(IFLA_GRE_ERSPAN_VER).unwrap_or(self.ver);
        self.dir = cur.u8(IFLA_GRE_ERSPAN_DIR).unwrap_or(self.dir);
        self.hwid = cur.u16(IFLA_GRE_ERSPAN_HWID).unwrap_or(self.hwid);
    }
    /// Takes `w` if it is `erspan`, `erspan_ver`, `erspan_dir` or `erspan_hwid`.
    fn word(&mut self, w: &str, args: &mut Args) -> Result<bool> {
        match w {
            "erspan" => {
                let v = args.need()?;
                self.idx = get_u32(&v, 0).ok_or_else(|| invarg("invalid erspan index\n", &v))?;
                if self.idx & !((1 << 20) - 1) != 0 || self.idx == 0 {
                    return Err(invarg("erspan index must be > 0 and <= 20-bit\n", &v));
                }
            }
            "erspan_ver" => {
                let v = args.need()?;
                self.ver = get_u8(&v, 0).ok_or_else(|| invarg("invalid erspan version\n", &v))?;
                if self.ver > 2 {
                    return Err(invarg("erspan version must be 0/1/2\n", &v));
                }
            }
            "erspan_dir" => {
                let v = args.need()?;
                self.dir = if matches(&v, "ingress") {
                    0
                } else if matches(&v, "egress") {
                    1
                } else {
                    return Err(invarg("Invalid erspan direction.", &v));
                };
            }
            "erspan_hwid" => self.hwid = u16v(args, "invalid erspan hwid\n")?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    /// ERSPAN_VER, then the index (version 1, when set) or direction and hwid (version 2).
    fn add(&self, a: &mut AttrBuf) {
        a.add_u8(IFLA_GRE_ERSPAN_VER, self.ver);
        if self.ver == 1 && self.idx != 0 {
            a.add_u32(IFLA_GRE_ERSPAN_INDEX, self.idx);
        } else if self.ver == 2 {
            a.add_u8(IFLA_GRE_ERSPAN_DIR, self.dir);
            a.add_u16(IFLA_GRE_ERSPAN_HWID, self.hwid);
        }
    }
}

/// gre_parse_opt of link_gre.c.
pub(super) fn gre(args: &mut Args, req: &mut LinkReq, id: &str, cur: Option<&[u8]>) -> Result<()> {
    let is_erspan = id == "erspan";
    let mut keys = Keys::default();
    let mut ep = Endpoints::default();
    let mut pmtudisc = 1u8;
    // 1 ignore-df, 2 noignore-df ("only the lsb is significant, use 2 for presence").
    let mut ignore_df = 0u8;
    let mut tos = 0u8;
    let mut ttl = 0u8;
    let mut enc = Encap::new(0);
    let mut metadata = false;
    let mut fwmark = 0u32;
    let mut erspan = Erspan::new();
    if let Some(data) = cur {
        let cur = Current::new(data, IFLA_GRE_MAX);
        ep.read(&cur, AF_INET, IFLA_GRE_LOCAL, IFLA_GRE_REMOTE)?;
        keys.read(&cur);
        pmtudisc = cur.u8(IFLA_GRE_PMTUDISC).unwrap_or(pmtudisc);
        ignore_df = cur
            .u8(IFLA_GRE_IGNORE_DF)
            .map_or(ignore_df, |v| u8::from(v != 0));
        tos = cur.u8(IFLA_GRE_TOS).unwrap_or(tos);
        ttl = cur.u8(IFLA_GRE_TTL).unwrap_or(ttl);
        ep.link = cur.u32(IFLA_GRE_LINK).unwrap_or(ep.link);
        enc.read(&cur, IFLA_GRE_ENCAP_TYPE);
        metadata = cur.has(IFLA_GRE_COLLECT_METADATA);
        fwmark = cur.u32(IFLA_GRE_FWMARK).unwrap_or(fwmark);
        erspan.read(&cur);
    }
    while let Some(w) = args.next() {
        let w = w.as_str();
        if keys.word(w, args)? {
        } else if matches(w, "nopmtudisc") {
            pmtudisc = 0;
        } else if matches(w, "pmtudisc") {
            pmtudisc = 1;
        } else if ep.word(w, args, AF_INET, Cmp::Prefix)? {
        } else if Cmp::Prefix.ttl(w) {
            ttl = ttl_value(args, "invalid TTL\n")?;
        } else if Cmp::Prefix.tos(w) {
            tos = tos_value(args)?;
        } else if enc.word(w, args)? {
        } else if w == "external" {
            metadata = true;
        } else if w == "ignore-df" {
            ignore_df = 1;
        } else if w == "noignore-df" {
            ignore_df = 2;
        } else if w == "fwmark" {
            fwmark = fwmark_value(args)?;
        } else if is_erspan && erspan.word(w, args)? {
        } else {
            return Err(usage(id));
        }
    }
    if ep.remote.is_multi() {
        keys.default_to_group(&ep.remote.bytes);
        if !ep.local.is_not_unspec() {
            return Err(Error::ret(
                1,
                "A broadcast tunnel requires a source address.",
            ));
        }
    }
    let a = &mut req.attrs;
    if metadata {
        a.add(IFLA_GRE_COLLECT_METADATA, &[]);
        return Ok(());
    }
    keys.add(a);
    ep.add(a, IFLA_GRE_LOCAL, IFLA_GRE_REMOTE);
    a.add_u8(IFLA_GRE_PMTUDISC, pmtudisc);
    if ignore_df != 0 {
        a.add_u8(IFLA_GRE_IGNORE_DF, ignore_df & 1);
    }
    a.add_u8(IFLA_GRE_TOS, tos);
    if ep.link != 0 {
        a.add_u32(IFLA_GRE_LINK, ep.link);
    }
    a.add_u8(IFLA_GRE_TTL, ttl);
    a.add_u32(IFLA_GRE_FWMARK, fwmark);
    if is_erspan {
        erspan.add(a);
    }
    enc.add(a, IFLA_GRE_ENCAP_TYPE);
    Ok(())
}

/// gre_parse_opt of link_gre6.c. Unlike link_gre.c it has no pmtudisc, ignore-df or
/// broadcast key, takes the erspan words for every kind and sends ERSPAN_VER for every
/// kind (unless the current version is beyond 2).
pub(super) fn gre6(args: &mut Args, req: &mut LinkReq, id: &str, cur: Option<&[u8]>) -> Result<()> {
    let mut keys = Keys::default();
    let mut ep = Endpoints::default();
    let mut v6 = V6Opts::new();
    let mut enc = Encap::new(TUNNEL_ENCAP_FLAG_CSUM6);
    let mut metadata = false;
    let mut erspan = Erspan::new();
    if let Some(data) = cur {
        let cur = Current::new(data, IFLA_GRE_MAX);
        ep.read(&cur, AF_INET6, IFLA_GRE_LOCAL, IFLA_GRE_REMOTE)?;
        keys.read(&cur);
        v6.read(&cur, IFLA_GRE_TTL, IFLA_GRE_ENCAP_LIMIT);
        v6.fwmark = cur.u32(IFLA_GRE_FWMARK).unwrap_or(v6.fwmark);
        ep.link = cur.u32(IFLA_GRE_LINK).unwrap_or(ep.link);
        enc.read(&cur, IFLA_GRE_ENCAP_TYPE);
        metadata = cur.has(IFLA_GRE_COLLECT_METADATA);
        erspan.read(&cur);
    }
    while let Some(w) = args.next() {
        let w = w.as_str();
        if keys.word(w, args)? || ep.word(w, args, AF_INET6, Cmp::Prefix)? {
        } else if Cmp::Prefix.ttl(w) {
            v6.hop_limit(args)?;
        } else if Cmp::Prefix.tos(w) {
            v6.tclass(args)?;
        } else if v6.word(w, args, true)? || enc.word(w, args)? {
        } else if w == "external" {
            metadata = true;
        } else if erspan.word(w, args)? {
        } else {
            return Err(usage(id));
        }
    }
    let a = &mut req.attrs;
    if metadata {
        a.add(IFLA_GRE_COLLECT_METADATA, &[]);
        return Ok(());
    }
    keys.add(a);
    ep.add(a, IFLA_GRE_LOCAL, IFLA_GRE_REMOTE);
    if ep.link != 0 {
        a.add_u32(IFLA_GRE_LINK, ep.link);
    }
    v6.add(a, IFLA_GRE_TTL, IFLA_GRE_ENCAP_LIMIT);
    a.add_u32(IFLA_GRE_FWMARK, v6.fwmark);
    if erspan.ver <= 2 {
        erspan.add(a);
    }
    enc.add(a, IFLA_GRE_ENCAP_TYPE);
    Ok(())
}
