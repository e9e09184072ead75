// `<sched.h>`: glibc's `struct sched_param` has only the priority (glibc
// `bits/types/struct_sched_param.h`), and glibc's `CPU_ALLOC_SIZE` (glibc
// `bits/cpu-set.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sched_param {
    pub sched_priority: c_int,
}

/// `CPU_ALLOC_SIZE(count)` as glibc's `__CPU_ALLOC_SIZE` computes it: `count`
/// converted to `size_t` (the bit count is a `size_t`), rounded up to whole
/// unsigned longs with the sum wrapping as C's unsigned one does, so a
/// negative count gives what glibc's macro gives.
#[inline]
pub unsafe extern "C" fn CPU_ALLOC_SIZE(count: c_int) -> size_t {
    let bits = c_ulong::BITS as size_t;
    (count as size_t).wrapping_add(bits - 1) / bits * core::mem::size_of::<c_ulong>()
}
