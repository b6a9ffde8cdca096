//! `ip nexthop` (ip/ipnexthop.c): list/show, get, flush, add/replace/del of nexthop
//! objects. The printer is the one `ip monitor nexthop` uses. Encapsulation, resilient
//! groups and buckets are not implemented.
use super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_addr, get_u32, invarg, AF_INET, AF_UNSPEC};
use crate::error::{Error, Failure, Result};
use crate::netlink::attr::{AttrBuf, AttrIter};
use crate::netlink::session::Session;
use crate::netlink::Msg;

const RTM_NEWNEXTHOP: u16 = 104;
const RTM_DELNEXTHOP: u16 = 105;
const RTM_GETNEXTHOP: u16 = 106;
const NHA_ID: u16 = 1;
const NHA_GROUP: u16 = 2;
const NHA_GROUP_TYPE: u16 = 3;
const NHA_BLACKHOLE: u16 = 4;
const NHA_OIF: u16 = 5;
const NHA_GATEWAY: u16 = 6;
const NHA_GROUPS: u16 = 9;
const NHA_MASTER: u16 = 10;
const NHA_FDB: u16 = 11;
const RTNH_F_ONLINK: u32 = 4;
const NLM_F_REPLACE: u16 = 0x100;
const NLM_F_EXCL: u16 = 0x200;
const NLM_F_CREATE: u16 = 0x400;

const USAGE: &str = "Usage: ip nexthop { list | flush } [ protocol ID ] SELECTOR\n       ip nexthop { add | replace } id ID NH [ protocol ID ]\n       ip nexthop { get | del } id ID\n       ip nexthop bucket list BUCKET_SELECTOR\n       ip nexthop bucket get id ID index INDEX\nSELECTOR := [ id ID ] [ dev DEV ] [ vrf NAME ] [ master DEV ]\n            [ groups ] [ fdb ]\nBUCKET_SELECTOR := SELECTOR | [ nhid ID ]\nNH := { blackhole | [ via ADDRESS ] [ dev DEV ] [ onlink ]\n        [ encap ENCAPTYPE ENCAPHDR ] |\n        group GROUP [ fdb ] [ type TYPE [ TYPE_ARGS ] ] }\nGROUP := [ <id[,weight]>/<id[,weight]>/... ]\nTYPE := { mpath | resilient }\nTYPE_ARGS := [ RESILIENT_ARGS ]\nRESILIENT_ARGS := [ buckets BUCKETS ] [ idle_timer IDLE ]\n                  [ unbalanced_timer UNBALANCED ]\nENCAPTYPE := [ mpls ]\nENCAPHDR := [ MPLSLABEL ]\n";

fn usage() -> Error {
    Error::raw(255, USAGE, Failure::Exit)
}

fn not_implemented(what: &str) -> Error {
    Error::ret(1, format!("nlbox: ip nexthop {what}: not implemented"))
}

#[derive(Default)]
struct Filter {
    ifindex: u32,
    master: u32,
    groups: bool,
    fdb: bool,
    proto: u32,
}

pub fn run(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(w) = args.next() else {
        return list_flush(args, ip, false);
    };
    if matches(&w, "add") {
        modify(args, ip, RTM_NEWNEXTHOP, NLM_F_CREATE | NLM_F_EXCL)
    } else if matches(&w, "replace") {
        modify(args, ip, RTM_NEWNEXTHOP, NLM_F_CREATE | NLM_F_REPLACE)
    } else if matches(&w, "delete") {
        modify(args, ip, RTM_DELNEXTHOP, 0)
    } else if matches(&w, "list") || matches(&w, "show") || matches(&w, "lst") {
        list_flush(args, ip, false)
    } else if matches(&w, "get") {
        get(args, ip)
    } else if matches(&w, "flush") {
        list_flush(args, ip, true)
    } else if matches(&w, "bucket") {
        Err(not_implemented("bucket"))
    } else if matches(&w, "help") {
        Err(usage())
    } else {
        Err(Error::exit(
            255,
            format!("Command \"{w}\" is unknown, try \"ip nexthop help\"."),
        ))
    }
}

/// ipnh_parse_id: get_unsigned, base 0.
fn parse_id(v: &str) -> Result<u32> {
    get_u32(v, 0).ok_or_else(|| invarg("invalid id value", v))
}

fn dev_index(v: &str, msg: &str) -> Result<u32> {
    match crate::ifmap::name_to_index(v) {
        0 => Err(invarg(msg, v)),
        i => Ok(i),
    }
}

