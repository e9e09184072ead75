//! `<sys/syscall.h>`: the system call numbers from 424 on, which the kernel
//! gives every architecture alike since Linux 5.1 (each architecture's
//! `asm/unistd.h`; musl 1.2.5's `bits/syscall.h` as far as it goes). Every
//! supported architecture takes them but mips64, whose n64 ABI counts from
//! 5000 and says so in its own file. `SYS_memfd_secret` (447) is not here:
//! powerpc64 and mips64 do not have it.

use crate::c_long;

pub const SYS_pidfd_send_signal: c_long = 424;
pub const SYS_io_uring_setup: c_long = 425;
pub const SYS_io_uring_enter: c_long = 426;
pub const SYS_io_uring_register: c_long = 427;
pub const SYS_open_tree: c_long = 428;
pub const SYS_move_mount: c_long = 429;
pub const SYS_fsopen: c_long = 430;
pub const SYS_fsconfig: c_long = 431;
pub const SYS_fsmount: c_long = 432;
pub const SYS_fspick: c_long = 433;
pub const SYS_pidfd_open: c_long = 434;
pub const SYS_clone3: c_long = 435;
pub const SYS_close_range: c_long = 436;
pub const SYS_openat2: c_long = 437;
pub const SYS_pidfd_getfd: c_long = 438;
pub const SYS_faccessat2: c_long = 439;
pub const SYS_process_madvise: c_long = 440;
pub const SYS_epoll_pwait2: c_long = 441;
pub const SYS_mount_setattr: c_long = 442;
pub const SYS_landlock_create_ruleset: c_long = 444;
pub const SYS_landlock_add_rule: c_long = 445;
pub const SYS_landlock_restrict_self: c_long = 446;
pub const SYS_process_mrelease: c_long = 448;
pub const SYS_futex_waitv: c_long = 449;
pub const SYS_set_mempolicy_home_node: c_long = 450;
pub const SYS_cachestat: c_long = 451;
pub const SYS_fchmodat2: c_long = 452;
pub const SYS_quotactl_fd: c_long = 443;
pub const SYS_map_shadow_stack: c_long = 453;
pub const SYS_futex_wake: c_long = 454;
pub const SYS_futex_wait: c_long = 455;
pub const SYS_futex_requeue: c_long = 456;
pub const SYS_statmount: c_long = 457;
pub const SYS_listmount: c_long = 458;
pub const SYS_lsm_get_self_attr: c_long = 459;
pub const SYS_lsm_set_self_attr: c_long = 460;
pub const SYS_lsm_list_modules: c_long = 461;
pub const SYS_mseal: c_long = 462;
pub const SYS_setxattrat: c_long = 463;
pub const SYS_getxattrat: c_long = 464;
pub const SYS_listxattrat: c_long = 465;
pub const SYS_removexattrat: c_long = 466;
pub const SYS_open_tree_attr: c_long = 467;
pub const SYS_file_getattr: c_long = 468;
pub const SYS_file_setattr: c_long = 469;
pub const SYS_listns: c_long = 470;
pub const SYS_rseq_slice_yield: c_long = 471;
