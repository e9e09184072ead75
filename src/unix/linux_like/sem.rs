// `<sys/sem.h>`: `semtimedop` (musl `include/sys/sem.h`).

extern "C" {
    pub fn semtimedop(id: c_int, buf: *mut sembuf, n: size_t, ts: *const timespec) -> c_int;
}
