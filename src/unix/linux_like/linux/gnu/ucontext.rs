// `<ucontext.h>`: glibc's user contexts (glibc `stdlib/ucontext.h`; musl has
// no such functions).

// aarch64's `mcontext_t` keeps its 16-byte-aligned register area as `u128`s,
// which older Rust (1.63 among them) calls not FFI-safe; the functions take only
// pointers to it, and the ABI check compares its layout with glibc's.
#[allow(improper_ctypes)]
extern "C" {
    pub fn getcontext(ucp: *mut ucontext_t) -> c_int;
    pub fn setcontext(ucp: *const ucontext_t) -> c_int;
    pub fn makecontext(ucp: *mut ucontext_t, func: extern "C" fn(), argc: c_int, ...);
    pub fn swapcontext(oucp: *mut ucontext_t, ucp: *const ucontext_t) -> c_int;
}
