// `<linux/stat.h>`: the `statx` mask and attribute bits newer than musl's
// `<sys/stat.h>` (the kernel's `include/uapi/linux/stat.h`).

pub const STATX_MNT_ID: c_uint = 0x00001000;
pub const STATX_DIOALIGN: c_uint = 0x00002000;
pub const STATX_MNT_ID_UNIQUE: c_uint = 0x00004000;
pub const STATX_SUBVOL: c_uint = 0x00008000;
pub const STATX_WRITE_ATOMIC: c_uint = 0x00010000;
pub const STATX_DIO_READ_ALIGN: c_uint = 0x00020000;
pub const STATX__RESERVED: c_int = 0x80000000_u32 as c_int;
pub const STATX_ATTR_COMPRESSED: c_int = 0x00000004;
pub const STATX_ATTR_IMMUTABLE: c_int = 0x00000010;
pub const STATX_ATTR_APPEND: c_int = 0x00000020;
pub const STATX_ATTR_NODUMP: c_int = 0x00000040;
pub const STATX_ATTR_ENCRYPTED: c_int = 0x00000800;
pub const STATX_ATTR_AUTOMOUNT: c_int = 0x00001000;
pub const STATX_ATTR_MOUNT_ROOT: c_int = 0x00002000;
pub const STATX_ATTR_VERITY: c_int = 0x00100000;
pub const STATX_ATTR_DAX: c_int = 0x00200000;
pub const STATX_ATTR_WRITE_ATOMIC: c_int = 0x00400000;
