//! parse_rtattr_flags (lib/libnetlink.c) as the reference's printers call it: the raw
//! type, with only the flags they name masked off, and the first attribute of a type wins.
//! (parse_rtattr masks nothing, so a flagged attribute is out of range and ignored.)
use crate::netlink::attr::{AttrIter, NLA_F_NESTED};

pub use crate::netlink::attr::Attr;

/// The table of `buf`; `mask_nested` is parse_rtattr_flags(.., NLA_F_NESTED).
pub fn parse(buf: &[u8], max: usize, mask_nested: bool) -> Vec<Option<Attr<'_>>> {
    let mut tb: Vec<Option<Attr>> = vec![None; max + 1];
    let mut rest = buf;
    for a in AttrIter::new(buf) {
        // AttrIter masks every flag: read the raw type back from the header it came from.
        let raw = rest
            .get(2..4)
            .map(|b| u16::from_ne_bytes([b[0], b[1]]))
            .unwrap_or(0);
        let len = rest
            .get(..2)
            .map(|b| u16::from_ne_bytes([b[0], b[1]]) as usize)
            .unwrap_or(0);
        rest = rest.get((len + 3) & !3..).unwrap_or(&[]);
        let ty = if mask_nested {
            raw & !NLA_F_NESTED
        } else {
            raw
        };
        if let Some(slot) = tb.get_mut(ty as usize) {
            if slot.is_none() {
                *slot = Some(a);
            }
        }
    }
    tb
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flagged_types_need_the_mask_and_the_first_wins() {
        let buf = [
            8u8, 0, 2, 0x80, 1, 0, 0, 0, // type 2 | NLA_F_NESTED
            8, 0, 1, 0, 5, 0, 0, 0, // type 1
            8, 0, 1, 0, 6, 0, 0, 0, // type 1 again
        ];
        let t = parse(&buf, 3, false);
        assert!(t[2].is_none());
        assert_eq!(t[1].and_then(|a| a.u32()), Some(5));
        let t = parse(&buf, 3, true);
        assert_eq!(t[2].and_then(|a| a.u32()), Some(1));
    }
}
