//! The C library pieces `ip rule` leans on: sscanf's `%u-%u` / `%hu-%hu`, and
//! getprotobyname/getprotobynumber answered from /etc/protocols (never through NSS).

/// One sscanf `%u` conversion: blanks, a sign, decimal digits (a '-' wraps as strtoul
/// does). Returns the value (truncated to the target width by the caller) and the rest.
fn scan_u(s: &str) -> Option<(u64, &str)> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let n = t.bytes().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 {
        return None;
    }
    let mut v: u64 = 0;
    let mut over = false;
    for c in t.bytes().take(n) {
        match v
            .checked_mul(10)
            .and_then(|x| x.checked_add((c - b'0') as u64))
        {
            Some(x) => v = x,
            None => over = true,
        }
    }
    if over {
        v = u64::MAX;
    }
    Some((if neg { v.wrapping_neg() } else { v }, &t[n..]))
}

/// sscanf(arg, "%u-%u", &a, &b): how many conversions succeeded (-1 on empty input, like
/// EOF) and the values.
pub fn scan_range(arg: &str) -> (i32, u64, u64) {
    if arg.trim_start().is_empty() {
        return (-1, 0, 0);
    }
    let Some((a, rest)) = scan_u(arg) else {
        return (0, 0, 0);
    };
    let Some(rest) = rest.strip_prefix('-') else {
        return (1, a, 0);
    };
    match scan_u(rest) {
        Some((b, _)) => (2, a, b),
        None => (1, a, 0),
    }
}

/// /etc/protocols entries: (official name, number, aliases).
fn protocols() -> Vec<(String, u32, Vec<String>)> {
    let Ok(text) = std::fs::read_to_string("/etc/protocols") else {
        return Vec::new();
    };
    let mut v = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut w = line.split_whitespace();
        let (Some(name), Some(num)) = (w.next(), w.next()) else {
            continue;
        };
        let Ok(n) = num.parse::<u32>() else {
            continue;
        };
        v.push((name.to_string(), n, w.map(str::to_string).collect()));
    }
    v
}

/// inet_proto_a2n: a decimal u8, else a protocol name or alias; None when unknown.
pub fn inet_proto_a2n(arg: &str) -> Option<u8> {
    if let Some(v) = crate::cli::parse::get_u8(arg, 10) {
        return Some(v);
    }
    protocols()
        .into_iter()
        .find(|(n, _, al)| n == arg || al.iter().any(|a| a == arg))
        .map(|(_, p, _)| p as u8)
}

/// inet_proto_n2a: the official name, or `ipproto-N` (always under -N).
pub fn inet_proto_n2a(proto: u8) -> String {
    if !crate::names::numeric() {
        if let Some((n, ..)) = protocols().into_iter().find(|(_, p, _)| *p == proto as u32) {
            return n;
        }
    }
    format!("ipproto-{proto}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(scan_range("1-2"), (2, 1, 2));
        assert_eq!(scan_range("80"), (1, 80, 0));
        assert_eq!(scan_range("80x"), (1, 80, 0));
        assert_eq!(scan_range("80-"), (1, 80, 0));
        assert_eq!(scan_range("x"), (0, 0, 0));
        assert_eq!(scan_range(""), (-1, 0, 0));
        assert_eq!(scan_range(" 1- 2junk"), (2, 1, 2));
        assert_eq!(scan_range("-1-5").1 as u32, u32::MAX);
    }
}
