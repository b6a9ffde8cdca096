//! ll_addr_a2n for `ip link` and the link kinds: the shared parser (cli::parse) with
//! iproute2's `return -1` (exit 1) for a bad address.
use crate::cli::parse;
use crate::error::{Error, Result};

/// The bytes of a link-layer address into iproute2's 32-byte buffer.
pub fn ll_addr_a2n(arg: &str) -> Result<Vec<u8>> {
    ll_addr_a2n_max(arg, 32)
}

/// ll_addr_a2n with a buffer of `max` bytes.
pub fn ll_addr_a2n_max(arg: &str, max: usize) -> Result<Vec<u8>> {
    parse::ll_addr_a2n(arg, max).map_err(|t| {
        if t.is_empty() {
            Error::silent(1, crate::error::Failure::Return)
        } else {
            Error::ret(1, t)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces() {
        assert_eq!(
            ll_addr_a2n("02:00:0:a:B:ff").unwrap(),
            [2, 0, 0, 10, 11, 255]
        );
        assert_eq!(ll_addr_a2n("1g:2").unwrap(), [1, 2]);
        assert_eq!(ll_addr_a2n("1.2.3.4").unwrap(), [1, 2, 3, 4]);
        let e = ll_addr_a2n("00:zz:11").unwrap_err();
        assert_eq!(e.msg.as_deref(), Some("\"zz\" is invalid lladdr.\n"));
        let e = ll_addr_a2n("type").unwrap_err();
        assert_eq!(e.msg.as_deref(), Some("\"type\" is invalid lladdr.\n"));
        assert!(ll_addr_a2n("100").is_err());
        assert!(ll_addr_a2n("-1").is_err());
        assert!(ll_addr_a2n("").is_err());
    }
}
