// `<malloc.h>`: musl's few GNU allocator functions (musl `include/malloc.h`).

extern "C" {
    pub fn memalign(alloc_alignment: size_t, n: size_t) -> *mut c_void;
    pub fn malloc_usable_size(opt_old_base: *mut c_void) -> size_t;
}
