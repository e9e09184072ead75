// `<sys/syscall.h>`: the system call numbers every supported architecture
// shares from 424 on, where the kernel gave all architectures one numbering
// (Linux 5.1; each architecture's `asm/unistd.h`, and musl 1.2.5's
// `bits/syscall.h` as far as it goes). Each is offset by the architecture's
// `SYSCALL_BASE` (5000 for mips64's n64 ABI, 0 elsewhere). `SYS_memfd_secret`
// (447) is not here: powerpc64 and mips64 do not have it.

pub const SYS_pidfd_send_signal: c_long = SYSCALL_BASE + 424;
pub const SYS_io_uring_setup: c_long = SYSCALL_BASE + 425;
pub const SYS_io_uring_enter: c_long = SYSCALL_BASE + 426;
pub const SYS_io_uring_register: c_long = SYSCALL_BASE + 427;
pub const SYS_open_tree: c_long = SYSCALL_BASE + 428;
pub const SYS_move_mount: c_long = SYSCALL_BASE + 429;
pub const SYS_fsopen: c_long = SYSCALL_BASE + 430;
pub const SYS_fsconfig: c_long = SYSCALL_BASE + 431;
pub const SYS_fsmount: c_long = SYSCALL_BASE + 432;
pub const SYS_fspick: c_long = SYSCALL_BASE + 433;
pub const SYS_pidfd_open: c_long = SYSCALL_BASE + 434;
pub const SYS_clone3: c_long = SYSCALL_BASE + 435;
pub const SYS_close_range: c_long = SYSCALL_BASE + 436;
pub const SYS_openat2: c_long = SYSCALL_BASE + 437;
pub const SYS_pidfd_getfd: c_long = SYSCALL_BASE + 438;
pub const SYS_faccessat2: c_long = SYSCALL_BASE + 439;
pub const SYS_process_madvise: c_long = SYSCALL_BASE + 440;
pub const SYS_epoll_pwait2: c_long = SYSCALL_BASE + 441;
pub const SYS_mount_setattr: c_long = SYSCALL_BASE + 442;
pub const SYS_landlock_create_ruleset: c_long = SYSCALL_BASE + 444;
pub const SYS_landlock_add_rule: c_long = SYSCALL_BASE + 445;
pub const SYS_landlock_restrict_self: c_long = SYSCALL_BASE + 446;
pub const SYS_process_mrelease: c_long = SYSCALL_BASE + 448;
pub const SYS_futex_waitv: c_long = SYSCALL_BASE + 449;
pub const SYS_set_mempolicy_home_node: c_long = SYSCALL_BASE + 450;
pub const SYS_cachestat: c_long = SYSCALL_BASE + 451;
pub const SYS_fchmodat2: c_long = SYSCALL_BASE + 452;
pub const SYS_quotactl_fd: c_long = SYSCALL_BASE + 443;
pub const SYS_map_shadow_stack: c_long = SYSCALL_BASE + 453;
pub const SYS_futex_wake: c_long = SYSCALL_BASE + 454;
pub const SYS_futex_wait: c_long = SYSCALL_BASE + 455;
pub const SYS_futex_requeue: c_long = SYSCALL_BASE + 456;
pub const SYS_statmount: c_long = SYSCALL_BASE + 457;
pub const SYS_listmount: c_long = SYSCALL_BASE + 458;
pub const SYS_lsm_get_self_attr: c_long = SYSCALL_BASE + 459;
pub const SYS_lsm_set_self_attr: c_long = SYSCALL_BASE + 460;
pub const SYS_lsm_list_modules: c_long = SYSCALL_BASE + 461;
pub const SYS_mseal: c_long = SYSCALL_BASE + 462;
pub const SYS_setxattrat: c_long = SYSCALL_BASE + 463;
pub const SYS_getxattrat: c_long = SYSCALL_BASE + 464;
pub const SYS_listxattrat: c_long = SYSCALL_BASE + 465;
pub const SYS_removexattrat: c_long = SYSCALL_BASE + 466;
pub const SYS_open_tree_attr: c_long = SYSCALL_BASE + 467;
pub const SYS_file_getattr: c_long = SYSCALL_BASE + 468;
pub const SYS_file_setattr: c_long = SYSCALL_BASE + 469;
pub const SYS_listns: c_long = SYSCALL_BASE + 470;
pub const SYS_rseq_slice_yield: c_long = SYSCALL_BASE + 471;
