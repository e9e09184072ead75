// `<bits/alltypes.h>`: aarch64's `wchar_t` and `char` are unsigned (musl
// `arch/aarch64/bits/alltypes.h.in`).

/// C's plain `char` is unsigned here (the AArch64 procedure call standard).
pub type c_char = u8;

pub type wchar_t = u32;
