//! The two timestamp lines: print_timestamp (lib/utils.c, `-t`/`-ts`) and
//! print_nlmsg_timestamp (the NLMSG_TSTAMP records `rtmon` writes into its files).

/// Local broken-down time of `secs`, as localtime() gives it.
fn local(secs: libc::time_t) -> libc::tm {
    // SAFETY: tm is plain data; localtime_r only writes into it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    unsafe { libc::localtime_r(&secs, &mut tm) };
    tm
}

fn strftime(fmt: &[u8], tm: &libc::tm) -> String {
    let mut buf = [0u8; 64];
    // SAFETY: buf is writable for its length, fmt is NUL-terminated, tm is initialised.
    let n = unsafe {
        libc::strftime(
            buf.as_mut_ptr() as *mut libc::c_char,
            buf.len(),
            fmt.as_ptr() as *const libc::c_char,
            tm,
        )
    };
    String::from_utf8_lossy(buf.get(..n).unwrap_or(&[])).into_owned()
}

/// asctime() without its newline: "Mon Nov  3 04:05:06 2026" (the C locale's %a %b %e).
fn asctime(secs: libc::time_t) -> String {
    let tm = local(secs);
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let day = usize::try_from(tm.tm_wday)
        .ok()
        .and_then(|i| DAYS.get(i))
        .copied()
        .unwrap_or("???");
    let mon = usize::try_from(tm.tm_mon)
        .ok()
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or("???");
    format!(
        "{day} {mon}{:3} {:02}:{:02}:{:02} {}",
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + tm.tm_year as i64
    )
}

/// print_timestamp: the time now, as a line of its own (`-t`) or a prefix (`-ts`).
pub fn now(short: bool) -> String {
    let mut tv = libc::timeval {
        tv_sec: 0,
        tv_usec: 0,
    };
    // SAFETY: tv is a valid timeval; a null timezone is allowed.
    unsafe { libc::gettimeofday(&mut tv, std::ptr::null_mut()) };
    if short {
        let s = strftime(b"%Y-%m-%dT%H:%M:%S\0", &local(tv.tv_sec));
        format!("[{s}.{:06}] ", tv.tv_usec)
    } else {
        format!("Timestamp: {} {} usec\n", asctime(tv.tv_sec), tv.tv_usec)
    }
}

/// print_nlmsg_timestamp: two native u32 words, seconds and microseconds.
pub fn recorded(payload: &[u8]) -> String {
    let word = |i: usize| {
        payload
            .get(i..i + 4)
            .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
            .unwrap_or(0)
    };
    format!(
        "Timestamp: {} {} us\n",
        asctime(word(0) as libc::time_t),
        word(4)
    )
}
