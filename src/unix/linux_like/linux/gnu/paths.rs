// `<paths.h>`: glibc's default search path, which is not musl's (glibc
// `paths.h`).

pub const _PATH_DEFPATH: *const c_char = b"/usr/bin:/bin\0".as_ptr() as *const c_char;
