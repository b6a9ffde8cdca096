//! `type macvlan|macvtap` (ip/iplink_macvlan.c): modes, flags, source-mode MAC lists,
//! bcqueuelen, and the `-d` print.
use super::opts::help_of;
use super::table;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::lladdr::ll_addr_a2n_max;
use crate::ip::link_modify::req::LinkReq;
use crate::ip::Globals;
use crate::output::printer::Ctx;
use crate::output::Printer;
use std::io::{self, Write};

const IFLA_MACVLAN_MODE: u16 = 1;
const IFLA_MACVLAN_FLAGS: u16 = 2;
const IFLA_MACVLAN_MACADDR_MODE: u16 = 3;
const IFLA_MACVLAN_MACADDR: u16 = 4;
const IFLA_MACVLAN_MACADDR_DATA: u16 = 5;
const IFLA_MACVLAN_MACADDR_COUNT: u16 = 6;
const IFLA_MACVLAN_BC_QUEUE_LEN: u16 = 7;
const IFLA_MACVLAN_BC_QUEUE_LEN_USED: u16 = 8;
const IFLA_MACVLAN_MAX: usize = 8;

const MODE_PRIVATE: u32 = 1;
const MODE_VEPA: u32 = 2;
const MODE_BRIDGE: u32 = 4;
const MODE_PASSTHRU: u32 = 8;
const MODE_SOURCE: u32 = 16;
const FLAG_NOPROMISC: u16 = 1;
const FLAG_NODST: u16 = 2;

pub fn parse_macvlan(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    parse(args, req, "macvlan")
}
pub fn parse_macvtap(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    parse(args, req, "macvtap")
}

fn fail(id: &str, line: Option<String>) -> Error {
    let mut t = line.map(|l| format!("{id}: {l}\n")).unwrap_or_default();
    t.push_str(help_of(id).unwrap_or(""));
    Error::raw(1, t, Failure::Return)
}

fn parse(args: &mut Args, req: &mut LinkReq, id: &str) -> Result<()> {
    let mut mode = 0u32;
    let mut flags = 0u16;
    let mut has_flags = false;
    // ll_addr_a2n cuts its word at each ':' in place; a word the MAC list gave back is
    // read again as an option in that cut form.
    let mut pending: Option<String> = None;
    while let Some(w) = pending.take().or_else(|| args.next()) {
        let w = w.as_str();
        if matches(w, "mode") {
            let v = args.need()?;
            mode = match v.as_str() {
                "private" => MODE_PRIVATE,
                "vepa" => MODE_VEPA,
                "bridge" => MODE_BRIDGE,
                "passthru" => MODE_PASSTHRU,
                "source" => MODE_SOURCE,
                _ => return Err(Error::ret(1, format!("Error: argument of \"mode\" must be \"private\", \"vepa\", \"bridge\", \"passthru\" or \"source\", not \"{v}\""))),
            };
        } else if matches(w, "flag") {
            let v = args.need()?;
            match v.as_str() {
                "nopromisc" => flags |= FLAG_NOPROMISC,
                "nodst" => flags |= FLAG_NODST,
                "null" => {}
                _ => return Err(Error::ret(1, format!("Error: argument of \"flag\" must be \"nopromisc\", \"nodst\" or \"null\", not \"{v}\""))),
            }
            has_flags = true;
        } else if matches(w, "macaddr") {
            let v = args.need()?;
            let mac_mode = match v.as_str() {
                "add" => 0,
                "del" => 1,
                "set" => 3,
                "flush" => 2,
                _ => return Err(fail(id, None)),
            };
            req.attrs.add_u32(IFLA_MACVLAN_MACADDR_MODE, mac_mode);
            if mac_mode <= 1 {
                let a = args.need()?;
                let mac = ll_addr_a2n_max(&a, 6)?;
                if mac.len() != 6 {
                    return Err(Error::silent(1, Failure::Return));
                }
                req.attrs.add(IFLA_MACVLAN_MACADDR, &mac);
            }
            if mac_mode == 3 {
                let nest = req.attrs.begin_nest(IFLA_MACVLAN_MACADDR_DATA);
                while let Some(a) = args.next() {
                    match ll_addr_a2n_max(&a, 6) {
                        Ok(mac) if mac.len() == 6 => req.attrs.add(IFLA_MACVLAN_MACADDR, &mac),
                        r => {
                            // The failed word's message is printed, then it is read again
                            // as an option, cut at its first ':'.
                            if let Err(e) = r {
                                e.report();
                            }
                            let cut = a.split(':').next().unwrap_or("").to_string();
                            pending = Some(cut);
                            break;
                        }
                    }
                }
                req.attrs.end_nest(nest);
            }
        } else if matches(w, "nopromisc") {
            flags |= FLAG_NOPROMISC;
            has_flags = true;
        } else if matches(w, "nodst") {
            flags |= FLAG_NODST;
            has_flags = true;
        } else if matches(w, "bcqueuelen") {
            let v = args.need()?;
            let Some(n) = crate::cli::parse::get_u32(&v, 0) else {
                return Err(Error::ret(1, format!("Error: argument of \"bcqueuelen\" must be a positive integer [0-4294967295], not \"{v}\"")));
            };
            req.attrs.add_u32(IFLA_MACVLAN_BC_QUEUE_LEN, n);
        } else if matches(w, "help") {
            return Err(fail(id, None));
        } else {
            return Err(fail(id, Some(format!("unknown option \"{w}\"?"))));
        }
    }
    if mode != 0 {
        req.attrs.add_u32(IFLA_MACVLAN_MODE, mode);
    }
    if has_flags {
        if flags & FLAG_NOPROMISC != 0 && mode != MODE_PASSTHRU {
            return Err(fail(
                id,
                Some("nopromisc flag only valid in passthru mode".into()),
            ));
        }
        req.attrs.add_u16(IFLA_MACVLAN_FLAGS, flags);
    }
    Ok(())
}

