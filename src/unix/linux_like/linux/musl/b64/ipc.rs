// `<sys/ipc.h>`: `IPC_STAT`, which is the 64-bit-time command (musl
// `arch/generic/bits/ipcstat.h`; no supported architecture overrides it).
// `struct ipc_perm` is in `generic::ipc` and the architectures that have
// their own.

pub const IPC_STAT: c_int = 2;
