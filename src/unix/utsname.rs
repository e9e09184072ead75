// `<sys/utsname.h>`: `uname` (musl `include/sys/utsname.h`); the struct's
// field lengths are the kernel's, in `linux_like`.

extern "C" {
    pub fn uname(buf: *mut utsname) -> c_int;
}

// `<sys/utsname.h>`: `struct utsname`, each field the kernel's
// `__NEW_UTS_LEN + 1` bytes (musl `include/sys/utsname.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct utsname {
    pub sysname: [c_char; 65],
    pub nodename: [c_char; 65],
    pub release: [c_char; 65],
    pub version: [c_char; 65],
    pub machine: [c_char; 65],
    pub domainname: [c_char; 65],
}
