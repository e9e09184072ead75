// `<sys/personality.h>`: execution domains, `personality` (musl
// `include/sys/personality.h`).

pub const ADDR_NO_RANDOMIZE: c_int = 0x0040000;
pub const MMAP_PAGE_ZERO: c_int = 0x0100000;
pub const ADDR_COMPAT_LAYOUT: c_int = 0x0200000;
pub const READ_IMPLIES_EXEC: c_int = 0x0400000;
pub const ADDR_LIMIT_32BIT: c_int = 0x0800000;
pub const SHORT_INODE: c_int = 0x1000000;
pub const WHOLE_SECONDS: c_int = 0x2000000;
pub const STICKY_TIMEOUTS: c_int = 0x4000000;
pub const ADDR_LIMIT_3GB: c_int = 0x8000000;
pub const UNAME26: c_int = 0x0020000;
pub const FDPIC_FUNCPTRS: c_int = 0x0080000;

// The personalities: a number in the low byte, with the flags above.
pub const PER_LINUX: c_int = 0;
pub const PER_LINUX_32BIT: c_int = ADDR_LIMIT_32BIT;
pub const PER_LINUX_FDPIC: c_int = FDPIC_FUNCPTRS;
pub const PER_SVR4: c_int = 1 | STICKY_TIMEOUTS | MMAP_PAGE_ZERO;
pub const PER_SVR3: c_int = 2 | STICKY_TIMEOUTS | SHORT_INODE;
pub const PER_SCOSVR3: c_int = 3 | STICKY_TIMEOUTS | WHOLE_SECONDS | SHORT_INODE;
pub const PER_OSR5: c_int = 3 | STICKY_TIMEOUTS | WHOLE_SECONDS;
pub const PER_WYSEV386: c_int = 4 | STICKY_TIMEOUTS | SHORT_INODE;
pub const PER_ISCR4: c_int = 5 | STICKY_TIMEOUTS;
pub const PER_BSD: c_int = 6;
pub const PER_SUNOS: c_int = 6 | STICKY_TIMEOUTS;
pub const PER_XENIX: c_int = 7 | STICKY_TIMEOUTS | SHORT_INODE;
pub const PER_LINUX32: c_int = 8;
pub const PER_LINUX32_3GB: c_int = 8 | ADDR_LIMIT_3GB;
pub const PER_IRIX32: c_int = 9 | STICKY_TIMEOUTS;
pub const PER_IRIXN32: c_int = 0xa | STICKY_TIMEOUTS;
pub const PER_IRIX64: c_int = 0x0b | STICKY_TIMEOUTS;
pub const PER_RISCOS: c_int = 0xc;
pub const PER_SOLARIS: c_int = 0xd | STICKY_TIMEOUTS;
pub const PER_UW7: c_int = 0xe | STICKY_TIMEOUTS | MMAP_PAGE_ZERO;
pub const PER_OSF4: c_int = 0xf;
pub const PER_HPUX: c_int = 0x10;
pub const PER_MASK: c_int = 0xff;

extern "C" {
    pub fn personality(persona: c_ulong) -> c_int;
}
