// `<sys/swap.h>`: `swapon` and `swapoff` (musl `include/sys/swap.h`).

extern "C" {
    pub fn swapon(path: *const c_char, flags: c_int) -> c_int;
    pub fn swapoff(path: *const c_char) -> c_int;
}
