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
// spelling) and glibc's `struct stat64` (`bits/struct_stat.h`), a struct of
// its own in the published crate: `struct stat`'s layout (musl's definition,
// which serves glibc too), in its spelling, with the 64-bit type names.
pub type blksize_t = i64;

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
    __pad0: crate::Padding<c_uint>,
    pub st_rdev: dev_t,
    pub st_size: off_t,
    pub st_blksize: blksize_t,
    pub st_blocks: blkcnt64_t,
    pub st_atime: time_t,
    pub st_atime_nsec: c_long,
    pub st_mtime: time_t,
    pub st_mtime_nsec: c_long,
    pub st_ctime: time_t,
    pub st_ctime_nsec: c_long,
    __unused: crate::Padding<[c_long; 3]>,
}

// `<sys/ucontext.h>`: the FPU state (`_libc_fpstate` and its registers) and
// `mcontext_t` are musl's definitions, which serve glibc too; glibc's
// `ucontext_t` keeps the FPU state in place and four words for the shadow
// stack after it.
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

// `<sys/user.h>`: `user_regs_struct`, `user_fpregs_struct` and `user` are
// musl's definitions, which serve glibc too.

// `<sys/sysctl.h>` (glibc 2.31 and older): `sysctl`, at its one symbol
// version here (GLIBC_2.2.5). glibc 2.32 removed the header and keeps the
// symbol for old binaries only, with no default version, so a plain
// reference links on no newer glibc; Linux 5.5 removed the system call, and
// a current glibc's `sysctl` fails with ENOSYS. The parameters are the
// members of the kernel's `struct __sysctl_args` (`<linux/sysctl.h>`).
extern "C" {
    #[link_name = "sysctl@GLIBC_2.2.5"]
    pub fn sysctl(
        name: *mut c_int,
        nlen: c_int,
        oldval: *mut c_void,
        oldlenp: *mut size_t,
        newval: *mut c_void,
        newlen: size_t,
    ) -> c_int;
}
