//! NEXT_ARG plus a number, failing with `invarg(msg, word)` as the kinds' parsers do.
use crate::cli::args::Args;
use crate::cli::parse::{get_u16, get_u32, get_u64, get_u8, invarg};
use crate::error::{Error, Failure, Result};

pub fn u8v(args: &mut Args, msg: &str) -> Result<u8> {
    let v = args.need()?;
    get_u8(&v, 0).ok_or_else(|| invarg(msg, &v))
}
pub fn u16v(args: &mut Args, msg: &str) -> Result<u16> {
    let v = args.need()?;
    get_u16(&v, 0).ok_or_else(|| invarg(msg, &v))
}
pub fn u32v(args: &mut Args, msg: &str) -> Result<u32> {
    let v = args.need()?;
    get_u32(&v, 0).ok_or_else(|| invarg(msg, &v))
}
pub fn u64v(args: &mut Args, msg: &str) -> Result<u64> {
    let v = args.need()?;
    get_u64(&v, 0).ok_or_else(|| invarg(msg, &v))
}

/// `explain(); return -1;` after an optional message line: stderr text, exit 1.
pub fn explain_fail(prefix: &str, help: Option<&str>) -> Error {
    let mut t = prefix.to_string();
    t.push_str(help.unwrap_or(""));
    Error::raw(1, t, Failure::Return)
}

/// The help text of a kind, from the table.
pub fn help_of(id: &str) -> Option<&'static str> {
    super::find(id).and_then(|k| k.help)
}

/// get_jiffies-free timer print helper (lib/utils.c __jiffies_to_tv): seconds and the
/// hundredths `%i.%.2i` prints.
pub fn jiffies(j: u64) -> (i32, i32) {
    let usec = j.wrapping_mul(10000);
    let sec = usec / 1_000_000;
    let rest = usec - sec * 1_000_000;
    (sec as i32, (rest / 10000) as i32)
}

/// iproute2's inet_prefix as get_addr leaves it: family, the bytes (bytelen of them) and
/// the ADDRTYPE_* flags set_address_type gives it.
#[derive(Debug, Clone, Default)]
pub struct InetAddr {
    pub family: u8,
    pub bytes: Vec<u8>,
    pub flags: u8,
}

pub const ADDRTYPE_INET: u8 = 2;
pub const ADDRTYPE_UNSPEC: u8 = 4;
pub const ADDRTYPE_MULTI: u8 = 8;

impl InetAddr {
    pub fn is_inet(&self) -> bool {
        self.flags & ADDRTYPE_INET != 0
    }
    pub fn is_multi(&self) -> bool {
        self.flags & (ADDRTYPE_INET | ADDRTYPE_MULTI) == ADDRTYPE_INET | ADDRTYPE_MULTI
    }
    pub fn is_not_multi(&self) -> bool {
        self.flags & (ADDRTYPE_INET | ADDRTYPE_MULTI) == ADDRTYPE_INET
    }
    pub fn is_not_unspec(&self) -> bool {
        self.flags & (ADDRTYPE_INET | ADDRTYPE_UNSPEC) == ADDRTYPE_INET
    }
    pub fn is_unspec(&self) -> bool {
        self.flags & (ADDRTYPE_INET | ADDRTYPE_UNSPEC) == ADDRTYPE_INET | ADDRTYPE_UNSPEC
    }
}

fn af_byte_len(af: u8) -> usize {
    match af {
        crate::cli::parse::AF_INET => 4,
        crate::cli::parse::AF_INET6 => 16,
        crate::cli::parse::AF_MPLS => 4,
        _ => 0,
    }
}

/// get_addr (lib/utils.c): exits 1 with "Error: ... address is expected" on bad input.
pub fn get_addr(arg: &str, family: u8) -> Result<InetAddr> {
    let p = crate::cli::parse::get_addr(arg, family)?;
    let mut a = InetAddr {
        family: p.family,
        ..InetAddr::default()
    };
    match p.addr {
        None => {
            // "default" has af_byte_len zero bytes, "any"/"all" none.
            if arg == "default" {
                a.bytes = vec![0; af_byte_len(p.family)];
            }
            a.family = family;
        }
        Some(std::net::IpAddr::V4(v)) => a.bytes = v.octets().to_vec(),
        Some(std::net::IpAddr::V6(v)) => a.bytes = v.octets().to_vec(),
    }
    set_address_type(&mut a);
    Ok(a)
}

/// get_addr_rta: a 4- or 16-byte attribute as an address of `family` (AF_UNSPEC: any).
pub fn get_addr_rta(data: &[u8], family: u8) -> Option<InetAddr> {
    use crate::cli::parse::{AF_INET, AF_INET6, AF_UNSPEC};
    let fam = match data.len() {
        4 => AF_INET,
        16 => AF_INET6,
        _ => return None,
    };
    if family != AF_UNSPEC && family != fam {
        return None;
    }
    let mut a = InetAddr {
        family: fam,
        bytes: data.to_vec(),
        flags: 0,
    };
    set_address_type(&mut a);
    Some(a)
}

/// set_address_type (lib/utils.c).
fn set_address_type(a: &mut InetAddr) {
    use crate::cli::parse::{AF_INET, AF_INET6};
    let zero = a.bytes.iter().all(|b| *b == 0);
    match a.family {
        AF_INET => {
            let first = a.bytes.first().copied().unwrap_or(0);
            a.flags = if zero {
                ADDRTYPE_INET | ADDRTYPE_UNSPEC
            } else if (224..240).contains(&first) {
                ADDRTYPE_INET | ADDRTYPE_MULTI
            } else {
                ADDRTYPE_INET
            };
        }
        AF_INET6 => {
            a.flags = if zero {
                ADDRTYPE_INET | ADDRTYPE_UNSPEC
            } else if a.bytes.first() == Some(&0xff) {
                ADDRTYPE_INET | ADDRTYPE_MULTI
            } else {
                ADDRTYPE_INET
            };
        }
        _ => {}
    }
}
