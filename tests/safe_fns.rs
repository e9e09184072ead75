//! The crate's safe functions at the edges of their argument types, and the
//! bit-set helpers (`CPU_*`, `FD_*`) at the edges of their sets.
//!
//! Every `pub fn` the crate defines without `unsafe` takes only integers or
//! references and does integer arithmetic on them (README, "Safe
//! functions"), so no argument can cause undefined behaviour; what could go
//! wrong is a panic where C computes a value (an overflowing `+` in a debug
//! build) or a value that differs from C's. This test calls each one on every
//! combination of its argument type's edge values in a debug build (overflow
//! checks on), so a panic fails it; the values themselves are compared with
//! musl's macros by `tests/abi/abi_check.py` (sample arguments, including
//! these edges) and by `tests/fuzz.rs` (random arguments). Where C itself
//! refuses an argument (`_IOC`'s size field), the crate panics, and that is
//! checked too. `ci/miri.sh` runs this file under Miri as well.

use std::hint::black_box;
use std::os::unix::process::ExitStatusExt;
use std::panic::catch_unwind;

use libc::{c_int, c_uint, cpu_set_t, fd_set, in6_addr};

mod common;

const I32: [i32; 8] = [0, 1, -1, 2, 0x7f, 0xffff, i32::MIN, i32::MAX];
const U32: [u32; 8] = [
    0,
    1,
    0xff,
    0xffff,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_fffe,
    u32::MAX,
];
const U16: [u16; 5] = [0, 1, 0x7fff, 0x8000, u16::MAX];
const U8: [u8; 5] = [0, 1, 0x7f, 0x80, u8::MAX];
const USIZE: [usize; 6] = [
    0,
    1,
    0x7fff_ffff,
    u32::MAX as usize,
    usize::MAX / 2 + 1,
    usize::MAX,
];
const U64: [u64; 6] = [
    0,
    1,
    0xffff_ffff,
    0x1_0000_0000,
    0x8000_0000_0000_0000,
    u64::MAX,
];

/// Calls `f` on every combination of the edge values (a slice per
/// parameter), through `black_box` so nothing is folded at compile time.
macro_rules! edges {
    ($f:expr; $a:expr) => {
        for &a in $a.iter() {
            black_box($f(black_box(a)));
        }
    };
    ($f:expr; $a:expr, $b:expr) => {
        for &a in $a.iter() {
            for &b in $b.iter() {
                black_box($f(black_box(a), black_box(b)));
            }
        }
    };
    ($f:expr; $a:expr, $b:expr, $c:expr) => {
        for &a in $a.iter() {
            for &b in $b.iter() {
                for &c in $c.iter() {
                    black_box($f(black_box(a), black_box(b), black_box(c)));
                }
            }
        }
    };
    ($f:expr; $a:expr, $b:expr, $c:expr, $d:expr) => {
        for &a in $a.iter() {
            for &b in $b.iter() {
                for &c in $c.iter() {
                    for &d in $d.iter() {
                        black_box($f(black_box(a), black_box(b), black_box(c), black_box(d)));
                    }
                }
            }
        }
    };
}

#[test]
fn wait_status_macros_at_edges() {
    edges!(libc::WIFEXITED; I32);
    edges!(libc::WEXITSTATUS; I32);
    edges!(libc::WIFSIGNALED; I32);
    edges!(libc::WTERMSIG; I32);
    edges!(libc::WIFSTOPPED; I32);
    edges!(libc::WSTOPSIG; I32);
    edges!(libc::WIFCONTINUED; I32);
    edges!(libc::WCOREDUMP; I32);
    edges!(libc::W_EXITCODE; I32, I32);
    edges!(libc::W_STOPCODE; I32);
    edges!(libc::QCMD; I32, I32);
    edges!(libc::FUTEX_OP; I32, I32, I32, I32);
    edges!(libc::SCTP_PR_TTL_ENABLED; I32);
    edges!(libc::SCTP_PR_RTX_ENABLED; I32);
    edges!(libc::SCTP_PR_PRIO_ENABLED; I32);
    // Round trips C guarantees for in-range values.
    assert!(libc::WIFEXITED(libc::W_EXITCODE(255, 0)));
    assert_eq!(libc::WEXITSTATUS(libc::W_EXITCODE(255, 0)), 255);
    assert_eq!(
        libc::WSTOPSIG(libc::W_STOPCODE(libc::SIGSTOP)),
        libc::SIGSTOP
    );
}

