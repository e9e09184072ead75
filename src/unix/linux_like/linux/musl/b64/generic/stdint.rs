//! `<bits/stdint.h>`: the fast integer types, the same in every supported
//! native architecture's header.

pub type int_fast16_t = i32;
pub type int_fast32_t = i32;
pub type uint_fast16_t = u32;
pub type uint_fast32_t = u32;

pub const INT_FAST16_MIN: int_fast16_t = i32::MIN;
pub const INT_FAST32_MIN: int_fast32_t = i32::MIN;
pub const INT_FAST16_MAX: int_fast16_t = i32::MAX;
pub const INT_FAST32_MAX: int_fast32_t = i32::MAX;
pub const UINT_FAST16_MAX: uint_fast16_t = u32::MAX;
pub const UINT_FAST32_MAX: uint_fast32_t = u32::MAX;
