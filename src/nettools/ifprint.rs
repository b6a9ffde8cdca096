//! net-tools lib/interface.c ife_print_long / ife_print_short and lib/hw.c's table of
//! hardware types (name, title, how an address prints).
use super::iface::*;
use super::inet;
use std::io::Write;

/// lib/hw.c hwtypes[]: ARPHRD number, name, title, how its address prints.
#[derive(Clone, Copy, PartialEq)]
enum HwPrint {
    None,
    Ether,
    Unspec,
    Empty,
    Other,
}

struct HwType {
    ty: i32,
    name: &'static str,
    title: &'static str,
    print: HwPrint,
}

const fn hw(ty: i32, name: &'static str, title: &'static str, print: HwPrint) -> HwType {
    HwType {
        ty,
        name,
        title,
        print,
    }
}

const HWTYPES: &[HwType] = &[
    hw(772, "loop", "Local Loopback", HwPrint::None),
    hw(256, "slip", "Serial Line IP", HwPrint::None),
    hw(257, "cslip", "VJ Serial Line IP", HwPrint::None),
    hw(258, "slip6", "6-bit Serial Line IP", HwPrint::None),
    hw(259, "cslip6", "VJ 6-bit Serial Line IP", HwPrint::None),
    hw(264, "adaptive", "Adaptive Serial Line IP", HwPrint::None),
    hw(781, "ash", "Ash", HwPrint::Other),
    hw(1, "ether", "Ethernet", HwPrint::Ether),
    hw(3, "ax25", "AMPR AX.25", HwPrint::Other),
    hw(0, "netrom", "AMPR NET/ROM", HwPrint::Other),
    hw(270, "rose", "AMPR ROSE", HwPrint::Other),
    hw(768, "tunnel", "IPIP Tunnel", HwPrint::Empty),
    hw(512, "ppp", "Point-to-Point Protocol", HwPrint::None),
    hw(513, "hdlc", "(Cisco)-HDLC", HwPrint::None),
    hw(516, "lapb", "LAPB", HwPrint::None),
    hw(7, "arcnet", "ARCnet", HwPrint::Other),
    hw(15, "dlci", "Frame Relay DLCI", HwPrint::Other),
    hw(770, "frad", "Frame Relay Access Device", HwPrint::None),
    hw(776, "sit", "IPv6-in-IPv4", HwPrint::None),
    hw(
        774,
        "fddi",
        "Fiber Distributed Data Interface",
        HwPrint::Other,
    ),
    hw(780, "hippi", "HIPPI", HwPrint::Other),
    hw(783, "irda", "IrLAP", HwPrint::Other),
    hw(782, "ec", "Econet", HwPrint::None),
    hw(271, "x25", "generic X.25", HwPrint::Other),
    hw(27, "eui64", "Generic EUI-64", HwPrint::Other),
    hw(-1, "unspec", "UNSPEC", HwPrint::Unspec),
];

/// The address printers of lib/arcnet.c, fddi.c, hippi.c, frame.c, irda.c, eui64.c, ax25.c
/// netrom.c, rose.c and x25.c (None for ash, whose printer reads past the address).
fn other_hw(name: &str, h: &[u8; 32]) -> Option<String> {
    let hexs = |n: usize, sep: &str| {
        h[..n]
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(sep)
    };
    Some(match name {
        "arcnet" => format!("{:02X}", h[0]),
        "fddi" => hexs(6, "-"),
        "hippi" => hexs(6, ":"),
        "eui64" => hexs(8, ":"),
        "dlci" => i16::from_ne_bytes([h[0], h[1]]).to_string(),
        // irda prints signed chars with %02x.
        "irda" => [h[3], h[2], h[1], h[0]]
            .iter()
            .map(|&b| format!("{:02x}", b as i8 as i32 as u32))
            .collect::<Vec<_>>()
            .join(":")
            .chars()
            .take(11) // snprintf(buff, 12, ...)
            .collect(),
        "ax25" | "netrom" => {
            let mut t = String::new();
            for &b in &h[..6] {
                let c = b >> 1;
                if c == b' ' || c == 0 {
                    break;
                }
                t.push(char::from(c));
            }
            let ssid = (h[6] & 0x1e) >> 1;
            if ssid != 0 {
                t.push_str(&format!("-{ssid}"));
            }
            t
        }
        "rose" => h[..5].iter().map(|b| format!("{b:02x}")).collect(),
        "x25" => {
            // strncpy of the 15-byte X.121 address: up to its first NUL.
            let end = h[..15].iter().position(|&b| b == 0).unwrap_or(15);
            String::from_utf8_lossy(&h[..end]).into_owned()
        }
        _ => return None,
    })
}

