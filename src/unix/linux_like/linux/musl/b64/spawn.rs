// `<spawn.h>`: the `posix_spawn` attribute and file-action objects, whose
// padding depends on the pointer size (musl `include/spawn.h`).

/// `posix_spawnattr_t`, padded to 64 bytes after its function pointer.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct posix_spawnattr_t {
    __flags: c_int,
    __pgrp: pid_t,
    __def: sigset_t,
    __mask: sigset_t,
    __prio: c_int,
    __pol: c_int,
    __fn: *mut c_void,
    __pad: crate::Padding<[c_char; 64 - core::mem::size_of::<*mut c_void>()]>,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct posix_spawn_file_actions_t {
    __pad0: crate::Padding<[c_int; 2]>,
    __actions: *mut c_void,
    __pad: crate::Padding<[c_int; 16]>,
}
