//! get_name_from_nsid (ip/ipnetns.c): the /run/netns name the current namespace knows by
//! a peer nsid. The map is built once, by asking the kernel the nsid of each named netns.
use crate::netlink::attr::{AttrBuf, AttrIter};
use crate::netlink::{Session, RTM_GETNSID, RTM_NEWNSID};
use std::cell::RefCell;
use std::os::fd::AsRawFd;

const NETNS_RUN_DIR: &str = "/run/netns";
const NETNSA_NSID: u16 = 1;
const NETNSA_FD: u16 = 3;

thread_local! {
    static MAP: RefCell<Option<Vec<(i32, String)>>> = const { RefCell::new(None) };
}

fn nsid_of(nl: &mut Session, name: &str) -> i32 {
    let Ok(f) = std::fs::File::open(format!("{NETNS_RUN_DIR}/{name}")) else {
        return -1;
    };
    let mut req = AttrBuf::with_header(&[0]);
    req.add_u32(NETNSA_FD, f.as_raw_fd() as u32);
    nl.talk_answer(RTM_GETNSID, 0, &req.buf, |m| {
        if m.ty != RTM_NEWNSID {
            return -1;
        }
        m.payload
            .get(4..)
            .and_then(|a| AttrIter::new(a).find(|x| x.ty == NETNSA_NSID))
            .and_then(|x| x.u32())
            .map(|v| v as i32)
            .unwrap_or(-1)
    })
    .unwrap_or(-2)
}

fn build() -> Vec<(i32, String)> {
    let mut map = Vec::new();
    let Ok(rd) = std::fs::read_dir(NETNS_RUN_DIR) else {
        return map;
    };
    let Ok(mut nl) = Session::open() else {
        return map;
    };
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let id = nsid_of(&mut nl, &name);
        if id >= 0 && !map.iter().any(|(i, _)| *i == id) {
            map.push((id, name));
        }
    }
    map
}

pub fn name_of(nsid: i32) -> Option<String> {
    if nsid < 0 {
        return None;
    }
    MAP.with(|m| {
        let mut m = m.borrow_mut();
        let map = m.get_or_insert_with(build);
        map.iter().find(|(i, _)| *i == nsid).map(|(_, n)| n.clone())
    })
}
