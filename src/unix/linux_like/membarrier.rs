// `<sys/membarrier.h>`: musl's `membarrier` function (musl
// `include/sys/membarrier.h`); the `MEMBARRIER_CMD_*` values it repeats are
// the kernel's, in `linux/membarrier.rs`.

extern "C" {
    pub fn membarrier(cmd: c_int, flags: c_int) -> c_int;
}
