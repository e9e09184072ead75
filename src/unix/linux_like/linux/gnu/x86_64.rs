// glibc's x86_64 (glibc `sysdeps/x86/bits/*.h`, `sysdeps/unix/sysv/linux/x86/bits/*.h`,
// `sysdeps/unix/sysv/linux/x86/sys/ucontext.h`).

// `<limits.h>` (glibc's generic `bits/pthread_stack_min.h`).
pub const PTHREAD_STACK_MIN: size_t = 16384;

// `<pthread.h>` (`bits/pthreadtypes-arch.h`).
pub const __SIZEOF_PTHREAD_ATTR_T: usize = 56;
pub const __SIZEOF_PTHREAD_MUTEX_T: usize = 40;
pub const __SIZEOF_PTHREAD_MUTEXATTR_T: usize = 4;
pub const __SIZEOF_PTHREAD_CONDATTR_T: usize = 4;
pub const __SIZEOF_PTHREAD_BARRIERATTR_T: usize = 4;

// `<sys/ptrace.h>`: x86's register requests.
pub const PTRACE_GETREGS: __ptrace_request = 12;
pub const PTRACE_SETREGS: __ptrace_request = 13;
pub const PTRACE_GETFPREGS: __ptrace_request = 14;
pub const PTRACE_SETFPREGS: __ptrace_request = 15;
pub const PTRACE_GETFPXREGS: __ptrace_request = 18;
pub const PTRACE_SETFPXREGS: __ptrace_request = 19;

