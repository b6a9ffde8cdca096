//! The requests of `bridge fdb add|append|replace|del|get|flush` (bridge/fdb.c fdb_modify,
//! fdb_get, fdb_flush).
use super::*;

/// sscanf(addr, "%hhx:%hhx:%hhx:%hhx:%hhx:%hhx") == 6.
pub fn scan_mac(s: &str) -> Option<[u8; 6]> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut mac = [0u8; 6];
    for (k, slot) in mac.iter_mut().enumerate() {
        if k > 0 {
            if b.get(i) != Some(&b':') {
                return None;
            }
            i += 1;
        }
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut neg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            neg = b[i] == b'-';
            i += 1;
        }
        if i + 1 < b.len()
            && b[i] == b'0'
            && (b[i + 1] | 0x20) == b'x'
            && b.get(i + 2).is_some_and(|c| c.is_ascii_hexdigit())
        {
            i += 2;
        }
        let start = i;
        let mut v: u64 = 0;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            v = v
                .wrapping_mul(16)
                .wrapping_add((b[i] as char).to_digit(16).unwrap_or(0) as u64);
            i += 1;
        }
        if i == start {
            return None;
        }
        *slot = if neg { v.wrapping_neg() as u8 } else { v as u8 };
    }
    Some(mac)
}

/// strtoul(arg, &end, 0) with a complete parse: `vni`/`src_vni` (an empty word is 0).
fn parse_vni(arg: &str, what: &str) -> Result<u32> {
    let (v, used, over) = parse::strtoul(arg, 0);
    let rest_ok = used == arg.len() || (used == 0 && arg.trim().is_empty() && arg.is_empty());
    if !rest_ok || v >> 24 != 0 || over || v == u64::MAX {
        return Err(invarg(what, arg));
    }
    Ok(v as u32)
}

/// getservbyname(name, "udp") from /etc/services, without NSS.
fn udp_service(name: &str) -> Option<u16> {
    let text = std::fs::read_to_string("/etc/services").ok()?;
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut it = line.split_whitespace();
        let (Some(svc), Some(pp)) = (it.next(), it.next()) else {
            continue;
        };
        let Some((port, proto)) = pp.split_once('/') else {
            continue;
        };
        if proto != "udp" {
            continue;
        }
        if svc == name || it.any(|a| a == name) {
            return port.parse().ok();
        }
    }
    None
}

/// What fdb_modify sends (ifindex filled in last, as the reference resolves it last).
#[derive(Debug)]
pub struct FdbSpec {
    pub dev: Option<String>,
    pub addr: Option<String>,
    state: u16,
    flags: u8,
    dst: Option<Vec<u8>>,
    port: u64,
    vni: Option<u32>,
    src_vni: Option<u32>,
    via: u32,
    vid: i16,
    nhid: u32,
}

impl FdbSpec {
    pub fn parse(
        args: &mut Args,
        family: u8,
        index: &mut impl FnMut(&str) -> u32,
    ) -> Result<FdbSpec> {
        let mut s = FdbSpec {
            dev: None,
            addr: None,
            state: NUD_NOARP,
            flags: 0,
            dst: None,
            port: 0,
            vni: None,
            src_vni: None,
            via: 0,
            vid: -1,
            nhid: 0,
        };
        while let Some(w) = args.next() {
            let w = w.as_str();
            match w {
                "dev" => s.dev = Some(args.need()?),
                "dst" => {
                    let v = args.need()?;
                    if s.dst.is_some() {
                        return Err(duparg2("dst", &v));
                    }
                    let p = parse::get_addr(&v, family)?;
                    let bytes = match p.addr {
                        Some(_) => p.bytes(),
                        None if p.is_any => Vec::new(),
                        None => vec![0; parse::af_bit_len(p.family) as usize / 8],
                    };
                    s.dst = Some(bytes);
                }
                "nhid" => {
                    let v = args.need()?;
                    s.nhid = parse::get_u32(&v, 0)
                        .ok_or_else(|| invarg("\"id\" value is invalid\n", &v))?;
                }
                "port" => {
                    let v = args.need()?;
                    let (n, used, over) = parse::strtoul(&v, 0);
                    if used != v.len() && !(used == 0 && v.is_empty()) {
                        s.port =
                            udp_service(&v).ok_or_else(|| invarg("invalid port\n", &v))? as u64;
                    } else if n > 0xffff || over {
                        return Err(invarg("invalid port\n", &v));
                    } else {
                        s.port = n;
                    }
                }
                "vni" => s.vni = Some(parse_vni(&args.need()?, "invalid VNI\n")?),
                "src_vni" => s.src_vni = Some(parse_vni(&args.need()?, "invalid src VNI\n")?),
                "via" => {
                    let v = args.need()?;
                    s.via = index(&v);
                    if s.via == 0 {
                        return Err(Error::exit(255, format!("Cannot find device \"{v}\"")));
                    }
                }
                "self" => s.flags |= NTF_SELF,
                _ if matches(w, "master") => s.flags |= NTF_MASTER,
                _ if matches(w, "router") => s.flags |= NTF_ROUTER,
                _ if matches(w, "local") || matches(w, "permanent") => s.state |= NUD_PERMANENT,
                _ if matches(w, "temp") || matches(w, "static") => s.state |= NUD_REACHABLE,
                _ if matches(w, "dynamic") => {
                    s.state |= NUD_REACHABLE;
                    s.state &= !NUD_NOARP;
                }
                _ if matches(w, "vlan") => {
                    if s.vid >= 0 {
                        return Err(duparg2("vlan", w));
                    }
                    s.vid = atoi(&args.need()?) as i16;
                }
                _ if matches(w, "use") => s.flags |= NTF_USE,
                _ if matches(w, "extern_learn") => s.flags |= NTF_EXT_LEARNED,
                _ if matches(w, "sticky") => s.flags |= NTF_STICKY,
                _ => parse_addr(args, w, &mut s.addr)?,
            }
        }
        Ok(s)
    }

