//! `type gre|gretap|erspan` (ip/link_gre.c). On `set` the tunnel's current settings are
//! read first and the whole set is sent again, as the reference does.
use super::iptnl::{
    add_encap, dev_index, encap_word, failed_get, parse_key, tos_value, ttl_value, Encap,
};
use super::opts::{explain_fail, get_addr, get_addr_rta, help_of, InetAddr};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u16, get_u32, get_u8, invarg, AF_INET};
use crate::error::{Error, Result};
use crate::ip::link_modify::req::LinkReq;
use crate::netlink::attr::table;

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
const IFLA_GRE_ENCAP_TYPE: u16 = 14;
const IFLA_GRE_ENCAP_FLAGS: u16 = 15;
const IFLA_GRE_ENCAP_SPORT: u16 = 16;
const IFLA_GRE_ENCAP_DPORT: u16 = 17;
const IFLA_GRE_COLLECT_METADATA: u16 = 18;
const IFLA_GRE_IGNORE_DF: u16 = 19;
const IFLA_GRE_FWMARK: u16 = 20;
const IFLA_GRE_ERSPAN_INDEX: u16 = 21;
const IFLA_GRE_ERSPAN_VER: u16 = 22;
const IFLA_GRE_ERSPAN_DIR: u16 = 23;
const IFLA_GRE_ERSPAN_HWID: u16 = 24;

