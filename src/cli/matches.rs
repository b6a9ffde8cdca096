//! iproute2's `matches()`: a non-empty word abbreviates a keyword when it is a prefix of it.
//! Tables are checked in the reference's order and the first match wins (`ip a` is address).

/// True when `word` is a non-empty prefix of `keyword` (lib/utils.c `matches() == 0`).
pub fn matches(word: &str, keyword: &str) -> bool {
    !word.is_empty() && keyword.starts_with(word)
}

/// iproute2 6.1 also has `strcmp`-style keywords; this is the prefix rule with an
/// empty word allowed, as `matches()` returns 0 for `""` in a few callers that pass it.
pub fn matches_or_empty(word: &str, keyword: &str) -> bool {
    keyword.starts_with(word)
}

/// First entry of an ordered table that `word` abbreviates.
pub fn lookup<T: Copy>(word: &str, table: &[(&str, T)]) -> Option<T> {
    table
        .iter()
        .find(|(k, _)| matches(word, k))
        .map(|(_, v)| *v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_rule() {
        assert!(matches("a", "address"));
        assert!(matches("address", "address"));
        assert!(!matches("", "address"));
        assert!(!matches("addresses", "address"));
        assert!(!matches("b", "address"));
    }

    #[test]
    fn first_entry_wins() {
        let t = [("address", 1), ("addrlabel", 2)];
        assert_eq!(lookup("a", &t), Some(1));
        assert_eq!(lookup("addrl", &t), Some(2));
        assert_eq!(lookup("x", &t), None);
    }
}