#[test]
fn unsigned_macros_at_edges() {
    edges!(libc::KERNEL_VERSION; U32, U32, U32);
    edges!(libc::IW_IOCTL_IDX; U32);
    edges!(libc::IW_IS_SET; U32);
    edges!(libc::IW_IS_GET; U32);
    edges!(libc::IW_EVENT_IDX; U32);
    edges!(libc::IW_EVENT_CAPA_BASE; U32);
    edges!(libc::IW_EVENT_CAPA_INDEX; U32);
    edges!(libc::IW_EVENT_CAPA_MASK; U32);
    edges!(libc::NF_QUEUE_NR; U32);
    edges!(libc::NF_DROP_ERR; U32);
    edges!(libc::RTA_ALIGN; U32);
    edges!(libc::RTA_LENGTH; U32);
    edges!(libc::RTA_SPACE; U32);
    edges!(libc::valid_event; U32);
    edges!(libc::IN_CLASSA; U32);
    edges!(libc::IN_CLASSB; U32);
    edges!(libc::IN_CLASSC; U32);
    edges!(libc::IN_CLASSD; U32);
    edges!(libc::IN_MULTICAST; U32);
    edges!(libc::IN_EXPERIMENTAL; U32);
    edges!(libc::IN_BADCLASS; U32);
    edges!(libc::htonl; U32);
    edges!(libc::ntohl; U32);
    edges!(libc::htons; U16);
    edges!(libc::ntohs; U16);
    edges!(libc::NFNL_SUBSYS_ID; U16);
    edges!(libc::NFNL_MSG_TYPE; U16);
    edges!(libc::IPTOS_ECN; U8);
    edges!(libc::IPOPT_COPIED; U8);
    edges!(libc::IPOPT_CLASS; U8);
    edges!(libc::IPOPT_NUMBER; U8);
    edges!(libc::dccp_packet_hdr_len; U8);
    edges!(libc::NLMSG_ALIGN; USIZE);
    edges!(libc::NLMSG_LENGTH; USIZE);
    edges!(libc::NLMSG_SPACE; USIZE);
    edges!(libc::NFA_ALIGN; USIZE);
    edges!(libc::NFA_LENGTH; USIZE);
    edges!(libc::NFA_SPACE; USIZE);
    edges!(libc::CMSG_ALIGN; USIZE);
    edges!(libc::major; U64);
    edges!(libc::minor; U64);
    edges!(libc::makedev; U32, U32);
    // major/minor undo makedev over the whole 32-bit range, as in C.
    for &a in U32.iter() {
        for &b in U32.iter() {
            let d = libc::makedev(a, b);
            assert_eq!((libc::major(d), libc::minor(d)), (a, b));
        }
    }
}

#[test]
fn ioctl_encoders_at_edges() {
    // The fields are masked as C's macros mask them ...
    edges!(libc::_IOC_DIR; U32);
    edges!(libc::_IOC_TYPE; U32);
    edges!(libc::_IOC_NR; U32);
    edges!(libc::_IOC_SIZE; U32);
    edges!(libc::_IO; U32, U32);
    edges!(libc::_IOR::<[u8; 16]>; U32, U32);
    edges!(libc::_IOW::<u64>; U32, U32);
    edges!(libc::_IOWR::<()>; U32, U32);
    let sizes = [0, 1, libc::_IOC_SIZEMASK];
    edges!(libc::_IOC; U32, U32, U32, sizes);
    // ... but a size the size field cannot hold panics (C's kernel-side
    // _IOC_TYPECHECK refuses it at compile time), never encodes garbage.
    // (The panics' messages and backtraces are expected: not printed.)
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let too_big = catch_unwind(|| libc::_IOC(0, 0, 0, black_box(libc::_IOC_SIZEMASK + 1)));
    let max = catch_unwind(|| libc::_IOC(0, 0, 0, black_box(u32::MAX)));
    std::panic::set_hook(hook);
    assert!(too_big.is_err() && max.is_err());
}

