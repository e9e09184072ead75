//! `<bits/fenv.h>`: the floating-point environment of an architecture without
//! exception flags or rounding modes (musl `arch/generic/bits/fenv.h`); every
//! native architecture has its own, wasm32-wali takes this one.

use crate::{c_int, c_ulong};

#[cfg(target_env = "musl")]
pub const FE_ALL_EXCEPT: c_int = 0;
pub const FE_TONEAREST: c_int = 0;

pub type fexcept_t = c_ulong;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fenv_t {
    __cw: c_ulong,
}
