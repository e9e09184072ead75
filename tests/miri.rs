//! The crate's functions with a Rust body that does not call into C, on
//! inputs chosen to find undefined behaviour: the buffer walkers (`CMSG_*`,
//! `NLMSG_*`, `RTA_*`, `NFA_*`, `NFM_*`, `IFA_*`, `IFLA_*`) over truncated,
//! misaligned and maximal-length buffers and headers whose length field lies,
//! the pointer helpers, `SUN_LEN`, `siginfo_t`'s accessors and the integer
//! helpers `tests/safe_fns.rs` does not cover (the `unsafe` ones).
//!
//! It is an ordinary test natively and under qemu-user; `ci/miri.sh` runs it
//! (with `tests/safe_fns.rs`) under Miri, which reports any read outside a
//! buffer, misaligned read or other undefined behaviour. Every buffer here is
//! a `Vec<u8>` of exactly the bytes a caller has, so a walker that reads one
//! byte past it is caught.

use std::hint::black_box;
use std::mem::size_of;
use std::ptr::null_mut;

use libc::{c_int, c_uint, cmsghdr, msghdr, nfattr, nlmsghdr, rtattr};

/// A message stream of headers with the given length fields, each
/// followed by its (aligned) payload as far as the field says, truncated or
/// padded to `total` bytes.
fn stream(hdr_size: usize, lens: &[u32], len_bytes: usize, total: usize) -> Vec<u8> {
    let mut v = Vec::new();
    for &l in lens {
        let start = v.len();
        v.extend_from_slice(&l.to_ne_bytes()[..len_bytes]);
        v.resize(start + hdr_size, 0x5a);
        let body = (l as usize).clamp(hdr_size, 64);
        v.resize(start + ((body + 3) & !3), 0xa5);
    }
    v.resize(total, 0x11);
    v
}

/// The length fields tried: honest, zero, shorter than a header, longer than
/// the buffer, maximal.
const LIES: [u32; 9] = [0, 1, 3, 4, 15, 16, 20, 0xffff, u32::MAX];

/// Copies `bytes` into a fresh allocation at `misalign` bytes past 8-byte
/// alignment and returns it with a pointer to the copy and the exact length:
/// reading before or after it leaves the allocation's bounds.
fn placed(bytes: &[u8], misalign: usize) -> (Vec<u8>, *mut u8) {
    let mut v = vec![0u8; bytes.len() + misalign];
    v[misalign..].copy_from_slice(bytes);
    let p = v.as_mut_ptr().wrapping_add(misalign);
    (v, p)
}

/// Every buffer of `total` bytes (each of `totals`) holding two headers of
/// `hdr_size` bytes whose `len_bytes`-byte length fields take each of
/// `LIES`, placed at each of `misaligns` bytes past 8-byte alignment, walked
/// by `walk` over exactly that buffer.
fn each_buffer(
    hdr_size: usize,
    len_bytes: usize,
    totals: &[usize],
    misaligns: &[usize],
    walk: unsafe fn(*mut u8, usize),
) {
    for &total in totals {
        for &a in &LIES {
            for &b in &LIES {
                let bytes = stream(hdr_size, &[a, b], len_bytes, total);
                for &mis in misaligns {
                    let (_keep, p) = placed(&bytes, mis);
                    unsafe { walk(p, total) };
                }
            }
        }
    }
}

#[test]
fn nlmsg_walk_any_buffer() {
    let h = size_of::<nlmsghdr>();
    each_buffer(
        h,
        4,
        &[0, 1, 3, h - 1, h, h + 1, 2 * h, 3 * h + 7, 200],
        &[0, 1, 2, 3],
        |p, total| unsafe { walk_nlmsg(p as *mut nlmsghdr, total as c_int) },
    );
    // A length beyond any buffer: OK is false, nothing read past it.
    let bytes = stream(h, &[u32::MAX], 4, h);
    let (_keep, p) = placed(&bytes, 0);
    unsafe {
        assert!(!libc::NLMSG_OK(p as *const nlmsghdr, h as c_int));
        assert!(!libc::NLMSG_OK(p as *const nlmsghdr, c_int::MAX));
        assert!(!libc::NLMSG_OK(p as *const nlmsghdr, -1));
    }
}

/// Walks as a program does: while OK, look at the payload, step.
unsafe fn walk_nlmsg(mut p: *mut nlmsghdr, mut len: c_int) {
    let mut n = 0;
    while libc::NLMSG_OK(p, len) {
        black_box(libc::NLMSG_DATA(p));
        black_box(libc::NLMSG_PAYLOAD(p, 0));
        black_box(libc::NLMSG_PAYLOAD(p, len));
        black_box(libc::IFA_PAYLOAD(p));
        black_box(libc::IFLA_PAYLOAD(p));
        black_box(libc::NFM_PAYLOAD(p));
        p = libc::NLMSG_NEXT(p, &mut len);
        n += 1;
        if p.is_null() || n > 64 {
            break;
        }
    }
}

