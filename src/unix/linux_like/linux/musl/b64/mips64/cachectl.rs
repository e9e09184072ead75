// `<sys/cachectl.h>`: the MIPS cache-control calls and their cache
// selectors (musl `include/sys/cachectl.h`; musl defines the functions
// only where the kernel has `SYS_cacheflush`/`SYS_cachectl`, as on mips64).

pub const ICACHE: c_int = 1 << 0;
pub const DCACHE: c_int = 1 << 1;
pub const BCACHE: c_int = ICACHE | DCACHE;
pub const CACHEABLE: c_int = 0;
pub const UNCACHEABLE: c_int = 1;

extern "C" {
    pub fn cachectl(addr: *mut c_void, len: c_int, op: c_int) -> c_int;
    pub fn cacheflush(addr: *mut c_void, len: c_int, op: c_int) -> c_int;
    pub fn _flush_cache(addr: *mut c_void, len: c_int, op: c_int) -> c_int;
}
