// `<getopt.h>`: `struct option` and the GNU `getopt_long` family (musl
// `include/getopt.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct option {
    pub name: *const c_char,
    pub has_arg: c_int,
    pub flag: *mut c_int,
    pub val: c_int,
}

extern "C" {
    pub fn getopt_long(
        argc: c_int,
        argv: *const *mut c_char,
        optstring: *const c_char,
        longopts: *const option,
        idx: *mut c_int,
    ) -> c_int;
}

extern "C" {
    pub fn getopt_long_only(
        argc: c_int,
        argv: *const *mut c_char,
        optstring: *const c_char,
        longopts: *const option,
        idx: *mut c_int,
    ) -> c_int;
}