    /// The checks after the loop; returns the MAC to send.
    fn check(&mut self) -> Result<[u8; 6]> {
        let (Some(_), Some(addr)) = (&self.dev, &self.addr) else {
            return Err(Error::ret(
                255,
                "Device and address are required arguments.",
            ));
        };
        if self.nhid != 0 && (self.dst.is_some() || self.port != 0 || self.vni.is_some()) {
            return Err(Error::ret(
                255,
                "dst, port, vni are mutually exclusive with nhid",
            ));
        }
        if self.flags & (NTF_SELF | NTF_MASTER) == 0 {
            self.flags |= NTF_SELF;
        }
        if self.state & (NUD_PERMANENT | NUD_REACHABLE) == 0 {
            self.state |= NUD_PERMANENT;
        }
        scan_mac(addr).ok_or_else(|| Error::ret(255, format!("Invalid mac address {addr}")))
    }

    pub fn request(&self, mac: &[u8; 6], ifindex: u32) -> Vec<u8> {
        let mut r = AttrBuf::with_header(&ndmsg(AF_BRIDGE, ifindex, self.state, self.flags));
        r.add(NDA_LLADDR, mac);
        if let Some(d) = &self.dst {
            r.add(NDA_DST, d);
        }
        if self.vid >= 0 {
            r.add_u16(NDA_VLAN, self.vid as u16);
        }
        if self.nhid > 0 {
            r.add_u32(NDA_NH_ID, self.nhid);
        }
        if self.port != 0 {
            r.add(NDA_PORT, &(self.port as u16).to_be_bytes());
        }
        if let Some(v) = self.vni {
            r.add_u32(NDA_VNI, v);
        }
        if let Some(v) = self.src_vni {
            r.add_u32(NDA_SRC_VNI, v);
        }
        if self.via != 0 {
            r.add_u32(NDA_IFINDEX, self.via);
        }
        r.buf
    }
}

pub(super) fn modify(args: &mut Args, br: &mut Br, cmd: u16, flags: u16) -> Result<()> {
    let mut spec = FdbSpec::parse(args, br.g.family, &mut |n| crate::ifmap::name_to_index(n))?;
    let mac = spec.check()?;
    let dev = spec.dev.clone().unwrap_or_default();
    let idx = crate::ifmap::name_to_index(&dev);
    if idx == 0 {
        return Err(nodev(&dev));
    }
    br.nl
        .talk(cmd, flags, &spec.request(&mac, idx))
        .map_err(talk_err)
}

/// The address word of fdb_modify and fdb_get: `[ to ] LLADDR`, where a `help` in its
/// place is the usage and a second address is a duplicate.
fn parse_addr(args: &mut Args, w: &str, addr: &mut Option<String>) -> Result<()> {
    let a = if w == "to" {
        args.need()?
    } else {
        w.to_string()
    };
    if matches(&a, "help") {
        return Err(usage());
    }
    if addr.is_some() {
        return Err(duparg2("to", &a));
    }
    *addr = Some(a);
    Ok(())
}

