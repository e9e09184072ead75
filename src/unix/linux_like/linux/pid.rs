// `<linux/pid.h>`: the kinds of process id a `struct pid` stands for, as
// the pidfd and `F_SETOWN_EX`-style interfaces speak of them (the kernel's
// internal `include/linux/pid_types.h`, `enum pid_type`, not a UAPI header;
// values from Linux 6.12's, which the ABI check compares them with).

pub type pid_type = c_uint;

pub const PIDTYPE_PID: pid_type = 0;
pub const PIDTYPE_TGID: pid_type = 1;
pub const PIDTYPE_PGID: pid_type = 2;
pub const PIDTYPE_SID: pid_type = 3;
pub const PIDTYPE_MAX: pid_type = 4;
