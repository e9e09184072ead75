// `<linux/sockios.h>`: the socket ioctls musl's `<sys/ioctl.h>` does not list (kernel
// `include/uapi/linux/sockios.h`).

pub const SIOCETHTOOL: c_ulong = 0x8946;
pub const SIOCGMIIPHY: c_ulong = 0x8947;
pub const SIOCGMIIREG: c_ulong = 0x8948;
pub const SIOCSMIIREG: c_ulong = 0x8949;
pub const SIOCWANDEV: c_ulong = 0x894A;
pub const SIOCOUTQNSD: c_ulong = 0x894B;
pub const SIOCGSKNS: c_ulong = 0x894C;
pub const SIOCSHWTSTAMP: c_ulong = 0x89b0;
pub const SIOCGHWTSTAMP: c_ulong = 0x89b1;
