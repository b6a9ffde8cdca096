//! `type vti|vti6` (ip/link_vti.c, link_vti6.c): the same parser for either family. On
//! `set` the tunnel's current settings are read first and the whole set is sent again.
use super::tunnel::{fwmark_value, parse_key, usage, Cmp, Current, Endpoints};
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::cli::parse::{AF_INET, AF_INET6};
use crate::error::Result;
use crate::ip::link_modify::req::LinkReq;

const IFLA_VTI_LINK: u16 = 1;
const IFLA_VTI_IKEY: u16 = 2;
const IFLA_VTI_OKEY: u16 = 3;
const IFLA_VTI_LOCAL: u16 = 4;
const IFLA_VTI_REMOTE: u16 = 5;
const IFLA_VTI_FWMARK: u16 = 6;
const IFLA_VTI_MAX: usize = 6;

/// vti_parse_opt and vti6_parse_opt: they differ only in the address family.
pub(super) fn vti(args: &mut Args, req: &mut LinkReq, id: &str, cur: Option<&[u8]>) -> Result<()> {
    let family = if id == "vti6" { AF_INET6 } else { AF_INET };
    let mut ikey = [0u8; 4];
    let mut okey = [0u8; 4];
    let mut ep = Endpoints::default();
    let mut fwmark = 0u32;
    if let Some(data) = cur {
        let cur = Current::new(data, IFLA_VTI_MAX);
        ep.read(&cur, family, IFLA_VTI_LOCAL, IFLA_VTI_REMOTE)?;
        ikey = cur.key(IFLA_VTI_IKEY).unwrap_or(ikey);
        okey = cur.key(IFLA_VTI_OKEY).unwrap_or(okey);
        // The reference reads the link as a u8.
        ep.link = cur.u8(IFLA_VTI_LINK).map_or(ep.link, u32::from);
        fwmark = cur.u32(IFLA_VTI_FWMARK).unwrap_or(fwmark);
    }
    while let Some(w) = args.next() {
        let w = w.as_str();
        if matches(w, "key") {
            ikey = parse_key("key", &args.need()?)?;
            okey = ikey;
        } else if matches(w, "ikey") {
            ikey = parse_key("ikey", &args.need()?)?;
        } else if matches(w, "okey") {
            okey = parse_key("okey", &args.need()?)?;
        } else if ep.word(w, args, family, Cmp::Prefix)? {
        } else if w == "fwmark" {
            fwmark = fwmark_value(args)?;
        } else {
            return Err(usage(id));
        }
    }
    let a = &mut req.attrs;
    a.add(IFLA_VTI_IKEY, &ikey);
    a.add(IFLA_VTI_OKEY, &okey);
    ep.add(a, IFLA_VTI_LOCAL, IFLA_VTI_REMOTE);
    a.add_u32(IFLA_VTI_FWMARK, fwmark);
    if ep.link != 0 {
        a.add_u32(IFLA_VTI_LINK, ep.link);
    }
    Ok(())
}
