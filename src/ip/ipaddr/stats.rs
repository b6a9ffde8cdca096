//! Link counters: `get_rtnl_link_stats_rta` (lib/utils.c) and `print_stats64`,
//! `print_num`, `size_columns` (ip/ipaddress.c), for `-s`, `-s -s`, `-h` and `-iec`.
use super::ifla::*;
use super::rta::{self, Slot};
use crate::ip::Globals;
use crate::output::{Ctx, Printer};
use std::io::{self, Write};

/// struct rtnl_link_stats64, field by field in the kernel's order.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
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
fn push_plain(t: &mut String, width: usize, count: u64) {
    let mut buf = [0u8; 20];
    let digits = crate::output::fmt::decimal(count, &mut buf);
    push_pad(t, width.saturating_sub(digits.len()));
    for &d in digits {
        t.push(char::from(d));
    }
    t.push(' ');
}

/// `n` spaces.
fn push_pad(t: &mut String, n: usize) {
    for _ in 0..n {
        t.push(' ');
    }
}

/// `%*s`: `s` right-aligned in `width` columns.
fn push_rjust(t: &mut String, width: usize, s: &str) {
    push_pad(t, width.saturating_sub(s.len()));
    t.push_str(s);
}

/// print_num into `t`: `%*llu ` or, under -h, a 1000/1024-scaled value with 0-2 decimals.
pub fn push_num(t: &mut String, g: &Globals, width: usize, count: u64) {
    let base: u64 = if g.iec { 1024 } else { 1000 };
    if g.human == 0 || count < base {
        push_plain(t, width, count);
        return;
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
    push_rjust(t, width, &s);
    t.push(' ');
}

/// print_num as a string (ip/ipaddress.c print_vf_stats64 prints its counters one by one).
pub fn fmt_num(g: &Globals, width: usize, count: u64) -> String {
    let mut t = String::with_capacity(width.max(20) + 1);
    push_num(&mut t, g, width, count);
    t
}

/// When print_stats64 prints a counter's column.
#[derive(Clone, Copy)]
enum Show {
    Always,
    /// compressed, transns: the header keeps the column, with a blank label, when the
    /// counter is absent (`%*s` of ""); its number is left out.
    Blank(bool),
    /// nohandler, otherhost: the column is left out, header and number, when the counter
    /// is absent (`%*s` with width 0).
    Omit(bool),
}

/// One column of a print_stats64 text row: the header's label over the number.
#[derive(Clone, Copy)]
struct Cell {
    label: &'static str,
    value: u64,
    show: Show,
}

const fn cell(label: &'static str, value: u64) -> Cell {
    Cell {
        label,
        value,
        show: Show::Always,
    }
}

impl Cell {
    const fn shown(self, show: Show) -> Cell {
        Cell { show, ..self }
    }
    fn present(&self) -> bool {
        match self.show {
            Show::Always => true,
            Show::Blank(p) | Show::Omit(p) => p,
        }
    }
}

/// One of print_stats64's text rows: a header line of right-aligned labels, then a line of
/// numbers, column i `cols[i]` wide.
struct Row<'a> {
    /// Left-aligned in column 0 of the header ("RX: ", "RX errors:").
    title: &'static str,
    /// Column 0: the byte count ("bytes") on the RX/TX rows; blank on the error rows.
    first: Option<(&'static str, u64)>,
    /// Columns 1, 2, ... in order.
    cells: &'a [Cell],
    /// How many columns to the right of where it prints them size_columns is handed this
    /// row's numbers: print_stats64 passes the TX error counters shifted by one (`0, 0,
    /// tx_aborted_errors, ...`), so they widen their right neighbours' columns.
    size_shift: usize,
}

/// The widths print_stats64 starts from: strlen of "*X errors:", "packets", "errors",
/// "dropped", "heartbt", "overrun", "compressed", "otherhost".
const COLS: [usize; 8] = [10, 7, 6, 7, 7, 7, 10, 9];

impl Row<'_> {
    /// size_columns: widens each column to its widest number (the caller skips it under -h).
    /// Absent counters count as 0, which never widens a column.
    fn size_columns(&self, cols: &mut [usize; 8]) {
        let mut widen = |i: usize, v: u64| {
            if let Some(c) = cols.get_mut(i) {
                *c = (*c).max(dec_len(v));
            }
        };
        if let Some((_, v)) = self.first {
            widen(0, v);
        }
        for (i, c) in self.cells.iter().enumerate() {
            widen(1 + i + self.size_shift, c.value);
        }
    }

    /// The header line, the line separator and the numbers.
    fn push(&self, t: &mut String, g: &Globals, cols: &[usize; 8], sl: &str) {
        let width = |i: usize| cols.get(i).copied().unwrap_or(0);
        t.push_str("    ");
        t.push_str(self.title);
        let label0 = self.first.map_or("", |(l, _)| l);
        push_rjust(t, width(0).saturating_sub(self.title.len()), label0);
        for (i, c) in self.cells.iter().enumerate() {
            let label = match (c.present(), c.show) {
                (true, _) => c.label,
                (false, Show::Omit(_)) => continue,
                (false, _) => "",
            };
            // The C code prints an Omit column as `%*s` of " label" in width+1: the same
            // bytes as " " and the label in width.
            t.push(' ');
            push_rjust(t, width(1 + i), label);
        }
        t.push_str(sl);
        t.push_str("    ");
        match self.first {
            Some((_, v)) => push_num(t, g, width(0), v),
            // The error rows: `%*s` of "" in cols[0] + 5, with the 4-space indent.
            None => {
                push_pad(t, width(0));
                t.push(' ');
            }
        }
        for (i, c) in self.cells.iter().enumerate() {
            if c.present() {
                push_num(t, g, width(1 + i), c.value);
            }
        }
    }
}

