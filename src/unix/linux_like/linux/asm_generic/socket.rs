// `<asm-generic/socket.h>`: the newer `SO_*` options musl's `<sys/socket.h>` does not list yet,
// numbered alike on every architecture here (kernel `asm-generic/socket.h`,
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
