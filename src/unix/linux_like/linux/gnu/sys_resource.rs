// `<sys/resource.h>`: glibc's enum types for `getrlimit`'s resource and
// `getpriority`'s `which` (`enum __rlimit_resource`, `enum __priority_which`,
// unsigned ints; glibc `sys/resource.h`, `bits/resource.h`). The `RLIMIT_*`
// and `PRIO_*` numbers have these types; musl's `<sys/resource.h>` file
// makes both an `int`.

pub type __rlimit_resource_t = c_uint;
pub type __priority_which_t = c_uint;

/// `rlim_t`, glibc's `unsigned long`, in the published crate's spelling.
pub type rlim_t = u64;
