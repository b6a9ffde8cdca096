//! xdp_parse (ip/iplink_xdp.c) and the argument half of bpf_do_parse (lib/bpf_legacy.c):
//! `xdp off|none` detaches; the BPF modes are parsed, and fail, with the reference's texts.
//! Attaching a real program (an ELF object or a pinned one) is not implemented.
use super::req::LinkReq;
use crate::cli::args::Args;
use crate::cli::matches::matches;
use crate::error::{Error, Result};
use crate::netlink::strerror;

const IFLA_XDP: u16 = 43;
const IFLA_XDP_FD: u16 = 1;
const IFLA_XDP_FLAGS: u16 = 3;
const XDP_FLAGS_UPDATE_IF_NOEXIST: u32 = 1;
const XDP_FLAGS_SKB_MODE: u32 = 2;
const XDP_FLAGS_DRV_MODE: u32 = 4;
const XDP_FLAGS_HW_MODE: u32 = 8;

/// `w` is the keyword (`xdp`, `xdpgeneric`, `xdpdrv`, `xdpoffload`), `dev` the device
/// named so far. Errors end the process (iplink_parse: `exit(-1)` when xdp_parse fails).
pub fn xdp_parse(args: &mut Args, req: &mut LinkReq, w: &str, dev: Option<&str>) -> Result<()> {
    let v = args.need()?;
    let mut flags = 0u32;
    if w == "xdpoffload" {
        let i = dev.map(crate::ifmap::name_to_index).unwrap_or(0);
        if i == 0 {
            return Err(crate::cli::args::incomplete_command());
        }
        flags |= XDP_FLAGS_HW_MODE;
    }
    if !req.force {
        flags |= XDP_FLAGS_UPDATE_IF_NOEXIST;
    }
    match w {
        "xdpgeneric" => flags |= XDP_FLAGS_SKB_MODE,
        "xdpdrv" => flags |= XDP_FLAGS_DRV_MODE,
        _ => {}
    }
    // Only a last word `none`/`off` detaches; anywhere else it is read as a BPF mode.
    if args.is_empty() && (v == "none" || v == "off") {
        let nest = req.attrs.begin_nest(IFLA_XDP);
        req.attrs.add_u32(IFLA_XDP_FD, u32::MAX);
        if flags != 0 {
            req.attrs.add_u32(IFLA_XDP_FLAGS, flags);
        }
        req.attrs.end_nest(nest);
        return Ok(());
    }
    Err(bpf_parse(args, &v))
}

/// bpf_do_parse with the eBPF modes only (xdp has no cBPF callback) and the program type
/// fixed to XDP (so no `type` word); then bpf_obj_pinned or bpf_obj_open's first check.
/// Every way out is an error: loading is not implemented.
fn bpf_parse(args: &mut Args, mode: &str) -> Error {
    let pinned = if matches(mode, "object-file") || mode == "obj" {
        false
    } else if matches(mode, "object-pinned") || matches(mode, "pinned") || matches(mode, "fd") {
        true
    } else {
        return Error::exit(255, format!("What mode is \"{mode}\"?"));
    };
    let file = match args.need() {
        Ok(f) => f,
        Err(e) => return e,
    };
    // section NAME, program NAME, verbose: each optional, in this order (NEXT_ARG for values).
    for (word, takes_value, by_prefix) in [
        ("section", true, true),
        ("program", true, false),
        ("verbose", false, true),
    ] {
        let hit = match args.peek() {
            Some(a) if by_prefix => matches(a, word),
            Some(a) => a == word,
            None => false,
        };
        if hit {
            args.next();
            if takes_value {
                if let Err(e) = args.need() {
                    return e;
                }
            }
        }
    }
    // `m:NAME` is looked up in the BPF work directory (bpf_get_work_dir): not emulated.
    if pinned && !file.starts_with("m:") {
        return match bpf_obj_get(&file) {
            Err(errno) => Error::exit(
                255,
                format!(
                    "Couldn't retrieve pinned program '{file}': {}",
                    strerror(errno)
                ),
            ),
            Ok(fd) => {
                // SAFETY: fd was just returned by the bpf syscall and is owned here.
                unsafe { libc::close(fd) };
                not_implemented(mode)
            }
        };
    }
    // An object file goes to bpf_init_env first, which looks for (and may mount) the BPF
    // file system and prints what it finds: not emulated, so neither is the ELF check.
    not_implemented(mode)
}

fn not_implemented(mode: &str) -> Error {
    Error::ret(
        1,
        format!("nlbox: ip link set xdp {mode}: loading BPF programs is not implemented"),
    )
}

/// bpf_obj_get: BPF_OBJ_GET on the path (the `m:` work-directory form is not resolved).
fn bpf_obj_get(path: &str) -> std::result::Result<i32, i32> {
    const BPF_OBJ_GET: libc::c_long = 7;
    let c = std::ffi::CString::new(path).map_err(|_| libc::ENOENT)?;
    // union bpf_attr for BPF_OBJ_GET: u64 pathname, u32 bpf_fd, u32 file_flags (+ padding).
    let mut attr = [0u64; 4];
    attr[0] = c.as_ptr() as u64;
    // SAFETY: attr is a valid, zeroed bpf_attr prefix of the size passed; the path
    // pointer stays alive (c) for the duration of the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_bpf,
            BPF_OBJ_GET,
            attr.as_mut_ptr(),
            std::mem::size_of_val(&attr),
        )
    };
    if r < 0 {
        return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0));
    }
    i32::try_from(r).map_err(|_| libc::EBADF)
}