/// print_hwlist(0), as the usage text prints it on stderr.
pub const HWLIST: &str = "    loop (Local Loopback) slip (Serial Line IP) cslip (VJ Serial Line IP) \n    slip6 (6-bit Serial Line IP) cslip6 (VJ 6-bit Serial Line IP) adaptive (Adaptive Serial Line IP) \n    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) \n    netrom (AMPR NET/ROM) rose (AMPR ROSE) tunnel (IPIP Tunnel) \n    ppp (Point-to-Point Protocol) hdlc ((Cisco)-HDLC) lapb (LAPB) \n    arcnet (ARCnet) dlci (Frame Relay DLCI) frad (Frame Relay Access Device) \n    sit (IPv6-in-IPv4) fddi (Fiber Distributed Data Interface) hippi (HIPPI) \n    irda (IrLAP) ec (Econet) x25 (generic X.25) \n    eui64 (Generic EUI-64) \n";
pub const AFLIST: &str = "    unix (UNIX Domain) inet (DARPA Internet) inet6 (IPv6) \n    ax25 (AMPR AX.25) netrom (AMPR NET/ROM) rose (AMPR ROSE) \n    ipx (Novell IPX) ddp (Appletalk DDP) ec (Econet) \n    ash (Ash) x25 (CCITT X.25) \n";

/// get_hwtype(name) for `hw NAME`: Some(is ether, is tunnel) when net-tools knows the name.
pub fn hw_by_name(name: &str) -> Option<&'static str> {
    HWTYPES.iter().find(|h| h.name == name).map(|h| h.name)
}

fn sprint4(sa: &[u8; 16]) -> String {
    let fam = u16::from_ne_bytes([sa[0], sa[1]]);
    if fam == 0xffff || fam == 0 {
        return "[NONE SET]".into();
    }
    inet::ntop4(&sa[4..8])
}

fn unit(v: u64) -> (u64, &'static str) {
    let s = v.wrapping_mul(10);
    if v > 1_152_921_504_606_846_976 {
        (v / 115_292_150_460_684_697, "EiB")
    } else if v > 1_125_899_906_842_624 {
        (s / 1_125_899_906_842_624, "PiB")
    } else if v > 1_099_511_627_776 {
        (s / 1_099_511_627_776, "TiB")
    } else if v > 1_073_741_824 {
        (s / 1_073_741_824, "GiB")
    } else if v > 1_048_576 {
        (s / 1_048_576, "MiB")
    } else if v > 1024 {
        (s / 1024, "KiB")
    } else {
        (s, "B")
    }
}

pub fn print_short<W: Write>(out: &mut W, ife: &Iface) -> std::io::Result<()> {
    let name: String = ife.name.chars().take(15).collect();
    write!(
        out,
        "{} {:>5} ",
        crate::output::fmt::Ljust(&name, 15),
        ife.mtu
    )?;
    match &ife.stats {
        Some(s) => {
            write!(
                out,
                "{:>8} {:>6} {:>6} {:<6} ",
                s.rx_packets, s.rx_errors, s.rx_dropped, s.rx_fifo
            )?;
            write!(
                out,
                "{:>8} {:>6} {:>6} {:>6} ",
                s.tx_packets, s.tx_errors, s.tx_dropped, s.tx_fifo
            )?;
        }
        None => write!(out, "{:<56}", "     - no statistics available -")?,
    }
    let f = ife.flags;
    if f == 0 {
        write!(out, "[NO FLAGS]")?;
    }
    for (bit, c) in [
        (IFF_ALLMULTI, 'A'),
        (IFF_BROADCAST, 'B'),
        (IFF_DEBUG, 'D'),
        (IFF_LOOPBACK, 'L'),
        (IFF_MULTICAST, 'M'),
        (IFF_DYNAMIC, 'd'),
        (IFF_PROMISC, 'P'),
        (IFF_NOTRAILERS, 'N'),
        (IFF_NOARP, 'O'),
        (IFF_POINTOPOINT, 'P'),
        (IFF_SLAVE, 's'),
        (IFF_MASTER, 'm'),
        (IFF_RUNNING, 'R'),
        (IFF_UP, 'U'),
    ] {
        if f & bit != 0 {
            write!(out, "{c}")?;
        }
    }
    writeln!(out)
}

