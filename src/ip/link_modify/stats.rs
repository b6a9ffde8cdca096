//! `ip link xstats` (ip/iplink_xstats.c) and `ip link afstats` (ip/iplink.c iplink_afstats).
use super::super::link_kind;
use super::super::Ip;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{duparg2, invarg};
use crate::error::{Error, Result};
use crate::netlink::attr::AttrIter;
use crate::netlink::RTM_GETSTATS;

const IFLA_STATS_LINK_XSTATS: u32 = 2;
const IFLA_STATS_LINK_XSTATS_SLAVE: u32 = 3;
const IFLA_STATS_AF_SPEC: u16 = 5;

/// if_stats_msg for a dump filtered by `mask`.
fn stats_req(mask: u32) -> [u8; 12] {
    let mut r = [0u8; 12];
    r[8..12].copy_from_slice(&mask.to_ne_bytes());
    r
}

/// Kinds whose link_util has print_ifla_xstats.
const XSTATS_KINDS: &[&str] = &["bond", "bond_slave", "bridge", "bridge_slave"];

pub fn xstats(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let Some(w) = args.next() else {
        return Err(Error::ret(1, "xstats: missing argument"));
    };
    let kind = if matches(&w, "type") {
        let k = args.need()?;
        if link_kind::find(&k).is_none() {
            return Err(invarg("invalid type", &k));
        }
        k
    } else if matches(&w, "help") {
        use std::io::Write;
        ip.out
            .w
            .write_all(b"Usage: ... xstats type TYPE [ ARGS ]\n")?;
        return Ok(());
    } else {
        return Err(invarg("unknown argument", &w));
    };
    if !XSTATS_KINDS.contains(&kind.as_str()) {
        return Err(Error::ret(
            1,
            format!("xstats: link type {kind} doesn't support xstats"),
        ));
    }
    let _ = (IFLA_STATS_LINK_XSTATS, IFLA_STATS_LINK_XSTATS_SLAVE);
    Err(Error::ret(
        1,
        format!("nlbox: ip link xstats type {kind}: not implemented"),
    ))
}

pub fn afstats(args: &mut Args, ip: &mut Ip) -> Result<()> {
    let mut filter_dev: Option<String> = None;
    while let Some(w) = args.next() {
        if w == "dev" {
            let d = args.need()?;
            if filter_dev.is_some() {
                return Err(duparg2("dev", &d));
            }
            filter_dev = Some(d);
        } else if matches(&w, "help") {
            return Err(super::usage::usage());
        } else {
            return Err(Error::exit(
                255,
                format!("Command \"{w}\" is unknown, try \"ip link help\"."),
            ));
        }
    }
    let mut ifindex = 0;
    if let Some(d) = filter_dev {
        ifindex = crate::ifmap::name_to_index(&d);
        if ifindex == 0 {
            // do_iplink ignores what iplink_afstats returns: the exit code stays 0.
            crate::error::warn(&format!("Device \"{d}\" does not exist."));
            return Ok(());
        }
    }
    ip.out.begin_list()?;
    let mut unsupported = false;
    let r = ip.nl.dump(
        RTM_GETSTATS,
        &stats_req(1 << (IFLA_STATS_AF_SPEC - 1)),
        |m| -> std::result::Result<(), crate::netlink::NlError> {
            let Some(idx) = m.payload.get(4..8) else {
                return Ok(());
            };
            let idx = u32::from_ne_bytes([idx[0], idx[1], idx[2], idx[3]]);
            if ifindex != 0 && idx != ifindex {
                return Ok(());
            }
            let attrs = m.payload.get(12..).unwrap_or(&[]);
            for a in AttrIter::new(attrs).filter(|a| a.ty == IFLA_STATS_AF_SPEC) {
                if a.nested().next().is_some() {
                    unsupported = true;
                }
            }
            Ok(())
        },
    );
    if let Err(e) = r {
        use std::io::Write;
        let _ = std::io::stderr().write_all(e.text.as_bytes());
        crate::error::warn("Dump terminated");
        return Ok(());
    }
    if unsupported {
        return Err(Error::ret(
            1,
            "nlbox: ip link afstats (MPLS statistics): not implemented",
        ));
    }
    ip.out.end_list()?;
    Ok(())
}
