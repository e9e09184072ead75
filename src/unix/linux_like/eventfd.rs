// `<sys/eventfd.h>`: event counters as file descriptors (musl
// `include/sys/eventfd.h`).

pub type eventfd_t = u64;

pub const EFD_SEMAPHORE: c_int = 1;
pub const EFD_CLOEXEC: c_int = crate::O_CLOEXEC;
pub const EFD_NONBLOCK: c_int = crate::O_NONBLOCK;

extern "C" {
    pub fn eventfd(initval: c_uint, flags: c_int) -> c_int;
    pub fn eventfd_read(fd: c_int, value: *mut eventfd_t) -> c_int;
    pub fn eventfd_write(fd: c_int, value: eventfd_t) -> c_int;
}
