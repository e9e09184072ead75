//! `<bits/alltypes.h>`: `wchar_t` (`int`) as most architectures' `alltypes.h.in`
//! give it (aarch64's is unsigned), and `max_align_t` wherever `long double`
//! is 16 bytes aligned to 16 (x87's on x86_64, IEEE quad elsewhere; powerpc64
//! and s390x have their own).

pub type wchar_t = i32;

/// `typedef struct { long long __ll; long double __ld; } max_align_t;`: 32
/// bytes, aligned to 16.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct max_align_t {
    priv_: [u64; 4],
}
