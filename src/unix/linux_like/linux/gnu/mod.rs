// glibc: what glibc's headers define otherwise than musl's, on the two glibc
// targets (x86_64 and aarch64, the build hosts of a cross build). The
// kernel's values and layouts are the same kernel's, and every item musl and
// glibc share is the one definition the musl targets use; an item here
// replaces one marked `#[cfg(target_env = "musl")]` where musl's is, or is
// glibc's alone. One file per header, as in the other layers. The
// architecture's file (`x86_64.rs`, `aarch64.rs`: glibc's `sysdeps/.../bits`)
// is taken by the 64-bit hub's one `cfg_if!`, beside the architecture module.

include!("fcntl.rs");
include!("in.rs");
include!("limits.rs");
include!("locale.rs");
include!("netdb.rs");
include!("paths.rs");
include!("pthread.rs");
include!("regex.rs");
include!("resolv.rs");
include!("sched.rs");
include!("semaphore.rs");
include!("socket.rs");
include!("stdio.rs");
include!("string.rs");
include!("sysinfo.rs");
include!("sys_ipc.rs");
include!("sys_sem.rs");
include!("sys_statfs.rs");
include!("tcp.rs");
include!("termios.rs");
include!("timex.rs");
include!("utmpx.rs");
include!("wait.rs");
include!("fanotify.rs");
