// `<bits/resource.h>`: mips64 renumbers five resource limits (musl
// `arch/mips64/bits/resource.h`).

pub const RLIMIT_NOFILE: c_int = 5;
pub const RLIMIT_AS: c_int = 6;
pub const RLIMIT_RSS: c_int = 7;
pub const RLIMIT_NPROC: c_int = 8;
pub const RLIMIT_MEMLOCK: c_int = 9;
