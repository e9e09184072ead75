// glibc: what glibc's headers define otherwise than musl's, on the two glibc
// targets (x86_64 and aarch64, the build hosts of a cross build). The
// kernel's values and layouts are the same kernel's, and every item musl and
// glibc share is the one definition the musl targets use; an item here
// replaces one marked `#[cfg(target_env = "musl")]` where musl's is, or is
// glibc's alone. One file per header, as in the other layers. The
// architecture's file (`x86_64.rs`, `aarch64.rs`: glibc's `sysdeps/.../bits`)
// is taken by the 64-bit hub's one `cfg_if!`, beside the architecture module.

include!("dlfcn.rs");
include!("elf.rs");
include!("execinfo.rs");
include!("fanotify.rs");
include!("fcntl.rs");
include!("glob.rs");
include!("grp.rs");
include!("in.rs");
include!("iucv.rs");
include!("libc_version.rs");
include!("libgen.rs");
include!("limits.rs");
include!("locale.rs");
include!("malloc.rs");
include!("netdb.rs");
include!("paths.rs");
include!("pthread.rs");
include!("pwd.rs");
include!("regex.rs");
include!("resolv.rs");
include!("sched.rs");
include!("semaphore.rs");
include!("shadow.rs");
include!("signal.rs");
include!("socket.rs");
include!("spawn.rs");
include!("stdio.rs");
include!("stdlib.rs");
include!("string.rs");
include!("sys_epoll.rs");
include!("sys_ioctl.rs");
include!("sys_ipc.rs");
include!("sys_msg.rs");
include!("sys_prctl.rs");
include!("sys_ptrace.rs");
include!("sys_resource.rs");
include!("sys_sem.rs");
include!("sys_shm.rs");
include!("sys_stat.rs");
include!("sys_statfs.rs");
include!("sys_statvfs.rs");
include!("sys_time.rs");
include!("sys_types.rs");
include!("sys_uio.rs");
include!("sysinfo.rs");
include!("tcp.rs");
include!("termios.rs");
include!("timex.rs");
include!("ucontext.rs");
include!("unistd.rs");
include!("utmpx.rs");
include!("wait.rs");
