// `<bits/errno.h>`: `EDEADLOCK` is its own number here, not `EDEADLK` (musl
// `arch/powerpc64/bits/errno.h`).

pub const EDEADLOCK: c_int = 58;