/// add_nh_group_attr: `id[,weight]/...`; a bad id fails the whole word.
fn group_attr(word: &str) -> Result<Option<Vec<u8>>> {
    if word.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::new();
    for part in word.split('/') {
        let (id, w) = match part.split_once(',') {
            Some((i, w)) => (i, Some(w)),
            None => (part, None),
        };
        let Some(id) = get_u32(id, 0) else {
            return Ok(None);
        };
        let mut weight = 0u8;
        if let Some(w) = w {
            match get_u32(w, 0) {
                Some(v) if (1..=256).contains(&v) => weight = (v - 1) as u8,
                _ => return Err(invarg("\"weight\" is invalid\n", w)),
            }
        }
        out.extend_from_slice(&id.to_ne_bytes());
        out.extend_from_slice(&[weight, 0, 0, 0]);
    }
    Ok(Some(out))
}

fn modify(args: &mut Args, ip: &mut Ip, cmd: u16, flags: u16) -> Result<()> {
    let mut family = ip.g.family;
    let mut protocol = 0u8;
    let mut nh_flags = 0u32;
    let mut attrs = AttrBuf::with_header(&[]);
    while let Some(w) = args.next() {
        match w.as_str() {
            "id" => {
                let v = args.need()?;
                attrs.add_u32(NHA_ID, parse_id(&v)?);
            }
            "dev" => {
                let v = args.need()?;
                attrs.add_u32(NHA_OIF, dev_index(&v, "Device does not exist\n")?);
                if family == AF_UNSPEC {
                    family = AF_INET;
                }
            }
            "via" => {
                let mut v = args.need()?;
                let mut fam = super::read_family(&v);
                if fam == AF_UNSPEC {
                    fam = family;
                } else {
                    v = args.need()?;
                }
                let a = get_addr(&v, fam)?;
                if family == AF_UNSPEC {
                    family = a.family;
                } else if family != a.family {
                    return Err(invarg("address family mismatch\n", &v));
                }
                attrs.add(NHA_GATEWAY, &a.bytes());
            }
            "encap" => return Err(not_implemented("encap")),
            "blackhole" => {
                attrs.add(NHA_BLACKHOLE, &[]);
                if family == AF_UNSPEC {
                    family = AF_INET;
                }
            }
            "fdb" => attrs.add(NHA_FDB, &[]),
            "onlink" => nh_flags |= RTNH_F_ONLINK,
            "group" => {
                let v = args.need()?;
                match group_attr(&v)? {
                    Some(g) => attrs.add(NHA_GROUP, &g),
                    // add_nh_group_attr cut the word in place at its first '/' and ','.
                    None => {
                        let shown = v.split(['/', ',']).next().unwrap_or("");
                        return Err(invarg("\"group\" value is invalid\n", shown));
                    }
                }
            }
            "type" => {
                let v = args.need()?;
                match v.as_str() {
                    "mpath" => attrs.add_u16(NHA_GROUP_TYPE, 0),
                    "resilient" => return Err(not_implemented("type resilient")),
                    _ => return Err(invarg("\"type\" value is invalid\n", &v)),
                }
            }
            "help" => return Err(usage()),
            _ if matches(&w, "protocol") => {
                let v = args.need()?;
                match crate::names::proto_id(&v) {
                    Some(p) => protocol = p as u8,
                    None => return Err(invarg("\"protocol\" value is invalid\n", &v)),
                }
            }
            _ => return Err(invarg("", &w)),
        }
    }
    if ip.g.echo {
        return Err(not_implemented("-echo"));
    }
    let mut hdr = [0u8; 8];
    hdr[0] = family;
    hdr[2] = protocol;
    hdr[4..8].copy_from_slice(&nh_flags.to_ne_bytes());
    let mut req = hdr.to_vec();
    req.extend_from_slice(&attrs.buf);
    ip.nl.talk(cmd, flags, &req)?;
    Ok(())
}

/// __ipnh_get_id + print_nexthop_nocache.
fn get_id(ip: &mut Ip, id: u32) -> Result<()> {
    let mut req = AttrBuf::with_header(&[0u8; 8]);
    req.add_u32(NHA_ID, id);
    let g = ip.g.clone();
    let reply = ip
        .nl
        .talk_answer(RTM_GETNEXTHOP, 0, &req.buf, |m| {
            (m.ty, m.flags, m.payload.to_vec())
        })
        .map_err(Error::from)?;
    let (ty, flags, payload) = reply;
    let m = Msg {
        ty,
        flags,
        seq: 0,
        pid: 0,
        payload: &payload,
    };
    ip.out.begin_list()?;
    super::monitor::nexthop::print_nexthop(&mut ip.out, &g, &m)?;
    ip.out.end_list()?;
    ip.out.flush()?;
    Ok(())
}

fn get(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let mut id = 0;
    while let Some(w) = args.next() {
        if w == "id" {
            id = parse_id(&args.need()?)?;
        } else {
            return Err(usage());
        }
    }
    if id == 0 {
        return Err(usage());
    }
    get_id(ip, id)
}

