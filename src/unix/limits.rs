// `<limits.h>`: the C integer limits and the POSIX limits musl fixes
// (musl `include/limits.h`).

pub const INT_MIN: c_int = 0x80000000_u32 as c_int;
pub const INT_MAX: c_int = 0x7fffffff;
pub const PIPE_BUF: usize = 4096;
pub const NAME_MAX: c_int = 255;
pub const PATH_MAX: c_int = 4096;
#[cfg(target_env = "musl")]
pub const HOST_NAME_MAX: c_int = 255;
#[cfg(target_env = "musl")]
pub const PTHREAD_STACK_MIN: size_t = 2048;

// The C integer types' limits, in the types C gives them.
pub const CHAR_BIT: c_int = 8;
/// Follows `char`'s signedness, which differs between architectures.
pub const CHAR_MIN: c_int = c_char::MIN as c_int;
pub const CHAR_MAX: c_int = c_char::MAX as c_int;
pub const SCHAR_MIN: c_int = -128;
pub const SCHAR_MAX: c_int = 127;
pub const UCHAR_MAX: c_int = 255;
pub const SHRT_MIN: c_int = -1 - 0x7fff;
pub const SHRT_MAX: c_int = 0x7fff;
pub const USHRT_MAX: c_int = 0xffff;
pub const UINT_MAX: c_uint = 0xffffffff;
pub const LONG_MIN: c_long = -LONG_MAX - 1;
pub const LONG_MAX: c_long = c_long::MAX;
pub const ULONG_MAX: c_ulong = 2 * LONG_MAX as c_ulong + 1;
pub const LLONG_MIN: c_longlong = -LLONG_MAX - 1;
pub const LLONG_MAX: c_longlong = 0x7fffffffffffffff;
pub const ULLONG_MAX: c_ulonglong = 2 * LLONG_MAX as c_ulonglong + 1;
#[cfg(target_env = "musl")]
pub const MB_LEN_MAX: c_int = 4;
/// musl's `LONG_MAX`, even where `ssize_t` is narrower than `long`.
pub const SSIZE_MAX: c_long = LONG_MAX;
pub const LONG_BIT: c_int = c_long::BITS as c_int;
pub const WORD_BIT: c_int = 32;

// The POSIX limits musl fixes.
#[cfg(target_env = "musl")]
pub const FILESIZEBITS: c_int = 64;
#[cfg(target_env = "musl")]
pub const NGROUPS_MAX: c_int = 32;
pub const ARG_MAX: c_int = 131072;
pub const IOV_MAX: c_int = 1024;
#[cfg(target_env = "musl")]
pub const SYMLOOP_MAX: c_int = 40;
#[cfg(target_env = "musl")]
pub const TZNAME_MAX: c_int = 6;
pub const TTY_NAME_MAX: c_int = 32;
#[cfg(target_env = "musl")]
pub const PTHREAD_KEYS_MAX: c_int = 128;
pub const PTHREAD_DESTRUCTOR_ITERATIONS: c_int = 4;
pub const SEM_VALUE_MAX: c_int = 0x7fffffff;
#[cfg(target_env = "musl")]
pub const SEM_NSEMS_MAX: c_int = 256;
pub const DELAYTIMER_MAX: c_int = 0x7fffffff;
pub const MQ_PRIO_MAX: c_int = 32768;
pub const LOGIN_NAME_MAX: c_int = 256;
pub const BC_BASE_MAX: c_int = 99;
pub const BC_DIM_MAX: c_int = 2048;
pub const BC_SCALE_MAX: c_int = 99;
pub const BC_STRING_MAX: c_int = 1000;
#[cfg(target_env = "musl")]
pub const CHARCLASS_NAME_MAX: c_int = 14;
#[cfg(target_env = "musl")]
pub const COLL_WEIGHTS_MAX: c_int = 2;
pub const EXPR_NEST_MAX: c_int = 32;
#[cfg(target_env = "musl")]
pub const LINE_MAX: c_int = 4096;
#[cfg(target_env = "musl")]
pub const RE_DUP_MAX: c_int = 255;
#[cfg(target_env = "musl")]
pub const NL_ARGMAX: c_int = 9;
#[cfg(target_env = "musl")]
pub const NL_MSGMAX: c_int = 32767;
#[cfg(target_env = "musl")]
pub const NL_SETMAX: c_int = 255;
#[cfg(target_env = "musl")]
pub const NL_TEXTMAX: c_int = 2048;
pub const NZERO: c_int = 20;
#[cfg(target_env = "musl")]
pub const NL_LANGMAX: c_int = 32;
#[cfg(target_env = "musl")]
pub const NL_NMAX: c_int = 16;
