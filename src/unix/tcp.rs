// `<netinet/tcp.h>`: `TCP_NODELAY`, the one option POSIX names (musl `include/netinet/tcp.h`).

pub const TCP_NODELAY: c_int = 1;
