//! Colour options and palette choice (lib/color.c), shared by `ip` and `bridge`.
use crate::cli::matches::matches;
use crate::cli::parse::{AF_INET, AF_INET6};
use crate::output::printer::Color;

/// matches_color (lib/color.c): `-c[olor][=always|auto|never]`; 0 never, 1 auto, 2 always.
pub fn matches_color(opt: &str) -> Option<i32> {
    let (name, val) = match opt.find('=') {
        Some(p) => (&opt[..p], Some(&opt[p + 1..])),
        None => (opt, None),
    };
    if !matches(name, "-color") {
        return None;
    }
    match val {
        None | Some("") | Some("always") => Some(2),
        Some("auto") => Some(1),
        Some("never") => Some(0),
        _ => None,
    }
}

/// check_enable_color: colours under `always`, or `auto` on a terminal; never with JSON.
pub fn color_wanted(color: i32, json: bool) -> bool {
    if json || color == 0 {
        return false;
    }
    // SAFETY: isatty has no memory-safety preconditions.
    color == 2 || (color == 1 && unsafe { libc::isatty(1) } == 1)
}

/// set_color_palette: COLORFGBG's last field 0-6 or 8 means a dark background.
pub fn dark_background() -> bool {
    let Ok(v) = std::env::var("COLORFGBG") else {
        return false;
    };
    match v.rfind(';') {
        Some(p) => {
            let t = &v[p + 1..];
            t.len() == 1 && matches!(t.as_bytes()[0], b'0'..=b'6' | b'8')
        }
        None => false,
    }
}

/// ifa_family_color: addresses are coloured by family.
pub fn family_color(family: u8) -> Color {
    match family {
        AF_INET => Color::Inet,
        AF_INET6 => Color::Inet6,
        _ => Color::None,
    }
}
