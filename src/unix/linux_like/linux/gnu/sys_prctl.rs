// `<sys/prctl.h>`: the speculation control states, which glibc takes from
// the kernel's `<linux/prctl.h>` (`(1UL << n)`) and the published crate types
// `c_uint` here. `prctl` is variadic and its arguments are `unsigned long`:
// pass them as `c_ulong` (`PR_SPEC_DISABLE as c_ulong`).

pub const PR_SPEC_NOT_AFFECTED: c_uint = 0;
pub const PR_SPEC_PRCTL: c_uint = 1 << 0;
pub const PR_SPEC_ENABLE: c_uint = 1 << 1;
pub const PR_SPEC_DISABLE: c_uint = 1 << 2;
pub const PR_SPEC_FORCE_DISABLE: c_uint = 1 << 3;
pub const PR_SPEC_DISABLE_NOEXEC: c_uint = 1 << 4;