pub(super) fn get(args: &mut Args, br: &mut Br) -> Result<()> {
    let mut d: Option<String> = None;
    let mut brdev: Option<String> = None;
    let mut vni: Option<u32> = None;
    let mut flags = 0u8;
    let mut vlan: i16 = -1;
    let mut addr: Option<String> = None;
    while let Some(w) = args.next() {
        let w = w.as_str();
        match w {
            "brport" | "dev" => d = Some(args.need()?),
            "br" => brdev = Some(args.need()?),
            "vni" => vni = Some(parse_vni(&args.need()?, "invalid VNI\n")?),
            "self" => flags |= NTF_SELF,
            _ if matches(w, "master") => flags |= NTF_MASTER,
            _ if matches(w, "vlan") => {
                if vlan >= 0 {
                    return Err(duparg2("vlan", w));
                }
                vlan = atoi(&args.need()?) as i16;
            }
            _ if matches(w, "dynamic") => br.st.fdb_filter_dynamic = true,
            _ => parse_addr(args, w, &mut addr)?,
        }
    }
    let Some(addr) = addr.filter(|_| d.is_some() || brdev.is_some()) else {
        return Err(Error::ret(
            255,
            "Device or master and address are required arguments.",
        ));
    };
    let Some(mac) = scan_mac(&addr) else {
        return Err(Error::ret(255, format!("Invalid mac address {addr}")));
    };
    let mut ifindex = 0;
    let mut tail = AttrBuf::new();
    tail.add(NDA_LLADDR, &mac);
    if vlan >= 0 {
        tail.add_u16(NDA_VLAN, vlan as u16);
    }
    if let Some(v) = vni {
        tail.add_u32(NDA_VNI, v);
    }
    if let Some(d) = &d {
        ifindex = crate::ifmap::name_to_index(d);
        if ifindex == 0 {
            return Err(nodev(d));
        }
    }
    if let Some(b) = &brdev {
        tail.add_u32(NDA_MASTER, brdev_index(b)?);
    }
    let mut req = ndmsg(AF_BRIDGE, ifindex, 0, flags).to_vec();
    req.extend_from_slice(&tail.buf);
    let answer = br
        .nl
        .talk_answer(RTM_GETNEIGH, 0, &req, |m| {
            (m.ty, m.flags, m.payload.to_vec())
        })
        .map_err(|e| Error::raw(254, e.text, Failure::Return))?;
    let f = filter_of(br);
    let stats = br.g.stats > 0;
    br.out.begin_list()?;
    let m = Msg {
        ty: answer.0,
        flags: answer.1,
        seq: 0,
        pid: 0,
        payload: &answer.2,
    };
    print_fdb(&m, &f, stats, &Default::default(), &mut br.out)?;
    br.out.end_list()?;
    Ok(())
}

/// What fdb_flush sends.
#[derive(Debug, Default)]
pub struct FlushSpec {
    pub dev: Option<String>,
    pub port: Option<String>,
    vid: i16,
    ndm_flags: u16,
    ndm_state: u16,
    flags_mask: u16,
    state_mask: u16,
}

impl FlushSpec {
    pub fn parse(args: &mut Args) -> Result<FlushSpec> {
        let mut s = FlushSpec {
            vid: -1,
            ..FlushSpec::default()
        };
        while let Some(w) = args.next() {
            match w.as_str() {
                "dev" => s.dev = Some(args.need()?),
                "master" => s.ndm_flags |= NTF_MASTER as u16,
                "self" => s.ndm_flags |= NTF_SELF as u16,
                "permanent" => {
                    s.ndm_state |= NUD_PERMANENT;
                    s.state_mask |= NUD_PERMANENT;
                }
                "nopermanent" => {
                    s.ndm_state &= !NUD_PERMANENT;
                    s.state_mask |= NUD_PERMANENT;
                }
                "static" => {
                    s.ndm_state |= NUD_NOARP;
                    s.state_mask |= NUD_NOARP | NUD_PERMANENT;
                }
                "nostatic" => {
                    s.ndm_state &= !NUD_NOARP;
                    s.state_mask |= NUD_NOARP;
                }
                "dynamic" => {
                    s.ndm_state &= !NUD_NOARP;
                    s.state_mask |= NUD_NOARP | NUD_PERMANENT;
                }
                "nodynamic" => {
                    s.ndm_state |= NUD_NOARP;
                    s.state_mask |= NUD_NOARP;
                }
                "added_by_user" => s.flag(NTF_USE, true),
                "noadded_by_user" => s.flag(NTF_USE, false),
                "extern_learn" => s.flag(NTF_EXT_LEARNED, true),
                "noextern_learn" => s.flag(NTF_EXT_LEARNED, false),
                "sticky" => s.flag(NTF_STICKY, true),
                "nosticky" => s.flag(NTF_STICKY, false),
                "offloaded" => s.flag(NTF_OFFLOADED, true),
                "nooffloaded" => s.flag(NTF_OFFLOADED, false),
                "brport" => {
                    if s.port.is_some() {
                        return Err(duparg2("brport", "brport"));
                    }
                    s.port = Some(args.need()?);
                }
                "vlan" => {
                    if s.vid >= 0 {
                        return Err(duparg2("vlan", "vlan"));
                    }
                    s.vid = atoi(&args.need()?) as i16;
                }
                "help" => {
                    // fdb_flush steps over the word after "help" (NEXT_ARG).
                    args.need()?;
                }
                _ => {}
            }
        }
        Ok(s)
    }

