//! `<linux/magic.h>`: on s390x `statfs`'s `f_type` is an `unsigned` (musl
//! `arch/s390x/bits/statfs.h`), and so are the magic numbers; the values are
//! the kernel's (`include/uapi/linux/magic.h`). The whole set is here, since
//! every one has another type.

use crate::{c_long, c_uint};

pub const ADFS_SUPER_MAGIC: c_uint = 0xadf5;
pub const AFFS_SUPER_MAGIC: c_uint = 0xadff;
pub const AFS_SUPER_MAGIC: c_uint = 0x5346414F;
pub const AUTOFS_SUPER_MAGIC: c_uint = 0x0187;
pub const CODA_SUPER_MAGIC: c_uint = 0x73757245;
pub const CRAMFS_MAGIC: c_uint = 0x28cd3d45;
pub const DEBUGFS_MAGIC: c_uint = 0x64626720;
pub const SECURITYFS_MAGIC: c_uint = 0x73636673;
pub const SELINUX_MAGIC: c_uint = 0xf97cff8c;
pub const SMACK_MAGIC: c_uint = 0x43415d53;
pub const TMPFS_MAGIC: c_uint = 0x01021994;
pub const HUGETLBFS_MAGIC: c_uint = 0x958458f6;
pub const ECRYPTFS_SUPER_MAGIC: c_uint = 0xf15f;
pub const EFS_SUPER_MAGIC: c_uint = 0x414A53;
pub const EXT2_SUPER_MAGIC: c_uint = 0xEF53;
pub const EXT3_SUPER_MAGIC: c_uint = 0xEF53;
pub const XENFS_SUPER_MAGIC: c_uint = 0xabba1974;
pub const EXT4_SUPER_MAGIC: c_uint = 0xEF53;
pub const BTRFS_SUPER_MAGIC: c_uint = 0x9123683E;
pub const NILFS_SUPER_MAGIC: c_uint = 0x3434;
pub const F2FS_SUPER_MAGIC: c_uint = 0xF2F52010;
pub const HPFS_SUPER_MAGIC: c_uint = 0xf995e849;
pub const ISOFS_SUPER_MAGIC: c_uint = 0x9660;
pub const JFFS2_SUPER_MAGIC: c_uint = 0x72b6;
pub const XFS_SUPER_MAGIC: c_uint = 0x58465342;
pub const HOSTFS_SUPER_MAGIC: c_uint = 0x00c0ffee;
pub const OVERLAYFS_SUPER_MAGIC: c_uint = 0x794c7630;
pub const FUSE_SUPER_MAGIC: c_uint = 0x65735546;
// The published crate types this one as `c_long` on s390x too.
pub const BCACHEFS_SUPER_MAGIC: c_long = 0xca451a4e;
pub const MINIX_SUPER_MAGIC: c_uint = 0x137F;
pub const MINIX_SUPER_MAGIC2: c_uint = 0x138F;
pub const MINIX2_SUPER_MAGIC: c_uint = 0x2468;
pub const MINIX2_SUPER_MAGIC2: c_uint = 0x2478;
pub const MINIX3_SUPER_MAGIC: c_uint = 0x4d5a;
pub const MSDOS_SUPER_MAGIC: c_uint = 0x4d44;
pub const NCP_SUPER_MAGIC: c_uint = 0x564c;
pub const NFS_SUPER_MAGIC: c_uint = 0x6969;
pub const OCFS2_SUPER_MAGIC: c_uint = 0x7461636f;
pub const OPENPROM_SUPER_MAGIC: c_uint = 0x9fa1;
pub const QNX4_SUPER_MAGIC: c_uint = 0x002f;
pub const QNX6_SUPER_MAGIC: c_uint = 0x68191122;
pub const REISERFS_SUPER_MAGIC: c_uint = 0x52654973;
pub const SMB_SUPER_MAGIC: c_uint = 0x517B;
pub const CGROUP_SUPER_MAGIC: c_uint = 0x27e0eb;
pub const CGROUP2_SUPER_MAGIC: c_uint = 0x63677270;
pub const RDTGROUP_SUPER_MAGIC: c_uint = 0x7655821;
pub const TRACEFS_MAGIC: c_uint = 0x74726163;
pub const DEVPTS_SUPER_MAGIC: c_uint = 0x1cd1;
pub const BINDERFS_SUPER_MAGIC: c_uint = 0x6c6f6f70;
pub const FUTEXFS_SUPER_MAGIC: c_uint = 0xBAD1DEA;
pub const PROC_SUPER_MAGIC: c_uint = 0x9fa0;
pub const SYSFS_MAGIC: c_uint = 0x62656572;
pub const USBDEVICE_SUPER_MAGIC: c_uint = 0x9fa2;
pub const NSFS_MAGIC: c_uint = 0x6e736673;
pub const BPF_FS_MAGIC: c_uint = 0xcafe4a11;
pub const UDF_SUPER_MAGIC: c_uint = 0x15013346;
