// `<dirent.h>`: the `DT_*` file types and the GNU/BSD directory functions
// (musl `include/dirent.h`).

pub const DT_UNKNOWN: u8 = 0;
pub const DT_FIFO: u8 = 1;
pub const DT_CHR: u8 = 2;
pub const DT_DIR: u8 = 4;
pub const DT_BLK: u8 = 6;
pub const DT_REG: u8 = 8;
pub const DT_LNK: u8 = 10;
pub const DT_SOCK: u8 = 12;
pub const DT_WHT: u8 = 14;

extern "C" {
    pub fn getdents(fd: c_int, buf: *mut dirent, len: size_t) -> c_int;
    pub fn versionsort(a: *mut *const dirent, b: *mut *const dirent) -> c_int;
}
