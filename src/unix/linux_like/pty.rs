// `<pty.h>`: `openpty` and `forkpty` (musl `include/pty.h`).

extern "C" {
    pub fn openpty(
        pm: *mut c_int,
        ps: *mut c_int,
        name: *mut c_char,
        tio: *const termios,
        ws: *const winsize,
    ) -> c_int;
    pub fn forkpty(
        pm: *mut c_int,
        name: *mut c_char,
        tio: *const termios,
        ws: *const winsize,
    ) -> pid_t;
}
