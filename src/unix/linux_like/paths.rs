//! `<paths.h>`: the standard paths the published crate offers (musl
//! `include/paths.h`).

use crate::c_char;

pub const _PATH_DEFPATH: *const c_char = c"/usr/local/bin:/bin:/usr/bin".as_ptr();
pub const _PATH_BSHELL: *const c_char = c"/bin/sh".as_ptr();
