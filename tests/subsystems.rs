//! Kernel subsystems through the bindings: a CAN raw socket, nf_tables over
//! `NETLINK_NETFILTER`, a TUN device, the process events connector and a
//! wireless-extensions request, plus the kernel headers' inline functions
//! and nfnetlink's old attribute macros compared with C.
//!
//! Each test checks what the kernel answers, including the documented errors
//! where this machine's kernel lacks a subsystem (this one has no CAN, and no
//! wireless extensions) or where qemu-user does not translate a call (it
//! passes through only the `NETLINK_ROUTE`, `NETLINK_KOBJECT_UEVENT` and
//! `NETLINK_AUDIT` netlink protocols, and no wireless `ioctl`), and prints a
//! `skip` line saying which part it could not exercise and why.

use std::ffi::CStr;
use std::io::Error;
use std::mem::{offset_of, size_of, zeroed};
use std::ptr;

use libc::{c_int, c_void, nlmsghdr, socklen_t};

mod common;

fn errno() -> c_int {
    Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn check(r: c_int, what: &str) -> c_int {
    assert!(r >= 0, "{what}: {}", Error::last_os_error());
    r
}

/// Under qemu-user? (Every target but x86_64 runs there, ci/qemu-test.sh.)
fn under_qemu() -> bool {
    !cfg!(target_arch = "x86_64")
}

fn close(fd: c_int) {
    unsafe { libc::close(fd) };
}

/// `name` as a NUL-terminated `[c_char; 16]`.
fn ifname(name: &str) -> [libc::c_char; libc::IFNAMSIZ] {
    let mut a = [0; libc::IFNAMSIZ];
    for (d, s) in a.iter_mut().zip(name.bytes()) {
        *d = s as libc::c_char;
    }
    a
}

fn name_of(a: &[libc::c_char]) -> String {
    unsafe { CStr::from_ptr(a.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

/// Waits up to `ms` for `fd` to be readable.
fn readable(fd: c_int, ms: c_int) -> bool {
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    unsafe { libc::poll(&mut p, 1, ms) == 1 }
}

// ---- netlink message building and walking ----

/// A netlink message under construction: the header, then `push`ed parts,
/// each padded to 4 bytes as `NLMSG_ALIGN`/`NLA_ALIGN` say.
struct Msg(Vec<u8>);

impl Msg {
    fn new(ty: u16, flags: c_int, seq: u32) -> Msg {
        let h = nlmsghdr {
            nlmsg_len: 0,
            nlmsg_type: ty,
            nlmsg_flags: flags as u16,
            nlmsg_seq: seq,
            nlmsg_pid: 0,
        };
        let mut m = Msg(Vec::new());
        m.push(&h);
        assert_eq!(m.0.len(), libc::NLMSG_HDRLEN as usize);
        m
    }

    fn push<T: Copy>(&mut self, v: &T) {
        let b = unsafe { std::slice::from_raw_parts(v as *const T as *const u8, size_of::<T>()) };
        self.bytes(b);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
        while !self.0.len().is_multiple_of(libc::NLMSG_ALIGNTO as usize) {
            self.0.push(0);
        }
    }

    /// An attribute: `nlattr`, then its payload.
    fn attr(&mut self, ty: c_int, payload: &[u8]) {
        let a = libc::nlattr {
            nla_len: (libc::NLA_HDRLEN as usize + payload.len()) as u16,
            nla_type: ty as u16,
        };
        self.push(&a);
        self.bytes(payload);
    }

    fn done(mut self) -> Vec<u8> {
        let len = self.0.len() as u32;
        self.0[..4].copy_from_slice(&len.to_ne_bytes());
        self.0
    }
}

fn nfgenmsg(family: c_int, res_id: u16) -> libc::nfgenmsg {
    libc::nfgenmsg {
        nfgen_family: family as u8,
        version: libc::NFNETLINK_V0 as u8,
        res_id: res_id.to_be(),
    }
}

/// One datagram read from a netlink socket, in an 8-aligned buffer.
fn recv_msgs(fd: c_int) -> Option<Vec<u64>> {
    let mut buf = vec![0u64; 8192];
    let n = unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut c_void, buf.len() * 8, 0) };
    if n < 0 {
        return None;
    }
    buf.truncate((n as usize).div_ceil(8));
    buf.push(n as u64); // the length, after the data
    Some(buf)
}

/// The messages of a datagram `recv_msgs` returned, walked with
/// `NLMSG_OK`/`NLMSG_NEXT`: (header, payload).
fn walk(buf: &mut [u64]) -> Vec<(nlmsghdr, Vec<u8>)> {
    let (last, data) = buf.split_last_mut().unwrap();
    let mut len = *last as c_int;
    let mut out = Vec::new();
    let mut h = data.as_mut_ptr() as *mut nlmsghdr;
    unsafe {
        while libc::NLMSG_OK(h, len) {
            let payload = std::slice::from_raw_parts(
                libc::NLMSG_DATA(h) as *const u8,
                (*h).nlmsg_len as usize - libc::NLMSG_HDRLEN as usize,
            );
            out.push((*h, payload.to_vec()));
            h = libc::NLMSG_NEXT(h, &mut len);
        }
    }
    out
}

/// The error code of an `NLMSG_ERROR` message's payload (0: an ack).
fn nl_error(payload: &[u8]) -> c_int {
    unsafe { ptr::read_unaligned(payload.as_ptr() as *const libc::nlmsgerr) }.error
}

/// The attributes after a fixed header of `skip` bytes: (type, payload).
fn attrs(payload: &[u8], skip: usize) -> Vec<(u16, Vec<u8>)> {
    let mut out = Vec::new();
    let mut at = libc::NLMSG_ALIGN(skip) as usize;
    while at + size_of::<libc::nlattr>() <= payload.len() {
        let a = unsafe { ptr::read_unaligned(payload[at..].as_ptr() as *const libc::nlattr) };
        let len = a.nla_len as usize;
        if len < size_of::<libc::nlattr>() || at + len > payload.len() {
            break;
        }
        out.push((
            a.nla_type,
            payload[at + libc::NLA_HDRLEN as usize..at + len].to_vec(),
        ));
        at += unsafe { libc::NLA_ALIGN(len as c_int) } as usize;
    }
    out
}

fn nl_socket(protocol: c_int, ty: c_int) -> Result<c_int, c_int> {
    let fd = unsafe { libc::socket(libc::AF_NETLINK, ty | libc::SOCK_CLOEXEC, protocol) };
    if fd < 0 {
        Err(errno())
    } else {
        Ok(fd)
    }
}

fn send_all(fd: c_int, b: &[u8]) {
    let n = unsafe { libc::send(fd, b.as_ptr() as *const c_void, b.len(), 0) };
    assert_eq!(n, b.len() as isize, "send: {}", Error::last_os_error());
}

/// qemu-user refuses the netlink protocols it does not translate.
fn qemu_refused(e: c_int) -> bool {
    under_qemu() && e == libc::EPROTONOSUPPORT
}

// ---- CAN ----

#[test]
fn can_raw_socket() {
    assert_eq!(libc::CAN_MTU, 16);
    assert_eq!(libc::CANFD_MTU, 72);
    assert_eq!(libc::CANXL_HDR_SIZE, 12);
    assert_eq!(libc::CANXL_MTU, libc::CANXL_HDR_SIZE + libc::CANXL_MAX_DLEN);
    assert_eq!(libc::SOL_CAN_RAW, 101);
    assert_eq!(offset_of!(libc::can_frame, data), 8);
    assert_eq!(size_of::<libc::sockaddr_can>(), 24);

    let fd = unsafe {
        libc::socket(
            libc::PF_CAN,
            libc::SOCK_RAW | libc::SOCK_CLOEXEC,
            libc::CAN_RAW,
        )
    };
    if fd < 0 {
        // A kernel without CAN has no PF_CAN family (EAFNOSUPPORT); one with
        // CAN but without the raw protocol answers EPROTONOSUPPORT.
        let e = errno();
        assert!(
            e == libc::EAFNOSUPPORT || e == libc::EPROTONOSUPPORT,
            "socket(PF_CAN, SOCK_RAW, CAN_RAW): unexpected {}",
            Error::from_raw_os_error(e)
        );
        println!(
            "skip can_raw_socket: the kernel refuses PF_CAN ({}), so no filter, bind or frame exchange",
            Error::from_raw_os_error(e)
        );
        return;
    }
    unsafe {
        // Two filters in, the same two out.
        let filters = [
            libc::can_filter {
                can_id: 0x123,
                can_mask: libc::CAN_SFF_MASK,
            },
            libc::can_filter {
                can_id: 0x1234_5678 | libc::CAN_EFF_FLAG,
                can_mask: libc::CAN_EFF_MASK | libc::CAN_EFF_FLAG,
            },
        ];
        check(
            libc::setsockopt(
                fd,
                libc::SOL_CAN_RAW,
                libc::CAN_RAW_FILTER,
                filters.as_ptr() as *const c_void,
                size_of::<[libc::can_filter; 2]>() as socklen_t,
            ),
            "CAN_RAW_FILTER",
        );
        let mut back = [libc::can_filter::default(); 4];
        let mut len = size_of::<[libc::can_filter; 4]>() as socklen_t;
        check(
            libc::getsockopt(
                fd,
                libc::SOL_CAN_RAW,
                libc::CAN_RAW_FILTER,
                back.as_mut_ptr() as *mut c_void,
                &mut len,
            ),
            "getsockopt CAN_RAW_FILTER",
        );
        assert_eq!(len as usize, 2 * size_of::<libc::can_filter>());
        assert_eq!(
            (back[1].can_id, back[1].can_mask),
            (filters[1].can_id, filters[1].can_mask)
        );
        let on: c_int = 1;
        check(
            libc::setsockopt(
                fd,
                libc::SOL_CAN_RAW,
                libc::CAN_RAW_RECV_OWN_MSGS,
                &on as *const c_int as *const c_void,
                size_of::<c_int>() as socklen_t,
            ),
            "CAN_RAW_RECV_OWN_MSGS",
        );
        let idx = libc::if_nametoindex(c"vcan0".as_ptr());
        if idx == 0 {
            println!("skip can_raw_socket: no vcan0 device, so no bind and frame exchange");
            close(fd);
            return;
        }
        let a = libc::sockaddr_can {
            can_family: libc::AF_CAN as libc::sa_family_t,
            can_ifindex: idx as c_int,
            ..Default::default()
        };
        check(
            libc::bind(
                fd,
                &a as *const libc::sockaddr_can as *const libc::sockaddr,
                size_of::<libc::sockaddr_can>() as socklen_t,
            ),
            "bind vcan0",
        );
        let mut f = libc::can_frame::default();
        f.can_id = 0x123;
        f.can_dlc = 3;
        f.data[..3].copy_from_slice(&[1, 2, 3]);
        let n = libc::write(
            fd,
            &f as *const libc::can_frame as *const c_void,
            libc::CAN_MTU,
        );
        assert_eq!(
            n,
            libc::CAN_MTU as isize,
            "write: {}",
            Error::last_os_error()
        );
        assert!(readable(fd, 2000), "no frame back from vcan0");
        let mut r = libc::can_frame::default();
        let n = libc::read(
            fd,
            &mut r as *mut libc::can_frame as *mut c_void,
            libc::CAN_MTU,
        );
        assert_eq!(n, libc::CAN_MTU as isize);
        assert_eq!(
            (r.can_id, r.can_dlc, &r.data[..3]),
            (0x123, 3, &[1u8, 2, 3][..])
        );
    }
    close(fd);
}

// ---- nf_tables over NETLINK_NETFILTER ----

const NFT_GETTABLE: u16 = ((libc::NFNL_SUBSYS_NFTABLES << 8) | libc::NFT_MSG_GETTABLE) as u16;
const NFT_NEWTABLE: u16 = ((libc::NFNL_SUBSYS_NFTABLES << 8) | libc::NFT_MSG_NEWTABLE) as u16;

/// The names of the tables an `NFT_MSG_GETTABLE` dump lists; Err(errno) if
/// the kernel answers the dump with an error.
fn nft_tables(fd: c_int, seq: u32) -> Result<Vec<String>, c_int> {
    let mut m = Msg::new(NFT_GETTABLE, libc::NLM_F_REQUEST | libc::NLM_F_DUMP, seq);
    m.push(&nfgenmsg(libc::NFPROTO_UNSPEC, 0));
    send_all(fd, &m.done());
    let mut names = Vec::new();
    loop {
        assert!(readable(fd, 5000), "no answer to NFT_MSG_GETTABLE");
        let mut buf = recv_msgs(fd).expect("recv");
        for (h, payload) in walk(&mut buf) {
            assert_eq!(h.nlmsg_seq, seq);
            match h.nlmsg_type as c_int {
                libc::NLMSG_DONE => return Ok(names),
                libc::NLMSG_ERROR => return Err(-nl_error(&payload)),
                _ => {
                    assert_eq!(h.nlmsg_type, NFT_NEWTABLE, "a table in the dump");
                    assert_eq!(
                        libc::NFNL_SUBSYS_ID(h.nlmsg_type) as c_int,
                        libc::NFNL_SUBSYS_NFTABLES
                    );
                    assert_eq!(
                        libc::NFNL_MSG_TYPE(h.nlmsg_type) as c_int,
                        libc::NFT_MSG_NEWTABLE
                    );
                    let g =
                        unsafe { ptr::read_unaligned(payload.as_ptr() as *const libc::nfgenmsg) };
                    assert_eq!(g.version as c_int, libc::NFNETLINK_V0);
                    for (ty, v) in attrs(&payload, size_of::<libc::nfgenmsg>()) {
                        if ty as c_int == libc::NFTA_TABLE_NAME {
                            names.push(
                                CStr::from_bytes_until_nul(&v)
                                    .unwrap()
                                    .to_string_lossy()
                                    .into_owned(),
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn nftables_get_tables() {
    let fd = match nl_socket(libc::NETLINK_NETFILTER, libc::SOCK_RAW) {
        Ok(fd) => fd,
        Err(e) if qemu_refused(e) => {
            println!("skip nftables_get_tables: qemu-user does not translate NETLINK_NETFILTER (socket: EPROTONOSUPPORT)");
            return;
        }
        Err(e) => panic!("socket(NETLINK_NETFILTER): {}", Error::from_raw_os_error(e)),
    };
    let pid = std::process::id();
    let name = format!("libc_test_{pid}");

    // A table owned by this socket (NFT_TABLE_F_OWNER: the kernel removes it
    // when the socket closes), created in a batch.
    let mut batch = Vec::new();
    let mut b = Msg::new(libc::NFNL_MSG_BATCH_BEGIN as u16, libc::NLM_F_REQUEST, 1);
    b.push(&nfgenmsg(
        libc::NFPROTO_UNSPEC,
        libc::NFNL_SUBSYS_NFTABLES as u16,
    ));
    batch.extend(b.done());
    let mut t = Msg::new(
        NFT_NEWTABLE,
        libc::NLM_F_REQUEST | libc::NLM_F_CREATE | libc::NLM_F_ACK,
        2,
    );
    t.push(&nfgenmsg(libc::NFPROTO_INET, 0));
    t.attr(libc::NFTA_TABLE_NAME, format!("{name}\0").as_bytes());
    t.attr(
        libc::NFTA_TABLE_FLAGS,
        &(libc::NFT_TABLE_F_OWNER as u32).to_be_bytes(),
    );
    batch.extend(t.done());
    let mut e = Msg::new(libc::NFNL_MSG_BATCH_END as u16, libc::NLM_F_REQUEST, 3);
    e.push(&nfgenmsg(
        libc::NFPROTO_UNSPEC,
        libc::NFNL_SUBSYS_NFTABLES as u16,
    ));
    batch.extend(e.done());
    send_all(fd, &batch);
    assert!(
        readable(fd, 5000),
        "no answer to the NFT_MSG_NEWTABLE batch"
    );
    let mut buf = recv_msgs(fd).expect("recv");
    let answers = walk(&mut buf);
    let (h, payload) = &answers[0];
    assert_eq!(
        h.nlmsg_type as c_int,
        libc::NLMSG_ERROR,
        "the batch's answer"
    );
    let created = match -nl_error(payload) {
        0 => {
            assert_eq!(h.nlmsg_seq, 2, "the ack is the table's");
            true
        }
        e @ (libc::EPERM | libc::EOPNOTSUPP | libc::EAFNOSUPPORT | libc::EPROTONOSUPPORT) => {
            println!(
                "skip nftables_get_tables: creating a table refused ({}), only the dump checked",
                Error::from_raw_os_error(e)
            );
            false
        }
        e => panic!("NFT_MSG_NEWTABLE: {}", Error::from_raw_os_error(e)),
    };

    match nft_tables(fd, 4) {
        Ok(names) => {
            if created {
                assert!(names.contains(&name), "{name} not in the dump: {names:?}");
            }
        }
        Err(e) => {
            assert!(
                e == libc::EPERM || e == libc::EOPNOTSUPP,
                "NFT_MSG_GETTABLE: unexpected {}",
                Error::from_raw_os_error(e)
            );
            assert!(!created, "created a table but cannot list it");
            println!(
                "skip nftables_get_tables: the dump answered {}",
                Error::from_raw_os_error(e)
            );
        }
    }
    close(fd);

    if created {
        // The owner's socket is gone, and so is its table.
        let fd = nl_socket(libc::NETLINK_NETFILTER, libc::SOCK_RAW).unwrap();
        let mut gone = false;
        for i in 0..50 {
            if !nft_tables(fd, 10 + i).unwrap().contains(&name) {
                gone = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        close(fd);
        assert!(gone, "{name} outlived its owner's socket");
    }
}

// ---- TUN ----

fn ioctl_ifreq(fd: c_int, req: libc::c_ulong, ifr: &mut libc::ifreq) -> c_int {
    unsafe { libc::ioctl(fd, req as _, ifr as *mut libc::ifreq) }
}

fn sockaddr_in_v4(a: [u8; 4], port: u16) -> libc::sockaddr_in {
    let mut s: libc::sockaddr_in = unsafe { zeroed() };
    s.sin_family = libc::AF_INET as libc::sa_family_t;
    s.sin_port = port.to_be();
    s.sin_addr.s_addr = u32::from_ne_bytes(a);
    s
}

fn sockaddr_v4(a: [u8; 4]) -> libc::sockaddr {
    let s = sockaddr_in_v4(a, 0);
    unsafe { ptr::read(&s as *const libc::sockaddr_in as *const libc::sockaddr) }
}

#[test]
fn tun_device() {
    assert_eq!(size_of::<libc::tun_pi>(), 4);
    let fd = unsafe { libc::open(c"/dev/net/tun".as_ptr(), libc::O_RDWR | libc::O_CLOEXEC) };
    if fd < 0 {
        let e = errno();
        assert!(
            e == libc::ENOENT || e == libc::ENODEV || e == libc::EACCES || e == libc::EPERM,
            "open /dev/net/tun: unexpected {}",
            Error::from_raw_os_error(e)
        );
        println!(
            "skip tun_device: /dev/net/tun cannot be opened ({})",
            Error::from_raw_os_error(e)
        );
        return;
    }
    unsafe {
        let mut features: libc::c_uint = 0;
        check(
            libc::ioctl(fd, libc::TUNGETFEATURES, &mut features),
            "TUNGETFEATURES",
        );
        let want = (libc::IFF_TUN | libc::IFF_TAP | libc::IFF_NO_PI) as libc::c_uint;
        assert_eq!(features & want, want, "features {features:#x}");

        // A TUN device with the packet information header (no IFF_NO_PI).
        let mut ifr: libc::ifreq = zeroed();
        ifr.ifr_name = ifname("lctun%d");
        ifr.ifr_ifru.ifru_flags = libc::IFF_TUN as libc::c_short;
        if libc::ioctl(fd, libc::TUNSETIFF, &mut ifr) < 0 {
            let e = errno();
            assert!(
                e == libc::EPERM || e == libc::EBUSY,
                "TUNSETIFF: {}",
                Error::from_raw_os_error(e)
            );
            println!(
                "skip tun_device: TUNSETIFF not permitted here ({})",
                Error::from_raw_os_error(e)
            );
            close(fd);
            return;
        }
        let name = name_of(&ifr.ifr_name);
        assert!(name.starts_with("lctun"), "{name}");
        let mut got: libc::ifreq = zeroed();
        check(libc::ioctl(fd, libc::TUNGETIFF, &mut got), "TUNGETIFF");
        assert_eq!(name_of(&got.ifr_name), name);
        let flags = got.ifr_ifru.ifru_flags as c_int;
        assert_eq!(flags & (libc::IFF_TUN | libc::IFF_TAP), libc::IFF_TUN);
        // TUNGETIFF adds IFF_NOFILTER while no filter is attached (the same
        // bit as IFF_NO_PI, so that one is checked by reading a packet).
        assert_ne!(flags & libc::IFF_NOFILTER, 0);
        let mut hdr: c_int = 0;
        check(
            libc::ioctl(fd, libc::TUNGETVNETHDRSZ, &mut hdr),
            "TUNGETVNETHDRSZ",
        );
        assert!(hdr >= 10, "vnet header size {hdr}");

        // Give it 198.18.77.1/30 (RFC 2544's benchmarking range) and bring it
        // up; a datagram to 198.18.77.2 then leaves through it, and reading
        // the device gives the packet after a tun_pi.
        let s = check(
            libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0),
            "socket",
        );
        let mut r: libc::ifreq = zeroed();
        r.ifr_name = ifr.ifr_name;
        r.ifr_ifru.ifru_addr = sockaddr_v4([198, 18, 77, 1]);
        if ioctl_ifreq(s, libc::SIOCSIFADDR, &mut r) < 0 {
            let e = errno();
            println!(
                "skip tun_device: SIOCSIFADDR refused ({}), no packet read",
                Error::from_raw_os_error(e)
            );
            close(s);
            close(fd);
            return;
        }
        r.ifr_ifru.ifru_netmask = sockaddr_v4([255, 255, 255, 252]);
        check(
            ioctl_ifreq(s, libc::SIOCSIFNETMASK, &mut r),
            "SIOCSIFNETMASK",
        );
        check(ioctl_ifreq(s, libc::SIOCGIFFLAGS, &mut r), "SIOCGIFFLAGS");
        r.ifr_ifru.ifru_flags |= libc::IFF_UP as libc::c_short;
        check(ioctl_ifreq(s, libc::SIOCSIFFLAGS, &mut r), "SIOCSIFFLAGS");

        let to = sockaddr_in_v4([198, 18, 77, 2], 9);
        let payload = b"libc tun test";
        let n = libc::sendto(
            s,
            payload.as_ptr() as *const c_void,
            payload.len(),
            0,
            &to as *const libc::sockaddr_in as *const libc::sockaddr,
            size_of::<libc::sockaddr_in>() as socklen_t,
        );
        assert_eq!(
            n,
            payload.len() as isize,
            "sendto: {}",
            Error::last_os_error()
        );

        // The device may carry the kernel's own IPv6 packets first.
        let mut found = false;
        let mut buf = [0u8; 2048];
        for _ in 0..20 {
            if !readable(fd, 2000) {
                break;
            }
            let n = libc::read(fd, buf.as_mut_ptr() as *mut c_void, buf.len());
            assert!(n > 4, "read tun: {}", Error::last_os_error());
            let pi = ptr::read_unaligned(buf.as_ptr() as *const libc::tun_pi);
            let ip = &buf[size_of::<libc::tun_pi>()..n as usize];
            if u16::from_be(pi.proto) as c_int != libc::ETH_P_IP {
                assert_eq!(
                    ip[0] >> 4,
                    6,
                    "a packet with proto {:#x}",
                    u16::from_be(pi.proto)
                );
                continue;
            }
            assert_eq!(ip[0] >> 4, 4);
            let ihl = (ip[0] & 0xf) as usize * 4;
            if ip[9] == libc::IPPROTO_UDP as u8 && ip[16..20] == [198, 18, 77, 2] {
                assert_eq!(&ip[ihl + 2..ihl + 4], &9u16.to_be_bytes());
                assert_eq!(&ip[ihl + 8..], payload);
                found = true;
                break;
            }
        }
        assert!(found, "the datagram never came out of {name}");
        close(s);
    }
    close(fd);
}

// ---- the process events connector ----

/// A connector message to the process events: nlmsghdr, cn_msg, then `op`.
fn proc_cn_request(op: libc::proc_cn_mcast_op) -> Vec<u8> {
    let mut m = Msg::new(libc::NLMSG_DONE as u16, 0, 0);
    let c = libc::cn_msg {
        id: libc::cb_id {
            idx: libc::CN_IDX_PROC,
            val: libc::CN_VAL_PROC,
        },
        seq: 0,
        ack: 0,
        len: size_of::<libc::proc_cn_mcast_op>() as u16,
        flags: 0,
        data: [],
    };
    // cn_msg is 20 bytes: the operation follows it unpadded.
    m.0.extend_from_slice(unsafe {
        std::slice::from_raw_parts(
            &c as *const libc::cn_msg as *const u8,
            size_of::<libc::cn_msg>(),
        )
    });
    m.0.extend_from_slice(&op.to_ne_bytes());
    m.done()
}

/// The process events in one datagram.
fn proc_events(fd: c_int) -> Vec<libc::proc_event> {
    let mut buf = recv_msgs(fd).expect("recv connector");
    let mut out = Vec::new();
    for (h, payload) in walk(&mut buf) {
        assert_eq!(h.nlmsg_type as c_int, libc::NLMSG_DONE);
        let c = unsafe { ptr::read_unaligned(payload.as_ptr() as *const libc::cn_msg) };
        assert_eq!((c.id.idx, c.id.val), (libc::CN_IDX_PROC, libc::CN_VAL_PROC));
        assert_eq!(
            c.len as usize,
            size_of::<libc::proc_event>(),
            "the kernel's proc_event size"
        );
        // The event follows the 20-byte cn_msg, so it is not 8-aligned.
        let mut ev: libc::proc_event = unsafe { zeroed() };
        let data = &payload[offset_of!(libc::cn_msg, data)..];
        let n = data.len().min(size_of::<libc::proc_event>());
        unsafe { ptr::copy_nonoverlapping(data.as_ptr(), &mut ev as *mut _ as *mut u8, n) };
        out.push(ev);
    }
    out
}

#[test]
fn proc_connector() {
    assert_eq!(size_of::<libc::cn_msg>(), 20);
    assert_eq!(size_of::<libc::proc_event>(), 40);
    let fd = match nl_socket(libc::NETLINK_CONNECTOR, libc::SOCK_DGRAM) {
        Ok(fd) => fd,
        Err(e) if qemu_refused(e) => {
            println!("skip proc_connector: qemu-user does not translate NETLINK_CONNECTOR (socket: EPROTONOSUPPORT)");
            return;
        }
        Err(e) => panic!("socket(NETLINK_CONNECTOR): {}", Error::from_raw_os_error(e)),
    };
    unsafe {
        let big: c_int = 1 << 20;
        libc::setsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_RCVBUF,
            &big as *const c_int as *const c_void,
            size_of::<c_int>() as socklen_t,
        );
        let mut a: libc::sockaddr_nl = zeroed();
        a.nl_family = libc::AF_NETLINK as libc::sa_family_t;
        a.nl_groups = libc::CN_IDX_PROC;
        if libc::bind(
            fd,
            &a as *const libc::sockaddr_nl as *const libc::sockaddr,
            size_of::<libc::sockaddr_nl>() as socklen_t,
        ) < 0
        {
            // Joining the group needs CAP_NET_ADMIN.
            let e = errno();
            assert_eq!(
                e,
                libc::EPERM,
                "bind CN_IDX_PROC: {}",
                Error::from_raw_os_error(e)
            );
            println!("skip proc_connector: joining CN_IDX_PROC not permitted (EPERM)");
            close(fd);
            return;
        }
    }
    send_all(fd, &proc_cn_request(libc::PROC_CN_MCAST_LISTEN));
    // The answer: a PROC_EVENT_NONE event whose ack holds the error code.
    let mut acked = false;
    while !acked {
        assert!(readable(fd, 5000), "no answer to PROC_CN_MCAST_LISTEN");
        for ev in proc_events(fd) {
            if ev.what == libc::PROC_EVENT_NONE {
                let err = unsafe { ev.event_data.ack.err } as c_int;
                if err == libc::EPERM {
                    println!("skip proc_connector: listening not permitted (ack EPERM)");
                    close(fd);
                    return;
                }
                assert_eq!(err, 0, "the listen request's ack");
                acked = true;
            }
        }
    }

    // A child that exits with status 7: its fork and its exit arrive.
    let child = unsafe { libc::fork() };
    if child == 0 {
        unsafe { libc::_exit(7) };
    }
    assert!(child > 0, "fork: {}", Error::last_os_error());
    let (mut forked, mut exited) = (false, false);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !(forked && exited) && std::time::Instant::now() < deadline {
        if !readable(fd, 1000) {
            continue;
        }
        for ev in proc_events(fd) {
            unsafe {
                match ev.what {
                    libc::PROC_EVENT_FORK if ev.event_data.fork.child_pid == child => {
                        assert_eq!(ev.event_data.fork.parent_tgid, libc::getpid());
                        forked = true;
                    }
                    libc::PROC_EVENT_EXIT | libc::PROC_EVENT_NONZERO_EXIT
                        if ev.event_data.exit.process_pid == child =>
                    {
                        let x = ev.event_data.exit;
                        assert_eq!(x.exit_code, 7 << 8, "the exit's wait status");
                        assert_eq!(x.exit_signal, libc::SIGCHLD as u32);
                        assert_eq!(x.parent_tgid, libc::getpid());
                        exited = true;
                    }
                    _ => {}
                }
                assert_eq!(libc::valid_event(ev.what), ev.what);
            }
        }
    }
    let mut st = 0;
    unsafe { libc::waitpid(child, &mut st, 0) };
    assert!(libc::WIFEXITED(st) && libc::WEXITSTATUS(st) == 7);
    assert!(forked, "no PROC_EVENT_FORK for the child");
    assert!(exited, "no PROC_EVENT_EXIT for the child");
    send_all(fd, &proc_cn_request(libc::PROC_CN_MCAST_IGNORE));
    close(fd);
}

// ---- wireless extensions ----

#[test]
fn wireless_siocgiwname_lo() {
    assert!(libc::IW_IS_GET(libc::SIOCGIWNAME as libc::c_uint));
    assert!(libc::IW_IS_SET(libc::SIOCSIWESSID as libc::c_uint));
    assert_eq!(libc::IW_IOCTL_IDX(libc::SIOCGIWNAME as libc::c_uint), 1);
    let s = check(
        unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) },
        "socket",
    );
    let mut w: libc::iwreq = unsafe { zeroed() };
    w.ifr_ifrn.ifrn_name = ifname("lo");
    let r = unsafe { libc::ioctl(s, libc::SIOCGIWNAME as _, &mut w) };
    let e = errno();
    close(s);
    assert_eq!(r, -1, "SIOCGIWNAME on lo succeeded");
    // A kernel with the wireless extensions answers EOPNOTSUPP for a device
    // that is not wireless (ENODEV for one that does not exist); one without
    // them (no /proc/net/wireless) leaves the request to the socket, which
    // does not know it: ENOTTY. qemu-user does not translate it: ENOTTY.
    let wext = std::path::Path::new("/proc/net/wireless").exists();
    if under_qemu() {
        assert!(
            e == libc::ENOTTY || e == libc::EOPNOTSUPP || e == libc::ENODEV,
            "SIOCGIWNAME under qemu: {}",
            Error::from_raw_os_error(e)
        );
        println!("skip wireless_siocgiwname_lo: under qemu-user (which does not translate wireless ioctls) it answered {}", Error::from_raw_os_error(e));
    } else if wext {
        assert!(
            e == libc::EOPNOTSUPP || e == libc::ENODEV,
            "SIOCGIWNAME on lo: {}",
            Error::from_raw_os_error(e)
        );
    } else {
        assert_eq!(
            e,
            libc::ENOTTY,
            "SIOCGIWNAME on lo: {}",
            Error::from_raw_os_error(e)
        );
        println!("skip wireless_siocgiwname_lo: this kernel has no wireless extensions (no /proc/net/wireless): ENOTTY, not EOPNOTSUPP");
    }
}

// ---- the headers' inline functions and nfnetlink_compat's macros, compared with C ----

#[test]
fn inline_functions_and_macros_match_c() {
    let Some(table) = common::c_table("tests/subsystems/inline.c", "subsys-inline") else {
        return;
    };
    assert!(table.ends_with("end\n"), "C table incomplete");
    let mut lines = 0;
    for line in table.lines() {
        let w: Vec<&str> = line.split(' ').collect();
        let n = |i: usize| w[i].parse::<u64>().unwrap();
        let i = |k: usize| w[k].parse::<i64>().unwrap();
        match w[0] {
            "valid_event" => assert_eq!(
                libc::valid_event(n(1) as libc::proc_cn_event) as u64,
                n(2),
                "{line}"
            ),
            "dccp_packet_hdr_len" => {
                assert_eq!(libc::dccp_packet_hdr_len(n(1) as u8) as u64, n(2), "{line}")
            }
            "nfa" => unsafe {
                let mut buf = [0u64; 16];
                let nfa = buf.as_mut_ptr() as *mut libc::nfattr;
                (*nfa).nfa_len = i(1) as u16;
                (*nfa).nfa_type = i(2) as u16;
                let avail = i(3) as c_int;
                let mut rem = avail;
                let next = libc::NFA_NEXT(nfa, &mut rem);
                assert_eq!(
                    (
                        libc::NFA_OK(nfa, avail) as i64,
                        libc::NFA_TYPE(nfa) as i64,
                        libc::NFA_PAYLOAD(nfa) as i64,
                        libc::NFA_DATA(nfa) as isize - nfa as isize,
                        next as isize - nfa as isize,
                        rem as i64,
                    ),
                    (i(4), i(5), i(6), i(7) as isize, i(8) as isize, i(9)),
                    "{line}"
                );
            },
            "nfm" => unsafe {
                let mut buf = [0u64; 16];
                let nlh = buf.as_mut_ptr() as *mut nlmsghdr;
                (*nlh).nlmsg_len = i(1) as u32;
                let first = libc::NFM_NFA(libc::NLMSG_DATA(nlh) as *mut libc::nfgenmsg);
                assert_eq!(
                    (libc::NFM_PAYLOAD(nlh) as i64, first as isize - nlh as isize),
                    (i(2), i(3) as isize),
                    "{line}"
                );
            },
            "end" => continue,
            _ => panic!("unknown line {line}"),
        }
        lines += 1;
    }
    assert_eq!(lines, 23 + 256 + 14 * 11 * 6 + 14);
}
