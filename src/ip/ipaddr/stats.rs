//! Link counters: `get_rtnl_link_stats_rta` (lib/utils.c) and `print_stats64`,
//! `print_num`, `size_columns` (ip/ipaddress.c), for `-s`, `-s -s`, `-h` and `-iec`.
use super::ifla::*;
use super::rta::{self, Slot};
use crate::ip::Globals;
use crate::output::{Ctx, Printer};
use std::fmt::Write as _;
use std::io::{self, Write};

/// struct rtnl_link_stats64, field by field in the kernel's order.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats64 {
    pub rx_packets: u64,
    pub tx_packets: u64,
    pub rx_bytes: u64,
    pub tx_bytes: u64,
    pub rx_errors: u64,
    pub tx_errors: u64,
    pub rx_dropped: u64,
    pub tx_dropped: u64,
    pub multicast: u64,
    pub collisions: u64,
    pub rx_length_errors: u64,
    pub rx_over_errors: u64,
    pub rx_crc_errors: u64,
    pub rx_frame_errors: u64,
    pub rx_fifo_errors: u64,
    pub rx_missed_errors: u64,
    pub tx_aborted_errors: u64,
    pub tx_carrier_errors: u64,
    pub tx_fifo_errors: u64,
    pub tx_heartbeat_errors: u64,
    pub tx_window_errors: u64,
    pub rx_compressed: u64,
    pub tx_compressed: u64,
    pub rx_nohandler: u64,
    pub rx_otherhost_dropped: u64,
}

impl Stats64 {
    fn from_fields(v: &[u64; 25]) -> Stats64 {
        Stats64 {
            rx_packets: v[0],
            tx_packets: v[1],
            rx_bytes: v[2],
            tx_bytes: v[3],
            rx_errors: v[4],
            tx_errors: v[5],
            rx_dropped: v[6],
            tx_dropped: v[7],
            multicast: v[8],
            collisions: v[9],
            rx_length_errors: v[10],
            rx_over_errors: v[11],
            rx_crc_errors: v[12],
            rx_frame_errors: v[13],
            rx_fifo_errors: v[14],
            rx_missed_errors: v[15],
            tx_aborted_errors: v[16],
            tx_carrier_errors: v[17],
            tx_fifo_errors: v[18],
            tx_heartbeat_errors: v[19],
            tx_window_errors: v[20],
            rx_compressed: v[21],
            tx_compressed: v[22],
            rx_nohandler: v[23],
            rx_otherhost_dropped: v[24],
        }
    }
}

/// IPSTATS_MIB_* indexes used by get_snmp_counters.
const MIB_INPKTS: usize = 1;
const MIB_INOCTETS: usize = 2;
const MIB_OUTPKTS: usize = 5;
const MIB_OUTOCTETS: usize = 6;
const MIB_INDISCARDS: usize = 13;
const MIB_OUTDISCARDS: usize = 14;
const MIB_INMCASTPKTS: usize = 23;
const MIB_CSUMERRORS: usize = 31;

/// get_rtnl_link_stats_rta: the counters and whether they came as stats64 (the JSON key).
/// Short attributes are zero-padded, long ones cut, as the C code does.
pub fn link_stats(tb: &[Slot; IFLA_TB]) -> Option<(Stats64, bool)> {
    let mut v = [0u64; 25];
    if let Some(d) = tb[IFLA_STATS64 as usize] {
        for (i, f) in v.iter_mut().enumerate() {
            *f = d.get(i * 8..).map(rta::u64_of).unwrap_or(0);
        }
        return Some((Stats64::from_fields(&v), true));
    }
    if let Some(d) = tb[IFLA_STATS as usize] {
        for (i, f) in v.iter_mut().take(24).enumerate() {
            *f = d.get(i * 4..).map(|b| rta::u32_of(b) as u64).unwrap_or(0);
        }
        return Some((Stats64::from_fields(&v), false));
    }
    if let Some(p) = tb[IFLA_PROTINFO as usize] {
        // AF_INET6 link messages (`ip -6 -s addr`) carry the IPv6 MIB instead.
        let mut s = Stats64::default();
        if let Some(mib) = rta::iter(p)
            .find(|(t, _)| t & !NLA_F_NESTED == IFLA_INET6_STATS)
            .map(|(_, d)| d)
        {
            let m = |i: usize| mib.get(i * 8..).map(rta::u64_of).unwrap_or(0);
            s.rx_packets = m(MIB_INPKTS);
            s.rx_bytes = m(MIB_INOCTETS);
            s.tx_packets = m(MIB_OUTPKTS);
            s.tx_bytes = m(MIB_OUTOCTETS);
            s.rx_errors = m(MIB_INDISCARDS);
            s.tx_errors = m(MIB_OUTDISCARDS);
            s.multicast = m(MIB_INMCASTPKTS);
            s.rx_frame_errors = m(MIB_CSUMERRORS);
        }
        return Some((s, true));
    }
    None
}

