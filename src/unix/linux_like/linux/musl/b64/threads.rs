// `<threads.h>`: `mtx_t` and `cnd_t`, unions of `int` arrays with pointer
// arrays sized by `sizeof(long)` (musl `include/alltypes.h.in`).

/// `mtx_t`: a union of `int __i[10]` with pointers, 40 bytes.
#[repr(C)]
#[cfg_attr(target_pointer_width = "64", repr(align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(align(4)))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct mtx_t {
    __i: [c_int; 10],
}

/// `cnd_t`: a union of `int __i[12]` with pointers, 48 bytes.
#[repr(C)]
#[cfg_attr(target_pointer_width = "64", repr(align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(align(4)))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct cnd_t {
    __i: [c_int; 12],
}
