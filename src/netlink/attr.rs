//! Raw attribute building and walking, for requests the crate encodes differently from
//! iproute2 and for hot dump paths that read attributes in place without allocating.

/// NLA_ALIGN.
pub const fn align(len: usize) -> usize {
    (len + 3) & !3
}

pub const NLA_F_NESTED: u16 = 0x8000;
pub const NLA_TYPE_MASK: u16 = 0x3fff;

/// Appends `nlmsg`-style TLVs to a byte buffer, as iproute2's addattr_l does.
#[derive(Debug, Default, Clone)]
pub struct AttrBuf {
    pub buf: Vec<u8>,
}

impl AttrBuf {
    pub fn new() -> AttrBuf {
        AttrBuf { buf: Vec::new() }
    }
    /// Starts with a fixed header (ifinfomsg, rtmsg ...).
    pub fn with_header(hdr: &[u8]) -> AttrBuf {
        let mut b = AttrBuf { buf: hdr.to_vec() };
        b.pad();
        b
    }
    fn pad(&mut self) {
        while !self.buf.len().is_multiple_of(4) {
            self.buf.push(0);
        }
    }
    pub fn add(&mut self, ty: u16, data: &[u8]) {
        let len = 4 + data.len();
        self.buf.extend_from_slice(&(len as u16).to_ne_bytes());
        self.buf.extend_from_slice(&ty.to_ne_bytes());
        self.buf.extend_from_slice(data);
        self.pad();
    }
    pub fn add_u8(&mut self, ty: u16, v: u8) {
        self.add(ty, &[v]);
    }
    pub fn add_u16(&mut self, ty: u16, v: u16) {
        self.add(ty, &v.to_ne_bytes());
    }
    pub fn add_u32(&mut self, ty: u16, v: u32) {
        self.add(ty, &v.to_ne_bytes());
    }
    pub fn add_u64(&mut self, ty: u16, v: u64) {
        self.add(ty, &v.to_ne_bytes());
    }
    /// A string with its terminating NUL (addattr_l(.., strlen + 1)).
    pub fn add_str(&mut self, ty: u16, s: &str) {
        let mut d = s.as_bytes().to_vec();
        d.push(0);
        self.add(ty, &d);
    }
    /// Opens a nested attribute; returns the offset to pass to `end_nest`.
    pub fn begin_nest(&mut self, ty: u16) -> usize {
        let at = self.buf.len();
        self.add(ty, &[]);
        at
    }
    pub fn end_nest(&mut self, at: usize) {
        let len = (self.buf.len() - at) as u16;
        if let Some(s) = self.buf.get_mut(at..at + 2) {
            s.copy_from_slice(&len.to_ne_bytes());
        }
    }
}

/// One attribute seen in place: its type (flags masked off) and payload.
#[derive(Debug, Clone, Copy)]
pub struct Attr<'a> {
    pub ty: u16,
    pub nested: bool,
    pub data: &'a [u8],
}

impl<'a> Attr<'a> {
    pub fn u8(&self) -> Option<u8> {
        self.data.first().copied()
    }
    pub fn u16(&self) -> Option<u16> {
        self.data.get(..2).map(|b| u16::from_ne_bytes([b[0], b[1]]))
    }
    pub fn u32(&self) -> Option<u32> {
        self.data
            .get(..4)
            .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub fn u64(&self) -> Option<u64> {
        let b = self.data.get(..8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Some(u64::from_ne_bytes(a))
    }
    pub fn be16(&self) -> Option<u16> {
        self.data.get(..2).map(|b| u16::from_be_bytes([b[0], b[1]]))
    }
    pub fn be32(&self) -> Option<u32> {
        self.data
            .get(..4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// A C string attribute: up to the first NUL (rta_getattr_str).
    pub fn str(&self) -> &'a str {
        let end = self
            .data
            .iter()
            .position(|&c| c == 0)
            .unwrap_or(self.data.len());
        std::str::from_utf8(&self.data[..end]).unwrap_or("")
    }
    /// The bytes of a C string attribute up to its NUL (for names that may not be UTF-8).
    pub fn cstr_bytes(&self) -> &'a [u8] {
        let end = self
            .data
            .iter()
            .position(|&c| c == 0)
            .unwrap_or(self.data.len());
        &self.data[..end]
    }
    pub fn nested(&self) -> AttrIter<'a> {
        AttrIter::new(self.data)
    }
}

/// Walks TLVs in a buffer; stops quietly at a malformed one (as RTA_OK does).
#[derive(Debug, Clone)]
pub struct AttrIter<'a> {
    buf: &'a [u8],
}

impl<'a> AttrIter<'a> {
    pub fn new(buf: &'a [u8]) -> AttrIter<'a> {
        AttrIter { buf }
    }
}

impl<'a> Iterator for AttrIter<'a> {
    type Item = Attr<'a>;
    fn next(&mut self) -> Option<Attr<'a>> {
        let hdr = self.buf.get(..4)?;
        let len = u16::from_ne_bytes([hdr[0], hdr[1]]) as usize;
        let ty = u16::from_ne_bytes([hdr[2], hdr[3]]);
        if len < 4 || len > self.buf.len() {
            self.buf = &[];
            return None;
        }
        let data = &self.buf[4..len];
        let adv = align(len).min(self.buf.len());
        self.buf = &self.buf[adv..];
        Some(Attr {
            ty: ty & NLA_TYPE_MASK,
            nested: ty & NLA_F_NESTED != 0,
            data,
        })
    }
}

/// parse_rtattr: the first attribute of each type up to `max`, indexed by type.
pub fn table<'a>(buf: &'a [u8], max: usize) -> Vec<Option<Attr<'a>>> {
    let mut t = vec![None; max + 1];
    fill_table(buf, &mut t);
    t
}

/// parse_rtattr into a table of `N` slots on the stack (for the messages of large dumps:
/// no allocation a message).
pub fn table_of<const N: usize>(buf: &[u8]) -> [Option<Attr<'_>>; N] {
    let mut t = [None; N];
    fill_table(buf, &mut t);
    t
}

/// parse_rtattr keeps the first attribute of each type (`if (!tb[type])`).
fn fill_table<'a>(buf: &'a [u8], t: &mut [Option<Attr<'a>>]) {
    for a in AttrIter::new(buf) {
        if let Some(slot @ None) = t.get_mut(a.ty as usize) {
            *slot = Some(a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_and_walk() {
        let mut b = AttrBuf::new();
        b.add_str(3, "lo");
        let n = b.begin_nest(18);
        b.add_u32(1, 7);
        b.end_nest(n);
        let attrs: Vec<_> = AttrIter::new(&b.buf).collect();
        assert_eq!(attrs.len(), 2);
        assert_eq!(attrs[0].str(), "lo");
        assert_eq!(attrs[1].nested().next().and_then(|a| a.u32()), Some(7));
    }

    #[test]
    fn malformed_stops() {
        let bad = [8u8, 0, 1, 0, 1, 2];
        assert_eq!(AttrIter::new(&bad).count(), 0);
    }
}
