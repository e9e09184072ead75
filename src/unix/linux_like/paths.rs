// `<paths.h>`: the standard paths the published crate offers (musl
// `include/paths.h`).

#[cfg(target_env = "musl")]
pub const _PATH_DEFPATH: *const c_char =
    b"/usr/local/bin:/bin:/usr/bin\0".as_ptr() as *const c_char;
pub const _PATH_BSHELL: *const c_char = b"/bin/sh\0".as_ptr() as *const c_char;
