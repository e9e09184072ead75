// `<sys/time.h>`: `gettimeofday`, whose second parameter glibc declares
// `void *` and the published crate types `*mut timezone` here (the same
// pointer; a `&mut timezone` converts to it).

extern "C" {
    pub fn gettimeofday(tv: *mut timeval, tz: *mut timezone) -> c_int;
}
