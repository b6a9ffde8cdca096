//! `type veth peer ...` (ip/link_veth.c): the peer is a whole iplink_parse of its own,
//! written as an ifinfomsg plus attributes inside VETH_INFO_PEER.
use crate::cli::args::Args;
use crate::cli::parse::duparg;
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::parse::iplink_parse;
use crate::ip::link_modify::req::{ifinfomsg, LinkReq};

const VETH_INFO_PEER: u16 = 1;

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    parse_peer(args, req, "veth")
}

/// veth_parse_opt, shared with vxcan (ip/iplink_vxcan.c is the same code).
pub fn parse_peer(args: &mut Args, req: &mut LinkReq, id: &str) -> Result<()> {
    let first = args.next().unwrap_or_default();
    if first != "peer" {
        // usage() prints with printf: the text goes to stdout.
        use std::io::Write;
        let mut o = std::io::stdout();
        let _ = o.write_all(super::opts::help_of(id).unwrap_or("").as_bytes());
        let _ = o.flush();
        return Err(Error::silent(1, Failure::Return));
    }
    // The peer is parsed into the same request: its header fields borrow the outer ones
    // and are moved into the nest afterwards.
    let saved = (req.ifi_flags, req.change, req.index);
    req.ifi_flags = 0;
    req.change = 0;
    req.index = 0;
    let nest = req.attrs.begin_nest(VETH_INFO_PEER);
    let hdr_at = req.attrs.buf.len();
    req.attrs.buf.extend_from_slice(&[0u8; 16]);
    let parsed = iplink_parse(args, req)?;
    if let Some(k) = parsed.kind {
        return Err(duparg("type", &k));
    }
    let hdr = ifinfomsg(0, req.index, req.ifi_flags, req.change);
    if let Some(slot) = req.attrs.buf.get_mut(hdr_at..hdr_at + 16) {
        slot.copy_from_slice(&hdr);
    }
    (req.ifi_flags, req.change, req.index) = saved;
    req.attrs.end_nest(nest);
    Ok(())
}