    fn flag(&mut self, bit: u8, on: bool) {
        if on {
            self.ndm_flags |= bit as u16;
        } else {
            self.ndm_flags &= !(bit as u16);
        }
        self.flags_mask |= bit as u16;
    }

    pub fn request(&self, ifindex: u32, port_ifidx: Option<i16>) -> Vec<u8> {
        let mut flags = self.ndm_flags;
        if flags & (NTF_SELF | NTF_MASTER) as u16 == 0 {
            flags |= NTF_SELF as u16;
        }
        let mut r = AttrBuf::with_header(&ndmsg(AF_BRIDGE, ifindex, self.ndm_state, flags as u8));
        if let Some(p) = port_ifidx {
            r.add_u32(NDA_IFINDEX, p as i32 as u32);
        }
        if self.vid > -1 {
            r.add_u16(NDA_VLAN, self.vid as u16);
        }
        if self.flags_mask != 0 {
            r.add_u8(NDA_NDM_FLAGS_MASK, self.flags_mask as u8);
        }
        if self.state_mask != 0 {
            r.add_u16(NDA_NDM_STATE_MASK, self.state_mask);
        }
        r.buf
    }
}

pub(super) fn flush(args: &mut Args, br: &mut Br) -> Result<()> {
    let s = FlushSpec::parse(args)?;
    let idx = required_brdev(s.dev.as_deref())?;
    let mut port_ifidx = None;
    if let Some(p) = &s.port {
        let i = crate::ifmap::name_to_index(p) as i16;
        if i == 0 {
            return Err(Error::ret(
                255,
                format!("Cannot find bridge port device \"{p}\""),
            ));
        }
        port_ifidx = Some(i);
    }
    if s.vid >= 4096 {
        return Err(Error::ret(
            255,
            format!("Invalid VLAN ID \"{}\"", s.vid as u16),
        ));
    }
    br.nl
        .talk(RTM_DELNEIGH, NLM_F_BULK, &s.request(idx, port_ifidx))
        .map_err(talk_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mac_scanning_like_sscanf() {
        assert_eq!(scan_mac("02:00:00:00:00:09"), Some([2, 0, 0, 0, 0, 9]));
        assert_eq!(scan_mac("1:2:3:4:5:6:7"), Some([1, 2, 3, 4, 5, 6]));
        assert_eq!(scan_mac("aaa:0x1b:3:4:5:6"), Some([0xaa, 0x1b, 3, 4, 5, 6]));
        assert_eq!(scan_mac("zz"), None);
        assert_eq!(scan_mac("1:2:3:4:5"), None);
    }

    #[test]
    fn vni_rules() {
        assert_eq!(parse_vni("42", "v").unwrap(), 42);
        assert_eq!(parse_vni("", "v").unwrap(), 0);
        assert!(parse_vni("-1", "v").is_err());
        assert!(parse_vni("16777216", "v").is_err());
        assert!(parse_vni("1x", "v").is_err());
    }
    #[test]
    fn add_request_like_iproute2() {
        // strace of `bridge fdb add 00:00:00:00:00:00 dst 10.0.0.3 dev vx0 port 4790 vni 7
        // src_vni 9 via v1` (vx0 ifindex 5, v1 ifindex 3), without the nlmsghdr.
        let mut s = FdbSpec::parse(
            &mut Args::from_strs(&[
                "00:00:00:00:00:00",
                "dst",
                "10.0.0.3",
                "dev",
                "vx0",
                "port",
                "4790",
                "vni",
                "7",
                "src_vni",
                "9",
                "via",
                "v1",
            ]),
            0,
            &mut |_| 3,
        )
        .unwrap();
        let mac = s.check().unwrap();
        let want: Vec<u8> = vec![
            7, 0, 0, 0, 5, 0, 0, 0, 0xc0, 0, 2, 0, // ndmsg: noarp|permanent, self
            10, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, // NDA_LLADDR
            8, 0, 1, 0, 10, 0, 0, 3, // NDA_DST
            6, 0, 6, 0, 0x12, 0xb6, 0, 0, // NDA_PORT (big endian)
            8, 0, 7, 0, 7, 0, 0, 0, // NDA_VNI
            8, 0, 11, 0, 9, 0, 0, 0, // NDA_SRC_VNI
            8, 0, 8, 0, 3, 0, 0, 0, // NDA_IFINDEX
        ];
        assert_eq!(s.request(&mac, 5), want);
    }
}
