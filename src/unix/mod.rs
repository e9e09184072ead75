// POSIX: musl's POSIX headers, one file per header, each holding all of
// its header's items that are the same on every supported target: POSIX's
// own, and the GNU, BSD, Linux and large-file names musl adds to the same
// header. What an architecture's musl `arch/<arch>/bits/*.h` overrides is
// not here: it is in the 64-bit hub's `generic` module, which each
// architecture module takes or overrides. Every file of this tree is
// pulled into the crate root with `include!` (one namespace, no glob
// chains: see README.md's Layout), except the hub's `generic` and
// architecture modules.

// musl is linked as `libc`; inside Rust's std build, the static/dynamic
// choice follows `crt-static` as std's own musl targets expect.
cfg_if! {
    if #[cfg(feature = "rustc-dep-of-std")] {
        #[link(
            name = "c",
            kind = "static",
            modifiers = "-bundle",
            cfg(target_feature = "crt-static")
        )]
        #[link(name = "c", cfg(not(target_feature = "crt-static")))]
        extern "C" {}
    } else {
        #[link(name = "c")]
        extern "C" {}
    }
}

include!("aio.rs");
include!("ctype.rs");
include!("dirent.rs");
include!("dlfcn.rs");
include!("errno.rs");
include!("fcntl.rs");
include!("fenv.rs");
include!("fmtmsg.rs");
include!("fnmatch.rs");
include!("ftw.rs");
include!("glob.rs");
include!("grp.rs");
include!("iconv.rs");
include!("if.rs");
include!("in.rs");
include!("inet.rs");
include!("inttypes.rs");
include!("ipc.rs");
include!("langinfo.rs");
include!("libgen.rs");
include!("limits.rs");
include!("locale.rs");
include!("mman.rs");
include!("monetary.rs");
include!("mqueue.rs");
include!("msg.rs");
include!("netdb.rs");
include!("nl_types.rs");
include!("poll.rs");
include!("pthread.rs");
include!("pwd.rs");
include!("regex.rs");
include!("resource.rs");
include!("sched.rs");
include!("search.rs");
include!("select.rs");
include!("sem.rs");
include!("semaphore.rs");
include!("shm.rs");
include!("signal.rs");
include!("socket.rs");
include!("spawn.rs");
include!("stat.rs");
include!("statvfs.rs");
include!("stddef.rs");
include!("stdint.rs");
include!("stdio.rs");
include!("stdlib.rs");
include!("string.rs");
include!("strings.rs");
include!("sys_time.rs");
include!("syslog.rs");
include!("tcp.rs");
include!("termios.rs");
// <threads.h>: glibc's C11 threads are not bound here (nor in the published crate).
#[cfg(target_env = "musl")]
include!("threads.rs");
include!("time.rs");
include!("times.rs");
include!("types.rs");
include!("uchar.rs");
include!("uio.rs");
include!("ulimit.rs");
include!("un.rs");
include!("unistd.rs");
include!("utime.rs");
include!("utmpx.rs");
include!("utsname.rs");
include!("wait.rs");
include!("wchar.rs");
include!("wctype.rs");
include!("wordexp.rs");

include!("linux_like/mod.rs");
