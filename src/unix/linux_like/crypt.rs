// `<crypt.h>`: `crypt_r` and its `struct crypt_data` (musl `include/crypt.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct crypt_data {
    pub initialized: c_int,
    __buf: [c_char; 256],
}

extern "C" {
    pub fn crypt(key: *const c_char, salt: *const c_char) -> *mut c_char;
    pub fn crypt_r(key: *const c_char, salt: *const c_char, data: *mut crypt_data) -> *mut c_char;
}