/// size_columns: widen each column to its widest number (not under -h).
fn size_columns(cols: &mut [usize; 8], human: bool, vals: [u64; 8]) {
    if human {
        return;
    }
    for (c, v) in cols.iter_mut().zip(vals) {
        let len = dec_len(v);
        if len > *c {
            *c = len;
        }
    }
}

/// The number of decimal digits of `v` (what `%llu` prints).
fn dec_len(mut v: u64) -> usize {
    let mut n = 1;
    while v >= 10 {
        v /= 10;
        n += 1;
    }
    n
}

/// `%*llu `: the common case of print_num, without the formatting machinery (a `-s`
/// listing prints some twenty of these per link).
fn push_plain(t: &mut String, width: usize, mut count: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (count % 10) as u8;
        count /= 10;
        if count == 0 || i == 0 {
            break;
        }
    }
    let n = digits.len() - i;
    for _ in n..width {
        t.push(' ');
    }
    for &d in &digits[i..] {
        t.push(d as char);
    }
    t.push(' ');
}

/// print_num into `t`.
pub fn push_num(t: &mut String, g: &Globals, width: usize, count: u64) {
    let base: u64 = if g.iec { 1024 } else { 1000 };
    if g.human == 0 || count < base {
        push_plain(t, width, count);
    } else {
        t.push_str(&fmt_num(g, width, count));
    }
}

/// print_num: `%*llu ` or, under -h, a 1000/1024-scaled value with 0-2 decimals.
pub fn fmt_num(g: &Globals, width: usize, count: u64) -> String {
    let base: u64 = if g.iec { 1024 } else { 1000 };
    if g.human == 0 || count < base {
        let mut t = String::with_capacity(width.max(20) + 1);
        push_plain(&mut t, width, count);
        return t;
    }
    let prefixes = b"kMGTPE";
    let mut pi = 0usize;
    let mut powi: u64 = 1;
    loop {
        powi = powi.wrapping_mul(base);
        if count / base < powi {
            break;
        }
        if pi + 1 >= prefixes.len() {
            break;
        }
        pi += 1;
    }
    let mut precision = 2usize;
    let mut powj: u64 = 1;
    while precision > 0 {
        powj *= 10;
        if count / powi < powj {
            break;
        }
        precision -= 1;
    }
    let unit = prefixes[pi] as char;
    let val = count as f64 / powi as f64;
    let s = format!("{val:.precision$}{unit}{}", if g.iec { "i" } else { "" });
    format!("{s:>width$} ")
}

