// `<pthread.h>`: glibc's opaque thread object types, unions of a `char`
// array of the architecture's `__SIZEOF_PTHREAD_*_T` with an aligning
// member (`long`, `int`, or `long long` for `pthread_cond_t`), and their
// default static initializers, all zero bytes, glibc's `_NP` mutex
// initializers and its non-portable thread functions (glibc
// `bits/pthreadtypes.h`, `bits/pthreadtypes-arch.h`, `pthread.h`).

pub type pthread_t = c_ulong;

#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_attr_t {
    __size: [u8; __SIZEOF_PTHREAD_ATTR_T],
}

#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_mutex_t {
    size: [u8; __SIZEOF_PTHREAD_MUTEX_T],
}

#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_cond_t {
    size: [u8; __SIZEOF_PTHREAD_COND_T],
}

#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_rwlock_t {
    size: [u8; __SIZEOF_PTHREAD_RWLOCK_T],
}

#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_barrier_t {
    size: [u8; __SIZEOF_PTHREAD_BARRIER_T],
}

#[repr(C, align(4))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_mutexattr_t {
    size: [u8; __SIZEOF_PTHREAD_MUTEXATTR_T],
}

#[repr(C, align(4))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_condattr_t {
    size: [u8; __SIZEOF_PTHREAD_CONDATTR_T],
}

#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_rwlockattr_t {
    size: [u8; __SIZEOF_PTHREAD_RWLOCKATTR_T],
}

#[repr(C, align(4))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_barrierattr_t {
    size: [u8; __SIZEOF_PTHREAD_BARRIERATTR_T],
}

pub const __SIZEOF_PTHREAD_COND_T: usize = 48;
pub const __SIZEOF_PTHREAD_RWLOCK_T: usize = 56;
pub const __SIZEOF_PTHREAD_BARRIER_T: usize = 32;
pub const __SIZEOF_PTHREAD_RWLOCKATTR_T: usize = 8;

pub const PTHREAD_MUTEX_INITIALIZER: pthread_mutex_t = pthread_mutex_t {
    size: [0; __SIZEOF_PTHREAD_MUTEX_T],
};
pub const PTHREAD_COND_INITIALIZER: pthread_cond_t = pthread_cond_t {
    size: [0; __SIZEOF_PTHREAD_COND_T],
};
pub const PTHREAD_RWLOCK_INITIALIZER: pthread_rwlock_t = pthread_rwlock_t {
    size: [0; __SIZEOF_PTHREAD_RWLOCK_T],
};

// glibc's non-portable mutex kind and the static initializers of a mutex
// of each `_NP` kind: all zero but `__kind`, the fifth `int` of `struct
// __pthread_mutex_s` on both architectures (glibc `__PTHREAD_MUTEX_INITIALIZER`
// in `bits/struct_mutex.h`).
pub const PTHREAD_MUTEX_ADAPTIVE_NP: c_int = 3;

#[inline]
const fn __mutex_initializer_np(kind: c_int) -> pthread_mutex_t {
    let mut size = [0; __SIZEOF_PTHREAD_MUTEX_T];
    let bytes = kind.to_ne_bytes();
    let mut i = 0;
    while i < bytes.len() {
        size[16 + i] = bytes[i];
        i += 1;
    }
    pthread_mutex_t { size }
}

pub const PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP: pthread_mutex_t =
    __mutex_initializer_np(PTHREAD_MUTEX_RECURSIVE);
pub const PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP: pthread_mutex_t =
    __mutex_initializer_np(PTHREAD_MUTEX_ERRORCHECK);
pub const PTHREAD_ADAPTIVE_MUTEX_INITIALIZER_NP: pthread_mutex_t =
    __mutex_initializer_np(PTHREAD_MUTEX_ADAPTIVE_NP);

extern "C" {
    pub fn pthread_attr_getaffinity_np(
        attr: *const pthread_attr_t,
        cpusetsize: size_t,
        cpuset: *mut cpu_set_t,
    ) -> c_int;
    pub fn pthread_attr_setaffinity_np(
        attr: *mut pthread_attr_t,
        cpusetsize: size_t,
        cpuset: *const cpu_set_t,
    ) -> c_int;
    pub fn pthread_rwlockattr_getkind_np(
        attr: *const pthread_rwlockattr_t,
        pref: *mut c_int,
    ) -> c_int;
    pub fn pthread_rwlockattr_setkind_np(attr: *mut pthread_rwlockattr_t, pref: c_int) -> c_int;
    pub fn pthread_gettid_np(thread: pthread_t) -> pid_t;
}
