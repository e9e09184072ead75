// `<linux/fcntl.h>`: the kernel's `fcntl` and `*at` flags that musl's
// `<fcntl.h>` does not define (the kernel's `include/uapi/linux/fcntl.h`).

pub const F_SEAL_EXEC: c_int = 0x0020;
pub const AT_HANDLE_FID: c_int = 0x200;
pub const AT_HANDLE_MNT_ID_UNIQUE: c_int = 0x001;
pub const AT_HANDLE_CONNECTABLE: c_int = 0x002;
pub const AT_EXECVE_CHECK: c_int = 0x10000;
