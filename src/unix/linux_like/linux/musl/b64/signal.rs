//! `<signal.h>`: `sigset_t`, `unsigned long __bits[128/sizeof(long)]` (musl
//! `include/alltypes.h.in`).

use crate::c_ulong;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sigset_t {
    __bits: [c_ulong; 16],
}
