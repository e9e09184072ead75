// `<spawn.h>`: glibc's `posix_spawn_file_actions_addclosefrom_np` and
// `posix_spawn_file_actions_addtcsetpgrp_np` (glibc `posix/spawn.h`).

extern "C" {
    pub fn posix_spawn_file_actions_addclosefrom_np(
        actions: *mut posix_spawn_file_actions_t,
        from: c_int,
    ) -> c_int;
    pub fn posix_spawn_file_actions_addtcsetpgrp_np(
        actions: *mut posix_spawn_file_actions_t,
        tcfd: c_int,
    ) -> c_int;
}
