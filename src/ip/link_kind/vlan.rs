//! `type vlan` (ip/iplink_vlan.c): parsed and encoded as iproute2 sends it (this kernel has
//! no 802.1Q module, so the request is refused, with the reference's error).
use super::opts::help_of;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{get_u16, get_u32, invarg};
use crate::error::{Error, Failure, Result};
use crate::ip::link_modify::parse::on_off;
use crate::ip::link_modify::req::LinkReq;

const IFLA_VLAN_ID: u16 = 1;
const IFLA_VLAN_FLAGS: u16 = 2;
const IFLA_VLAN_EGRESS_QOS: u16 = 3;
const IFLA_VLAN_INGRESS_QOS: u16 = 4;
const IFLA_VLAN_PROTOCOL: u16 = 5;
const IFLA_VLAN_QOS_MAPPING: u16 = 1;

const FLAGS: &[(&str, u32)] = &[
    ("reorder_hdr", 0x1),
    ("gvrp", 0x2),
    ("mvrp", 0x8),
    ("loose_binding", 0x4),
    ("bridge_binding", 0x10),
];

fn explain(prefix: String) -> Error {
    Error::raw(1, prefix + help_of("vlan").unwrap_or(""), Failure::Return)
}

/// vlan_parse_qos_map / parse_mapping: FROM:TO words until one has no ':'. On failure
/// the reference names the word cut at its ':'.
fn qos_map(args: &mut Args, req: &mut LinkReq, ty: u16, what: &str) -> Result<()> {
    let nest = req.attrs.begin_nest(ty);
    while let Some(w) = args.next() {
        let Some((from, to)) = w.split_once(':') else {
            args.back();
            break;
        };
        let (Some(f), Some(t)) = (get_u32(from, 0), get_u32(to, 0)) else {
            return Err(invarg(what, from));
        };
        let mut d = f.to_ne_bytes().to_vec();
        d.extend_from_slice(&t.to_ne_bytes());
        req.attrs.add(IFLA_VLAN_QOS_MAPPING, &d);
    }
    req.attrs.end_nest(nest);
    Ok(())
}

pub fn parse(args: &mut Args, req: &mut LinkReq) -> Result<()> {
    let mut flags = 0u32;
    let mut mask = 0u32;
    while let Some(w) = args.next() {
        let w = w.as_str();
        if matches(w, "protocol") {
            let v = args.need()?;
            let p = super::proto::a2n(&v).ok_or_else(|| invarg("protocol is invalid", &v))?;
            req.attrs.add(IFLA_VLAN_PROTOCOL, &p.to_be_bytes());
        } else if matches(w, "id") {
            let v = args.need()?;
            let id = get_u16(&v, 0).ok_or_else(|| invarg("id is invalid", &v))?;
            req.attrs.add_u16(IFLA_VLAN_ID, id);
        } else if let Some((name, bit)) = FLAGS.iter().find(|(n, _)| matches(w, n)) {
            let v = args.need()?;
            mask |= bit;
            match v.as_str() {
                "on" => flags |= bit,
                "off" => flags &= !bit,
                _ => return Err(on_off(name, &v)),
            }
        } else if matches(w, "ingress-qos-map") {
            args.need()?;
            args.back();
            qos_map(args, req, IFLA_VLAN_INGRESS_QOS, "invalid ingress-qos-map")?;
        } else if matches(w, "egress-qos-map") {
            args.need()?;
            args.back();
            qos_map(args, req, IFLA_VLAN_EGRESS_QOS, "invalid egress-qos-map")?;
        } else if matches(w, "help") {
            return Err(explain(String::new()));
        } else {
            return Err(explain(format!("vlan: unknown command \"{w}\"?\n")));
        }
    }
    if mask != 0 {
        let mut d = flags.to_ne_bytes().to_vec();
        d.extend_from_slice(&mask.to_ne_bytes());
        req.attrs.add(IFLA_VLAN_FLAGS, &d);
    }
    Ok(())
}
