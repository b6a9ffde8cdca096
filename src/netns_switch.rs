//! Entering a named network namespace as lib/namespace.c `netns_switch` does: setns, a
//! private mount namespace, a fresh /sys for the namespace, and /etc/netns/NAME bound over /etc.
use crate::netlink::strerror;
use std::ffi::CString;

pub const NETNS_RUN_DIR: &str = "/run/netns";
pub const NETNS_ETC_DIR: &str = "/etc/netns";

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn cstr(s: &str) -> CString {
    CString::new(s.replace('\0', "")).unwrap_or_default()
}

/// Returns the stderr text of the first failing step.
pub fn switch(name: &str) -> Result<(), String> {
    let path = cstr(&format!("{NETNS_RUN_DIR}/{name}"));
    // SAFETY: path is a valid C string.
    let fd = unsafe { libc::open(path.as_ptr(), libc::O_RDONLY | libc::O_CLOEXEC) };
    if fd < 0 {
        return Err(format!(
            "Cannot open network namespace \"{name}\": {}\n",
            strerror(errno())
        ));
    }
    // SAFETY: fd is an open namespace file descriptor.
    if unsafe { libc::setns(fd, libc::CLONE_NEWNET) } < 0 {
        let e = errno();
        // SAFETY: fd is ours to close.
        unsafe { libc::close(fd) };
        return Err(format!(
            "setting the network namespace \"{name}\" failed: {}\n",
            strerror(e)
        ));
    }
    // SAFETY: fd is ours to close.
    unsafe { libc::close(fd) };
    // SAFETY: unshare has no memory-safety preconditions.
    if unsafe { libc::unshare(libc::CLONE_NEWNS) } < 0 {
        return Err(format!("unshare failed: {}\n", strerror(errno())));
    }
    let empty = cstr("");
    let root = cstr("/");
    let none = cstr("none");
    // SAFETY: all pointers are valid C strings or null.
    if unsafe {
        libc::mount(
            empty.as_ptr(),
            root.as_ptr(),
            none.as_ptr(),
            libc::MS_SLAVE | libc::MS_REC,
            std::ptr::null(),
        )
    } != 0
    {
        return Err(format!(
            "\"mount --make-rslave /\" failed: {}\n",
            strerror(errno())
        ));
    }
    let sys = cstr("/sys");
    let mut flags: libc::c_ulong = 0;
    // SAFETY: sys is a valid C string.
    if unsafe { libc::umount2(sys.as_ptr(), libc::MNT_DETACH) } < 0 {
        // SAFETY: statvfs is plain data; zeroed is valid.
        let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
        // SAFETY: sys is a valid C string and st is writable.
        if unsafe { libc::statvfs(sys.as_ptr(), &mut st) } == 0 && st.f_flag & libc::ST_RDONLY != 0
        {
            flags = libc::MS_RDONLY;
        }
    }
    let src = cstr(name);
    let sysfs = cstr("sysfs");
    // SAFETY: all pointers are valid C strings or null.
    if unsafe {
        libc::mount(
            src.as_ptr(),
            sys.as_ptr(),
            sysfs.as_ptr(),
            flags,
            std::ptr::null(),
        )
    } < 0
    {
        return Err(format!("mount of /sys failed: {}\n", strerror(errno())));
    }
    bind_etc(name);
    crate::ifmap::forget_all();
    Ok(())
}

/// Binds each entry of /etc/netns/NAME over the same name in /etc.
pub fn bind_etc(name: &str) {
    if name.len() >= 255 {
        return;
    }
    let dir = format!("{NETNS_ETC_DIR}/{name}");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return;
    };
    for de in rd.flatten() {
        let entry = de.file_name().to_string_lossy().into_owned();
        let from = format!("{dir}/{entry}");
        let to = format!("/etc/{entry}");
        let (f, t, none) = (cstr(&from), cstr(&to), cstr("none"));
        // SAFETY: all pointers are valid C strings or null.
        if unsafe {
            libc::mount(
                f.as_ptr(),
                t.as_ptr(),
                none.as_ptr(),
                libc::MS_BIND,
                std::ptr::null(),
            )
        } < 0
        {
            eprintln!("Bind {from} -> {to} failed: {}", strerror(errno()));
        }
    }
}
