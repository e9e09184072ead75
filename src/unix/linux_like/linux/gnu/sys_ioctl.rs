// `<sys/ioctl.h>`: glibc's `int ioctl(int, unsigned long int, ...)`; its
// request numbers and the `_IO*` encoders have that type (the crate-private
// `ioctl_request_t`, which musl's `<sys/ioctl.h>` file makes an `int`).

pub(crate) type ioctl_request_t = c_ulong;
