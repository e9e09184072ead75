//! Differential fuzzing of the buffer walkers (`NLMSG_*`, `RTA_*`, `NFA_*`,
//! `CMSG_*`) and the integer helpers against musl's and the kernel's macros,
//! compiled from the headers for the target by zig (`tests/fuzz/walkers.c`).
//!
//! Both sides draw the same inputs from the same generator (splitmix64,
//! seeded): buffers whose header length fields are honest, zero, shorter
//! than a header, past the buffer or maximal, and integers biased to the
//! edges of their types. The C program prints what the macros compute, one
//! line per case; this test computes every line with the crate and compares.
//! `LIBC_FUZZ_SEED`, `LIBC_FUZZ_CASES` (default 2000 cases of each kind) and
//! `LIBC_FUZZ_ROUNDS` (default 1; each round runs the C program once, with a
//! seed derived from the first) choose the campaign: CI runs a bounded one
//! (`ci/test.sh`), README says how to run a long one. Natively and under
//! qemu-user.

use std::fmt::Write;

use libc::{c_int, c_uint, cmsghdr, msghdr, nfattr, nlmsghdr, rtattr};

mod common;

/// The generator, step for step as walkers.c's.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn edgy(&mut self) -> u64 {
        const EDGES: [u64; 19] = [
            0,
            1,
            2,
            3,
            0x7f,
            0x80,
            0xff,
            0x100,
            0x7fff,
            0x8000,
            0xffff,
            0x10000,
            0x7fff_ffff,
            0x8000_0000,
            0xffff_ffff,
            0x1_0000_0000,
            0x7fff_ffff_ffff_ffff,
            0x8000_0000_0000_0000,
            u64::MAX,
        ];
        match self.next() % 4 {
            0 => self.next(),
            1 => self.next() % 300,
            2 => EDGES[(self.next() % EDGES.len() as u64) as usize],
            _ => {
                let shift = self.next() % 64;
                (1u64 << shift)
                    .wrapping_add(self.next() % 3)
                    .wrapping_sub(1)
            }
        }
    }

    /// walkers.c's gen_buffer: fills `buf` (128 bytes) and returns the
    /// buffer's length.
    fn buffer(&mut self, buf: &mut [u8; 128], hdr: u64, width: usize) -> usize {
        let len = (self.next() % 97) as usize;
        for b in buf.iter_mut() {
            *b = self.next() as u8;
        }
        let mut pos = 0usize;
        let mut k = 0;
        while k < 4 && pos + width <= len {
            let max: u64 = if width == 2 { 0xffff } else { 0xffff_ffff };
            let v = match self.next() % 8 {
                0 => self.next() % (len as u64 + 8),
                1 => hdr,
                2 => 0,
                3 => hdr - 1,
                4 => max,
                _ => hdr + self.next() % 24,
            };
            if width == 2 {
                buf[pos..pos + 2].copy_from_slice(&(v as u16).to_ne_bytes());
            } else {
                buf[pos..pos + 4].copy_from_slice(&(v as u32).to_ne_bytes());
            }
            if v > 64 {
                break;
            }
            pos += (v as usize + 3) & !3;
            k += 1;
        }
        len
    }
}

/// A 16-aligned 128-byte buffer, as walkers.c's.
#[repr(C, align(16))]
struct Buf([u8; 128]);

fn off<T>(p: *const T, base: *const u8) -> isize {
    (p as *const u8 as isize).wrapping_sub(base as isize)
}

fn nlmsg_line(g: &mut Gen, b: &mut Buf, i: u64) -> String {
    let mut len = g.buffer(&mut b.0, size_of::<nlmsghdr>() as u64, 4) as c_int;
    let base = b.0.as_mut_ptr();
    let mut out = format!("nlmsg {i}");
    let mut h = base as *mut nlmsghdr;
    let mut steps = 0;
    unsafe {
        while !h.is_null() && libc::NLMSG_OK(h, len) && steps < 16 {
            let d = libc::NLMSG_DATA(h);
            write!(
                out,
                " {}:{}:{}",
                off(h, base),
                libc::NLMSG_PAYLOAD(h, 0),
                off(d, base)
            )
            .unwrap();
            h = libc::NLMSG_NEXT(h, &mut len);
            steps += 1;
        }
    }
    write!(out, " | {len}").unwrap();
    out
}