#[test]
fn in6_predicates_at_edges() {
    let mut addrs = vec![[0u8; 16], [0xff; 16]];
    // Each byte alone at its extremes, and the prefixes the predicates test.
    for i in 0..16 {
        for v in [1u8, 0x80, 0xff] {
            let mut a = [0u8; 16];
            a[i] = v;
            addrs.push(a);
        }
    }
    for p in [
        [0xfe, 0x80],
        [0xfe, 0xc0],
        [0xff, 0x01],
        [0xff, 0x02],
        [0xff, 0x05],
        [0xff, 0x08],
        [0xff, 0x0e],
    ] {
        let mut a = [0u8; 16];
        a[..2].copy_from_slice(&p);
        addrs.push(a);
    }
    let mut mapped = [0u8; 16];
    mapped[10] = 0xff;
    mapped[11] = 0xff;
    mapped[15] = 1;
    addrs.push(mapped);
    let addrs: Vec<in6_addr> = addrs
        .into_iter()
        .map(|s6_addr| in6_addr { s6_addr })
        .collect();
    for a in &addrs {
        black_box(libc::IN6_IS_ADDR_UNSPECIFIED(a));
        black_box(libc::IN6_IS_ADDR_LOOPBACK(a));
        black_box(libc::IN6_IS_ADDR_MULTICAST(a));
        black_box(libc::IN6_IS_ADDR_LINKLOCAL(a));
        black_box(libc::IN6_IS_ADDR_SITELOCAL(a));
        black_box(libc::IN6_IS_ADDR_V4MAPPED(a));
        black_box(libc::IN6_IS_ADDR_V4COMPAT(a));
        black_box(libc::IN6_IS_ADDR_MC_NODELOCAL(a));
        black_box(libc::IN6_IS_ADDR_MC_LINKLOCAL(a));
        black_box(libc::IN6_IS_ADDR_MC_SITELOCAL(a));
        black_box(libc::IN6_IS_ADDR_MC_ORGLOCAL(a));
        black_box(libc::IN6_IS_ADDR_MC_GLOBAL(a));
        for b in &addrs {
            assert_eq!(libc::IN6_ARE_ADDR_EQUAL(a, b), a.s6_addr == b.s6_addr);
        }
    }
    assert!(libc::IN6_IS_ADDR_UNSPECIFIED(&addrs[0]));
    assert!(libc::IN6_IS_ADDR_MULTICAST(&addrs[1]));
    assert!(libc::IN6_IS_ADDR_V4MAPPED(addrs.last().unwrap()));
}

#[test]
fn realtime_signal_range() {
    // musl's own answer, through its function: the range C's SIGRTMIN and
    // SIGRTMAX macros give.
    let (lo, hi) = (libc::SIGRTMIN(), libc::SIGRTMAX());
    assert!(0 < lo && lo <= hi && hi < 128, "{lo}..{hi}");
}

