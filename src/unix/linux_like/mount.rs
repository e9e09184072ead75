// `<sys/mount.h>`: `mount` and `umount2` with their flags (musl
// `include/sys/mount.h`).

// The block-device requests `<sys/mount.h>` declares.
pub const BLKROSET: ioctl_request_t = _IO(0x12, 93);
pub const BLKROGET: ioctl_request_t = _IO(0x12, 94);
pub const BLKRRPART: ioctl_request_t = _IO(0x12, 95);
pub const BLKGETSIZE: ioctl_request_t = _IO(0x12, 96);
pub const BLKFLSBUF: ioctl_request_t = _IO(0x12, 97);
pub const BLKRASET: ioctl_request_t = _IO(0x12, 98);
pub const BLKRAGET: ioctl_request_t = _IO(0x12, 99);
pub const BLKFRASET: ioctl_request_t = _IO(0x12, 100);
pub const BLKFRAGET: ioctl_request_t = _IO(0x12, 101);
pub const BLKSECTSET: ioctl_request_t = _IO(0x12, 102);
pub const BLKSECTGET: ioctl_request_t = _IO(0x12, 103);
pub const BLKSSZGET: ioctl_request_t = _IO(0x12, 104);
pub const BLKBSZGET: ioctl_request_t = _IOR::<size_t>(0x12, 112);
pub const BLKBSZSET: ioctl_request_t = _IOW::<size_t>(0x12, 113);
pub const BLKGETSIZE64: ioctl_request_t = _IOR::<size_t>(0x12, 114);
pub const MS_RDONLY: c_ulong = 1;
pub const MS_NOSUID: c_ulong = 2;
pub const MS_NODEV: c_ulong = 4;
pub const MS_NOEXEC: c_ulong = 8;
pub const MS_SYNCHRONOUS: c_ulong = 16;
pub const MS_REMOUNT: c_ulong = 32;
pub const MS_MANDLOCK: c_ulong = 64;
pub const MS_DIRSYNC: c_ulong = 128;
pub const MS_NOSYMFOLLOW: c_ulong = 256;
pub const MS_NOATIME: c_ulong = 1024;
pub const MS_NODIRATIME: c_ulong = 2048;
pub const MS_BIND: c_ulong = 4096;
pub const MS_MOVE: c_ulong = 8192;
pub const MS_REC: c_ulong = 16384;
pub const MS_SILENT: c_ulong = 32768;
pub const MS_POSIXACL: c_ulong = 1 << 16;
pub const MS_UNBINDABLE: c_ulong = 1 << 17;
pub const MS_PRIVATE: c_ulong = 1 << 18;
pub const MS_SLAVE: c_ulong = 1 << 19;
pub const MS_SHARED: c_ulong = 1 << 20;
pub const MS_RELATIME: c_ulong = 1 << 21;
pub const MS_KERNMOUNT: c_ulong = 1 << 22;
pub const MS_I_VERSION: c_ulong = 1 << 23;
pub const MS_STRICTATIME: c_ulong = 1 << 24;
pub const MS_LAZYTIME: c_ulong = 1 << 25;
pub const MS_NOREMOTELOCK: c_ulong = 1 << 27;
pub const MS_NOSEC: c_ulong = 1 << 28;
pub const MS_BORN: c_ulong = 1 << 29;
pub const MS_ACTIVE: c_ulong = 1 << 30;
pub const MS_NOUSER: c_ulong = 1 << 31;
pub const MS_RMT_MASK: c_ulong =
    MS_RDONLY | MS_SYNCHRONOUS | MS_MANDLOCK | MS_I_VERSION | MS_LAZYTIME;
pub const MS_MGC_VAL: c_ulong = 0xc0ed0000;
pub const MS_MGC_MSK: c_ulong = 0xffff0000;
pub const MNT_FORCE: c_int = 1;
pub const MNT_DETACH: c_int = 2;
pub const MNT_EXPIRE: c_int = 4;
pub const UMOUNT_NOFOLLOW: c_int = 8;

extern "C" {
    pub fn mount(
        src: *const c_char,
        target: *const c_char,
        fstype: *const c_char,
        flags: c_ulong,
        data: *const c_void,
    ) -> c_int;
    pub fn umount(target: *const c_char) -> c_int;
    pub fn umount2(target: *const c_char, flags: c_int) -> c_int;
}
