//! `<bits/alltypes.h>`: aarch64's `wchar_t` is unsigned (musl
//! `arch/aarch64/bits/alltypes.h.in`).

pub use super::super::generic::alltypes::*;

pub type wchar_t = u32;