/// `CPU_SET`, `CPU_CLR` and `CPU_ISSET` with any CPU number: past the set
/// they do nothing (the published crate panics there; both are defined),
/// never touch memory outside it.
#[test]
fn cpu_set_edges() {
    unsafe {
        let setsize = libc::CPU_SETSIZE as usize;
        let mut set: cpu_set_t = std::mem::zeroed();
        libc::CPU_ZERO(&mut set);
        for cpu in [
            setsize,
            setsize + 1,
            setsize + 63,
            1 << 40,
            usize::MAX / 2,
            usize::MAX,
        ] {
            libc::CPU_SET(cpu, &mut set);
            assert!(!libc::CPU_ISSET(cpu, &set), "CPU {cpu} past the set");
            assert_eq!(libc::CPU_COUNT(&set), 0, "CPU_SET({cpu}) changed the set");
            libc::CPU_CLR(cpu, &mut set);
        }
        // A set in a larger buffer: the bytes after it stay untouched.
        #[repr(C)]
        struct Guarded {
            set: cpu_set_t,
            after: [u64; 4],
        }
        let mut g: Guarded = std::mem::zeroed();
        g.after = [u64::MAX; 4];
        for cpu in 0..setsize + 256 {
            libc::CPU_SET(cpu, &mut g.set);
        }
        assert_eq!(g.after, [u64::MAX; 4]);
        assert_eq!(libc::CPU_COUNT(&g.set), libc::CPU_SETSIZE);
        assert!(libc::CPU_ISSET(0, &g.set) && libc::CPU_ISSET(setsize - 1, &g.set));
        libc::CPU_CLR(setsize - 1, &mut g.set);
        assert!(!libc::CPU_ISSET(setsize - 1, &g.set));
        for cpu in setsize..setsize + 256 {
            libc::CPU_CLR(cpu, &mut g.set);
        }
        assert_eq!(libc::CPU_COUNT(&g.set), libc::CPU_SETSIZE - 1);
        assert_eq!(g.after, [u64::MAX; 4]);
        // CPU_COUNT_S counts no further than the set, whatever size it is told.
        for size in [0, 1, 7, 8, 9, 127, 128, 129, 4096, usize::MAX] {
            let n = libc::CPU_COUNT_S(size, &g.set);
            assert!(n < libc::CPU_SETSIZE, "CPU_COUNT_S({size}) = {n}");
        }
        assert_eq!(libc::CPU_COUNT_S(8, &g.set), 64);
        assert!(libc::CPU_EQUAL(&g.set, &g.set));
        // CPU_ALLOC_SIZE is arithmetic on any count, as in C (size_t maths).
        for n in [0, 1, 63, 64, 65, 1024, c_int::MAX, -1, c_int::MIN] {
            black_box(libc::CPU_ALLOC_SIZE(n));
        }
        assert_eq!(libc::CPU_ALLOC_SIZE(1024), 128);
        assert_eq!(libc::CPU_ALLOC_SIZE(65), 16);
    }
}

/// `FD_SET` and friends index the set's array: a descriptor outside
/// `0..FD_SETSIZE` (C: undefined behaviour) is a panic, as in the published
/// crate, and since these are `extern "C"` functions the panic cannot unwind
/// out of them: the process aborts. Never a write outside the set. Each
/// out-of-range call runs in a fresh process (this test binary again, running
/// only `fd_set_out_of_range_child`), not a fork of this multi-threaded one.
#[test]
fn fd_set_edges() {
    unsafe {
        let mut set: fd_set = std::mem::zeroed();
        libc::FD_ZERO(&mut set);
        let last = libc::FD_SETSIZE as c_int - 1;
        for fd in [0, 1, 63, 64, last] {
            libc::FD_SET(fd, &mut set);
            assert!(libc::FD_ISSET(fd, &set));
            libc::FD_CLR(fd, &mut set);
            assert!(!libc::FD_ISSET(fd, &set));
        }
    }
    if cfg!(miri) {
        return; // no processes under Miri
    }
    let exe = std::env::current_exe().unwrap();
    let (_, qemu) = common::target();
    for fd in [libc::FD_SETSIZE as c_int, c_int::MAX, -1, c_int::MIN] {
        for op in ["set", "clr", "isset"] {
            let out = common::command(&exe, qemu)
                .args(["--exact", "fd_set_out_of_range_child", "--nocapture"])
                .env("LIBC_FD_EDGE", format!("{op} {fd}"))
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.signal(),
                Some(libc::SIGABRT),
                "FD {op} on fd {fd}: {:?}, {stderr}",
                out.status
            );
            assert!(
                stderr.contains("index out of bounds"),
                "FD {op} on fd {fd}: {stderr}"
            );
        }
    }
}

/// The child of `fd_set_edges`: one out-of-range call, which must abort.
#[test]
fn fd_set_out_of_range_child() {
    let Ok(what) = std::env::var("LIBC_FD_EDGE") else {
        return; // run as a test of its own: nothing to do
    };
    let (op, fd) = what.split_once(' ').unwrap();
    let fd: c_int = fd.parse().unwrap();
    unsafe {
        let mut set: fd_set = std::mem::zeroed();
        match op {
            "set" => libc::FD_SET(fd, &mut set),
            "clr" => libc::FD_CLR(fd, &mut set),
            _ => {
                black_box(libc::FD_ISSET(fd, &set));
            }
        }
    }
    // Not reached: exit 0 here fails the parent's check.
    std::process::exit(0);
}

// The parameter types above are the functions' own.
const _: fn(c_uint) -> c_uint = libc::RTA_ALIGN;
