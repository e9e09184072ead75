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