/// One JSON object of counters; the third member says whether a counter is printed.
fn json_counters<W: Write>(
    out: &mut Printer<W>,
    name: &str,
    counters: &[(&str, u64, bool)],
) -> io::Result<()> {
    out.open_object(name)?;
    for &(key, v, shown) in counters {
        if shown {
            out.uint(Ctx::Json, key, v, format_args!(""))?;
        }
    }
    out.close_object()
}

/// print_stats64. `what` is the JSON object name (`stats64`/`stats`), if any.
pub fn print_stats64<W: Write>(
    out: &mut Printer<W>,
    g: &Globals,
    s: &Stats64,
    carrier_changes: Option<u32>,
    what: Option<&str>,
) -> io::Result<()> {
    let errors = g.stats > 1;
    if out.is_json() {
        // JSON has its own order: over_errors with the RX counters, missed_errors with the
        // RX errors (the text rows have them the other way round).
        if let Some(w) = what {
            out.open_object(w)?;
        }
        json_counters(
            out,
            "rx",
            &[
                ("bytes", s.rx_bytes, true),
                ("packets", s.rx_packets, true),
                ("errors", s.rx_errors, true),
                ("dropped", s.rx_dropped, true),
                ("over_errors", s.rx_over_errors, true),
                ("multicast", s.multicast, true),
                ("compressed", s.rx_compressed, s.rx_compressed != 0),
                ("length_errors", s.rx_length_errors, errors),
                ("crc_errors", s.rx_crc_errors, errors),
                ("frame_errors", s.rx_frame_errors, errors),
                ("fifo_errors", s.rx_fifo_errors, errors),
                ("missed_errors", s.rx_missed_errors, errors),
                ("nohandler", s.rx_nohandler, errors && s.rx_nohandler != 0),
                (
                    "otherhost",
                    s.rx_otherhost_dropped,
                    errors && s.rx_otherhost_dropped != 0,
                ),
            ],
        )?;
        json_counters(
            out,
            "tx",
            &[
                ("bytes", s.tx_bytes, true),
                ("packets", s.tx_packets, true),
                ("errors", s.tx_errors, true),
                ("dropped", s.tx_dropped, true),
                ("carrier_errors", s.tx_carrier_errors, true),
                ("collisions", s.collisions, true),
                ("compressed", s.tx_compressed, s.tx_compressed != 0),
                ("aborted_errors", s.tx_aborted_errors, errors),
                ("fifo_errors", s.tx_fifo_errors, errors),
                ("window_errors", s.tx_window_errors, errors),
                ("heartbeat_errors", s.tx_heartbeat_errors, errors),
                (
                    "carrier_changes",
                    carrier_changes.unwrap_or(0) as u64,
                    errors && carrier_changes.is_some(),
                ),
            ],
        )?;
        if what.is_some() {
            out.close_object()?;
        }
        return Ok(());
    }
    let rx = Row {
        title: "RX: ",
        first: Some(("bytes", s.rx_bytes)),
        cells: &[
            cell("packets", s.rx_packets),
            cell("errors", s.rx_errors),
            cell("dropped", s.rx_dropped),
            cell("missed", s.rx_missed_errors),
            cell("mcast", s.multicast),
            cell("compressed", s.rx_compressed).shown(Show::Blank(s.rx_compressed != 0)),
        ],
        size_shift: 0,
    };
    let rx_errors = Row {
        title: "RX errors:",
        first: None,
        cells: &[
            cell("length", s.rx_length_errors),
            cell("crc", s.rx_crc_errors),
            cell("frame", s.rx_frame_errors),
            cell("fifo", s.rx_fifo_errors),
            cell("overrun", s.rx_over_errors),
            cell("nohandler", s.rx_nohandler).shown(Show::Omit(s.rx_nohandler != 0)),
            cell("otherhost", s.rx_otherhost_dropped)
                .shown(Show::Omit(s.rx_otherhost_dropped != 0)),
        ],
        size_shift: 0,
    };
    let tx = Row {
        title: "TX: ",
        first: Some(("bytes", s.tx_bytes)),
        cells: &[
            cell("packets", s.tx_packets),
            cell("errors", s.tx_errors),
            cell("dropped", s.tx_dropped),
            cell("carrier", s.tx_carrier_errors),
            cell("collsns", s.collisions),
            cell("compressed", s.tx_compressed).shown(Show::Blank(s.tx_compressed != 0)),
        ],
        size_shift: 0,
    };
    // size_columns is handed these one column to the right of where they are printed
    // (`0, 0, s->tx_aborted_errors, ...`): size_shift 1.
    let tx_errors = Row {
        title: "TX errors:",
        first: None,
        cells: &[
            cell("aborted", s.tx_aborted_errors),
            cell("fifo", s.tx_fifo_errors),
            cell("window", s.tx_window_errors),
            cell("heartbt", s.tx_heartbeat_errors),
            cell("transns", carrier_changes.unwrap_or(0) as u64)
                .shown(Show::Blank(carrier_changes.is_some())),
        ],
        size_shift: 1,
    };
    let rows: &[&Row] = if errors {
        &[&rx, &rx_errors, &tx, &tx_errors]
    } else {
        &[&rx, &tx]
    };
    let mut cols = COLS;
    if g.human == 0 {
        for r in rows {
            r.size_columns(&mut cols);
        }
    }
    let sl = out.sl();
    let mut t = String::with_capacity(512);
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            t.push_str(sl);
        }
        r.push(&mut t, g, &cols, sl);
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
    fn stats32_fallback() {
        // A link message with only IFLA_STATS (struct rtnl_link_stats, 24 u32s): the
        // reference printed it under "stats", rx_bytes cut to 32 bits.
        let mut b = crate::netlink::attr::AttrBuf::with_header(&[0; 16]);
        let v32: Vec<u8> = PLAIN[..24]
            .iter()
            .flat_map(|&v| (v as u32).to_ne_bytes())
            .collect();
        b.add(IFLA_STATS, &v32);
        let (_, tb) = super::super::link_print::link_table(&b.buf).unwrap();
        let (s, is64) = link_stats(&tb).unwrap();
        assert!(!is64);
        let mut fields = PLAIN;
        fields[2] = 4276151597;
        assert_eq!(
            format!("{s:?}"),
            format!("{:?}", Stats64::from_fields(&fields))
        );
        let want = r#"[{"stats":{"rx":{"bytes":4276151597,"packets":1234567,"errors":5,"dropped":7,"over_errors":12,"multicast":9},"tx":{"bytes":4321,"packets":2,"errors":6,"dropped":8,"carrier_errors":18,"collisions":10}}}]
"#;
        assert_eq!(render(&fields, None, "-j -s", "stats"), want);
        let want = concat!(
            "    RX:  bytes packets errors dropped  missed   mcast           \n",
            "    4276151597 1234567      5       7      16       9 \n",
            "    TX:  bytes packets errors dropped carrier collsns           \n",
            "          4321       2      6       8      18      10 ",
        );
        assert_eq!(render(&fields, None, "-s", "stats"), want);
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
