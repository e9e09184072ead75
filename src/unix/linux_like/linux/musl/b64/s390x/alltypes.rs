// `<bits/alltypes.h>`: s390x's `max_align_t`, and its unsigned `char` (musl
// `arch/s390x/bits/alltypes.h.in`).

/// C's plain `char` is unsigned here (the s390x ELF ABI).
pub type c_char = u8;

/// `typedef struct { long long __ll; long double __ld; } max_align_t;`:
/// 24 bytes, aligned to 8 (the 16-byte IEEE quad `long double` is aligned
/// to 8 on s390x).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct max_align_t {
    priv_: [u64; 3],
}