fn rta_line(g: &mut Gen, b: &mut Buf, i: u64) -> String {
    let mut len = g.buffer(&mut b.0, size_of::<rtattr>() as u64, 2) as c_int;
    let base = b.0.as_mut_ptr();
    let mut out = format!("rta {i}");
    let mut a = base as *mut rtattr;
    let mut steps = 0;
    unsafe {
        while !a.is_null() && libc::RTA_OK(a, len) && steps < 16 {
            let d = libc::RTA_DATA(a);
            write!(
                out,
                " {}:{}:{}",
                off(a, base),
                libc::RTA_PAYLOAD(a),
                off(d, base)
            )
            .unwrap();
            a = libc::RTA_NEXT(a, &mut len);
            steps += 1;
        }
    }
    write!(out, " | {len}").unwrap();
    out
}

fn nfa_line(g: &mut Gen, b: &mut Buf, i: u64) -> String {
    let mut len = g.buffer(&mut b.0, size_of::<nfattr>() as u64, 2) as c_int;
    let base = b.0.as_mut_ptr();
    let mut out = format!("nfa {i}");
    let mut a = base as *mut nfattr;
    let mut steps = 0;
    unsafe {
        while libc::NFA_OK(a, len) && steps < 16 {
            let d = libc::NFA_DATA(a);
            write!(
                out,
                " {}:{}:{}:{}",
                off(a, base),
                libc::NFA_TYPE(a),
                libc::NFA_PAYLOAD(a),
                off(d, base)
            )
            .unwrap();
            a = libc::NFA_NEXT(a, &mut len);
            steps += 1;
        }
    }
    write!(out, " | {len}").unwrap();
    out
}

fn cmsg_line(g: &mut Gen, b: &mut Buf, i: u64) -> String {
    let len = g.buffer(&mut b.0, size_of::<cmsghdr>() as u64, 4);
    let base = b.0.as_mut_ptr();
    let mut out = format!("cmsg {i}");
    unsafe {
        let mut m: msghdr = std::mem::zeroed();
        m.msg_controllen = len as _;
        m.msg_control = base.cast();
        let mut c = libc::CMSG_FIRSTHDR(&m);
        let mut steps = 0;
        while !c.is_null() && steps < 16 {
            write!(out, " {}:{}", off(c, base), off(libc::CMSG_DATA(c), base)).unwrap();
            c = libc::CMSG_NXTHDR(&m, c);
            steps += 1;
        }
    }
    out.push_str(" |");
    out
}

fn int_line(g: &mut Gen, i: u64) -> String {
    let (a, b, c, d) = (g.edgy(), g.edgy(), g.edgy(), g.edgy());
    let (ia, ib, ic, id) = (a as c_int, b as c_int, c as c_int, d as c_int);
    let (ua, ub, uc) = (a as c_uint, b as c_uint, c as c_uint);
    let (ca, sa) = (a as u8, a as u16);
    let f = |x: bool| x as u8;
    let mut o = format!("int {i}");
    unsafe {
        write!(
            o,
            " {} {} {} {} {} {} {} {}",
            f(libc::WIFEXITED(ia)),
            libc::WEXITSTATUS(ia),
            f(libc::WIFSIGNALED(ia)),
            libc::WTERMSIG(ia),
            f(libc::WIFSTOPPED(ia)),
            libc::WSTOPSIG(ia),
            f(libc::WIFCONTINUED(ia)),
            f(libc::WCOREDUMP(ia))
        )
        .unwrap();
        write!(
            o,
            " {} {} {}",
            libc::major(a),
            libc::minor(a),
            libc::makedev(ua, ub)
        )
        .unwrap();
        write!(
            o,
            " {} {} {} {}",
            libc::_IOC_DIR(ua),
            libc::_IOC_TYPE(ua),
            libc::_IOC_NR(ua),
            libc::_IOC_SIZE(ua)
        )
        .unwrap();
        write!(
            o,
            " {} {} {} {} {} {} {}",
            f(libc::IN_CLASSA(ua)),
            f(libc::IN_CLASSB(ua)),
            f(libc::IN_CLASSC(ua)),
            f(libc::IN_CLASSD(ua)),
            f(libc::IN_MULTICAST(ua)),
            f(libc::IN_EXPERIMENTAL(ua)),
            f(libc::IN_BADCLASS(ua))
        )
        .unwrap();
        write!(
            o,
            " {} {} {} {} {} {}",
            libc::IPTOS_TOS(ca),
            libc::IPTOS_PREC(ca),
            libc::IPTOS_ECN(ca),
            libc::IPOPT_COPIED(ca),
            libc::IPOPT_CLASS(ca),
            libc::IPOPT_NUMBER(ca)
        )
        .unwrap();
        let z = a as usize;
        write!(
            o,
            " {} {} {}",
            libc::NLMSG_ALIGN(z),
            libc::NLMSG_LENGTH(z),
            libc::NLMSG_SPACE(z)
        )
        .unwrap();
        write!(
            o,
            " {} {} {}",
            libc::RTA_ALIGN(ua),
            libc::RTA_LENGTH(ua),
            libc::RTA_SPACE(ua)
        )
        .unwrap();
        write!(
            o,
            " {} {} {}",
            libc::NFA_ALIGN(z),
            libc::NFA_LENGTH(z),
            libc::NFA_SPACE(z)
        )
        .unwrap();
        write!(
            o,
            " {} {} {}",
            libc::CMSG_ALIGN(z),
            libc::CMSG_SPACE(ua),
            libc::CMSG_LEN(ua)
        )
        .unwrap();
        write!(
            o,
            " {} {}",
            libc::FUTEX_OP(ia, ib, ic, id),
            libc::QCMD(ia, ib)
        )
        .unwrap();
        write!(
            o,
            " {} {} {} {} {} {} {}",
            libc::BPF_CLASS(ua),
            libc::BPF_SIZE(ua),
            libc::BPF_MODE(ua),
            libc::BPF_OP(ua),
            libc::BPF_SRC(ua),
            libc::BPF_RVAL(ua),
            libc::BPF_MISCOP(ua)
        )
        .unwrap();
        write!(
            o,
            " {} {} {} {} {} {}",
            libc::ELF64_R_SYM(a),
            libc::ELF64_R_TYPE(a),
            libc::ELF64_R_INFO(a, b),
            libc::ELF32_R_SYM(ua),
            libc::ELF32_R_TYPE(ua),
            libc::ELF32_R_INFO(ua, ub)
        )
        .unwrap();
        write!(
            o,
            " {} {} {}",
            libc::KERNEL_VERSION(ua, ub, uc),
            libc::CPU_ALLOC_SIZE(ia),
            libc::TPACKET_ALIGN(z)
        )
        .unwrap();
        write!(
            o,
            " {} {}",
            libc::NFNL_SUBSYS_ID(sa),
            libc::NFNL_MSG_TYPE(sa)
        )
        .unwrap();
        write!(
            o,
            " {} {} {} {}",
            libc::htonl(ua),
            libc::htons(sa),
            libc::ntohl(ua),
            libc::ntohs(sa)
        )
        .unwrap();
    }
    o
}

