//! Small formatters of print_linkinfo (ip/ipaddress.c, lib/ll_types.c, lib/ll_addr.c):
//! link types and addresses, the <FLAGS> list, the operational state, qlen, events.
use super::ifla::*;
use super::rta::{self, Slot};
use crate::output::{Color, Ctx, Printer};
use std::io::{self, Write};

/// ll_type_n2a (lib/ll_types.c); under -N every type is `[N]`.
pub fn ll_type(ty: u16) -> String {
    const T: &[(u16, &str)] = &[
        (0, "netrom"),
        (1, "ether"),
        (2, "eether"),
        (3, "ax25"),
        (4, "pronet"),
        (5, "chaos"),
        (6, "ieee802"),
        (7, "arcnet"),
        (8, "atalk"),
        (15, "dlci"),
        (19, "atm"),
        (23, "metricom"),
        (24, "ieee1394"),
        (32, "infiniband"),
        (256, "slip"),
        (257, "cslip"),
        (258, "slip6"),
        (259, "cslip6"),
        (260, "rsrvd"),
        (264, "adapt"),
        (270, "rose"),
        (271, "x25"),
        (272, "hwx25"),
        (280, "can"),
        (512, "ppp"),
        (513, "hdlc"),
        (516, "lapb"),
        (517, "ddcmp"),
        (518, "rawhdlc"),
        (768, "ipip"),
        (769, "tunnel6"),
        (770, "frad"),
        (771, "skip"),
        (772, "loopback"),
        (773, "ltalk"),
        (774, "fddi"),
        (775, "bif"),
        (776, "sit"),
        (777, "ip/ddp"),
        (778, "gre"),
        (779, "pimreg"),
        (780, "hippi"),
        (781, "ash"),
        (782, "econet"),
        (783, "irda"),
        (784, "fcpp"),
        (785, "fcal"),
        (786, "fcpl"),
        (787, "fcfb0"),
        (788, "fcfb1"),
        (789, "fcfb2"),
        (790, "fcfb3"),
        (791, "fcfb4"),
        (792, "fcfb5"),
        (793, "fcfb6"),
        (794, "fcfb7"),
        (795, "fcfb8"),
        (796, "fcfb9"),
        (797, "fcfb10"),
        (798, "fcfb11"),
        (799, "fcfb12"),
        (800, "tr"),
        (801, "ieee802.11"),
        (802, "ieee802.11/prism"),
        (803, "ieee802.11/radiotap"),
        (804, "ieee802.15.4"),
        (805, "ieee802.15.4/monitor"),
        (820, "phonet"),
        (821, "phonet_pipe"),
        (822, "caif"),
        (823, "gre6"),
        (824, "netlink"),
        (825, "6lowpan"),
        (0xfffe, "none"),
        (0xffff, "void"),
    ];
    if !crate::names::numeric() {
        if let Some((_, n)) = T.iter().find(|(t, _)| *t == ty) {
            return (*n).to_string();
        }
    }
    format!("[{ty}]")
}

/// ll_addr_n2a into iproute2's 64-byte buffer (longer addresses are cut at 63 chars).
pub fn ll_addr(a: &[u8], ty: u16) -> String {
    let mut s = crate::output::fmt::ll_addr(a, ty);
    s.truncate(63);
    s
}

const OPER_STATES: [&str; 7] = [
    "UNKNOWN",
    "NOTPRESENT",
    "DOWN",
    "LOWERLAYERDOWN",
    "TESTING",
    "DORMANT",
    "UP",
];

/// oper_state_color (lib/color.c).
pub fn oper_color(state: u8) -> Color {
    match state {
        6 => Color::OperUp,
        2 => Color::OperDown,
        _ => Color::None,
    }
}

/// print_link_flags.
pub fn print_link_flags<W: Write>(out: &mut Printer<W>, flags: u32, mdown: bool) -> io::Result<()> {
    let key = if out.is_json() { "flags" } else { "<" };
    out.open_array(Ctx::Any, key, "<")?;
    let mut flags = flags;
    if flags & IFF_UP != 0 && flags & IFF_RUNNING == 0 {
        out.string(Ctx::Any, "", "NO-CARRIER", format_args!("NO-CARRIER,"))?;
    }
    flags &= !IFF_RUNNING;
    const NAMES: &[(u32, &str)] = &[
        (IFF_LOOPBACK, "LOOPBACK"),
        (IFF_BROADCAST, "BROADCAST"),
        (IFF_POINTOPOINT, "POINTOPOINT"),
        (IFF_MULTICAST, "MULTICAST"),
        (IFF_NOARP, "NOARP"),
        (IFF_ALLMULTI, "ALLMULTI"),
        (IFF_PROMISC, "PROMISC"),
        (IFF_MASTER, "MASTER"),
        (IFF_SLAVE, "SLAVE"),
        (IFF_DEBUG, "DEBUG"),
        (IFF_DYNAMIC, "DYNAMIC"),
        (IFF_AUTOMEDIA, "AUTOMEDIA"),
        (IFF_PORTSEL, "PORTSEL"),
        (IFF_NOTRAILERS, "NOTRAILERS"),
        (IFF_UP, "UP"),
        (IFF_LOWER_UP, "LOWER_UP"),
        (IFF_DORMANT, "DORMANT"),
        (IFF_ECHO, "ECHO"),
    ];
    for (bit, name) in NAMES {
        if flags & bit != 0 {
            flags &= !bit;
            let comma = if flags != 0 { "," } else { "" };
            out.string_in(Ctx::Any, Color::None, "", name, "", comma)?;
        }
    }
    if flags != 0 {
        out.hex(Ctx::Any, "", flags as u64, format_args!("{flags:x}"))?;
    }
    if mdown {
        out.string(Ctx::Any, "", "M-DOWN", format_args!(",M-DOWN"))?;
    }
    out.close_array(Ctx::Any, "> ")
}

