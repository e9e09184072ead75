// `<sys/wait.h>`: the Linux wait options and `wait3`/`wait4` (musl
// `include/sys/wait.h`).

extern "C" {
    pub fn wait4(pid: pid_t, status: *mut c_int, options: c_int, ru: *mut rusage) -> pid_t;
}

extern "C" {
    pub fn wait3(status: *mut c_int, options: c_int, usage: *mut rusage) -> pid_t;
}
