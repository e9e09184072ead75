// `<signal.h>`: glibc's `pthread_sigqueue` and `tgkill` (glibc
// `signal/signal.h`, `bits/signal_ext.h`).

extern "C" {
    pub fn pthread_sigqueue(thread: pthread_t, sig: c_int, value: sigval) -> c_int;
    pub fn tgkill(tgid: pid_t, tid: pid_t, sig: c_int) -> c_int;
}