/// print_operstate.
pub fn print_operstate<W: Write>(out: &mut Printer<W>, brief: bool, state: u8) -> io::Result<()> {
    let Some(name) = OPER_STATES.get(state as usize) else {
        if out.is_json() {
            return out.uint(Ctx::Json, "operstate_index", state as u64, format_args!(""));
        }
        return if state == 0 {
            out.fp(format_args!("state 0"))
        } else {
            out.fp(format_args!("state {state:#x}"))
        };
    };
    if brief {
        return out.string_c(
            Ctx::Any,
            oper_color(state),
            "operstate",
            name,
            format_args!("{name:<14} "),
        );
    }
    if out.is_json() {
        return out.string(Ctx::Json, "operstate", name, format_args!(""));
    }
    out.fp(format_args!("state "))?;
    out.string_in(Ctx::Fp, oper_color(state), "", name, "", " ")
}

/// hexstring_n2a into a 64-byte buffer: at most 31 bytes are printed.
pub fn hexstring(d: &[u8]) -> String {
    d.iter().take(31).map(|b| format!("{b:02x}")).collect()
}

/// print_queuelen: IFLA_TXQLEN, or the SIOCGIFTXQLEN ioctl when the message lacks it.
pub fn print_queuelen<W: Write>(
    out: &mut Printer<W>,
    name: &[u8],
    tb: &[Slot; IFLA_TB],
) -> io::Result<()> {
    let qlen = match tb[IFLA_TXQLEN as usize] {
        Some(q) => rta::i32_of(q),
        None => match txqlen_ioctl(name) {
            Ok(Some(q)) => q,
            Ok(None) => return Ok(()),
            Err(errno) => {
                out.flush()?;
                crate::error::warn(&format!(
                    "ioctl(SIOCGIFTXQLEN) failed: {}",
                    crate::netlink::strerror(errno)
                ));
                return Ok(());
            }
        },
    };
    if qlen != 0 {
        out.int_in(Ctx::Any, "txqlen", qlen as i64, "qlen ", "")?;
    }
    Ok(())
}

/// SIOCGIFTXQLEN on an AF_INET socket. Ok(None) when no socket could be made.
pub fn txqlen_ioctl(name: &[u8]) -> Result<Option<i32>, i32> {
    const SIOCGIFTXQLEN: libc::c_ulong = 0x8942;
    // SAFETY: plain socket(2); the result is checked.
    let s = unsafe { libc::socket(libc::AF_INET, libc::SOCK_STREAM, 0) };
    if s < 0 {
        return Ok(None);
    }
    // struct ifreq: 16 bytes of name, then the union (ifr_qlen is its first int).
    let mut ifr = [0u8; 40];
    for (d, c) in ifr.iter_mut().zip(name.iter().copied().take(15)) {
        *d = c;
    }
    // SAFETY: ifr is a writable buffer as large as struct ifreq.
    let r = unsafe { libc::ioctl(s, SIOCGIFTXQLEN, ifr.as_mut_ptr()) };
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    // SAFETY: s is our own descriptor.
    unsafe { libc::close(s) };
    if r < 0 {
        return Err(errno);
    }
    Ok(Some(i32::from_ne_bytes([
        ifr[16], ifr[17], ifr[18], ifr[19],
    ])))
}

/// print_link_event.
pub fn print_link_event<W: Write>(out: &mut Printer<W>, ev: u32) -> io::Result<()> {
    const EVENTS: [&str; 7] = [
        "NONE",
        "REBOOT",
        "FEATURE CHANGE",
        "BONDING FAILOVER",
        "NOTIFY PEERS",
        "RESEND IGMP",
        "BONDING OPTION",
    ];
    match EVENTS.get(ev as usize) {
        None => out.int(
            Ctx::Any,
            "event",
            ev as i32 as i64,
            format_args!("event {} ", ev as i32),
        ),
        Some(_) if ev == 0 => Ok(()),
        Some(n) => out.string(Ctx::Any, "event", n, format_args!("event {n} ")),
    }
}
