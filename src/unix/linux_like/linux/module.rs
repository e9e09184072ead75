// `<linux/module.h>`: `finit_module` flags (the kernel's
// `include/uapi/linux/module.h`).

pub const MODULE_INIT_IGNORE_MODVERSIONS: c_uint = 1;
pub const MODULE_INIT_IGNORE_VERMAGIC: c_uint = 2;
