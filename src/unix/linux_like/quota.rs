// `<sys/quota.h>`: disk quotas, `quotactl` and its commands (musl
// `include/sys/quota.h`).

pub const SUBCMDMASK: c_int = 0x00ff;
pub const SUBCMDSHIFT: c_int = 8;

pub const USRQUOTA: c_int = 0;
pub const GRPQUOTA: c_int = 1;
pub const Q_SYNC: c_int = 0x800001;
pub const Q_QUOTAON: c_int = 0x800002;
pub const Q_QUOTAOFF: c_int = 0x800003;
pub const Q_GETFMT: c_int = 0x800004;
pub const Q_GETINFO: c_int = 0x800005;
pub const Q_SETINFO: c_int = 0x800006;
pub const Q_GETQUOTA: c_int = 0x800007;
pub const Q_SETQUOTA: c_int = 0x800008;
pub const QFMT_VFS_OLD: c_int = 1;
pub const QFMT_VFS_V0: c_int = 2;
pub const QFMT_VFS_V1: c_int = 4;
pub const QIF_BLIMITS: u32 = 1;
pub const QIF_SPACE: u32 = 2;
pub const QIF_ILIMITS: u32 = 4;
pub const QIF_INODES: u32 = 8;
pub const QIF_BTIME: u32 = 16;
pub const QIF_ITIME: u32 = 32;
pub const QIF_LIMITS: u32 = QIF_BLIMITS | QIF_ILIMITS;
pub const QIF_USAGE: u32 = QIF_SPACE | QIF_INODES;
pub const QIF_TIMES: u32 = QIF_BTIME | QIF_ITIME;
pub const QIF_ALL: u32 = QIF_LIMITS | QIF_USAGE | QIF_TIMES;

/// The `quotactl` command for subcommand `cmd` on quota type `ty`.
#[inline]
pub const extern "C" fn QCMD(cmd: c_int, ty: c_int) -> c_int {
    (cmd << SUBCMDSHIFT) | (ty & SUBCMDMASK)
}

/// A user's or group's limits and usage (`Q_GETQUOTA`, `Q_SETQUOTA`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dqblk {
    pub dqb_bhardlimit: u64,
    pub dqb_bsoftlimit: u64,
    pub dqb_curspace: u64,
    pub dqb_ihardlimit: u64,
    pub dqb_isoftlimit: u64,
    pub dqb_curinodes: u64,
    pub dqb_btime: u64,
    pub dqb_itime: u64,
    pub dqb_valid: u32,
}

/// A quota file's grace times and flags (`Q_GETINFO`, `Q_SETINFO`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dqinfo {
    pub dqi_bgrace: u64,
    pub dqi_igrace: u64,
    pub dqi_flags: u32,
    pub dqi_valid: u32,
}

extern "C" {
    pub fn quotactl(cmd: c_int, special: *const c_char, id: c_int, addr: *mut c_char) -> c_int;
}
