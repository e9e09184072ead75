// `<spawn.h>`: the GNU `posix_spawn` extensions (musl `include/spawn.h`).

extern "C" {
    pub fn posix_spawn_file_actions_addchdir_np(
        fa: *mut posix_spawn_file_actions_t,
        path: *const c_char,
    ) -> c_int;
    pub fn posix_spawn_file_actions_addfchdir_np(
        fa: *mut posix_spawn_file_actions_t,
        fd: c_int,
    ) -> c_int;
}
