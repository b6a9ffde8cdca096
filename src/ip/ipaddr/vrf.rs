//! name_is_vrf (ip/iplink_vrf.c): a GETLINK by name whose answer must be of kind "vrf".
use super::ifla::*;
use super::rta;
use crate::netlink::attr::AttrBuf;
use crate::netlink::{Session, RTM_GETLINK};

pub fn name_is_vrf(name: &str, family: u8) -> bool {
    let mut hdr = [0u8; 16];
    hdr[0] = family;
    let mut req = AttrBuf::with_header(&hdr);
    req.add_str(IFLA_IFNAME, name);
    let Ok(mut nl) = Session::open() else {
        return false;
    };
    // rtnl_talk_suppress_rtnl_errmsg: a refusal just means "not a VRF".
    nl.talk_answer(RTM_GETLINK, 0, &req.buf, |m| {
        let Some(attrs) = m.payload.get(16..) else {
            return false;
        };
        let tb = rta::parse::<IFLA_TB>(attrs, 0);
        let Some(li) = tb[IFLA_LINKINFO as usize] else {
            return false;
        };
        let li = rta::parse::<INFO_TB>(li, NLA_F_NESTED);
        li[IFLA_INFO_KIND as usize].is_some_and(|k| rta::str_of(k) == "vrf")
    })
    .unwrap_or(false)
}
