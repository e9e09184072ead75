// `<sys/acct.h>`: process accounting: `acct` and the records the kernel
// writes, `struct acct` and `struct acct_v3` (musl `include/sys/acct.h`).

/// A time or size in the records' 13-bit-mantissa, 3-bit-base-8-exponent
/// encoding.
pub type comp_t = u16;

pub const ACCT_COMM: usize = 16;

pub const AFORK: c_int = 1;
pub const ASU: c_int = 2;
pub const ACORE: c_int = 8;
pub const AXSIG: c_int = 16;
/// Set in `ac_flag` by big-endian kernels: `128 * (__BYTE_ORDER == __BIG_ENDIAN)`.
#[cfg(target_endian = "big")]
pub const ACCT_BYTEORDER: c_int = 128;
/// Set in `ac_flag` by big-endian kernels: `128 * (__BYTE_ORDER == __BIG_ENDIAN)`.
#[cfg(target_endian = "little")]
pub const ACCT_BYTEORDER: c_int = 0;
pub const AHZ: c_int = 100;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct acct {
    pub ac_flag: c_char,
    pub ac_uid: u16,
    pub ac_gid: u16,
    pub ac_tty: u16,
    pub ac_btime: u32,
    pub ac_utime: comp_t,
    pub ac_stime: comp_t,
    pub ac_etime: comp_t,
    pub ac_mem: comp_t,
    pub ac_io: comp_t,
    pub ac_rw: comp_t,
    pub ac_minflt: comp_t,
    pub ac_majflt: comp_t,
    pub ac_swaps: comp_t,
    pub ac_exitcode: u32,
    pub ac_comm: [c_char; ACCT_COMM + 1],
    pub ac_pad: [c_char; 10],
}

/// With `extra_traits`, `ac_etime` (a `float`) compares and hashes by its
/// bits.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct acct_v3 {
    pub ac_flag: c_char,
    pub ac_version: c_char,
    pub ac_tty: u16,
    pub ac_exitcode: u32,
    pub ac_uid: u32,
    pub ac_gid: u32,
    pub ac_pid: u32,
    pub ac_ppid: u32,
    pub ac_btime: u32,
    pub ac_etime: c_float,
    pub ac_utime: comp_t,
    pub ac_stime: comp_t,
    pub ac_mem: comp_t,
    pub ac_io: comp_t,
    pub ac_rw: comp_t,
    pub ac_minflt: comp_t,
    pub ac_majflt: comp_t,
    pub ac_swaps: comp_t,
    pub ac_comm: [c_char; ACCT_COMM],
}

#[cfg(feature = "extra_traits")]
impl acct_v3 {
    #[allow(clippy::type_complexity)]
    #[inline]
    fn key(
        &self,
    ) -> (
        (c_char, c_char, u16, u32, u32, u32, u32, u32, u32, u32),
        [comp_t; 8],
        [c_char; ACCT_COMM],
    ) {
        (
            (
                self.ac_flag,
                self.ac_version,
                self.ac_tty,
                self.ac_exitcode,
                self.ac_uid,
                self.ac_gid,
                self.ac_pid,
                self.ac_ppid,
                self.ac_btime,
                self.ac_etime.to_bits(),
            ),
            [
                self.ac_utime,
                self.ac_stime,
                self.ac_mem,
                self.ac_io,
                self.ac_rw,
                self.ac_minflt,
                self.ac_majflt,
                self.ac_swaps,
            ],
            self.ac_comm,
        )
    }
}

#[cfg(feature = "extra_traits")]
impl PartialEq for acct_v3 {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

#[cfg(feature = "extra_traits")]
impl Eq for acct_v3 {}

#[cfg(feature = "extra_traits")]
impl core::hash::Hash for acct_v3 {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state)
    }
}

extern "C" {
    pub fn acct(filename: *const c_char) -> c_int;
}
