// `<semaphore.h>`: `sem_t`, `volatile int __val[4*sizeof(long)/sizeof(int)]`
// (musl `include/semaphore.h`).

#[cfg(target_env = "musl")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sem_t {
    __val: [c_int; 8],
}
