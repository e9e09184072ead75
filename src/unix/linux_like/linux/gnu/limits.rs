// `<limits.h>`: glibc's values (glibc `bits/local_lim.h`,
// `bits/posix1_lim.h`); `PTHREAD_STACK_MIN` is the architecture's.

pub const HOST_NAME_MAX: c_int = 64;
