//! `<bits/mman.h>`: x86_64's own mapping flag (musl `arch/x86_64/bits/mman.h`).

use crate::c_int;

pub use super::super::generic::mman::*;

pub const MAP_32BIT: c_int = 0x40;
