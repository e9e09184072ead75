// `<signal.h>`: `sighandler_t` (`_GNU_SOURCE`) and the kernel's other name
// for `SIGABRT` (musl `include/signal.h`, `arch/*/bits/signal.h`).

/// C's `sighandler_t` is `void (*)(int)`; the published crate makes it an
/// integer wide enough for `SIG_DFL`, `SIG_IGN`, `SIG_ERR` and a handler's
/// address alike.
pub type sighandler_t = size_t;

pub const SIGIOT: c_int = crate::SIGABRT;

pub const SI_DETHREAD: c_int = -7;
pub const TRAP_PERF: c_int = 6;
pub const SEGV_BNDERR: c_int = 3;
pub const SEGV_PKUERR: c_int = 4;
pub const SEGV_MTEAERR: c_int = 8;
pub const SEGV_MTESERR: c_int = 9;
/// `si_code` of a `SIGSYS` from a seccomp filter, and from syscall user
/// dispatch.
pub const SYS_SECCOMP: c_int = 1;
pub const SYS_USER_DISPATCH: c_int = 2;
pub const SA_UNSUPPORTED: c_int = 0x400;
pub const SA_EXPOSE_TAGBITS: c_int = 0x800;
pub const SA_NOMASK: c_int = crate::SA_NODEFER;
pub const SA_ONESHOT: c_int = crate::SA_RESETHAND;
/// `1U << 31`, as `ss_flags` (an `int`) holds it.
pub const SS_AUTODISARM: c_int = 1 << 31;
pub const SS_FLAG_BITS: c_int = SS_AUTODISARM;

extern "C" {
    pub fn bsd_signal(sig: c_int, handler: sighandler_t) -> sighandler_t;
    pub fn sigandset(dest: *mut sigset_t, left: *const sigset_t, right: *const sigset_t) -> c_int;
    pub fn sigisemptyset(set: *const sigset_t) -> c_int;
    pub fn sigorset(dest: *mut sigset_t, left: *const sigset_t, right: *const sigset_t) -> c_int;
}
