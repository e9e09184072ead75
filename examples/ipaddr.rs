//! Lists the network interfaces with their addresses and MTU, as `ip addr`
//! does, from two raw `NETLINK_ROUTE` dumps (`RTM_GETLINK`, `RTM_GETADDR`)
//! walked with the `NLMSG_*`/`RTA_*` helpers.
//!
//! ```sh
//! cargo run --example ipaddr
//! ```

use std::collections::BTreeMap;
use std::ffi::CStr;
use std::mem::size_of;
use std::ptr;

use libc::{c_char, c_int, c_void, nlmsghdr, rtattr};

fn dump(
    fd: c_int,
    ty: u16,
    family: u8,
    hdr_len: usize,
    mut each: impl FnMut(*mut nlmsghdr),
) -> Result<(), String> {
    unsafe {
        // The request: a netlink header and a zeroed family header.
        let mut req = [0u32; 16];
        let h = req.as_mut_ptr() as *mut nlmsghdr;
        (*h).nlmsg_len = libc::NLMSG_LENGTH(hdr_len) as u32;
        (*h).nlmsg_type = ty;
        (*h).nlmsg_flags = (libc::NLM_F_REQUEST | libc::NLM_F_DUMP) as u16;
        (*h).nlmsg_seq = ty as u32;
        *(libc::NLMSG_DATA(h) as *mut u8) = family;
        if libc::send(fd, h as *const c_void, (*h).nlmsg_len as usize, 0) < 0 {
            return Err(format!("send: errno {}", *libc::__errno_location()));
        }
        let mut buf = vec![0u32; 16384];
        loop {
            let n = libc::recv(fd, buf.as_mut_ptr() as *mut c_void, buf.len() * 4, 0);
            if n < 0 {
                return Err(format!("recv: errno {}", *libc::__errno_location()));
            }
            let mut len = n as c_int;
            let mut m = buf.as_mut_ptr() as *mut nlmsghdr;
            while libc::NLMSG_OK(m, len) {
                match (*m).nlmsg_type as c_int {
                    libc::NLMSG_DONE => return Ok(()),
                    libc::NLMSG_ERROR => {
                        let e = libc::NLMSG_DATA(m) as *const libc::nlmsgerr;
                        return Err(format!("netlink error {}", -(*e).error));
                    }
                    _ => each(m),
                }
                m = libc::NLMSG_NEXT(m, &mut len);
            }
        }
    }
}

/// Calls `f(type, payload)` for every attribute in `len` bytes from `a`.
unsafe fn attrs(mut a: *mut rtattr, mut len: c_int, mut f: impl FnMut(u16, &[u8])) {
    while libc::RTA_OK(a, len) {
        let d = std::slice::from_raw_parts(
            libc::RTA_DATA(a) as *const u8,
            libc::RTA_PAYLOAD(a) as usize,
        );
        f((*a).rta_type, d);
        a = libc::RTA_NEXT(a, &mut len);
    }
}

fn cstr(d: &[u8]) -> String {
    String::from_utf8_lossy(d.split(|&b| b == 0).next().unwrap_or(&[])).into_owned()
}

fn ntop(family: c_int, d: &[u8]) -> String {
    let mut out = [0 as c_char; 64];
    let p = unsafe { libc::inet_ntop(family, d.as_ptr() as *const c_void, out.as_mut_ptr(), 64) };
    if p.is_null() {
        return "?".into();
    }
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

#[derive(Default)]
struct Link {
    name: String,
    mtu: u32,
    flags: u32,
    mac: Vec<u8>,
    addrs: Vec<String>,
}

fn main() {
    let fd = unsafe {
        libc::socket(
            libc::AF_NETLINK,
            libc::SOCK_RAW | libc::SOCK_CLOEXEC,
            libc::NETLINK_ROUTE,
        )
    };
    if fd < 0 {
        eprintln!("ipaddr: socket(AF_NETLINK): errno {}", unsafe {
            *libc::__errno_location()
        });
        std::process::exit(1);
    }
    let mut links: BTreeMap<c_int, Link> = BTreeMap::new();
    let r = dump(
        fd,
        libc::RTM_GETLINK,
        libc::AF_UNSPEC as u8,
        size_of::<libc::ifinfomsg>(),
        |m| unsafe {
            if (*m).nlmsg_type != libc::RTM_NEWLINK {
                return;
            }
            let ifi = libc::NLMSG_DATA(m) as *mut libc::ifinfomsg;
            let l = links.entry((*ifi).ifi_index).or_default();
            l.flags = (*ifi).ifi_flags;
            attrs(libc::IFLA_RTA(ifi), libc::IFLA_PAYLOAD(m), |t, d| match t {
                libc::IFLA_IFNAME => l.name = cstr(d),
                libc::IFLA_MTU if d.len() >= 4 => {
                    l.mtu = ptr::read_unaligned(d.as_ptr() as *const u32)
                }
                libc::IFLA_ADDRESS => l.mac = d.to_vec(),
                _ => {}
            });
        },
    );
    let r = r.and_then(|()| {
        dump(
            fd,
            libc::RTM_GETADDR,
            libc::AF_UNSPEC as u8,
            size_of::<libc::ifaddrmsg>(),
            |m| unsafe {
                if (*m).nlmsg_type != libc::RTM_NEWADDR {
                    return;
                }
                let ifa = libc::NLMSG_DATA(m) as *mut libc::ifaddrmsg;
                let family = (*ifa).ifa_family as c_int;
                let mut local = None;
                let mut address = None;
                attrs(libc::IFA_RTA(ifa), libc::IFA_PAYLOAD(m), |t, d| match t {
                    libc::IFA_LOCAL => local = Some(ntop(family, d)),
                    libc::IFA_ADDRESS => address = Some(ntop(family, d)),
                    _ => {}
                });
                if let Some(a) = local.or(address) {
                    let kind = if family == libc::AF_INET6 {
                        "inet6"
                    } else {
                        "inet"
                    };
                    let l = links.entry((*ifa).ifa_index as c_int).or_default();
                    l.addrs.push(format!("{kind} {a}/{}", (*ifa).ifa_prefixlen));
                }
            },
        )
    });
    unsafe { libc::close(fd) };
    if let Err(e) = r {
        eprintln!("ipaddr: {e}");
        std::process::exit(1);
    }
    for (index, l) in &links {
        let mut fl = Vec::new();
        for (bit, name) in [
            (libc::IFF_LOOPBACK, "LOOPBACK"),
            (libc::IFF_BROADCAST, "BROADCAST"),
            (libc::IFF_UP, "UP"),
        ] {
            if l.flags & bit as u32 != 0 {
                fl.push(name);
            }
        }
        println!("{index}: {}: <{}> mtu {}", l.name, fl.join(","), l.mtu);
        if !l.mac.is_empty() {
            let mac: Vec<String> = l.mac.iter().map(|b| format!("{b:02x}")).collect();
            println!("    link {}", mac.join(":"));
        }
        for a in &l.addrs {
            println!("    {a}");
        }
    }
}