/// print_stats64. `what` is the JSON object name (`stats64`/`stats`), if any.
pub fn print_stats64<W: Write>(
    out: &mut Printer<W>,
    g: &Globals,
    s: &Stats64,
    carrier_changes: Option<u32>,
    what: Option<&str>,
) -> io::Result<()> {
    if out.is_json() {
        if let Some(w) = what {
            out.open_object(w)?;
        }
        let j = |out: &mut Printer<W>, k: &str, v: u64| out.uint(Ctx::Json, k, v, format_args!(""));
        out.open_object("rx")?;
        j(out, "bytes", s.rx_bytes)?;
        j(out, "packets", s.rx_packets)?;
        j(out, "errors", s.rx_errors)?;
        j(out, "dropped", s.rx_dropped)?;
        j(out, "over_errors", s.rx_over_errors)?;
        j(out, "multicast", s.multicast)?;
        if s.rx_compressed != 0 {
            j(out, "compressed", s.rx_compressed)?;
        }
        if g.stats > 1 {
            j(out, "length_errors", s.rx_length_errors)?;
            j(out, "crc_errors", s.rx_crc_errors)?;
            j(out, "frame_errors", s.rx_frame_errors)?;
            j(out, "fifo_errors", s.rx_fifo_errors)?;
            j(out, "missed_errors", s.rx_missed_errors)?;
            if s.rx_nohandler != 0 {
                j(out, "nohandler", s.rx_nohandler)?;
            }
            if s.rx_otherhost_dropped != 0 {
                j(out, "otherhost", s.rx_otherhost_dropped)?;
            }
        }
        out.close_object()?;
        out.open_object("tx")?;
        j(out, "bytes", s.tx_bytes)?;
        j(out, "packets", s.tx_packets)?;
        j(out, "errors", s.tx_errors)?;
        j(out, "dropped", s.tx_dropped)?;
        j(out, "carrier_errors", s.tx_carrier_errors)?;
        j(out, "collisions", s.collisions)?;
        if s.tx_compressed != 0 {
            j(out, "compressed", s.tx_compressed)?;
        }
        if g.stats > 1 {
            j(out, "aborted_errors", s.tx_aborted_errors)?;
            j(out, "fifo_errors", s.tx_fifo_errors)?;
            j(out, "window_errors", s.tx_window_errors)?;
            j(out, "heartbeat_errors", s.tx_heartbeat_errors)?;
            if let Some(cc) = carrier_changes {
                j(out, "carrier_changes", cc as u64)?;
            }
        }
        out.close_object()?;
        if what.is_some() {
            out.close_object()?;
        }
        return Ok(());
    }
    let human = g.human > 0;
    let mut cols: [usize; 8] = [10, 7, 6, 7, 7, 7, 10, 9];
    size_columns(
        &mut cols,
        human,
        [
            s.rx_bytes,
            s.rx_packets,
            s.rx_errors,
            s.rx_dropped,
            s.rx_missed_errors,
            s.multicast,
            s.rx_compressed,
            0,
        ],
    );
    if g.stats > 1 {
        size_columns(
            &mut cols,
            human,
            [
                0,
                s.rx_length_errors,
                s.rx_crc_errors,
                s.rx_frame_errors,
                s.rx_fifo_errors,
                s.rx_over_errors,
                s.rx_nohandler,
                s.rx_otherhost_dropped,
            ],
        );
    }
    size_columns(
        &mut cols,
        human,
        [
            s.tx_bytes,
            s.tx_packets,
            s.tx_errors,
            s.tx_dropped,
            s.tx_carrier_errors,
            s.collisions,
            s.tx_compressed,
            0,
        ],
    );
    if g.stats > 1 {
        let cc = carrier_changes.unwrap_or(0) as u64;
        size_columns(
            &mut cols,
            human,
            [
                0,
                0,
                s.tx_aborted_errors,
                s.tx_fifo_errors,
                s.tx_window_errors,
                s.tx_heartbeat_errors,
                cc,
                0,
            ],
        );
    }
    let sl = out.sl();
    let c = cols;
    let mut t = String::with_capacity(512);
    let _ = write!(
        t,
        "    RX: {:>w0$} {:>w1$} {:>w2$} {:>w3$} {:>w4$} {:>w5$} {:>w6$}{sl}",
        "bytes",
        "packets",
        "errors",
        "dropped",
        "missed",
        "mcast",
        if s.rx_compressed != 0 {
            "compressed"
        } else {
            ""
        },
        w0 = c[0].saturating_sub(4),
        w1 = c[1],
        w2 = c[2],
        w3 = c[3],
        w4 = c[4],
        w5 = c[5],
        w6 = c[6],
    );
    t.push_str("    ");
    for (v, w) in [
        (s.rx_bytes, c[0]),
        (s.rx_packets, c[1]),
        (s.rx_errors, c[2]),
        (s.rx_dropped, c[3]),
        (s.rx_missed_errors, c[4]),
        (s.multicast, c[5]),
    ] {
        push_num(&mut t, g, w, v);
    }
    if s.rx_compressed != 0 {
        push_num(&mut t, g, c[6], s.rx_compressed);
    }
    if g.stats > 1 {
        t.push_str(sl);
        let _ = write!(
            t,
            "    RX errors:{:>w0$} {:>w1$} {:>w2$} {:>w3$} {:>w4$} {:>w5$}{:>w6$}{:>w7$}{sl}",
            "",
            "length",
            "crc",
            "frame",
            "fifo",
            "overrun",
            if s.rx_nohandler != 0 {
                " nohandler"
            } else {
                ""
            },
            if s.rx_otherhost_dropped != 0 {
                " otherhost"
            } else {
                ""
            },
            w0 = c[0].saturating_sub(10),
            w1 = c[1],
            w2 = c[2],
            w3 = c[3],
            w4 = c[4],
            w5 = c[5],
            w6 = if s.rx_nohandler != 0 { c[6] + 1 } else { 0 },
            w7 = if s.rx_otherhost_dropped != 0 {
                c[7] + 1
            } else {
                0
            },
        );
        t.push_str(&" ".repeat(c[0] + 5));
        for (v, w) in [
            (s.rx_length_errors, c[1]),
            (s.rx_crc_errors, c[2]),
            (s.rx_frame_errors, c[3]),
            (s.rx_fifo_errors, c[4]),
            (s.rx_over_errors, c[5]),
        ] {
            push_num(&mut t, g, w, v);
        }
        if s.rx_nohandler != 0 {
            push_num(&mut t, g, c[6], s.rx_nohandler);
        }
        if s.rx_otherhost_dropped != 0 {
            push_num(&mut t, g, c[7], s.rx_otherhost_dropped);
        }
    }
    t.push_str(sl);
    let _ = write!(
        t,
        "    TX: {:>w0$} {:>w1$} {:>w2$} {:>w3$} {:>w4$} {:>w5$} {:>w6$}{sl}",
        "bytes",
        "packets",
        "errors",
        "dropped",
        "carrier",
        "collsns",
        if s.tx_compressed != 0 {
            "compressed"
        } else {
            ""
        },
        w0 = c[0].saturating_sub(4),
        w1 = c[1],
        w2 = c[2],
        w3 = c[3],
        w4 = c[4],
        w5 = c[5],
        w6 = c[6],
    );
    t.push_str("    ");
    for (v, w) in [
        (s.tx_bytes, c[0]),
        (s.tx_packets, c[1]),
        (s.tx_errors, c[2]),
        (s.tx_dropped, c[3]),
        (s.tx_carrier_errors, c[4]),
        (s.collisions, c[5]),
    ] {
        push_num(&mut t, g, w, v);
    }
    if s.tx_compressed != 0 {
        push_num(&mut t, g, c[6], s.tx_compressed);
    }
    if g.stats > 1 {
        t.push_str(sl);
        let _ = write!(
            t,
            "    TX errors:{:>w0$} {:>w1$} {:>w2$} {:>w3$} {:>w4$} {:>w5$}{sl}",
            "",
            "aborted",
            "fifo",
            "window",
            "heartbt",
            if carrier_changes.is_some() {
                "transns"
            } else {
                ""
            },
            w0 = c[0].saturating_sub(10),
            w1 = c[1],
            w2 = c[2],
            w3 = c[3],
            w4 = c[4],
            w5 = c[5],
        );
        t.push_str(&" ".repeat(c[0] + 5));
        for (v, w) in [
            (s.tx_aborted_errors, c[1]),
            (s.tx_fifo_errors, c[2]),
            (s.tx_window_errors, c[3]),
            (s.tx_heartbeat_errors, c[4]),
        ] {
            push_num(&mut t, g, w, v);
        }
        if let Some(cc) = carrier_changes {
            push_num(&mut t, g, c[5], cc as u64);
        }
    }
    out.fp(format_args!("{t}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Printer;

    #[test]
    fn human_numbers() {
        let mut g = Globals::default();
        assert_eq!(fmt_num(&g, 6, 1234), "  1234 ");
        g.human = 1;
        assert_eq!(fmt_num(&g, 6, 999), "   999 ");
        assert_eq!(fmt_num(&g, 6, 1234), " 1.23k ");
        assert_eq!(fmt_num(&g, 6, 123456), "  123k ");
        assert_eq!(fmt_num(&g, 6, 12345678), " 12.3M ");
        g.iec = true;
        assert_eq!(fmt_num(&g, 6, 2048), "2.00ki ");
    }

    // The expected texts below are the counter lines of `ip [-o] [-j [-p]] -s [-s] [-h] [-iec]
    // link show lo` (iproute2 6.1), printed while an LD_PRELOAD shim around recvmsg
    // replaced lo's IFLA_STATS64 fields (kernel order) and IFLA_CARRIER_CHANGES with these
    // values; `None` carrier changes: the attribute was hidden.

    /// Every column used; rx_bytes widens column 0 and tx_aborted_errors (printed in column
    /// 1) widens column 2: print_stats64 sizes the TX error columns one to the right.
    #[rustfmt::skip]
    const WIDE: [u64; 25] = [
        1234567, 2, 98765432109, 4321, 5,
        6, 7, 8, 9, 10,
        11, 12, 13, 14, 15,
        16, 123456789012345, 18, 19, 20,
        21, 22, 23, 24, 25,
    ];
    /// No compressed, nohandler or otherhost counts (printed with carrier changes hidden).
    #[rustfmt::skip]
    const PLAIN: [u64; 25] = [
        1234567, 2, 98765432109, 4321, 5,
        6, 7, 8, 9, 10,
        11, 12, 13, 14, 15,
        16, 17, 18, 19, 20,
        21, 0, 0, 0, 0,
    ];
    /// Numbers on each side of the -h and -iec scaling steps, up to u64::MAX.
    #[rustfmt::skip]
    const HUGE: [u64; 25] = [
        u64::MAX, 999, 1000, 1023, 1024,
        999999, 1000000, 1048575, 1048576, 123456789,
        1234567890123, 9999999999999999999, 12345, 99999, 100000,
        5000000000, 70000000000000000, 3, 4, 5,
        6, 7, 8, 1099511627776, 1152921504606846976,
    ];

    /// print_stats64 of `v` under `flags` (-s counted, -h, -iec, -o, -j, -p), as the
    /// printer of one link would write it.
    fn render(v: &[u64; 25], cc: Option<u32>, flags: &str, what: &str) -> String {
        let mut g = Globals::default();
        for f in flags.split_whitespace() {
            match f {
                "-s" => g.stats += 1,
                "-h" => g.human += 1,
                "-iec" => g.iec = true,
                "-o" => g.oneline = true,
                "-j" => g.json = true,
                "-p" => g.pretty = true,
                _ => panic!("{f}"),
            }
        }
        let mut buf = Vec::new();
        {
            let mut out = Printer::new(&mut buf, g.json, g.pretty, g.oneline);
            out.begin_list().unwrap();
            out.open_object("").unwrap();
            print_stats64(&mut out, &g, &Stats64::from_fields(v), cc, Some(what)).unwrap();
            out.close_object().unwrap();
            out.end_list().unwrap();
        }
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn text_stats_once() {
        let want = concat!(
            "    RX:   bytes packets errors dropped  missed   mcast compressed\n",
            "    98765432109 1234567      5       7      16       9         22 \n",
            "    TX:   bytes packets errors dropped carrier collsns compressed\n",
            "           4321       2      6       8      18      10         23 ",
        );
        assert_eq!(render(&WIDE, Some(77), "-s", "stats64"), want);
    }

    #[test]
    fn text_stats_twice_with_every_error_column() {
        let want = concat!(
            "    RX:   bytes packets          errors dropped  missed   mcast compressed\n",
            "    98765432109 1234567               5       7      16       9         22 \n",
            "    RX errors:   length             crc   frame    fifo overrun  nohandler otherhost\n",
            "                     11              13      14      15      12         24        25 \n",
            "    TX:   bytes packets          errors dropped carrier collsns compressed\n",
            "           4321       2               6       8      18      10         23 \n",
            "    TX errors:  aborted            fifo  window heartbt transns\n",
            "                123456789012345              19      21      20      77 ",
        );
        assert_eq!(render(&WIDE, Some(77), "-s -s", "stats64"), want);
        // -iec alone does not scale.
        assert_eq!(render(&WIDE, Some(77), "-s -s -iec", "stats64"), want);
        let oneline = "    RX:   bytes packets          errors dropped  missed   mcast compressed\\    98765432109 1234567               5       7      16       9         22 \\    RX errors:   length             crc   frame    fifo overrun  nohandler otherhost\\                     11              13      14      15      12         24        25 \\    TX:   bytes packets          errors dropped carrier collsns compressed\\           4321       2               6       8      18      10         23 \\    TX errors:  aborted            fifo  window heartbt transns\\                123456789012345              19      21      20      77 ";
        assert_eq!(render(&WIDE, Some(77), "-o -s -s", "stats64"), oneline);
    }

    #[test]
    fn text_stats_twice_human() {
        let want = concat!(
            "    RX:  bytes packets errors dropped  missed   mcast compressed\n",
            "         98.8G   1.23M      5       7      16       9         22 \n",
            "    RX errors:  length    crc   frame    fifo overrun  nohandler otherhost\n",
            "                    11     13      14      15      12         24        25 \n",
            "    TX:  bytes packets errors dropped carrier collsns compressed\n",
            "         4.32k       2      6       8      18      10         23 \n",
            "    TX errors: aborted   fifo  window heartbt transns\n",
            "                  123T     19      21      20      77 ",
        );
        assert_eq!(render(&WIDE, Some(77), "-s -s -h", "stats64"), want);
        let want = concat!(
            "    RX:  bytes packets errors dropped  missed   mcast compressed\n",
            "        92.0Gi  1.18Mi      5       7      16       9         22 \n",
            "    RX errors:  length    crc   frame    fifo overrun  nohandler otherhost\n",
            "                    11     13      14      15      12         24        25 \n",
            "    TX:  bytes packets errors dropped carrier collsns compressed\n",
            "        4.22ki       2      6       8      18      10         23 \n",
            "    TX errors: aborted   fifo  window heartbt transns\n",
            "                 112Ti     19      21      20      77 ",
        );
        assert_eq!(render(&WIDE, Some(77), "-s -s -h -iec", "stats64"), want);
    }

    #[test]
    fn text_without_optional_columns() {
        let want = concat!(
            "    RX:   bytes packets errors dropped  missed   mcast           \n",
            "    98765432109 1234567      5       7      16       9 \n",
            "    RX errors:   length    crc   frame    fifo overrun\n",
            "                     11     13      14      15      12 \n",
            "    TX:   bytes packets errors dropped carrier collsns           \n",
            "           4321       2      6       8      18      10 \n",
            "    TX errors:  aborted   fifo  window heartbt        \n",
            "                     17     19      21      20 ",
        );
        assert_eq!(render(&PLAIN, None, "-s -s", "stats64"), want);
        let oneline = "    RX:   bytes packets errors dropped  missed   mcast           \\    98765432109 1234567      5       7      16       9 \\    TX:   bytes packets errors dropped carrier collsns           \\           4321       2      6       8      18      10 ";
        assert_eq!(render(&PLAIN, None, "-o -s", "stats64"), oneline);
    }

    #[test]
    fn text_huge_numbers() {
        let want = concat!(
            "    RX:  bytes              packets            errors dropped     missed               mcast    compressed\n",
            "          1000 18446744073709551615              1024 1000000 5000000000             1048576             7 \n",
            "    RX errors:               length               crc   frame       fifo             overrun     nohandler           otherhost\n",
            "                      1234567890123             12345   99999     100000 9999999999999999999 1099511627776 1152921504606846976 \n",
            "    TX:  bytes              packets            errors dropped    carrier             collsns    compressed\n",
            "          1023                  999            999999 1048575          3           123456789             8 \n",
            "    TX errors:              aborted              fifo  window    heartbt             transns\n",
            "                  70000000000000000                 4       6          5          4000000000 ",
        );
        assert_eq!(render(&HUGE, Some(4000000000), "-s -s", "stats64"), want);
        let want = concat!(
            "    RX:  bytes packets errors dropped  missed   mcast compressed\n",
            "         1.00k   18.4E  1.02k   1.00M   5.00G   1.05M          7 \n",
            "    RX errors:  length    crc   frame    fifo overrun  nohandler otherhost\n",
            "                 1.23T  12.3k  100.0k    100k  10.00E      1.10T     1.15E \n",
            "    TX:  bytes packets errors dropped carrier collsns compressed\n",
            "         1.02k     999  1000k   1.05M       3    123M          8 \n",
            "    TX errors: aborted   fifo  window heartbt transns\n",
            "                 70.0P      4       6       5   4.00G ",
        );
        assert_eq!(render(&HUGE, Some(4000000000), "-s -s -h", "stats64"), want);
        let want = concat!(
            "    RX:  bytes packets errors dropped  missed   mcast compressed\n",
            "         1.00k   18.4E  1.02k   1.00M   5.00G   1.05M          7 \n",
            "    TX:  bytes packets errors dropped carrier collsns compressed\n",
            "         1.02k     999  1000k   1.05M       3    123M          8 ",
        );
        assert_eq!(render(&HUGE, Some(4000000000), "-s -h", "stats64"), want);
    }

    #[test]
    fn json_counters() {
        let want = r#"[{"stats64":{"rx":{"bytes":98765432109,"packets":1234567,"errors":5,"dropped":7,"over_errors":12,"multicast":9,"compressed":22},"tx":{"bytes":4321,"packets":2,"errors":6,"dropped":8,"carrier_errors":18,"collisions":10,"compressed":23}}}]
"#;
        assert_eq!(render(&WIDE, Some(77), "-j -s", "stats64"), want);
        let want = r#"[{"stats64":{"rx":{"bytes":98765432109,"packets":1234567,"errors":5,"dropped":7,"over_errors":12,"multicast":9,"compressed":22,"length_errors":11,"crc_errors":13,"frame_errors":14,"fifo_errors":15,"missed_errors":16,"nohandler":24,"otherhost":25},"tx":{"bytes":4321,"packets":2,"errors":6,"dropped":8,"carrier_errors":18,"collisions":10,"compressed":23,"aborted_errors":123456789012345,"fifo_errors":19,"window_errors":21,"heartbeat_errors":20,"carrier_changes":77}}}]
"#;
        assert_eq!(render(&WIDE, Some(77), "-j -s -s", "stats64"), want);
        // -h changes nothing in JSON.
        assert_eq!(render(&WIDE, Some(77), "-j -s -s -h", "stats64"), want);
        let want = r#"[{"stats64":{"rx":{"bytes":98765432109,"packets":1234567,"errors":5,"dropped":7,"over_errors":12,"multicast":9,"length_errors":11,"crc_errors":13,"frame_errors":14,"fifo_errors":15,"missed_errors":16},"tx":{"bytes":4321,"packets":2,"errors":6,"dropped":8,"carrier_errors":18,"collisions":10,"aborted_errors":17,"fifo_errors":19,"window_errors":21,"heartbeat_errors":20}}}]
"#;
        assert_eq!(render(&PLAIN, None, "-j -s -s", "stats64"), want);
    }

    #[test]
    fn pretty_json_counters() {
        let want = concat!(
            "[ {\n",
            "        \"stats64\": {\n",
            "            \"rx\": {\n",
            "                \"bytes\": 98765432109,\n",
            "                \"packets\": 1234567,\n",
            "                \"errors\": 5,\n",
            "                \"dropped\": 7,\n",
            "                \"over_errors\": 12,\n",
            "                \"multicast\": 9,\n",
            "                \"compressed\": 22,\n",
            "                \"length_errors\": 11,\n",
            "                \"crc_errors\": 13,\n",
            "                \"frame_errors\": 14,\n",
            "                \"fifo_errors\": 15,\n",
            "                \"missed_errors\": 16,\n",
            "                \"nohandler\": 24,\n",
            "                \"otherhost\": 25\n",
            "            },\n",
            "            \"tx\": {\n",
            "                \"bytes\": 4321,\n",
            "                \"packets\": 2,\n",
            "                \"errors\": 6,\n",
            "                \"dropped\": 8,\n",
            "                \"carrier_errors\": 18,\n",
            "                \"collisions\": 10,\n",
            "                \"compressed\": 23,\n",
            "                \"aborted_errors\": 123456789012345,\n",
            "                \"fifo_errors\": 19,\n",
            "                \"window_errors\": 21,\n",
            "                \"heartbeat_errors\": 20,\n",
            "                \"carrier_changes\": 77\n",
            "            }\n",
            "        }\n",
            "    } ]\n",
        );
        assert_eq!(render(&WIDE, Some(77), "-j -p -s -s", "stats64"), want);
    }
}