pub fn parse_gre(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = super::iptnl::current(req)?;
    gre(args, req, "gre", cur.as_deref())
}
pub fn parse_gretap(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = super::iptnl::current(req)?;
    gre(args, req, "gretap", cur.as_deref())
}
pub fn parse_erspan(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let cur = super::iptnl::current(req)?;
    gre(args, req, "erspan", cur.as_deref())
}
pub(super) fn gre(args: &mut Args, req: &mut LinkReq, id: &str, cur: Option<&[u8]>) -> Result<()> {
    let mut iflags = 0u16;
    let mut oflags = 0u16;
    let mut ikey = [0u8; 4];
    let mut okey = [0u8; 4];
    let mut saddr = InetAddr::default();
    let mut daddr = InetAddr::default();
    let mut pmtudisc = 1u8;
    let mut ignore_df = 0u8;
    let mut tos = 0u8;
    let mut ttl = 0u8;
    let mut link = 0u32;
    let mut enc = Encap {
        ty: 0,
        flags: 0,
        sport: 0,
        dport: 0,
    };
    let mut metadata = false;
    let mut fwmark = 0u32;
    let is_erspan = id == "erspan";
    let mut erspan_idx = 0u32;
    let mut erspan_ver = 1u8;
    let mut erspan_dir = 0u8;
    let mut erspan_hwid = 0u16;
    if let Some(data) = cur {
        let tb = table(data, 24);
        let get = |t: u16| tb.get(t as usize).copied().flatten();
        if let Some(a) = get(IFLA_GRE_LOCAL) {
            saddr = get_addr_rta(a.data, AF_INET).ok_or_else(failed_get)?;
        }
        if let Some(a) = get(IFLA_GRE_REMOTE) {
            daddr = get_addr_rta(a.data, AF_INET).ok_or_else(failed_get)?;
        }
        let raw4 = |t: u16| {
            get(t)
                .and_then(|a| a.data.get(..4))
                .map(|b| [b[0], b[1], b[2], b[3]])
        };
        ikey = raw4(IFLA_GRE_IKEY).unwrap_or(ikey);
        okey = raw4(IFLA_GRE_OKEY).unwrap_or(okey);
        let be16 = |t: u16| get(t).and_then(|a| a.be16());
        iflags = be16(IFLA_GRE_IFLAGS).unwrap_or(0);
        oflags = be16(IFLA_GRE_OFLAGS).unwrap_or(0);
        let u8_of = |t: u16| get(t).and_then(|a| a.u8());
        pmtudisc = u8_of(IFLA_GRE_PMTUDISC).unwrap_or(1);
        ignore_df = u8_of(IFLA_GRE_IGNORE_DF)
            .map(|v| (v != 0) as u8)
            .unwrap_or(0);
        tos = u8_of(IFLA_GRE_TOS).unwrap_or(0);
        ttl = u8_of(IFLA_GRE_TTL).unwrap_or(0);
        link = get(IFLA_GRE_LINK).and_then(|a| a.u32()).unwrap_or(0);
        let u16_of = |t: u16| get(t).and_then(|a| a.u16());
        enc.ty = u16_of(IFLA_GRE_ENCAP_TYPE).unwrap_or(0);
        enc.flags = u16_of(IFLA_GRE_ENCAP_FLAGS).unwrap_or(0);
        enc.sport = u16_of(IFLA_GRE_ENCAP_SPORT).unwrap_or(0);
        enc.dport = u16_of(IFLA_GRE_ENCAP_DPORT).unwrap_or(0);
        metadata = get(IFLA_GRE_COLLECT_METADATA).is_some();
        fwmark = get(IFLA_GRE_FWMARK).and_then(|a| a.u32()).unwrap_or(0);
        erspan_idx = get(IFLA_GRE_ERSPAN_INDEX)
            .and_then(|a| a.u32())
            .unwrap_or(0);
        erspan_ver = get(IFLA_GRE_ERSPAN_VER).and_then(|a| a.u8()).unwrap_or(1);
        erspan_dir = get(IFLA_GRE_ERSPAN_DIR).and_then(|a| a.u8()).unwrap_or(0);
        erspan_hwid = get(IFLA_GRE_ERSPAN_HWID).and_then(|a| a.u16()).unwrap_or(0);
    }
    while let Some(w) = args.next() {
        let w = w.as_str();
        let m = |k: &str| matches(w, k);
        if m("key") {
            let v = args.need()?;
            iflags |= GRE_KEY;
            oflags |= GRE_KEY;
            ikey = parse_key("key", &v)?;
            okey = ikey;
        } else if m("nokey") {
            iflags &= !GRE_KEY;
            oflags &= !GRE_KEY;
            ikey = [0; 4];
            okey = [0; 4];
        } else if m("ikey") {
            let v = args.need()?;
            iflags |= GRE_KEY;
            ikey = parse_key("ikey", &v)?;
        } else if m("noikey") {
            iflags &= !GRE_KEY;
            ikey = [0; 4];
        } else if m("okey") {
            let v = args.need()?;
            oflags |= GRE_KEY;
            okey = parse_key("okey", &v)?;
        } else if m("nookey") {
            oflags &= !GRE_KEY;
            okey = [0; 4];
        } else if m("seq") {
            iflags |= GRE_SEQ;
            oflags |= GRE_SEQ;
        } else if m("noseq") {
            iflags &= !GRE_SEQ;
            oflags &= !GRE_SEQ;
        } else if m("iseq") {
            iflags |= GRE_SEQ;
        } else if m("noiseq") {
            iflags &= !GRE_SEQ;
        } else if m("oseq") {
            oflags |= GRE_SEQ;
        } else if m("nooseq") {
            oflags &= !GRE_SEQ;
        } else if m("csum") {
            iflags |= GRE_CSUM;
            oflags |= GRE_CSUM;
        } else if m("nocsum") {
            iflags &= !GRE_CSUM;
            oflags &= !GRE_CSUM;
        } else if m("icsum") {
            iflags |= GRE_CSUM;
        } else if m("noicsum") {
            iflags &= !GRE_CSUM;
        } else if m("ocsum") {
            oflags |= GRE_CSUM;
        } else if m("noocsum") {
            oflags &= !GRE_CSUM;
        } else if m("nopmtudisc") {
            pmtudisc = 0;
        } else if m("pmtudisc") {
            pmtudisc = 1;
        } else if m("remote") {
            let v = args.need()?;
            daddr = get_addr(&v, AF_INET)?;
        } else if m("local") {
            let v = args.need()?;
            saddr = get_addr(&v, AF_INET)?;
        } else if m("dev") {
            link = dev_index(args)?;
        } else if m("ttl") || m("hoplimit") || m("hlim") {
            ttl = ttl_value(args)?;
        } else if m("tos") || m("tclass") || m("dsfield") {
            tos = tos_value(args)?;
        } else if encap_word(w, args, &mut enc)? {
        } else if w == "external" {
            metadata = true;
        } else if w == "ignore-df" {
            ignore_df = 1;
        } else if w == "noignore-df" {
            ignore_df = 2;
        } else if w == "fwmark" {
            let v = args.need()?;
            fwmark = get_u32(&v, 0).ok_or_else(|| invarg("invalid fwmark\n", &v))?;
        } else if is_erspan && w == "erspan" {
            let v = args.need()?;
            erspan_idx = get_u32(&v, 0).ok_or_else(|| invarg("invalid erspan index\n", &v))?;
            if erspan_idx & !((1 << 20) - 1) != 0 || erspan_idx == 0 {
                return Err(invarg("erspan index must be > 0 and <= 20-bit\n", &v));
            }
        } else if is_erspan && w == "erspan_ver" {
            let v = args.need()?;
            erspan_ver = get_u8(&v, 0).ok_or_else(|| invarg("invalid erspan version\n", &v))?;
            if erspan_ver > 2 {
                return Err(invarg("erspan version must be 0/1/2\n", &v));
            }
        } else if is_erspan && w == "erspan_dir" {
            let v = args.need()?;
            erspan_dir = if matches(&v, "ingress") {
                0
            } else if matches(&v, "egress") {
                1
            } else {
                return Err(invarg("Invalid erspan direction.", &v));
            };
        } else if is_erspan && w == "erspan_hwid" {
            let v = args.need()?;
            erspan_hwid = get_u16(&v, 0).ok_or_else(|| invarg("invalid erspan hwid\n", &v))?;
        } else {
            return Err(explain_fail("", help_of(id)));
        }
    }
    if daddr.is_multi() {
        if ikey == [0; 4] {
            ikey.copy_from_slice(daddr.bytes.get(..4).unwrap_or(&[0; 4]));
            iflags |= GRE_KEY;
        }
        if okey == [0; 4] {
            okey.copy_from_slice(daddr.bytes.get(..4).unwrap_or(&[0; 4]));
            oflags |= GRE_KEY;
        }
        if !saddr.is_not_unspec() {
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
    a.add(IFLA_GRE_IKEY, &ikey);
    a.add(IFLA_GRE_OKEY, &okey);
    a.add(IFLA_GRE_IFLAGS, &iflags.to_be_bytes());
    a.add(IFLA_GRE_OFLAGS, &oflags.to_be_bytes());
    if saddr.is_not_unspec() {
        a.add(IFLA_GRE_LOCAL, &saddr.bytes);
    }
    if daddr.is_not_unspec() {
        a.add(IFLA_GRE_REMOTE, &daddr.bytes);
    }
    a.add_u8(IFLA_GRE_PMTUDISC, pmtudisc);
    if ignore_df != 0 {
        a.add_u8(IFLA_GRE_IGNORE_DF, ignore_df & 1);
    }
    a.add_u8(IFLA_GRE_TOS, tos);
    if link != 0 {
        a.add_u32(IFLA_GRE_LINK, link);
    }
    a.add_u8(IFLA_GRE_TTL, ttl);
    a.add_u32(IFLA_GRE_FWMARK, fwmark);
    if is_erspan {
        a.add_u8(IFLA_GRE_ERSPAN_VER, erspan_ver);
        if erspan_ver == 1 && erspan_idx != 0 {
            a.add_u32(IFLA_GRE_ERSPAN_INDEX, erspan_idx);
        } else if erspan_ver == 2 {
            a.add_u8(IFLA_GRE_ERSPAN_DIR, erspan_dir);
            a.add_u16(IFLA_GRE_ERSPAN_HWID, erspan_hwid);
        }
    }
    add_encap(a, &enc, IFLA_GRE_ENCAP_TYPE);
    Ok(())
}
