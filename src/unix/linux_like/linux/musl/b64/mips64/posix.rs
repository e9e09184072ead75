// `<bits/posix.h>`: the `_LP64_OFFBIG` spellings instead of `_LP64_OFF64` (musl
// `arch/mips64/bits/posix.h`).

pub const _POSIX_V6_LP64_OFFBIG: c_int = 1;
pub const _POSIX_V7_LP64_OFFBIG: c_int = 1;
