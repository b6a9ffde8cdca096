//! iplink_parse_vf (ip/iplink.c): `vf NUM [mac ..] [vlan ..] [rate ..] ...`, encoded as the
//! kernel's ifla_vf_* structs inside IFLA_VF_INFO.
use super::ifla::*;
use super::parse::parse_on_off;
use super::req::LinkReq;
use crate::cli::args::{incomplete_command, Args};
use crate::cli::matches::matches;
use crate::cli::parse::{get_u32, invarg};
use crate::error::{Error, Result};

fn vf_u32s(vals: &[u32]) -> Vec<u8> {
    vals.iter().flat_map(|v| v.to_ne_bytes()).collect()
}

/// get_guid (lib/utils.c): exactly `xx:xx:xx:xx:xx:xx:xx:xx`.
fn get_guid(arg: &str) -> Option<u64> {
    let b = arg.as_bytes();
    if b.len() != 23 || (0..7).any(|i| b[2 + i * 3] != b':') {
        return None;
    }
    let mut g = 0u64;
    for i in 0..8 {
        let part = arg.get(i * 3..i * 3 + 2)?;
        let (v, used, _) = crate::cli::parse::strtoul(part, 16);
        if used != 2 || v > 255 {
            return None;
        }
        g |= v << (56 - 8 * i);
    }
    Some(g)
}

/// iplink_parse_vf_vlan_info: (vlan, qos, proto in network order).
fn vlan_info(args: &mut Args) -> Result<(u32, u32, u16)> {
    let v = args.need()?;
    let vlan = get_u32(&v, 0)
        .filter(|x| *x <= 4095)
        .ok_or_else(|| invarg("Invalid \"vlan\" value\n", &v))?;
    let mut qos = 0;
    let mut proto: u16 = 0x8100;
    if let Some(w) = args.next() {
        if matches(&w, "qos") {
            let q = args.need()?;
            qos = get_u32(&q, 0).ok_or_else(|| invarg("Invalid \"qos\" value\n", &q))?;
        } else {
            args.back();
        }
    }
    if let Some(w) = args.next() {
        if matches(&w, "proto") {
            let p = args.need()?;
            proto = match p.to_ascii_lowercase().as_str() {
                "802.1q" => 0x8100,
                "802.1ad" => 0x88a8,
                _ => match crate::cli::parse::get_u16(&p, 0) {
                    Some(n) => n,
                    None => return Err(invarg("protocol is invalid\n", &p)),
                },
            };
            if proto != 0x8100 && proto != 0x88a8 {
                return Err(invarg(
                    "Invalid \"vlan protocol\" value - supported 802.1Q, 802.1ad\n",
                    &p,
                ));
            }
        } else {
            args.back();
        }
    }
    Ok((vlan, qos, proto))
}