// `<sys/stat.h>`: `blksize_t` (glibc's `long`, in the published crate's
// spelling), glibc's `struct stat` and `struct stat64` (`bits/struct_stat.h`:
// musl's layout; the nanoseconds spelled `i64` as in the published crate,
// the 64-bit names in `stat64`).
pub type blksize_t = i64;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct stat {
    pub st_dev: dev_t,
    pub st_ino: ino_t,
    pub st_nlink: nlink_t,
    pub st_mode: mode_t,
    pub st_uid: uid_t,
    pub st_gid: gid_t,
    __pad0: crate::Padding<c_int>,
    pub st_rdev: dev_t,
    pub st_size: off_t,
    pub st_blksize: blksize_t,
    pub st_blocks: blkcnt_t,
    pub st_atime: time_t,
    pub st_atime_nsec: i64,
    pub st_mtime: time_t,
    pub st_mtime_nsec: i64,
    pub st_ctime: time_t,
    pub st_ctime_nsec: i64,
    __glibc_reserved: crate::Padding<[i64; 3]>,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct stat64 {
    pub st_dev: dev_t,
    pub st_ino: ino64_t,
    pub st_nlink: nlink_t,
    pub st_mode: mode_t,
    pub st_uid: uid_t,
    pub st_gid: gid_t,
    __pad0: crate::Padding<c_int>,
    pub st_rdev: dev_t,
    pub st_size: off_t,
    pub st_blksize: blksize_t,
    pub st_blocks: blkcnt64_t,
    pub st_atime: time_t,
    pub st_atime_nsec: i64,
    pub st_mtime: time_t,
    pub st_mtime_nsec: i64,
    pub st_ctime: time_t,
    pub st_ctime_nsec: i64,
    __glibc_reserved: crate::Padding<[i64; 3]>,
}

// `<sys/ucontext.h>`: glibc's FPU state and `mcontext_t`, musl's layouts
// under glibc's (and the published crate's) types, with `fpregs` public.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct _libc_fpxreg {
    pub significand: [u16; 4],
    pub exponent: u16,
    __glibc_reserved1: crate::Padding<[u16; 3]>,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct _libc_xmmreg {
    pub element: [u32; 4],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct _libc_fpstate {
    pub cwd: u16,
    pub swd: u16,
    pub ftw: u16,
    pub fop: u16,
    pub rip: u64,
    pub rdp: u64,
    pub mxcsr: u32,
    pub mxcr_mask: u32,
    pub _st: [_libc_fpxreg; 8],
    pub _xmm: [_libc_xmmreg; 16],
    __glibc_reserved1: crate::Padding<[u32; 24]>,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct mcontext_t {
    pub gregs: [greg_t; 23],
    pub fpregs: *mut _libc_fpstate,
    __reserved1: crate::Padding<[c_ulonglong; 8]>,
}

// `<sys/ucontext.h>`: glibc's `ucontext_t` keeps the FPU state in place and
// four words for the shadow stack after it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ucontext_t {
    pub uc_flags: c_ulong,
    pub uc_link: *mut ucontext_t,
    pub uc_stack: stack_t,
    pub uc_mcontext: mcontext_t,
    pub uc_sigmask: sigset_t,
    __fpregs_mem: [c_ulong; 64],
    __ssp: [c_ulonglong; 4],
}

// `<sys/sem.h>`: x86's `struct semid_ds`, with each time's high word.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct semid_ds {
    pub sem_perm: ipc_perm,
    pub sem_otime: time_t,
    __sem_otime_high: crate::Padding<__syscall_ulong_t>,
    pub sem_ctime: time_t,
    __sem_ctime_high: crate::Padding<__syscall_ulong_t>,
    pub sem_nsems: __syscall_ulong_t,
    __glibc_reserved3: crate::Padding<__syscall_ulong_t>,
    __glibc_reserved4: crate::Padding<__syscall_ulong_t>,
}

// `<utmpx.h>`: x86_64 keeps `ut_session` and `ut_tv` 32-bit
// (`__WORDSIZE_TIME64_COMPAT32`), so that i386 programs share the files.
/// `utmpx.ut_session`'s type here.
pub(crate) type __ut_session_t = i32;
/// `utmpx.ut_tv`'s type here.
pub(crate) type __ut_tv_t = __timeval;

// `<termios.h>`: the speed functions at their first symbol version here
// (GLIBC_2.2.5), which take and give the kernel's `B*` encoding that the crate's
// constants have. glibc 2.42 added new default versions that read a
// `speed_t` as a number of baud (`B9600` 0o15 would mean 13 baud), so a
// plain reference would bind those on a glibc 2.42 or later host.
extern "C" {
    #[link_name = "cfgetospeed@GLIBC_2.2.5"]
    pub fn cfgetospeed(tio: *const termios) -> speed_t;
    #[link_name = "cfgetispeed@GLIBC_2.2.5"]
    pub fn cfgetispeed(tio: *const termios) -> speed_t;
    #[link_name = "cfsetospeed@GLIBC_2.2.5"]
    pub fn cfsetospeed(tio: *mut termios, speed: speed_t) -> c_int;
    #[link_name = "cfsetispeed@GLIBC_2.2.5"]
    pub fn cfsetispeed(tio: *mut termios, speed: speed_t) -> c_int;
    #[link_name = "cfsetspeed@GLIBC_2.2.5"]
    pub fn cfsetspeed(tio: *mut termios, speed: speed_t) -> c_int;
}

// `<sys/user.h>`: glibc's x86_64 register and core-dump layouts (glibc
// `sysdeps/unix/sysv/linux/x86/sys/user.h`): musl's, with the 64-bit words
// spelled `unsigned long long`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user_fpregs_struct {
    pub cwd: c_ushort,
    pub swd: c_ushort,
    pub ftw: c_ushort,
    pub fop: c_ushort,
    pub rip: c_ulonglong,
    pub rdp: c_ulonglong,
    pub mxcsr: c_uint,
    pub mxcr_mask: c_uint,
    pub st_space: [c_uint; 32],
    pub xmm_space: [c_uint; 64],
    padding: crate::Padding<[c_uint; 24]>,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user_regs_struct {
    pub r15: c_ulonglong,
    pub r14: c_ulonglong,
    pub r13: c_ulonglong,
    pub r12: c_ulonglong,
    pub rbp: c_ulonglong,
    pub rbx: c_ulonglong,
    pub r11: c_ulonglong,
    pub r10: c_ulonglong,
    pub r9: c_ulonglong,
    pub r8: c_ulonglong,
    pub rax: c_ulonglong,
    pub rcx: c_ulonglong,
    pub rdx: c_ulonglong,
    pub rsi: c_ulonglong,
    pub rdi: c_ulonglong,
    pub orig_rax: c_ulonglong,
    pub rip: c_ulonglong,
    pub cs: c_ulonglong,
    pub eflags: c_ulonglong,
    pub rsp: c_ulonglong,
    pub ss: c_ulonglong,
    pub fs_base: c_ulonglong,
    pub gs_base: c_ulonglong,
    pub ds: c_ulonglong,
    pub es: c_ulonglong,
    pub fs: c_ulonglong,
    pub gs: c_ulonglong,
}

/// `u_ar0` and `u_fpstate` are the pointer members of C's anonymous unions
/// with an `unsigned long long` of the same size.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user {
    pub regs: user_regs_struct,
    pub u_fpvalid: c_int,
    pub i387: user_fpregs_struct,
    pub u_tsize: c_ulonglong,
    pub u_dsize: c_ulonglong,
    pub u_ssize: c_ulonglong,
    pub start_code: c_ulonglong,
    pub start_stack: c_ulonglong,
    pub signal: c_longlong,
    reserved: crate::Padding<c_int>,
    pub u_ar0: *mut user_regs_struct,
    pub u_fpstate: *mut user_fpregs_struct,
    pub magic: c_ulonglong,
    pub u_comm: [c_char; 32],
    pub u_debugreg: [c_ulonglong; 8],
}
