// `<spawn.h>`: `posix_spawn`, its attributes and file actions (musl
// `include/spawn.h`).

pub const POSIX_SPAWN_RESETIDS: c_int = 1;
pub const POSIX_SPAWN_SETPGROUP: c_int = 2;
pub const POSIX_SPAWN_SETSIGDEF: c_int = 4;
pub const POSIX_SPAWN_SETSIGMASK: c_int = 8;
pub const POSIX_SPAWN_SETSCHEDPARAM: c_int = 16;
pub const POSIX_SPAWN_SETSCHEDULER: c_int = 32;
pub const POSIX_SPAWN_USEVFORK: c_short = 64;
pub const POSIX_SPAWN_SETSID: c_short = 128;

extern "C" {
    pub fn posix_spawn(
        res: *mut pid_t,
        path: *const c_char,
        fa: *const posix_spawn_file_actions_t,
        attr: *const posix_spawnattr_t,
        argv: *const *mut c_char,
        envp: *const *mut c_char,
    ) -> c_int;
    pub fn posix_spawnp(
        res: *mut pid_t,
        file: *const c_char,
        fa: *const posix_spawn_file_actions_t,
        attr: *const posix_spawnattr_t,
        argv: *const *mut c_char,
        envp: *const *mut c_char,
    ) -> c_int;
    pub fn posix_spawnattr_init(attr: *mut posix_spawnattr_t) -> c_int;
    pub fn posix_spawnattr_destroy(attr: *mut posix_spawnattr_t) -> c_int;
    pub fn posix_spawnattr_setflags(attr: *mut posix_spawnattr_t, flags: c_short) -> c_int;
    pub fn posix_spawnattr_getflags(attr: *const posix_spawnattr_t, flags: *mut c_short) -> c_int;
    pub fn posix_spawnattr_setpgroup(attr: *mut posix_spawnattr_t, pgrp: pid_t) -> c_int;
    pub fn posix_spawnattr_getpgroup(attr: *const posix_spawnattr_t, pgrp: *mut pid_t) -> c_int;
    pub fn posix_spawnattr_setsigmask(attr: *mut posix_spawnattr_t, mask: *const sigset_t)
        -> c_int;
    pub fn posix_spawnattr_getsigmask(attr: *const posix_spawnattr_t, mask: *mut sigset_t)
        -> c_int;
    pub fn posix_spawnattr_setsigdefault(
        attr: *mut posix_spawnattr_t,
        def: *const sigset_t,
    ) -> c_int;
    pub fn posix_spawnattr_getsigdefault(
        attr: *const posix_spawnattr_t,
        def: *mut sigset_t,
    ) -> c_int;
    pub fn posix_spawnattr_setschedparam(
        attr: *mut posix_spawnattr_t,
        schedparam: *const sched_param,
    ) -> c_int;
    pub fn posix_spawnattr_getschedparam(
        attr: *const posix_spawnattr_t,
        schedparam: *mut sched_param,
    ) -> c_int;
    pub fn posix_spawnattr_setschedpolicy(attr: *mut posix_spawnattr_t, policy: c_int) -> c_int;
    pub fn posix_spawnattr_getschedpolicy(
        attr: *const posix_spawnattr_t,
        policy: *mut c_int,
    ) -> c_int;
    pub fn posix_spawn_file_actions_init(fa: *mut posix_spawn_file_actions_t) -> c_int;
    pub fn posix_spawn_file_actions_destroy(fa: *mut posix_spawn_file_actions_t) -> c_int;
    pub fn posix_spawn_file_actions_addopen(
        fa: *mut posix_spawn_file_actions_t,
        fd: c_int,
        path: *const c_char,
        flags: c_int,
        mode: mode_t,
    ) -> c_int;
    pub fn posix_spawn_file_actions_addclose(
        fa: *mut posix_spawn_file_actions_t,
        fd: c_int,
    ) -> c_int;
    pub fn posix_spawn_file_actions_adddup2(
        fa: *mut posix_spawn_file_actions_t,
        srcfd: c_int,
        fd: c_int,
    ) -> c_int;
}

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
