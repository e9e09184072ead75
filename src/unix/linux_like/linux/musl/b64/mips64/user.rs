// `<sys/user.h>`: the register and core-dump layouts ptrace and debuggers see
// (musl `arch/mips64/bits/user.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user {
    pub regs: [c_ulong; 102],
    pub u_tsize: c_ulong,
    pub u_dsize: c_ulong,
    pub u_ssize: c_ulong,
    pub start_code: c_ulonglong,
    pub start_data: c_ulonglong,
    pub start_stack: c_ulonglong,
    pub signal: c_longlong,
    pub u_ar0: *mut c_ulonglong,
    pub magic: c_ulonglong,
    pub u_comm: [c_char; 32],
}

/// An `int` in C; a `usize` here so that it can size `elf_gregset_t`.
pub const ELF_NGREG: usize = 45;
/// An `int` in C; a `usize` here so that it can size `elf_fpregset_t`.
pub const ELF_NFPREG: usize = 33;
pub type elf_greg_t = c_ulong;
pub type elf_gregset_t = [elf_greg_t; ELF_NGREG];
pub type elf_fpreg_t = c_double;
pub type elf_fpregset_t = [elf_fpreg_t; ELF_NFPREG];
