// `<pthread.h>`: the opaque thread object types, unions of `int` arrays
// with `long` or pointer arrays sized by `sizeof(long)==8`, and their static
// initializers (musl `include/alltypes.h.in`, `include/pthread.h`).

// These sizes are not musl macros; they are `sizeof` of musl's types, under
// the names the published crate gives them.
pub const __SIZEOF_PTHREAD_MUTEX_T: usize = 40;
pub const __SIZEOF_PTHREAD_COND_T: usize = 48;
pub const __SIZEOF_PTHREAD_RWLOCK_T: usize = 56;
pub const __SIZEOF_PTHREAD_BARRIER_T: usize = 32;
pub const __SIZEOF_PTHREAD_MUTEXATTR_T: usize = 4;
pub const __SIZEOF_PTHREAD_CONDATTR_T: usize = 4;
pub const __SIZEOF_PTHREAD_RWLOCKATTR_T: usize = 8;
pub const __SIZEOF_PTHREAD_BARRIERATTR_T: usize = 4;

/// `union { int __i[14]; volatile int __vi[14]; unsigned long __s[7]; }`:
/// 56 bytes, aligned as `long`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_attr_t {
    __s: [c_ulong; 7],
}

/// `union { int __i[10]; volatile int __vi[10]; volatile void *volatile
/// __p[5]; }`: 40 bytes, aligned as a pointer.
#[repr(C)]
#[cfg_attr(target_pointer_width = "64", repr(align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(align(4)))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_mutex_t {
    size: [u8; __SIZEOF_PTHREAD_MUTEX_T],
}

/// `union { int __i[12]; volatile int __vi[12]; void *__p[12 *
/// sizeof(int) / sizeof(void *)]; }`: 48 bytes, aligned as a pointer.
#[repr(C)]
#[cfg_attr(target_pointer_width = "64", repr(align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(align(4)))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_cond_t {
    size: [u8; __SIZEOF_PTHREAD_COND_T],
}

/// `union { int __i[14]; volatile int __vi[14]; void *__p[7]; }`: 56 bytes,
/// aligned as a pointer.
#[repr(C)]
#[cfg_attr(target_pointer_width = "64", repr(align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(align(4)))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_rwlock_t {
    size: [u8; __SIZEOF_PTHREAD_RWLOCK_T],
}

/// `union { int __i[8]; volatile int __vi[8]; void *__p[4]; }`: 32 bytes,
/// aligned as a pointer.
#[repr(C)]
#[cfg_attr(target_pointer_width = "64", repr(align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(align(4)))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_barrier_t {
    size: [u8; __SIZEOF_PTHREAD_BARRIER_T],
}

#[repr(C, align(4))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_mutexattr_t {
    __attr: c_uint,
}

#[repr(C, align(4))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_condattr_t {
    __attr: c_uint,
}

#[repr(C, align(4))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_rwlockattr_t {
    __attr: [c_uint; 2],
}

#[repr(C, align(4))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pthread_barrierattr_t {
    __attr: c_uint,
}

// `{{{0}}}` in <pthread.h>.
pub const PTHREAD_MUTEX_INITIALIZER: pthread_mutex_t = pthread_mutex_t {
    size: [0; __SIZEOF_PTHREAD_MUTEX_T],
};
pub const PTHREAD_COND_INITIALIZER: pthread_cond_t = pthread_cond_t {
    size: [0; __SIZEOF_PTHREAD_COND_T],
};
pub const PTHREAD_RWLOCK_INITIALIZER: pthread_rwlock_t = pthread_rwlock_t {
    size: [0; __SIZEOF_PTHREAD_RWLOCK_T],
};
