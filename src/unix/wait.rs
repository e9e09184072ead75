// `<sys/wait.h>`: the `wait*` options, `idtype_t`, the status macros as
// `const fn`s, and the POSIX wait functions (musl `include/sys/wait.h`).

pub type idtype_t = c_uint;

// The status macros of <sys/wait.h>.
#[inline]
pub const extern "C" fn WIFEXITED(status: c_int) -> bool {
    WTERMSIG(status) == 0
}

#[inline]
pub const extern "C" fn WEXITSTATUS(status: c_int) -> c_int {
    (status & 0xff00) >> 8
}

#[cfg(target_env = "musl")]
#[inline]
pub const extern "C" fn WIFSIGNALED(status: c_int) -> bool {
    ((status & 0xffff) as u32).wrapping_sub(1) < 0xff
}

#[inline]
pub const extern "C" fn WTERMSIG(status: c_int) -> c_int {
    status & 0x7f
}

#[cfg(target_env = "musl")]
#[inline]
pub const extern "C" fn WIFSTOPPED(status: c_int) -> bool {
    ((((status & 0xffff) as u32).wrapping_mul(0x10001) >> 8) as i16) > 0x7f00
}

#[inline]
pub const extern "C" fn WSTOPSIG(status: c_int) -> c_int {
    WEXITSTATUS(status)
}

#[inline]
pub const extern "C" fn WIFCONTINUED(status: c_int) -> bool {
    status == 0xffff
}

#[inline]
pub const extern "C" fn WCOREDUMP(status: c_int) -> bool {
    status & 0x80 != 0
}

#[inline]
pub const extern "C" fn W_EXITCODE(ret: c_int, sig: c_int) -> c_int {
    (ret << 8) | sig
}

#[inline]
pub const extern "C" fn W_STOPCODE(sig: c_int) -> c_int {
    (sig << 8) | 0x7f
}

pub const WSTOPPED: c_int = 2;
pub const WEXITED: c_int = 4;
pub const WCONTINUED: c_int = 8;
pub const WNOWAIT: c_int = 0x1000000;
pub const __WNOTHREAD: c_int = 0x20000000;
pub const __WALL: c_int = 0x40000000;
pub const __WCLONE: c_int = 0x80000000_u32 as c_int;
pub const P_ALL: idtype_t = 0;
pub const P_PGID: idtype_t = 2;
pub const P_PID: idtype_t = 1;
pub const P_PIDFD: idtype_t = 3;

extern "C" {
    pub fn wait(status: *mut c_int) -> pid_t;
    pub fn waitpid(pid: pid_t, status: *mut c_int, options: c_int) -> pid_t;
    pub fn waitid(type_: idtype_t, id: id_t, info: *mut siginfo_t, options: c_int) -> c_int;
}

// `<sys/wait.h>`: the Linux wait options and `wait3`/`wait4` (musl
// `include/sys/wait.h`).

extern "C" {
    pub fn wait4(pid: pid_t, status: *mut c_int, options: c_int, ru: *mut rusage) -> pid_t;
}

extern "C" {
    pub fn wait3(status: *mut c_int, options: c_int, usage: *mut rusage) -> pid_t;
}
