//! `<regex.h>`: `typedef _Addr regoff_t;`, where `_Addr` is `long` on every
//! 64-bit architecture and `int` where pointers are 4 bytes (wasm32-wali,
//! whose `long` is 8 bytes and so cannot be `_Addr`; musl `include/regex.h`).

#[cfg(target_pointer_width = "64")]
pub type regoff_t = crate::c_long;
#[cfg(target_pointer_width = "32")]
pub type regoff_t = crate::c_int;
