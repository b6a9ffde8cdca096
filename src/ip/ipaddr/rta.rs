//! Attribute tables as lib/libnetlink.c `parse_rtattr_flags` builds them: the *first*
//! attribute of each type wins, `flags` bits are masked off the type, and a malformed tail
//! is reported as `!!!Deficit` on stderr instead of aborting the message.
use crate::error::warn;

/// One table slot: the attribute's payload.
pub type Slot<'a> = Option<&'a [u8]>;

/// parse_rtattr_flags(tb, N - 1, buf, len, flags).
pub fn parse<const N: usize>(buf: &[u8], flags: u16) -> [Slot<'_>; N] {
    let mut tb: [Slot<'_>; N] = [None; N];
    let mut rest = buf;
    let mut len = buf.len() as i64;
    while let Some(h) = rest.get(..4) {
        let rlen = u16::from_ne_bytes([h[0], h[1]]) as usize;
        if len < 4 || rlen < 4 || rlen as i64 > len {
            break;
        }
        let ty = (u16::from_ne_bytes([h[2], h[3]]) & !flags) as usize;
        if let Some(slot) = tb.get_mut(ty) {
            if slot.is_none() {
                *slot = rest.get(4..rlen);
            }
        }
        let adv = (rlen + 3) & !3;
        len -= adv as i64;
        rest = rest.get(adv..).unwrap_or(&[]);
    }
    if len != 0 {
        let rlen = rest
            .get(..2)
            .map(|b| u16::from_ne_bytes([b[0], b[1]]))
            .unwrap_or(0);
        warn(&format!("!!!Deficit {len}, rta_len={rlen}"));
    }
    tb
}

/// The attributes of a nested block in order (RTA_OK walk), types unmasked.
pub fn iter(buf: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut rest = buf;
    std::iter::from_fn(move || {
        let h = rest.get(..4)?;
        let rlen = u16::from_ne_bytes([h[0], h[1]]) as usize;
        if rlen < 4 || rlen > rest.len() {
            return None;
        }
        let ty = u16::from_ne_bytes([h[2], h[3]]);
        let data = rest.get(4..rlen)?;
        rest = rest.get((rlen + 3) & !3..).unwrap_or(&[]);
        Some((ty, data))
    })
}

/// Reads `N` bytes zero-padded: a short attribute never panics (the C code reads past it).
fn bytes<const N: usize>(d: &[u8]) -> [u8; N] {
    let mut b = [0u8; N];
    for (o, i) in b.iter_mut().zip(d.iter()) {
        *o = *i;
    }
    b
}
pub fn u8_of(d: &[u8]) -> u8 {
    d.first().copied().unwrap_or(0)
}
pub fn u16_of(d: &[u8]) -> u16 {
    u16::from_ne_bytes(bytes::<2>(d))
}
pub fn u32_of(d: &[u8]) -> u32 {
    u32::from_ne_bytes(bytes::<4>(d))
}
pub fn u64_of(d: &[u8]) -> u64 {
    u64::from_ne_bytes(bytes::<8>(d))
}
pub fn i32_of(d: &[u8]) -> i32 {
    i32::from_ne_bytes(bytes::<4>(d))
}
/// The bytes of a C string attribute, up to the first NUL (names need not be UTF-8).
pub fn bytes_of(d: &[u8]) -> &[u8] {
    let end = d.iter().position(|&c| c == 0).unwrap_or(d.len());
    &d[..end]
}

/// rta_getattr_str: up to the first NUL (or the end of the attribute).
pub fn str_of(d: &[u8]) -> String {
    let end = d.iter().position(|&c| c == 0).unwrap_or(d.len());
    String::from_utf8_lossy(&d[..end]).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_wins_and_flags_masked() {
        let mut b = Vec::new();
        for (ty, v) in [(3u16, 1u8), (3, 2), (0x8000 | 5, 9)] {
            b.extend_from_slice(&5u16.to_ne_bytes());
            b.extend_from_slice(&ty.to_ne_bytes());
            b.extend_from_slice(&[v, 0, 0, 0]);
        }
        let tb = parse::<8>(&b, 0x8000);
        assert_eq!(tb[3], Some(&[1u8][..]));
        assert_eq!(tb[5], Some(&[9u8][..]));
        let tb = parse::<8>(&b, 0);
        assert_eq!(tb[5], None);
    }

    #[test]
    fn truncated_is_safe() {
        let b = [8u8, 0, 1, 0, 1];
        let tb = parse::<4>(&b, 0);
        assert!(tb.iter().all(|s| s.is_none()));
        assert_eq!(u32_of(&[1]), 1);
        assert_eq!(iter(&b).count(), 0);
    }
}
