// `<sys/reboot.h>`: `reboot` and its commands (musl `include/sys/reboot.h`).

pub const RB_AUTOBOOT: c_int = 0x01234567;
pub const RB_HALT_SYSTEM: c_int = 0xcdef0123_u32 as c_int;
pub const RB_ENABLE_CAD: c_int = 0x89abcdef_u32 as c_int;
pub const RB_DISABLE_CAD: c_int = 0;
pub const RB_POWER_OFF: c_int = 0x4321fedc;
pub const RB_SW_SUSPEND: c_int = 0xd000fce2_u32 as c_int;
pub const RB_KEXEC: c_int = 0x45584543;

extern "C" {
    pub fn reboot(cmd: c_int) -> c_int;
}
