// `<sys/user.h>`: the register and core-dump layouts ptrace and debuggers
// see (musl `arch/x86_64/bits/user.h`). glibc's `user_fpregs_struct`,
// `user_regs_struct` and `user` are the same layouts, and these definitions
// serve glibc too, in musl's spelling (the published crate's glibc shape
// spells the 64-bit words `c_ulonglong` and `signal` `c_longlong`, the same
// types).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user_fpregs_struct {
    pub cwd: c_ushort,
    pub swd: c_ushort,
    pub ftw: c_ushort,
    pub fop: c_ushort,
    pub rip: c_ulong,
    pub rdp: c_ulong,
    pub mxcsr: c_uint,
    pub mxcr_mask: c_uint,
    pub st_space: [c_uint; 32],
    pub xmm_space: [c_uint; 64],
    padding: crate::Padding<[c_uint; 24]>,
}

#[cfg(target_env = "musl")]
pub type elf_fpregset_t = user_fpregs_struct;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user_regs_struct {
    pub r15: c_ulong,
    pub r14: c_ulong,
    pub r13: c_ulong,
    pub r12: c_ulong,
    pub rbp: c_ulong,
    pub rbx: c_ulong,
    pub r11: c_ulong,
    pub r10: c_ulong,
    pub r9: c_ulong,
    pub r8: c_ulong,
    pub rax: c_ulong,
    pub rcx: c_ulong,
    pub rdx: c_ulong,
    pub rsi: c_ulong,
    pub rdi: c_ulong,
    pub orig_rax: c_ulong,
    pub rip: c_ulong,
    pub cs: c_ulong,
    pub eflags: c_ulong,
    pub rsp: c_ulong,
    pub ss: c_ulong,
    pub fs_base: c_ulong,
    pub gs_base: c_ulong,
    pub ds: c_ulong,
    pub es: c_ulong,
    pub fs: c_ulong,
    pub gs: c_ulong,
}

#[cfg(target_env = "musl")]
/// An `int` in C; a `usize` here so that it can size `elf_gregset_t`.
pub const ELF_NGREG: usize = 27;
#[cfg(target_env = "musl")]
pub type elf_greg_t = c_ulonglong;
#[cfg(target_env = "musl")]
pub type elf_gregset_t = [elf_greg_t; ELF_NGREG];

/// `u_ar0` and `u_fpstate` are pointers, as in musl; glibc's C makes them
/// the pointer members of anonymous unions with an `unsigned long long` of
/// the same size.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user {
    pub regs: user_regs_struct,
    pub u_fpvalid: c_int,
    pub i387: user_fpregs_struct,
    pub u_tsize: c_ulong,
    pub u_dsize: c_ulong,
    pub u_ssize: c_ulong,
    pub start_code: c_ulong,
    pub start_stack: c_ulong,
    pub signal: c_long,
    reserved: crate::Padding<c_int>,
    pub u_ar0: *mut user_regs_struct,
    pub u_fpstate: *mut user_fpregs_struct,
    pub magic: c_ulong,
    pub u_comm: [c_char; 32],
    pub u_debugreg: [c_ulong; 8],
}
