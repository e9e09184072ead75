//! x86_64: musl 1.2.5 `arch/x86_64/bits/{alltypes.h.in,fenv.h,mman.h,
//! ptrace.h,reg.h,sem.h,signal.h,user.h}`; `struct stat` (`bits/stat.h`) is
//! in `stat`, the system call numbers (`bits/syscall.h` and the kernel's
//! `asm/unistd_64.h`) in `syscalls`.

use crate::{
    c_char, c_int, c_long, c_longlong, c_uint, c_ulong, c_ulonglong, c_ushort, size_t, time_t,
};
use crate::{ipc_perm, sigset_t, stack_t};

mod bits_stat;
pub use self::bits_stat::*;
mod syscalls;
pub use self::syscalls::*;

// <bits/alltypes.h>
pub type wchar_t = c_int;

// <bits/sem.h>
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct semid_ds {
    pub sem_perm: ipc_perm,
    pub sem_otime: time_t,
    __unused1: c_long,
    pub sem_ctime: time_t,
    __unused2: c_long,
    pub sem_nsems: c_ushort,
    __sem_nsems_pad: [c_char; 6],
    __unused3: c_long,
    __unused4: c_long,
}

// <bits/mman.h>
pub const MAP_32BIT: c_int = 0x40;

// <bits/signal.h>
pub const MINSIGSTKSZ: size_t = 2048;
pub const SIGSTKSZ: size_t = 8192;

// The `gregs` indices of `mcontext_t` (`_GNU_SOURCE`).
pub const REG_R8: c_int = 0;
pub const REG_R9: c_int = 1;
pub const REG_R10: c_int = 2;
pub const REG_R11: c_int = 3;
pub const REG_R12: c_int = 4;
pub const REG_R13: c_int = 5;
pub const REG_R14: c_int = 6;
pub const REG_R15: c_int = 7;
pub const REG_RDI: c_int = 8;
pub const REG_RSI: c_int = 9;
pub const REG_RBP: c_int = 10;
pub const REG_RBX: c_int = 11;
pub const REG_RDX: c_int = 12;
pub const REG_RAX: c_int = 13;
pub const REG_RCX: c_int = 14;
pub const REG_RSP: c_int = 15;
pub const REG_RIP: c_int = 16;
pub const REG_EFL: c_int = 17;
pub const REG_CSGSFS: c_int = 18;
pub const REG_ERR: c_int = 19;
pub const REG_TRAPNO: c_int = 20;
pub const REG_OLDMASK: c_int = 21;
pub const REG_CR2: c_int = 22;

pub type greg_t = c_longlong;
pub type gregset_t = [greg_t; 23];
pub type fpregset_t = *mut _libc_fpstate;

/// An x87 register in `struct _fpstate` (an anonymous struct in C).
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct _libc_fpxreg {
    pub significand: [c_ushort; 4],
    pub exponent: c_ushort,
    padding: [c_ushort; 3],
}

/// An SSE register in `struct _fpstate` (an anonymous struct in C).
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct _libc_xmmreg {
    pub element: [c_uint; 4],
}