#[test]
fn rta_walk_any_buffer() {
    let h = size_of::<rtattr>();
    each_buffer(
        h,
        2,
        &[0, 1, 2, 3, 4, 5, 8, 13, 64],
        &[0, 1, 2, 3],
        |p, total| unsafe { walk_rta(p as *mut rtattr, total as c_int) },
    );
}

unsafe fn walk_rta(mut p: *mut rtattr, mut len: c_int) {
    let mut n = 0;
    while libc::RTA_OK(p, len) {
        black_box(libc::RTA_DATA(p));
        black_box(libc::RTA_PAYLOAD(p));
        p = libc::RTA_NEXT(p, &mut len);
        n += 1;
        if p.is_null() || n > 64 {
            break;
        }
    }
}

#[test]
fn nfa_walk_any_buffer() {
    let h = size_of::<nfattr>();
    each_buffer(
        h,
        2,
        &[0, 1, 2, 3, 4, 5, 8, 13, 64],
        &[0, 1, 2, 3],
        |p, total| unsafe { walk_nfa(p as *mut nfattr, total as c_int) },
    );
}

unsafe fn walk_nfa(mut p: *mut nfattr, mut len: c_int) {
    let mut n = 0;
    // NFA_NEXT, as C's, steps whatever the length: the loop's NFA_OK is
    // what keeps the walk inside the buffer.
    while libc::NFA_OK(p, len) {
        black_box(libc::NFA_TYPE(p));
        black_box(libc::NFA_DATA(p));
        black_box(libc::NFA_PAYLOAD(p));
        p = libc::NFA_NEXT(p, &mut len);
        n += 1;
        if n > 64 {
            break;
        }
    }
}

#[test]
fn cmsg_walk_any_buffer() {
    let h = size_of::<cmsghdr>();
    each_buffer(
        h,
        4,
        &[0, 1, 8, h - 1, h, h + 1, 2 * h, 2 * h + 4, 3 * h, 100],
        &[0, 1, 4],
        |p, total| unsafe { walk_cmsg(p, total) },
    );
    // No control buffer at all.
    unsafe { walk_cmsg(null_mut(), 0) };
}

unsafe fn walk_cmsg(control: *mut u8, len: usize) {
    let mut m: msghdr = std::mem::zeroed();
    m.msg_control = control.cast();
    m.msg_controllen = len as _;
    let mut c = libc::CMSG_FIRSTHDR(&m);
    let mut n = 0;
    while !c.is_null() {
        black_box(libc::CMSG_DATA(c));
        c = libc::CMSG_NXTHDR(&m, c);
        n += 1;
        if n > 64 {
            break;
        }
    }
}

/// The helpers that only form a pointer: any input, nothing read.
#[test]
fn pointer_helpers_read_nothing() {
    unsafe {
        for p in [
            null_mut::<u8>(),
            std::ptr::without_provenance_mut(usize::MAX),
            std::ptr::without_provenance_mut(8),
        ] {
            black_box(libc::CMSG_DATA(p as *const cmsghdr));
            black_box(libc::NLMSG_DATA(p as *mut nlmsghdr));
            black_box(libc::RTA_DATA(p as *mut rtattr));
            black_box(libc::NFA_DATA(p as *mut nfattr));
            black_box(libc::NFM_NFA(p as *mut libc::nfgenmsg));
            black_box(libc::IFA_RTA(p as *mut libc::ifaddrmsg));
            black_box(libc::IFLA_RTA(p as *mut libc::ifinfomsg));
            black_box(libc::SO_EE_OFFENDER(p as *const libc::sock_extended_err));
        }
    }
}

#[test]
fn sun_len_any_path() {
    unsafe {
        let mut a: libc::sockaddr_un = std::mem::zeroed();
        assert_eq!(libc::SUN_LEN(a), 2);
        // No terminating NUL anywhere: counts to the end of sun_path only.
        for c in a.sun_path.iter_mut() {
            *c = b'x' as _;
        }
        assert_eq!(libc::SUN_LEN(a), 2 + a.sun_path.len());
    }
}

