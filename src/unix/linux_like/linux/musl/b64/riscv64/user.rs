// `<sys/user.h>`: the register layouts ptrace and core dumps use (musl
// `arch/riscv64/bits/user.h`), and the kernel's `user_regs_struct`
// (`asm/ptrace.h`).

// `ELF_NGREG` and `ELF_NFPREG` are `int`s in C, `usize`s
// here so that they can size arrays.
pub const ELF_NGREG: usize = 32;
pub const ELF_NFPREG: usize = 33;
pub type elf_greg_t = c_ulong;
pub type elf_gregset_t = [elf_greg_t; ELF_NGREG];
pub type elf_fpregset_t = __riscv_mc_fp_state;

/// The kernel's `asm/ptrace.h` (musl's headers do not declare it): the
/// general registers as `PTRACE_GETREGSET` with `NT_PRSTATUS` reads them,
/// `pc` in place of the hard-wired `x0`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user_regs_struct {
    pub pc: c_ulong,
    pub ra: c_ulong,
    pub sp: c_ulong,
    pub gp: c_ulong,
    pub tp: c_ulong,
    pub t0: c_ulong,
    pub t1: c_ulong,
    pub t2: c_ulong,
    pub s0: c_ulong,
    pub s1: c_ulong,
    pub a0: c_ulong,
    pub a1: c_ulong,
    pub a2: c_ulong,
    pub a3: c_ulong,
    pub a4: c_ulong,
    pub a5: c_ulong,
    pub a6: c_ulong,
    pub a7: c_ulong,
    pub s2: c_ulong,
    pub s3: c_ulong,
    pub s4: c_ulong,
    pub s5: c_ulong,
    pub s6: c_ulong,
    pub s7: c_ulong,
    pub s8: c_ulong,
    pub s9: c_ulong,
    pub s10: c_ulong,
    pub s11: c_ulong,
    pub t3: c_ulong,
    pub t4: c_ulong,
    pub t5: c_ulong,
    pub t6: c_ulong,
}
