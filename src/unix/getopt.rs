// `<unistd.h>`'s POSIX `getopt` and its globals, also declared by `<getopt.h>`
// (musl `include/unistd.h`, `include/getopt.h`).

extern "C" {
    pub fn getopt(argc: c_int, argv: *const *mut c_char, optstring: *const c_char) -> c_int;
}
