//! `<bits/errno.h>`: `EDEADLOCK` is its own number here, not `EDEADLK` (musl
//! `arch/powerpc64/bits/errno.h`).

use crate::c_int;

pub use super::super::generic::errno::*;

pub const EDEADLOCK: c_int = 58;
