// `<sys/auxv.h>`: `getauxval` (musl `include/sys/auxv.h`).

extern "C" {
    pub fn getauxval(item: c_ulong) -> c_ulong;
}