/// musl's `struct _fpstate`, the `fxsave` area.
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct _libc_fpstate {
    pub cwd: c_ushort,
    pub swd: c_ushort,
    pub ftw: c_ushort,
    pub fop: c_ushort,
    pub rip: c_ulonglong,
    pub rdp: c_ulonglong,
    pub mxcsr: c_uint,
    pub mxcr_mask: c_uint,
    pub _st: [_libc_fpxreg; 8],
    pub _xmm: [_libc_xmmreg; 16],
    padding: [c_uint; 24],
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct sigcontext {
    pub r8: c_ulong,
    pub r9: c_ulong,
    pub r10: c_ulong,
    pub r11: c_ulong,
    pub r12: c_ulong,
    pub r13: c_ulong,
    pub r14: c_ulong,
    pub r15: c_ulong,
    pub rdi: c_ulong,
    pub rsi: c_ulong,
    pub rbp: c_ulong,
    pub rbx: c_ulong,
    pub rdx: c_ulong,
    pub rax: c_ulong,
    pub rcx: c_ulong,
    pub rsp: c_ulong,
    pub rip: c_ulong,
    pub eflags: c_ulong,
    pub cs: c_ushort,
    pub gs: c_ushort,
    pub fs: c_ushort,
    __pad0: c_ushort,
    pub err: c_ulong,
    pub trapno: c_ulong,
    pub oldmask: c_ulong,
    pub cr2: c_ulong,
    pub fpstate: *mut _libc_fpstate,
    __reserved1: [c_ulong; 8],
}

/// The `_GNU_SOURCE`/`_BSD_SOURCE` view of `mcontext_t` (otherwise it is
/// `unsigned long __space[32]`, the same size).
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct mcontext_t {
    pub gregs: gregset_t,
    pub fpregs: fpregset_t,
    __reserved1: [c_ulonglong; 8],
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct ucontext_t {
    pub uc_flags: c_ulong,
    pub uc_link: *mut ucontext_t,
    pub uc_stack: stack_t,
    pub uc_mcontext: mcontext_t,
    pub uc_sigmask: sigset_t,
    __fpregs_mem: [c_ulong; 64],
}

// <bits/reg.h>: the indices of `struct user_regs_struct`, in `long`s.
pub const R15: c_int = 0;
pub const R14: c_int = 1;
pub const R13: c_int = 2;
pub const R12: c_int = 3;
pub const RBP: c_int = 4;
pub const RBX: c_int = 5;
pub const R11: c_int = 6;
pub const R10: c_int = 7;
pub const R9: c_int = 8;
pub const R8: c_int = 9;
pub const RAX: c_int = 10;
pub const RCX: c_int = 11;
pub const RDX: c_int = 12;
pub const RSI: c_int = 13;
pub const RDI: c_int = 14;
pub const ORIG_RAX: c_int = 15;
pub const RIP: c_int = 16;
pub const CS: c_int = 17;
pub const EFLAGS: c_int = 18;
pub const RSP: c_int = 19;
pub const SS: c_int = 20;
pub const FS_BASE: c_int = 21;
pub const GS_BASE: c_int = 22;
pub const DS: c_int = 23;
pub const ES: c_int = 24;
pub const FS: c_int = 25;
pub const GS: c_int = 26;

// <bits/user.h>
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct user_fpregs_struct {
    pub cwd: u16,
    pub swd: u16,
    pub ftw: u16,
    pub fop: u16,
    pub rip: u64,
    pub rdp: u64,
    pub mxcsr: u32,
    pub mxcr_mask: u32,
    pub st_space: [u32; 32],
    pub xmm_space: [u32; 64],
    padding: [u32; 24],
}

pub type elf_fpregset_t = user_fpregs_struct;

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
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

/// An `int` in C; a `usize` here so that it can size `elf_gregset_t`.
pub const ELF_NGREG: usize = 27;
pub type elf_greg_t = c_ulonglong;
pub type elf_gregset_t = [elf_greg_t; ELF_NGREG];

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
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
    reserved: c_int,
    pub u_ar0: *mut user_regs_struct,
    pub u_fpstate: *mut user_fpregs_struct,
    pub magic: c_ulong,
    pub u_comm: [c_char; 32],
    pub u_debugreg: [c_ulong; 8],
}

// <bits/ptrace.h>
pub const PTRACE_GET_THREAD_AREA: c_int = 25;
pub const PTRACE_SET_THREAD_AREA: c_int = 26;
pub const PTRACE_ARCH_PRCTL: c_int = 30;
pub const PTRACE_SYSEMU: c_int = 31;
pub const PTRACE_SYSEMU_SINGLESTEP: c_int = 32;
pub const PTRACE_SINGLEBLOCK: c_int = 33;
pub const PT_GET_THREAD_AREA: c_int = PTRACE_GET_THREAD_AREA;
pub const PT_SET_THREAD_AREA: c_int = PTRACE_SET_THREAD_AREA;
pub const PT_ARCH_PRCTL: c_int = PTRACE_ARCH_PRCTL;
pub const PT_SYSEMU: c_int = PTRACE_SYSEMU;
pub const PT_SYSEMU_SINGLESTEP: c_int = PTRACE_SYSEMU_SINGLESTEP;
pub const PT_STEPBLOCK: c_int = PTRACE_SINGLEBLOCK;

// <bits/fenv.h>
pub const FE_INVALID: c_int = 1;
pub const FE_DIVBYZERO: c_int = 4;
pub const FE_OVERFLOW: c_int = 8;
pub const FE_UNDERFLOW: c_int = 16;
pub const FE_INEXACT: c_int = 32;
pub const FE_ALL_EXCEPT: c_int = 63;
pub const FE_TONEAREST: c_int = 0;
pub const FE_DOWNWARD: c_int = 0x400;
pub const FE_UPWARD: c_int = 0x800;
pub const FE_TOWARDZERO: c_int = 0xc00;

pub type fexcept_t = c_ushort;

/// The x87 environment (`fnstenv`) plus `mxcsr`. All members are private
/// in C; `__opcode` holds the bit-fields `__opcode:11` and `__unused4:5`,
/// which share the `unsigned int` that `__cs_selector` begins.
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct fenv_t {
    __control_word: c_ushort,
    __unused1: c_ushort,
    __status_word: c_ushort,
    __unused2: c_ushort,
    __tags: c_ushort,
    __unused3: c_ushort,
    __eip: c_uint,
    __cs_selector: c_ushort,
    __opcode: c_ushort,
    __data_offset: c_uint,
    __data_selector: c_ushort,
    __unused5: c_ushort,
    __mxcsr: c_uint,
}