/// `siginfo_t`'s accessors read the union's members at musl's offsets: on a
/// zeroed value, on one of all ones, and on one read from a misaligned copy.
#[test]
fn siginfo_accessors_any_contents() {
    unsafe {
        for fill in [0u8, 0xff, 0x5a] {
            let mut si: libc::siginfo_t = std::mem::zeroed();
            std::ptr::write_bytes(
                &mut si as *mut _ as *mut u8,
                fill,
                size_of::<libc::siginfo_t>(),
            );
            black_box(si.si_addr());
            black_box(si.si_addr_lsb());
            black_box(si.si_arch());
            black_box(si.si_band());
            black_box(si.si_call_addr());
            black_box(si.si_fd());
            black_box(si.si_int());
            black_box(si.si_lower());
            black_box(si.si_overrun());
            black_box(si.si_pid());
            black_box(si.si_pkey());
            black_box(si.si_ptr());
            black_box(si.si_status());
            black_box(si.si_stime());
            black_box(si.si_syscall());
            black_box(si.si_timerid());
            black_box(si.si_uid());
            black_box(si.si_upper());
            black_box(si.si_utime());
            black_box(si.si_value());
        }
    }
}

/// The integer helpers declared `unsafe` (as in the published crate), at
/// the edges of their argument types; the safe ones are in tests/safe_fns.rs.
#[test]
fn unsafe_integer_helpers_at_edges() {
    let u32s = [0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x8000_0000, u32::MAX];
    let i32s = [0, 1, -1, 0x7f, 0xffff, i32::MIN, i32::MAX];
    let u64s = [0, 1, 0xffff_ffff, 0x1_0000_0000, u64::MAX];
    unsafe {
        for &x in &u32s {
            black_box(libc::BPF_CLASS(x));
            black_box(libc::BPF_SIZE(x));
            black_box(libc::BPF_MODE(x));
            black_box(libc::BPF_OP(x));
            black_box(libc::BPF_SRC(x));
            black_box(libc::BPF_RVAL(x));
            black_box(libc::BPF_MISCOP(x));
            black_box(libc::ELF32_R_SYM(x));
            black_box(libc::ELF32_R_TYPE(x));
            black_box(libc::RT_ADDRCLASS(x));
            black_box(libc::RT_LOCALADDR(x));
            black_box(libc::CMSG_SPACE(x as c_uint));
            black_box(libc::CMSG_LEN(x as c_uint));
            for &y in &u32s {
                black_box(libc::ELF32_R_INFO(x, y));
                black_box(libc::BPF_STMT(x as u16, y));
                black_box(libc::BPF_JUMP(x as u16, y, x as u8, y as u8));
            }
        }
        for &x in &u64s {
            black_box(libc::ELF64_R_SYM(x));
            black_box(libc::ELF64_R_TYPE(x));
            for &y in &u64s {
                black_box(libc::ELF64_R_INFO(x, y));
            }
        }
        for x in 0..=255u8 {
            black_box(libc::IPTOS_PREC(x));
            black_box(libc::IPTOS_TOS(x));
            black_box(libc::RT_TOS(x));
        }
        for &x in &i32s {
            black_box(libc::NLA_ALIGN(x));
            black_box(libc::SCTP_PR_INDEX(x));
            black_box(libc::SCTP_PR_POLICY(x));
            black_box(libc::CPU_ALLOC_SIZE(x));
            for &y in &i32s {
                let mut flags: c_int = x;
                libc::SCTP_PR_SET_POLICY(&mut flags, y);
                black_box(flags);
            }
        }
        for x in [0, 1, 15, 16, usize::MAX / 2, usize::MAX] {
            black_box(libc::TPACKET_ALIGN(x));
        }
    }
}

/// The bit-set helpers over a set of exactly its own size, at every index.
#[test]
fn bit_sets_stay_inside() {
    unsafe {
        let mut cpus: Box<libc::cpu_set_t> = Box::new(std::mem::zeroed());
        libc::CPU_ZERO(&mut cpus);
        for cpu in (0..libc::CPU_SETSIZE as usize + 70).step_by(7) {
            libc::CPU_SET(cpu, &mut cpus);
            black_box(libc::CPU_ISSET(cpu, &cpus));
        }
        black_box(libc::CPU_COUNT(&cpus));
        black_box(libc::CPU_COUNT_S(usize::MAX, &cpus));
        black_box(libc::CPU_EQUAL(&cpus, &cpus));
        for cpu in (0..libc::CPU_SETSIZE as usize + 70).step_by(7) {
            libc::CPU_CLR(cpu, &mut cpus);
        }
        assert_eq!(libc::CPU_COUNT(&cpus), 0);
        let mut fds: Box<libc::fd_set> = Box::new(std::mem::zeroed());
        libc::FD_ZERO(&mut *fds);
        for fd in (0..libc::FD_SETSIZE as c_int).step_by(5) {
            libc::FD_SET(fd, &mut *fds);
            assert!(libc::FD_ISSET(fd, &*fds));
            libc::FD_CLR(fd, &mut *fds);
        }
    }
}
