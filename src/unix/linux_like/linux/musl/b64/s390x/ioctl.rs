// `<bits/ioctl.h>`: s390x's few `ioctl` numbers of its own (the kernel's
// `arch/s390/include/uapi/asm/ioctls.h`).

pub const FIOQSIZE: ioctl_request_t = 0x545e;