pub fn parse_vf(vf: i32, args: &mut Args, req: &mut LinkReq, dev: &str) -> Result<()> {
    let vf = vf as u32;
    let start = args.len_left();
    let info = req.attrs.begin_nest(IFLA_VF_INFO);
    let rest = args.remaining();
    let new_rate_api = rest
        .iter()
        .any(|w| matches(w, "max_tx_rate") || matches(w, "min_tx_rate"));
    let override_legacy = rest.iter().any(|w| matches(w, "max_tx_rate"));
    let mut min_rate: Option<u32> = None;
    let mut max_rate: Option<u32> = None;
    while let Some(w) = args.next() {
        let w = w.as_str();
        if matches(w, "mac") {
            let v = args.need()?;
            let mac = super::lladdr::ll_addr_a2n(&v)?;
            let halen = super::lookup::ll_addr_len_of(dev);
            if let Some(h) = halen.filter(|h| *h > 0) {
                if mac.len() != h {
                    return Err(Error::ret(
                        1,
                        format!("Invalid address length {} - must be {h} bytes", mac.len()),
                    ));
                }
            }
            let mut d = vf.to_ne_bytes().to_vec();
            let mut m = [0u8; 32];
            for (slot, b) in m.iter_mut().zip(mac.iter()) {
                *slot = *b;
            }
            d.extend_from_slice(&m);
            req.attrs.add(IFLA_VF_MAC, &d);
        } else if matches(w, "vlan") {
            let (vlan, qos, proto) = vlan_info(args)?;
            if proto == 0x8100 {
                req.attrs.add(IFLA_VF_VLAN, &vf_u32s(&[vf, vlan, qos]));
            } else {
                let list = req.attrs.begin_nest(IFLA_VF_VLAN_LIST);
                let one = |req: &mut LinkReq, vlan: u32, qos: u32, proto: u16| {
                    let mut d = vf_u32s(&[vf, vlan, qos]);
                    d.extend_from_slice(&proto.to_be_bytes());
                    d.extend_from_slice(&[0, 0]);
                    req.attrs.add(IFLA_VF_VLAN_INFO, &d);
                };
                one(req, vlan, qos, proto);
                while let Some(n) = args.next() {
                    if !matches(&n, "vlan") {
                        args.back();
                        break;
                    }
                    let (vlan, qos, proto) = vlan_info(args)?;
                    one(req, vlan, qos, proto);
                }
                req.attrs.end_nest(list);
            }
        } else if matches(w, "rate") {
            let v = args.need()?;
            let r = get_u32(&v, 0).ok_or_else(|| invarg("Invalid \"rate\" value\n", &v))?;
            if !new_rate_api {
                req.attrs.add(IFLA_VF_TX_RATE, &vf_u32s(&[vf, r]));
            } else if !override_legacy {
                max_rate = Some(r);
            }
        } else if matches(w, "max_tx_rate") {
            let v = args.need()?;
            max_rate =
                Some(get_u32(&v, 0).ok_or_else(|| invarg("Invalid \"max tx rate\" value\n", &v))?);
        } else if matches(w, "min_tx_rate") {
            let v = args.need()?;
            min_rate =
                Some(get_u32(&v, 0).ok_or_else(|| invarg("Invalid \"min tx rate\" value\n", &v))?);
        } else if matches(w, "spoofchk") || matches(w, "query_rss") || matches(w, "trust") {
            let (name, ty) = if matches(w, "spoofchk") {
                ("spoofchk", IFLA_VF_SPOOFCHK)
            } else if matches(w, "query_rss") {
                ("query_rss", IFLA_VF_RSS_QUERY_EN)
            } else {
                ("trust", IFLA_VF_TRUST)
            };
            let v = args.need()?;
            // iplink_parse turns the -EINVAL of parse_on_off into -1 here.
            let on = parse_on_off(name, &v).map_err(|e| Error { code: 1, ..e })?;
            req.attrs.add(ty, &vf_u32s(&[vf, on as u32]));
        } else if matches(w, "state") {
            let v = args.need()?;
            let st = if matches(&v, "auto") {
                0
            } else if matches(&v, "enable") {
                1
            } else if matches(&v, "disable") {
                2
            } else {
                return Err(invarg("Invalid \"state\" value\n", &v));
            };
            req.attrs.add(IFLA_VF_LINK_STATE, &vf_u32s(&[vf, st]));
        } else if matches(w, "node_guid") || matches(w, "port_guid") {
            let ty = if matches(w, "node_guid") {
                IFLA_VF_IB_NODE_GUID
            } else {
                IFLA_VF_IB_PORT_GUID
            };
            let v = args.need()?;
            let g = get_guid(&v).ok_or_else(|| invarg("Invalid GUID format\n", &v))?;
            let mut d = vf_u32s(&[vf, 0]);
            d.extend_from_slice(&g.to_ne_bytes());
            req.attrs.add(ty, &d);
        } else {
            args.back();
            break;
        }
    }
    if new_rate_api {
        // The missing half comes from the device's current VF rates (ipaddr_get_vf_rate).
        let (min, max) = match (min_rate, max_rate) {
            (Some(a), Some(b)) => (a, b),
            _ => {
                let (cmin, cmax) = current_vf_rate(vf, dev)?;
                (min_rate.unwrap_or(cmin), max_rate.unwrap_or(cmax))
            }
        };
        if max != 0 && min > max {
            return Err(Error::ret(
                1,
                format!("Invalid min_tx_rate {min} - must be <= max_tx_rate {max}"),
            ));
        }
        req.attrs.add(IFLA_VF_RATE, &vf_u32s(&[vf, min, max]));
    }
    if args.len_left() == start {
        return Err(incomplete_command());
    }
    req.attrs.end_nest(info);
    Ok(())
}

/// ipaddr_get_vf_rate (ip/ipaddress.c): the VF's current rates from a link dump. A device
/// without VF information leaves the reference's variables unset; they read as 0 here.
fn current_vf_rate(vf: u32, dev: &str) -> Result<(u32, u32)> {
    use crate::netlink::attr::AttrIter;
    let idx = crate::ifmap::name_to_index(dev);
    if idx == 0 {
        return Err(Error::exit(1, format!("Device {dev} does not exist")));
    }
    let mut s = crate::netlink::Session::open().map_err(|e| Error::exit(1, e.text))?;
    s.set_strict();
    let mut req = crate::netlink::attr::AttrBuf::with_header(&[0u8; 16]);
    req.add_u32(IFLA_EXT_MASK, 1);
    let mut found: Option<std::result::Result<(u32, u32), Error>> = None;
    let r = s.dump(
        crate::netlink::RTM_GETLINK,
        &req.buf,
        |m| -> std::result::Result<(), crate::netlink::NlError> {
            if found.is_some() {
                return Ok(());
            }
            let Some((_, _, index, _)) = crate::ifmap::ifinfo(m.payload) else {
                return Ok(());
            };
            if index != idx {
                return Ok(());
            }
            let tb = crate::netlink::attr::table(m.payload.get(16..).unwrap_or(&[]), 22);
            let (Some(list), Some(_)) =
                (tb.get(22).copied().flatten(), tb.get(21).copied().flatten())
            else {
                return Ok(());
            };
            for info in list.nested() {
                let Some(rate) = AttrIter::new(info.data)
                    .filter(|a| a.ty == IFLA_VF_RATE)
                    .last()
                else {
                    found = Some(Err(Error::exit(1, "VF min/max rate API not supported")));
                    return Ok(());
                };
                let w = |i: usize| {
                    rate.data
                        .get(i * 4..i * 4 + 4)
                        .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
                        .unwrap_or(0)
                };
                if w(0) == vf {
                    found = Some(Ok((w(1), w(2))));
                    return Ok(());
                }
            }
            found = Some(Err(Error::exit(1, format!("Cannot find VF {vf}"))));
            Ok(())
        },
    );
    if r.is_err() {
        return Err(Error::exit(1, "Dump terminated"));
    }
    found.unwrap_or(Ok((0, 0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guid() {
        assert_eq!(
            get_guid("00:11:22:33:44:55:66:77"),
            Some(0x0011223344556677)
        );
        assert_eq!(get_guid("00:11:22:33:44:55:66"), None);
    }
}
