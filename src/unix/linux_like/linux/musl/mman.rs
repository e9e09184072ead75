// `<sys/mman.h>`: `mmap64`, a macro only since musl 1.2.4, as a wrapper of
// `mmap` (musl `include/sys/mman.h`).

/// `mmap64`: musl 1.2.4+ has only `mmap`.
pub unsafe extern "C" fn mmap64(
    addr: *mut c_void,
    len: size_t,
    prot: c_int,
    flags: c_int,
    fd: c_int,
    offset: off64_t,
) -> *mut c_void {
    mmap(addr, len, prot, flags, fd, offset)
}