#[test]
fn walkers_and_integer_helpers_match_c() {
    let var = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .map(|s| parse_u64(&s))
            .unwrap_or(default)
    };
    let seed = var("LIBC_FUZZ_SEED", 0x6c_6962_632d_667a);
    let cases = var("LIBC_FUZZ_CASES", 2000);
    let rounds = var("LIBC_FUZZ_ROUNDS", 1);
    let mut compared = 0u64;
    for round in 0..rounds {
        // Each round is one run of the C program (its output held in memory)
        // with a seed of its own.
        let seed = seed ^ round.wrapping_mul(0xd1b5_4a32_d192_ed03);
        compared += compare_round(seed, cases);
    }
    println!(
        "fuzz: seed {seed:#x}, {rounds} round(s) of {cases} cases of each kind, \
         {compared} lines equal to C's"
    );
}

/// One run: `cases` cases of each kind from `seed`, on both sides. Returns
/// the number of lines compared.
fn compare_round(seed: u64, cases: u64) -> u64 {
    // walkers.c reads the same two variables from the environment it
    // inherits.
    std::env::set_var("LIBC_FUZZ_SEED", seed.to_string());
    std::env::set_var("LIBC_FUZZ_CASES", cases.to_string());
    let Some(table) = common::c_table("tests/fuzz/walkers.c", "fuzz-walkers") else {
        println!("skip walkers_and_integer_helpers_match_c: LIBC_SKIP_C=1 (no comparison with C)");
        return 0;
    };
    assert!(table.ends_with("end\n"), "C output incomplete");
    let mut c_lines = table.lines();
    let mut g = Gen(seed);
    let mut b = Buf([0; 128]);
    let mut compared = 0u64;
    for i in 0..cases {
        for ours in [
            nlmsg_line(&mut g, &mut b, i),
            rta_line(&mut g, &mut b, i),
            nfa_line(&mut g, &mut b, i),
            cmsg_line(&mut g, &mut b, i),
            int_line(&mut g, i),
        ] {
            let theirs = c_lines.next().expect("C printed fewer lines");
            assert_eq!(
                ours, theirs,
                "seed {seed:#x}: the crate (left) and C (right) differ"
            );
            compared += 1;
        }
    }
    assert_eq!(c_lines.next(), Some("end"));
    compared
}

fn parse_u64(s: &str) -> u64 {
    match s.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16).unwrap(),
        None => s.parse().unwrap(),
    }
}
