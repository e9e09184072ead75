// `<utmpx.h>`: glibc's `struct utmpx` is the architecture's (its
// `ut_session` and `ut_tv` are 32-bit where the architecture keeps 32-bit
// compatibility), in its file.
