// glibc's aarch64 (glibc `sysdeps/unix/sysv/linux/aarch64/bits/*.h`,
// `sysdeps/aarch64/nptl/bits/*.h`).

// `<limits.h>` (`bits/pthread_stack_min.h`).
pub const PTHREAD_STACK_MIN: size_t = 131072;

// `<pthread.h>` (`bits/pthreadtypes-arch.h`).
pub const __SIZEOF_PTHREAD_ATTR_T: usize = 64;
pub const __SIZEOF_PTHREAD_MUTEX_T: usize = 48;
pub const __SIZEOF_PTHREAD_MUTEXATTR_T: usize = 8;
pub const __SIZEOF_PTHREAD_CONDATTR_T: usize = 8;
pub const __SIZEOF_PTHREAD_BARRIERATTR_T: usize = 8;

// `<sys/stat.h>`: `nlink_t` and `blksize_t` (glibc's `unsigned int` and
// `int`) in the published crate's spelling, and glibc's generic `struct
// stat64` (`bits/struct_stat.h`), a struct of its own in the published
// crate: `struct stat`'s layout (musl's generic definition, which serves
// glibc too), in its spelling, with the 64-bit type names.
pub type nlink_t = u32;
pub type blksize_t = i32;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct stat64 {
    pub st_dev: dev_t,
    pub st_ino: ino_t,
    pub st_mode: mode_t,
    pub st_nlink: nlink_t,
    pub st_uid: uid_t,
    pub st_gid: gid_t,
    pub st_rdev: dev_t,
    __pad: crate::Padding<c_ulong>,
    pub st_size: off64_t,
    pub st_blksize: blksize_t,
    __pad2: crate::Padding<c_int>,
    pub st_blocks: blkcnt64_t,
    pub st_atime: time_t,
    pub st_atime_nsec: c_long,
    pub st_mtime: time_t,
    pub st_mtime_nsec: c_long,
    pub st_ctime: time_t,
    pub st_ctime_nsec: c_long,
    __unused: crate::Padding<[c_uint; 2]>,
}

// `<signal.h>` (`bits/sigstack.h`).
pub const MINSIGSTKSZ: size_t = 5120;
pub const SIGSTKSZ: size_t = 16384;

// `<sys/sem.h>`: glibc's generic `struct semid_ds`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct semid_ds {
    pub sem_perm: ipc_perm,
    pub sem_otime: time_t,
    pub sem_ctime: time_t,
    pub sem_nsems: __syscall_ulong_t,
    __glibc_reserved3: crate::Padding<__syscall_ulong_t>,
    __glibc_reserved4: crate::Padding<__syscall_ulong_t>,
}

// `<utmpx.h>`: `ut_session` is a `long` and `ut_tv` a `struct timeval` here.
pub(crate) type __ut_session_t = c_long;
pub(crate) type __ut_tv_t = timeval;

// `<termios.h>`: the speed functions at their first symbol version here
// (GLIBC_2.17), which take and give the kernel's `B*` encoding that the crate's
// constants have. glibc 2.42 added new default versions that read a
// `speed_t` as a number of baud (`B9600` 0o15 would mean 13 baud), so a
// plain reference would bind those on a glibc 2.42 or later host.
extern "C" {
    #[link_name = "cfgetospeed@GLIBC_2.17"]
    pub fn cfgetospeed(tio: *const termios) -> speed_t;
    #[link_name = "cfgetispeed@GLIBC_2.17"]
    pub fn cfgetispeed(tio: *const termios) -> speed_t;
    #[link_name = "cfsetospeed@GLIBC_2.17"]
    pub fn cfsetospeed(tio: *mut termios, speed: speed_t) -> c_int;
    #[link_name = "cfsetispeed@GLIBC_2.17"]
    pub fn cfsetispeed(tio: *mut termios, speed: speed_t) -> c_int;
    #[link_name = "cfsetspeed@GLIBC_2.17"]
    pub fn cfsetspeed(tio: *mut termios, speed: speed_t) -> c_int;
}

// `<sys/ucontext.h>`, `<sys/user.h>`: `mcontext_t` and `user_fpsimd_struct`
// are musl's definitions, which serve glibc too.

// `<sys/sysctl.h>` (glibc 2.31 and older): `sysctl`, at its one symbol
// version here (GLIBC_2.17). glibc 2.32 removed the header and keeps the
// symbol for old binaries only, with no default version, so a plain
// reference links on no newer glibc; Linux 5.5 removed the system call, and
// a current glibc's `sysctl` fails with ENOSYS. The parameters are the
// members of the kernel's `struct __sysctl_args` (`<linux/sysctl.h>`).
extern "C" {
    #[link_name = "sysctl@GLIBC_2.17"]
    pub fn sysctl(
        name: *mut c_int,
        nlen: c_int,
        oldval: *mut c_void,
        oldlenp: *mut size_t,
        newval: *mut c_void,
        newlen: size_t,
    ) -> c_int;
}
