// `<semaphore.h>`: glibc's `sem_t`, `union { char __size[32]; long
// __align; }` (glibc `bits/semaphore.h`).

#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sem_t {
    __size: [c_char; 32],
}
