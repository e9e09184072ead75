// `<stdlib.h>`: musl's large-file `mkstemp64` and friends, macros only
// since musl 1.2.4, as wrappers that call the functions musl has (musl
// `include/stdlib.h`).

/// `mkstemp64`: musl 1.2.4+ has only `mkstemp`.
pub unsafe extern "C" fn mkstemp64(template: *mut c_char) -> c_int {
    mkstemp(template)
}

/// `mkostemp64`: musl 1.2.4+ has only `mkostemp`.
pub unsafe extern "C" fn mkostemp64(template: *mut c_char, flags: c_int) -> c_int {
    mkostemp(template, flags)
}

/// `mkstemps64`: musl 1.2.4+ has only `mkstemps`.
pub unsafe extern "C" fn mkstemps64(template: *mut c_char, len: c_int) -> c_int {
    mkstemps(template, len)
}

/// `mkostemps64`: musl 1.2.4+ has only `mkostemps`.
pub unsafe extern "C" fn mkostemps64(template: *mut c_char, len: c_int, flags: c_int) -> c_int {
    mkostemps(template, len, flags)
}