fn dump_request(ip: &Ip, f: &Filter) -> Vec<u8> {
    let mut req = AttrBuf::with_header(&[ip.g.family, 0, 0, 0, 0, 0, 0, 0]);
    if f.ifindex != 0 {
        req.add_u32(NHA_OIF, f.ifindex);
    }
    if f.groups {
        req.add(NHA_GROUPS, &[]);
    }
    if f.master != 0 {
        req.add_u32(NHA_MASTER, f.master);
    }
    if f.fdb {
        req.add(NHA_FDB, &[]);
    }
    req.buf
}

fn list_flush(args: &mut Args, ip: &mut Ip, flush: bool) -> Result<()> {
    let all = args.peek().is_none();
    let mut f = Filter::default();
    while let Some(w) = args.next() {
        if matches(&w, "dev") {
            f.ifindex = dev_index(&args.need()?, "Device does not exist\n")?;
        } else if matches(&w, "groups") {
            f.groups = true;
        } else if matches(&w, "master") {
            f.master = dev_index(&args.need()?, "Device does not exist\n")?;
        } else if matches(&w, "vrf") {
            let v = args.need()?;
            // No VRF driver here: name_is_vrf never holds.
            return Err(invarg("Invalid VRF\n", &v));
        } else if w == "id" {
            let id = parse_id(&args.need()?)?;
            if !flush {
                return get_id(ip, id);
            }
            let mut del = Session::open().map_err(|_| Error::ret(1, "Cannot open rtnetlink"))?;
            let mut req = AttrBuf::with_header(&[0u8; 8]);
            req.add_u32(NHA_ID, id);
            return match del.talk(RTM_DELNEXTHOP, 0, &req.buf) {
                Ok(()) => Ok(()),
                Err(e) => Err(Error::raw(255, e.text, Failure::Return)),
            };
        } else if matches(&w, "protocol") {
            let v = args.need()?;
            f.proto = get_u32(&v, 0).ok_or_else(|| invarg("invalid protocol value", &v))?;
        } else if matches(&w, "fdb") {
            f.fdb = true;
        } else if matches(&w, "help") {
            return Err(usage());
        } else {
            return Err(invarg("", &w));
        }
    }
    if flush {
        return flush_all(ip, f, all);
    }
    let req = dump_request(ip, &f);
    let g = ip.g.clone();
    ip.out.begin_list()?;
    let out = &mut ip.out;
    let proto = f.proto;
    let r = ip.nl.dump(RTM_GETNEXTHOP, &req, |m: &Msg| -> Result<()> {
        if proto != 0 && m.payload.get(2).is_some_and(|p| *p as u32 != proto) {
            return Ok(());
        }
        super::monitor::nexthop::print_nexthop(out, &g, m)?;
        Ok(())
    });
    if let Err(e) = r {
        let mut text = e.msg.unwrap_or_default();
        text.push_str("Dump terminated\n");
        return Err(Error::raw(2, text, Failure::Return));
    }
    ip.out.end_list()?;
    ip.out.flush()?;
    Ok(())
}

/// ipnh_flush: each dumped id is deleted on a second socket; groups go first when
/// flushing everything.
fn flush_all(ip: &mut Ip, mut f: Filter, all: bool) -> Result<()> {
    if all {
        f.groups = true;
        f.ifindex = 0;
        f.master = 0;
    }
    let mut del = Session::open().map_err(|_| Error::ret(1, "Cannot open rtnetlink"))?;
    let mut flushed = 0u32;
    let mut failed = None;
    loop {
        let req = dump_request(ip, &f);
        let proto = f.proto;
        let r = ip.nl.dump(RTM_GETNEXTHOP, &req, |m: &Msg| -> Result<()> {
            if proto != 0 && m.payload.get(2).is_some_and(|p| *p as u32 != proto) {
                return Ok(());
            }
            let id = AttrIter::new(m.payload.get(8..).unwrap_or(&[]))
                .filter(|a| a.ty == NHA_ID)
                .last()
                .and_then(|a| a.data.get(..4))
                .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
                .unwrap_or(0);
            if id != 0 {
                let mut req = AttrBuf::with_header(&[0u8; 8]);
                req.add_u32(NHA_ID, id);
                match del.talk(RTM_DELNEXTHOP, 0, &req.buf) {
                    Ok(()) => flushed += 1,
                    Err(e) => crate::error::warn(e.text.trim_end_matches('\n')),
                }
            }
            Ok(())
        });
        if let Err(e) = r {
            let mut text = e.msg.unwrap_or_default();
            text.push_str("Dump terminated. Failed to flush nexthops\n");
            failed = Some(text);
            break;
        }
        if all && f.groups {
            f.groups = false;
            continue;
        }
        break;
    }
    if flushed == 0 {
        ip.out.raw(format_args!("Nothing to flush\n"))?;
    } else {
        ip.out.raw(format_args!("Flushed {flushed} nexthops\n"))?;
    }
    match failed {
        Some(text) => {
            ip.out.flush()?;
            Err(Error::raw(2, text, Failure::Return))
        }
        None => Ok(()),
    }
}
