// `<asm-generic/socket.h>`: the newer `SO_*` options musl's `<sys/socket.h>` does not list yet,
// and the 64-bit-time (`_NEW`) numbers of the timestamp and timeout options,
// numbered alike on every architecture here: mips's and powerpc's own
// `asm/socket.h` repeat these numbers (kernel `asm-generic/socket.h`,
// `arch/*/include/uapi/asm/socket.h`).

pub const SO_NETNS_COOKIE: c_int = 71;
pub const SO_BUF_LOCK: c_int = 72;
pub const SO_RESERVE_MEM: c_int = 73;
pub const SO_TXREHASH: c_int = 74;
pub const SO_RCVMARK: c_int = 75;
pub const SO_PASSPIDFD: c_int = 76;
pub const SO_PEERPIDFD: c_int = 77;
pub const SO_DEVMEM_LINEAR: c_int = 78;
pub const SCM_DEVMEM_LINEAR: c_int = SO_DEVMEM_LINEAR;
pub const SO_DEVMEM_DMABUF: c_int = 79;
pub const SCM_DEVMEM_DMABUF: c_int = SO_DEVMEM_DMABUF;
pub const SO_DEVMEM_DONTNEED: c_int = 80;

pub const SO_TIMESTAMP_NEW: c_int = 63;
pub const SO_TIMESTAMPNS_NEW: c_int = 64;
pub const SO_TIMESTAMPING_NEW: c_int = 65;
pub const SO_RCVTIMEO_NEW: c_int = 66;
pub const SO_SNDTIMEO_NEW: c_int = 67;
