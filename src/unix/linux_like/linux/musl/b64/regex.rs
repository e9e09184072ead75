// `<regex.h>`: `typedef _Addr regoff_t;`, where `_Addr` is `long` on every
// 64-bit architecture and `int` where pointers are 4 bytes (wasm32-wali,
// whose `long` is 8 bytes and so cannot be `_Addr`; musl `include/regex.h`).

/// `regex_t` (`struct re_pattern_buffer`): only `re_nsub` is meant to be
/// read, and the published crate keeps even that private.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct regex_t {
    re_nsub: size_t,
    __opaque: *mut c_void,
    __padding: crate::Padding<[*mut c_void; 4]>,
    __nsub2: size_t,
    __padding2: c_char,
}

#[cfg(target_env = "musl")]
#[cfg(target_pointer_width = "64")]
pub type regoff_t = crate::c_long;
#[cfg(target_env = "musl")]
#[cfg(target_pointer_width = "32")]
pub type regoff_t = crate::c_int;
