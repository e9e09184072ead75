//! `<bits/resource.h>`: the resource limits mips64 renumbers (musl
//! `include/sys/resource.h`; `arch/mips64/bits/resource.h` overrides).

use crate::c_int;

pub const RLIMIT_RSS: c_int = 5;
pub const RLIMIT_NPROC: c_int = 6;
pub const RLIMIT_NOFILE: c_int = 7;
pub const RLIMIT_MEMLOCK: c_int = 8;
pub const RLIMIT_AS: c_int = 9;
