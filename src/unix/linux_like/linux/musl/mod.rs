// musl's own choices: the layouts and values musl 1.2.5 gives where glibc
// or the kernel would differ, one file per musl header.

include!("aio.rs");
include!("dirent.rs");
include!("errno.rs");
include!("fcntl.rs");
include!("mman.rs");
include!("resource.rs");
include!("sendfile.rs");
include!("signal.rs");
include!("stat.rs");
include!("statfs.rs");
include!("statvfs.rs");
include!("stdio.rs");
include!("stdlib.rs");
include!("types.rs");
include!("uio.rs");
include!("unistd.rs");
include!("utmpx.rs");

include!("b64/mod.rs");
