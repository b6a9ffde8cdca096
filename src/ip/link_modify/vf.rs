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
            let halen = super::parse::ll_addr_len_of(dev);
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
            let on = parse_on_off(name, &v)?;
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
        let (Some(min), Some(max)) = (min_rate, max_rate) else {
            return Err(Error::ret(
                1,
                "nlbox: ip link set vf: a single min_tx_rate/max_tx_rate: not implemented",
            ));
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
