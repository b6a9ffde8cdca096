//! What the per-port listings of bridge/vlan.c and bridge/vni.c share: the start of their
//! RTM message printers (print_vlan_rtm, print_vnifilter_rtm) and the port column, which
//! opens a JSON object and array per port (open_vlan_port and close_vlan_port in vlan.c;
//! vni.c writes the same inline).
use super::monitor::Headers;
use crate::cli::parse::AF_BRIDGE;
use crate::netlink::Msg;
use crate::output::printer::{Color, Ctx};
use crate::output::Printer;
use std::io::{self, Write};

/// The message types of a per-port printer (print_vlan_rtm of vlan.c, print_vnifilter_rtm
/// of vni.c) and the texts that differ between them.
pub struct PortRtm {
    pub new: u16,
    pub del: u16,
    pub get: u16,
    /// How the printer names a message of any other type.
    pub unknown: &'static str,
    /// Its `monitor all` banner.
    pub label: &'static str,
}

impl PortRtm {
    /// The start both printers share: the type check, the 8-byte br_vlan_msg / tunnel_msg
    /// (family, padding, ifindex), the family and port filters, then the headers and
    /// `Deleted `. Returns the port and its attributes, or `None` when nothing is printed.
    pub fn head<'a, W: Write>(
        &self,
        m: &Msg<'a>,
        filter_index: u32,
        hdr: &Headers,
        out: &mut Printer<W>,
    ) -> io::Result<Option<(u32, &'a [u8])>> {
        if m.ty != self.new && m.ty != self.del && m.ty != self.get {
            crate::error::warn(&format!(
                "{}: {:08x} {:08x} {:08x}",
                self.unknown,
                m.payload.len() + 16,
                m.ty,
                m.flags
            ));
            return Ok(None);
        }
        let payload: &'a [u8] = m.payload;
        let (Some(h), Some(attrs)) = (payload.get(..8), payload.get(8..)) else {
            crate::error::warn(&format!(
                "BUG: wrong nlmsg len {}",
                m.payload.len() as i64 - 8
            ));
            return Ok(None);
        };
        let ifindex = u32::from_ne_bytes([h[4], h[5], h[6], h[7]]);
        if h[0] != AF_BRIDGE || (filter_index != 0 && filter_index != ifindex) {
            return Ok(None);
        }
        hdr.print(out, self.label)?;
        if m.ty == self.del {
            out.bool(Ctx::Any, "deleted", true, format_args!("Deleted "))?;
        }
        Ok(Some((ifindex, attrs)))
    }
}

/// open_vlan_port: the port's name, padded to IFNAMSIZ, then its JSON array `key`
/// ("vlans", "tunnels" or "vnis").
pub fn open_port<W: Write>(out: &mut Printer<W>, ifindex: u32, key: &str) -> io::Result<()> {
    out.open_object("")?;
    let n = crate::ifmap::index_to_name(ifindex);
    out.string_c(
        Ctx::Any,
        Color::Ifname,
        "ifname",
        &n,
        format_args!("{}  ", crate::output::fmt::Ljust(&n, 16)),
    )?;
    out.open_array(Ctx::Json, key, "")
}

/// The start of one entry of a port's list: the first entry opens the port, the others
/// are indented under its name; then the entry's JSON object. (The reference writes the
/// indent before or after opening the object, depending on the printer: the one only
/// prints in text, the other only in JSON, so the output is the same.)
pub fn open_port_entry<W: Write>(
    out: &mut Printer<W>,
    ifindex: u32,
    key: &str,
    first: bool,
) -> io::Result<()> {
    if first {
        open_port(out, ifindex, key)?;
    } else {
        out.fp(format_args!("{:<16}  ", ""))?;
    }
    out.open_object("")
}

/// close_vlan_port: ends the port's array and object.
pub fn close_port<W: Write>(out: &mut Printer<W>) -> io::Result<()> {
    out.close_array(Ctx::Json, "")?;
    out.close_object()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bridge::testutil::render;

    const T: PortRtm = PortRtm {
        new: 1000,
        del: 1001,
        get: 1002,
        unknown: "Unknown test msg",
        label: "[T]",
    };

    fn msg(ty: u16, payload: &[u8]) -> Msg<'_> {
        Msg {
            ty,
            flags: 0,
            seq: 0,
            pid: 0,
            payload,
        }
    }

    /// Runs `head` and returns what it printed and whether the message passed.
    fn head(m: &Msg, filter: u32) -> (String, Option<(u32, usize)>) {
        let mut got = None;
        let hdr = Headers {
            timestamp: false,
            banner: true,
        };
        let text = render(false, false, false, |p| {
            got = T.head(m, filter, &hdr, p)?.map(|(i, a)| (i, a.len()));
            Ok(())
        });
        (text, got)
    }

    #[test]
    fn rtm_head_filters_and_headers() {
        let mut p = vec![AF_BRIDGE, 0, 0, 0];
        p.extend_from_slice(&7u32.to_ne_bytes());
        p.extend_from_slice(&[4, 0, 1, 0]);
        assert_eq!(head(&msg(1000, &p), 0), ("[T]".to_string(), Some((7, 4))));
        assert_eq!(
            head(&msg(1001, &p), 7),
            ("[T]Deleted ".to_string(), Some((7, 4)))
        );
        // Another port, another family, a short header, another type: nothing printed.
        assert_eq!(head(&msg(1000, &p), 8), (String::new(), None));
        let mut inet = p.clone();
        inet[0] = 2;
        assert_eq!(head(&msg(1002, &inet), 0), (String::new(), None));
        assert_eq!(head(&msg(1000, &p[..7]), 0), (String::new(), None));
        assert_eq!(head(&msg(1003, &p), 0), (String::new(), None));
    }

    #[test]
    fn port_entries_open_once() {
        let mut hdr = [0u8; 16];
        hdr[4..8].copy_from_slice(&1u32.to_ne_bytes());
        let mut b = crate::netlink::attr::AttrBuf::with_header(&hdr);
        b.add_str(3, "lo");
        crate::ifmap::remember(crate::netlink::RTM_NEWLINK, &b.buf);
        let entries = |json| {
            render(json, false, false, |p| {
                p.begin_list()?;
                for first in [true, false] {
                    open_port_entry(p, 1, "vlans", first)?;
                    p.uint(Ctx::Any, "vid", 5, format_args!("5"))?;
                    p.close_object()?;
                    p.nl()?;
                }
                close_port(p)?;
                p.end_list()
            })
        };
        assert_eq!(entries(false), "lo                5\n                  5\n");
        assert_eq!(
            entries(true),
            "[{\"ifname\":\"lo\",\"vlans\":[{\"vid\":5},{\"vid\":5}]}]\n"
        );
    }
}
