// `<linux/msg.h>`: `msgrcv` flags beyond musl's `<sys/msg.h>` (the kernel's
// `include/uapi/linux/msg.h`).

pub const MSG_COPY: c_int = 0o40000;