pub fn print<W: Write>(out: &mut Printer<W>, _g: &Globals, data: Option<&[u8]>) -> io::Result<()> {
    if data.is_none() {
        return Ok(());
    }
    let tb = table(data, IFLA_MACVLAN_MAX);
    let get = |t: u16| tb.get(t as usize).copied().flatten();
    let Some(mode) = get(IFLA_MACVLAN_MODE).and_then(|a| a.u32()) else {
        return Ok(());
    };
    let name = match mode {
        MODE_PRIVATE => "private",
        MODE_VEPA => "vepa",
        MODE_BRIDGE => "bridge",
        MODE_PASSTHRU => "passthru",
        MODE_SOURCE => "source",
        _ => "unknown",
    };
    out.string(Ctx::Any, "mode", name, format_args!("mode {name} "))?;
    let flags = get(IFLA_MACVLAN_FLAGS).and_then(|a| a.u16()).unwrap_or(0);
    if flags & FLAG_NOPROMISC != 0 {
        out.bool(Ctx::Any, "nopromisc", true, format_args!("nopromisc "))?;
    }
    if flags & FLAG_NODST != 0 {
        out.bool(Ctx::Any, "nodst", true, format_args!("nodst "))?;
    }
    if let Some(v) = get(IFLA_MACVLAN_BC_QUEUE_LEN).and_then(|a| a.u32()) {
        out.uint(
            Ctx::Any,
            "bcqueuelen",
            v as u64,
            format_args!("bcqueuelen {v} "),
        )?;
    }
    if let Some(v) = get(IFLA_MACVLAN_BC_QUEUE_LEN_USED).and_then(|a| a.u32()) {
        out.uint(
            Ctx::Any,
            "usedbcqueuelen",
            v as u64,
            format_args!("usedbcqueuelen {v} "),
        )?;
    }
    if mode != MODE_SOURCE {
        return Ok(());
    }
    let Some(count) = get(IFLA_MACVLAN_MACADDR_COUNT).and_then(|a| a.u32()) else {
        return Ok(());
    };
    let count = count as i32;
    out.int(
        Ctx::Any,
        "macaddr_count",
        count as i64,
        format_args!("remotes ({count}) "),
    )?;
    let Some(list) = get(IFLA_MACVLAN_MACADDR_DATA) else {
        return Ok(());
    };
    out.open_array(Ctx::Json, "macaddr_data", "")?;
    for a in list.nested() {
        if a.ty != IFLA_MACVLAN_MACADDR || a.data.len() < 6 {
            continue;
        }
        let d = a.data;
        let s = format!(
            "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
            d[0], d[1], d[2], d[3], d[4], d[5]
        );
        if out.is_json() {
            out.string(Ctx::Json, "", &s, format_args!(""))?;
        } else {
            out.fp(format_args!("{s} "))?;
        }
    }
    out.close_array(Ctx::Json, "")
}
