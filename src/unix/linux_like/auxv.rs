//! `<sys/auxv.h>`: `getauxval` (musl `include/sys/auxv.h`).

use crate::c_ulong;

extern "C" {
    pub fn getauxval(item: c_ulong) -> c_ulong;
}
