// `<sys/socket.h>` on powerpc64: musl's `arch/powerpc64/bits/socket.h` (the
// kernel's `arch/powerpc/include/uapi/asm/socket.h`), which numbers six
// `SO_*` options apart from the generic ones.

pub const SO_RCVLOWAT: c_int = 16;
pub const SO_SNDLOWAT: c_int = 17;
pub const SO_RCVTIMEO: c_int = 18;
pub const SO_SNDTIMEO: c_int = 19;
pub const SO_PASSCRED: c_int = 20;
pub const SO_PEERCRED: c_int = 21;
