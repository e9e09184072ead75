// `<sys/random.h>`: `getrandom`, `getentropy` and the `GRND_*` flags (musl
// `include/sys/random.h`).

pub const GRND_NONBLOCK: c_uint = 0x1;
pub const GRND_RANDOM: c_uint = 0x2;
pub const GRND_INSECURE: c_uint = 0x4;

extern "C" {
    pub fn getrandom(buf: *mut c_void, buflen: size_t, flags: c_uint) -> ssize_t;
}
