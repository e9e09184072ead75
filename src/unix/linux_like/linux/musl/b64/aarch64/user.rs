// `<sys/user.h>`: the register layouts ptrace and core dumps use (musl
// `arch/aarch64/bits/user.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user_regs_struct {
    pub regs: [c_ulonglong; 31],
    pub sp: c_ulonglong,
    pub pc: c_ulonglong,
    pub pstate: c_ulonglong,
}

/// glibc's is the same layout, and this definition serves it too, in
/// musl's spelling (the published crate's glibc shape spells the status
/// words `c_uint`, the same type).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user_fpsimd_struct {
    pub vregs: [u128; 32],
    pub fpsr: u32,
    pub fpcr: u32,
}

#[cfg(target_env = "musl")]
/// An `int` in C; a `usize` here so that it can size `elf_gregset_t`.
pub const ELF_NREG: usize = 34;
#[cfg(target_env = "musl")]
pub type elf_greg_t = c_ulong;
#[cfg(target_env = "musl")]
pub type elf_gregset_t = [elf_greg_t; ELF_NREG];
#[cfg(target_env = "musl")]
pub type elf_fpregset_t = user_fpsimd_struct;
