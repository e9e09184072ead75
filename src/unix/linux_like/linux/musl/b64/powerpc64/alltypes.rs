// `<bits/alltypes.h>`: powerpc64's `max_align_t`, and its unsigned `char` (musl
// `arch/powerpc64/bits/alltypes.h.in`).

/// C's plain `char` is unsigned here (the 64-bit PowerPC ELF ABI).
pub type c_char = u8;

/// `typedef struct { long long __ll; long double __ld; } max_align_t;`:
/// 16 bytes, aligned to 8, since musl's `long double` is `double` here.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct max_align_t {
    priv_: [u64; 2],
}
