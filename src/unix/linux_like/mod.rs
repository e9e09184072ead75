// musl's headers that are Linux's, not POSIX's (`<sys/epoll.h>`,
// `<sys/mount.h>`, `<elf.h>`, ...): the kernel's values and layouts and the
// GNU, BSD and Linux functions musl declares there, the same on every
// supported architecture, one file per header. A value that some
// architecture overrides is not here: it is in the 64-bit hub's `generic`
// module.

include!("acct.rs");
include!("assert.rs");
include!("auxv.rs");
// <crypt.h> is libxcrypt's on glibc systems, not glibc's.
#[cfg(target_env = "musl")]
include!("crypt.rs");
include!("elf.rs");
include!("epoll.rs");
include!("err.rs");
include!("ether.rs");
include!("ethernet.rs");
include!("eventfd.rs");
include!("fanotify.rs");
include!("file.rs");
include!("fsuid.rs");
include!("getopt.rs");
include!("if_arp.rs");
include!("if_ether.rs");
include!("ifaddrs.rs");
include!("inotify.rs");
include!("ioctl.rs");
include!("ip.rs");
include!("klog.rs");
include!("libintl.rs");
include!("link.rs");
include!("malloc.rs");
// <sys/membarrier.h> is musl's own.
#[cfg(target_env = "musl")]
include!("membarrier.rs");
include!("mntent.rs");
include!("mount.rs");
include!("nameser.rs");
include!("packet.rs");
include!("paths.rs");
include!("personality.rs");
include!("prctl.rs");
include!("ptrace.rs");
include!("pty.rs");
include!("quota.rs");
include!("random.rs");
include!("reboot.rs");
include!("resolv.rs");
include!("route.rs");
include!("sendfile.rs");
include!("shadow.rs");
include!("signalfd.rs");
include!("statfs.rs");
// musl's <stdio_ext.h> (glibc's has other members, not bound here).
#[cfg(target_env = "musl")]
include!("stdio_ext.rs");
include!("swap.rs");
include!("sysinfo.rs");
include!("sysmacros.rs");
include!("timeb.rs");
include!("timerfd.rs");
include!("timex.rs");
include!("udp.rs");
include!("utmp.rs");
include!("xattr.rs");

include!("linux/mod.rs");
