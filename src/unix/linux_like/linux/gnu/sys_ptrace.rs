// `<sys/ptrace.h>`: glibc's `long ptrace(enum __ptrace_request, ...)`; the
// request numbers have the enum's type, an unsigned int (the crate-private
// `__ptrace_request`, which musl's `<sys/ptrace.h>` file makes an `int`).

pub(crate) type __ptrace_request = c_uint;