/// ife_print_long. Err(text) for a hardware type whose address printer nlbox lacks.
pub fn print_long<W: Write>(out: &mut W, ife: &Iface) -> std::io::Result<Result<(), String>> {
    let hwt = HWTYPES
        .iter()
        .find(|h| h.ty == i32::from(ife.hwtype))
        .or_else(|| HWTYPES.last());
    let Some(hwt) = hwt else {
        return Ok(Err(String::new()));
    };
    let other = if hwt.print == HwPrint::Other {
        match other_hw(hwt.name, &ife.hwaddr) {
            Some(t) => Some(t),
            None => {
                return Ok(Err(format!(
                    "nlbox: ifconfig: {} hardware addresses: not implemented\n",
                    hwt.name
                )))
            }
        }
    } else {
        None
    };
    let f = ife.flags;
    let mut flags = format!("flags={f}<");
    if f == 0 {
        flags.push('>');
    }
    for (bit, n) in [
        (IFF_UP, "UP,"),
        (IFF_BROADCAST, "BROADCAST,"),
        (IFF_DEBUG, "DEBUG,"),
        (IFF_LOOPBACK, "LOOPBACK,"),
        (IFF_POINTOPOINT, "POINTOPOINT,"),
        (IFF_NOTRAILERS, "NOTRAILERS,"),
        (IFF_RUNNING, "RUNNING,"),
        (IFF_NOARP, "NOARP,"),
        (IFF_PROMISC, "PROMISC,"),
        (IFF_ALLMULTI, "ALLMULTI,"),
        (IFF_SLAVE, "SLAVE,"),
        (IFF_MASTER, "MASTER,"),
        (IFF_MULTICAST, "MULTICAST,"),
        (IFF_DYNAMIC, "DYNAMIC,"),
    ] {
        if f & bit != 0 {
            flags.push_str(n);
        }
    }
    if flags.ends_with(',') {
        flags.pop();
        flags.push('>');
    } else {
        flags.pop();
    }
    writeln!(out, "{}: {}  mtu {}", ife.name, flags, ife.mtu)?;
    if let Some(a) = &ife.addr {
        write!(
            out,
            "        inet {}  netmask {}",
            sprint4(&a[0]),
            sprint4(&a[3])
        )?;
        if f & IFF_BROADCAST != 0 {
            write!(out, "  broadcast {}", sprint4(&a[2]))?;
        }
        if f & IFF_POINTOPOINT != 0 {
            write!(out, "  destination {}", sprint4(&a[1]))?;
        }
        writeln!(out)?;
    }
    if let Ok(text) = std::fs::read_to_string("/proc/net/if_inet6") {
        for line in text.lines() {
            let w: Vec<&str> = line.split_ascii_whitespace().collect();
            if w.len() < 6 || w[5] != ife.name {
                continue;
            }
            let mut a = [0u8; 16];
            for (i, b) in a.iter_mut().enumerate() {
                *b = w[0]
                    .get(2 * i..2 * i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .unwrap_or(0);
            }
            let plen = u32::from_str_radix(w[2], 16).unwrap_or(0);
            let scope0 = u32::from_str_radix(w[3], 16).unwrap_or(0);
            let text = inet::fix_v4(&inet::ntop6(&a), &a);
            write!(
                out,
                "        inet6 {text}  prefixlen {plen}  scopeid 0x{scope0:x}"
            )?;
            let mut fl = String::from("<");
            let mut scope = scope0;
            if scope & 0x80 != 0 {
                fl.push_str("compat,");
                scope -= 0x80;
            }
            if scope == 0 {
                fl.push_str("global,");
            }
            if scope & 0x20 != 0 {
                fl.push_str("link,");
            }
            if scope & 0x40 != 0 {
                fl.push_str("site,");
            }
            if scope & 0x10 != 0 {
                fl.push_str("host,");
            }
            if fl.ends_with(',') {
                fl.pop();
                fl.push('>');
            } else {
                fl.pop();
            }
            writeln!(out, "{fl}")?;
        }
    }
    match hwt.print {
        HwPrint::Ether => {
            let h = &ife.hwaddr;
            write!(
                out,
                "        {} {:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
                hwt.name, h[0], h[1], h[2], h[3], h[4], h[5]
            )?;
        }
        HwPrint::Unspec => {
            let t: Vec<String> = ife.hwaddr[..16]
                .iter()
                .map(|b| format!("{b:02X}"))
                .collect();
            write!(out, "        {} {}", hwt.name, t.join("-"))?;
        }
        HwPrint::Empty => write!(out, "        {} ", hwt.name)?,
        HwPrint::Other => write!(out, "        {} {}", hwt.name, other.unwrap_or_default())?,
        _ => write!(out, "        {}", hwt.name)?,
    }
    if ife.txqlen != -1 {
        write!(out, "  txqueuelen {}", ife.txqlen)?;
    }
    writeln!(out, "  ({})", hwt.title)?;
    if f & IFF_PORTSEL != 0 {
        const PORTS: [&str; 7] = [
            "unknown",
            "10base2",
            "10baseT",
            "AUI",
            "100baseT",
            "100baseTX",
            "100baseFX",
        ];
        let port = usize::from(ife.map[20]);
        write!(
            out,
            "        media {}",
            PORTS.get(port).copied().unwrap_or("")
        )?;
        if f & IFF_AUTOMEDIA != 0 {
            write!(out, "autoselect")?;
        }
        writeln!(out)?;
    }
    if let Some(s) = &ife.stats {
        let can_compress = ife.hwtype == 257 || ife.hwtype == 259;
        let (rs, rext) = unit(s.rx_bytes);
        let (ts, text) = unit(s.tx_bytes);
        writeln!(
            out,
            "        RX packets {}  bytes {} ({}.{} {})",
            s.rx_packets,
            s.rx_bytes,
            rs / 10,
            rs % 10,
            rext
        )?;
        if can_compress {
            writeln!(out, "        RX compressed:{}", s.rx_compressed)?;
        }
        writeln!(
            out,
            "        RX errors {}  dropped {}  overruns {}  frame {}",
            s.rx_errors, s.rx_dropped, s.rx_fifo, s.rx_frame
        )?;
        writeln!(
            out,
            "        TX packets {}  bytes {} ({}.{} {})",
            s.tx_packets,
            s.tx_bytes,
            ts / 10,
            ts % 10,
            text
        )?;
        if can_compress {
            writeln!(out, "        TX compressed {}", s.tx_compressed)?;
        }
        writeln!(
            out,
            "        TX errors {}  dropped {} overruns {}  carrier {}  collisions {}",
            s.tx_errors, s.tx_dropped, s.tx_fifo, s.tx_carrier, s.collisions
        )?;
    }
    let m = &ife.map;
    let mem_start = u64::from_ne_bytes([m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]]);
    let mem_end = u64::from_ne_bytes([m[8], m[9], m[10], m[11], m[12], m[13], m[14], m[15]]);
    let base = u16::from_ne_bytes([m[16], m[17]]);
    let (irq, dma) = (m[18], m[19]);
    if irq != 0 || mem_start != 0 || dma != 0 || base >= 0x100 {
        write!(out, "        device ")?;
        if irq != 0 {
            write!(out, "interrupt {irq}  ")?;
        }
        if base >= 0x100 {
            write!(out, "base 0x{base:x}  ")?;
        }
        if mem_start != 0 {
            write!(out, "memory 0x{mem_start:x}-{mem_end:x}  ")?;
        }
        if dma != 0 {
            write!(out, "  dma 0x{dma:x}")?;
        }
        writeln!(out)?;
    }
    writeln!(out)?;
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Iface {
        let mut hw = [0u8; 32];
        hw[..6].copy_from_slice(&[2, 0, 0, 0, 0, 1]);
        let sin = |a: [u8; 4]| crate::nettools::ioctl::sockaddr_in(a);
        Iface {
            name: "nlbox-test0".into(),
            stats: Some(Stats {
                rx_bytes: 1536,
                rx_packets: 12,
                tx_bytes: 5 * 1_073_741_824 + 1,
                tx_packets: 7,
                rx_dropped: 3,
                collisions: 2,
                ..Default::default()
            }),
            flags: 4163,
            hwtype: 1,
            hwaddr: hw,
            mtu: 1500,
            txqlen: 1000,
            map: [0; 24],
            addr: Some([
                sin([10, 0, 0, 1]),
                sin([10, 0, 0, 1]),
                sin([10, 0, 0, 255]),
                sin([255, 255, 255, 0]),
            ]),
        }
    }

    #[test]
    fn other_hw_forms() {
        let mut h = [0u8; 32];
        for (i, c) in b"N0CALL".iter().enumerate() {
            h[i] = c << 1;
        }
        h[6] = 7 << 1;
        assert_eq!(other_hw("ax25", &h).as_deref(), Some("N0CALL-7"));
        h[3] = b' ' << 1;
        assert_eq!(other_hw("netrom", &h).as_deref(), Some("N0C-7"));
        let mut h = [0u8; 32];
        h[..4].copy_from_slice(&[1, 2, 3, 0x80]);
        assert_eq!(other_hw("irda", &h).as_deref(), Some("ffffff80:03"));
        assert_eq!(other_hw("arcnet", &h).as_deref(), Some("01"));
        assert_eq!(other_hw("rose", &h).as_deref(), Some("0102038000"));
        assert_eq!(other_hw("ash", &h), None);
    }

    #[test]
    fn long_form() {
        let mut out = Vec::new();
        assert!(matches!(print_long(&mut out, &sample()), Ok(Ok(()))));
        assert_eq!(
            String::from_utf8_lossy(&out),
            "nlbox-test0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500
        inet 10.0.0.1  netmask 255.255.255.0  broadcast 10.0.0.255
        ether 02:00:00:00:00:01  txqueuelen 1000  (Ethernet)
        RX packets 12  bytes 1536 (1.5 KiB)
        RX errors 0  dropped 3  overruns 0  frame 0
        TX packets 7  bytes 5368709121 (5.0 GiB)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 2

"
        );
    }

    #[test]
    fn short_form_and_odd_flags() {
        let mut i = sample();
        let mut out = Vec::new();
        let _ = print_short(&mut out, &i);
        assert_eq!(
            String::from_utf8_lossy(&out),
            "nlbox-test0      1500       12      0      3 0             7      0      0      0 BMRU\n"
        );
        i.flags = 0;
        i.stats = None;
        i.addr = None;
        i.hwtype = -2; // ARPHRD_NONE as a short: no table entry, printed as unspec
        let mut out = Vec::new();
        let _ = print_long(&mut out, &i);
        let text = String::from_utf8_lossy(&out);
        assert!(text.starts_with("nlbox-test0: flags=0<  mtu 1500\n"));
        assert!(text.contains("        unspec 02-00-00-00-00-01-00-00-00-00-00-00-00-00-00-00  txqueuelen 1000  (UNSPEC)\n"));
        let mut out = Vec::new();
        let _ = print_short(&mut out, &i);
        assert!(String::from_utf8_lossy(&out)
            .ends_with("- no statistics available -                        [NO FLAGS]\n"));
    }
}
