//! `<bits/alltypes.h>`: `wchar_t` (`int`) as most architectures' `alltypes.h.in`
//! give it (aarch64's is unsigned), and `max_align_t` wherever `long double`
//! is 16 bytes aligned to 16 (x87's on x86_64, IEEE quad elsewhere; powerpc64
//! and s390x have their own); and `char`, signed as the x86_64, mips64,
//! loongarch64 and wasm32 C ABIs have it (aarch64, powerpc64, riscv64 and
//! s390x make it unsigned, and say so in their own file). musl's `CHAR_MIN`
//! follows the compiler's choice; Rust's `core::ffi::c_char` is the same type.

/// C's plain `char`.
pub type c_char = i8;
pub type wchar_t = i32;

/// `typedef struct { long long __ll; long double __ld; } max_align_t;`: 32
/// bytes, aligned to 16.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct max_align_t {
    priv_: [u64; 4],
}
