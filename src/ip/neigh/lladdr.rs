//! ll_addr_a2n for `ip neigh`: the shared parser (cli::parse), whose error text the
//! callers print.
pub use crate::cli::parse::ll_addr_a2n;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts() {
        assert_eq!(
            ll_addr_a2n("02:00:00:00:00:01", 20).unwrap(),
            vec![2, 0, 0, 0, 0, 1]
        );
        assert_eq!(ll_addr_a2n("1", 20).unwrap(), vec![1]);
        assert_eq!(ll_addr_a2n("0x1f:1g", 20).unwrap(), vec![0x1f, 1]);
        assert_eq!(ll_addr_a2n("1.2.3.4", 20).unwrap(), vec![1, 2, 3, 4]);
        assert_eq!(
            ll_addr_a2n("00:zz:11", 20).unwrap_err(),
            "\"zz\" is invalid lladdr."
        );
        assert_eq!(
            ll_addr_a2n("100", 20).unwrap_err(),
            "\"100\" is invalid lladdr."
        );
        assert_eq!(
            ll_addr_a2n("1.2.x", 20).unwrap_err(),
            "\"1.2.x\" is invalid lladdr."
        );
    }
}
