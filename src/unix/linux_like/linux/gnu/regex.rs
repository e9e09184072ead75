// `<regex.h>`: glibc's `regoff_t` is `int`, so `regmatch_t` is 8 bytes
// (glibc `posix/regex.h`).

pub type regoff_t = c_int;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct regmatch_t {
    pub rm_so: regoff_t,
    pub rm_eo: regoff_t,
}
