//! `<bits/resource.h>`: the resource limits mips64 renumbers (musl
//! `include/sys/resource.h`; `arch/mips64/bits/resource.h` overrides).

use crate::__rlimit_resource_t;

pub const RLIMIT_RSS: __rlimit_resource_t = 5;
pub const RLIMIT_NPROC: __rlimit_resource_t = 6;
pub const RLIMIT_NOFILE: __rlimit_resource_t = 7;
pub const RLIMIT_MEMLOCK: __rlimit_resource_t = 8;
pub const RLIMIT_AS: __rlimit_resource_t = 9;
