// `<linux/types.h>`: the kernel's integer types of a stated byte order
// (`__le16` ... `__be64`; C's `__bitwise` marks them for the sparse checker
// only), the plain integers of `asm-generic/int-ll64.h` (the kernel's
// `include/uapi/linux/types.h`).

pub type __le16 = __u16;
pub type __be16 = __u16;
pub type __le32 = __u32;
pub type __be32 = __u32;
pub type __le64 = __u64;
pub type __be64 = __u64;
