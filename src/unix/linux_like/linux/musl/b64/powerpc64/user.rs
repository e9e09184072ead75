// `<sys/user.h>`: the register and core-dump layouts ptrace and debuggers see
// (musl `arch/powerpc64/bits/user.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user {
    pub regs: pt_regs,
    pub u_tsize: c_ulong,
    pub u_dsize: c_ulong,
    pub u_ssize: c_ulong,
    pub start_code: c_ulong,
    pub start_data: c_ulong,
    pub start_stack: c_ulong,
    pub signal: c_long,
    pub u_ar0: *mut c_void,
    pub magic: c_ulong,
    pub u_comm: [c_char; 32],
}

/// An `int` in C; a `usize` here so that it can size `elf_gregset_t`.
pub const ELF_NGREG: usize = 48;
/// An `int` in C; a `usize` here so that it can size `elf_fpregset_t`.
pub const ELF_NFPREG: usize = 33;
/// An `int` in C; a `usize` here so that it can size `elf_vrregset_t`.
pub const ELF_NVRREG: usize = 34;
pub type elf_greg_t = c_ulong;
pub type elf_gregset_t = [elf_greg_t; ELF_NGREG];
pub type elf_fpreg_t = c_double;
pub type elf_fpregset_t = [elf_fpreg_t; ELF_NFPREG];

/// `typedef struct { unsigned u[4]; } elf_vrreg_t`, aligned to 16 as in C.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct elf_vrreg_t {
    pub u: [c_uint; 4],
}

pub type elf_vrregset_t = [elf_vrreg_t; ELF_NVRREG];
