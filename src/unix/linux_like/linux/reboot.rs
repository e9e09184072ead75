// `<linux/reboot.h>`: the `reboot` system call's magic numbers and commands
// (the kernel's `include/uapi/linux/reboot.h`).

pub const LINUX_REBOOT_MAGIC1: c_int = 0xfee1dead_u32 as c_int;
pub const LINUX_REBOOT_MAGIC2: c_int = 672274793;
pub const LINUX_REBOOT_MAGIC2A: c_int = 85072278;
pub const LINUX_REBOOT_MAGIC2B: c_int = 369367448;
pub const LINUX_REBOOT_MAGIC2C: c_int = 537993216;
pub const LINUX_REBOOT_CMD_RESTART: c_int = 0x01234567;
pub const LINUX_REBOOT_CMD_HALT: c_int = 0xcdef0123_u32 as c_int;
pub const LINUX_REBOOT_CMD_CAD_ON: c_int = 0x89abcdef_u32 as c_int;
pub const LINUX_REBOOT_CMD_CAD_OFF: c_int = 0x00000000;
pub const LINUX_REBOOT_CMD_POWER_OFF: c_int = 0x4321FEDC;
pub const LINUX_REBOOT_CMD_RESTART2: c_int = 0xa1b2c3d4_u32 as c_int;
pub const LINUX_REBOOT_CMD_SW_SUSPEND: c_int = 0xd000fce2_u32 as c_int;
pub const LINUX_REBOOT_CMD_KEXEC: c_int = 0x45584543;
