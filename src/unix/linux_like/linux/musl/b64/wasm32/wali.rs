// WALI's system call imports (no C header: WALI's own interface, the
// `wali` import module of its specification, `spec/syscall_definitions.py`).
//
// Every implemented system call of the specification is a host function
// that module `wali` exports as `SYS_<name>` (the specification's name:
// `SYS_fadvise`, `SYS_newfstatat`), bound here under the published crate's
// names `__syscall_SYS_<name>`. The specification passes each C argument as
// one wasm parameter: pointers and every type of 4 bytes or less as `i32`
// (`u32` here where the type is unsigned, as the published crate writes
// it), 8-byte types as `i64`/`u64`; the result is the raw `i64` return value
// of the system call, `-errno` on failure (errno is not set).
//
// Where the published crate's signature differs from the specification, the
// specification's wasm types are kept, since a host checks them when it
// links the module: `fcntl`'s `arg` is an `unsigned long` (`u64`, an `i64`
// parameter; published `i32`), and `poll`'s and `ppoll`'s `nfds` an
// `nfds_t`, `unsigned long long` (`u64`; published `u32`). `statx`'s `mask`
// is an `unsigned int`: its published `i32` is the same wasm `i32`.
// `getdents` and `fstatat` are the specification's aliases of `getdents64`
// and `newfstatat` (its libc defines one as the other), so they are the same
// imports; `alarm` and `utime`, which the specification lists as
// unimplemented, keep the published names with the signature its rules give.

#[link(wasm_import_module = "wali")]
extern "C" {
    #[link_name = "SYS_read"]
    pub fn __syscall_SYS_read(fd: i32, buf: i32, count: u32) -> c_long;
    #[link_name = "SYS_write"]
    pub fn __syscall_SYS_write(fd: i32, buf: i32, count: u32) -> c_long;
    #[link_name = "SYS_open"]
    pub fn __syscall_SYS_open(pathname: i32, flags: i32, mode: i32) -> c_long;
    #[link_name = "SYS_close"]
    pub fn __syscall_SYS_close(fd: i32) -> c_long;
    #[link_name = "SYS_stat"]
    pub fn __syscall_SYS_stat(pathname: i32, statbuf: i32) -> c_long;
    #[link_name = "SYS_fstat"]
    pub fn __syscall_SYS_fstat(fd: i32, statbuf: i32) -> c_long;
    #[link_name = "SYS_lstat"]
    pub fn __syscall_SYS_lstat(pathname: i32, statbuf: i32) -> c_long;
    #[link_name = "SYS_poll"]
    pub fn __syscall_SYS_poll(fds: i32, nfds: u64, timeout: i32) -> c_long;
    #[link_name = "SYS_lseek"]
    pub fn __syscall_SYS_lseek(fd: i32, offset: i64, whence: i32) -> c_long;
    #[link_name = "SYS_mmap"]
    pub fn __syscall_SYS_mmap(
        addr: i32,
        length: u32,
        prot: i32,
        flags: i32,
        fd: i32,
        offset: i64,
    ) -> c_long;
    #[link_name = "SYS_mprotect"]
    pub fn __syscall_SYS_mprotect(addr: i32, len: u32, prot: i32) -> c_long;
    #[link_name = "SYS_munmap"]
    pub fn __syscall_SYS_munmap(addr: i32, len: u32) -> c_long;
    #[link_name = "SYS_brk"]
    pub fn __syscall_SYS_brk(addr: i32) -> c_long;
    #[link_name = "SYS_rt_sigaction"]
    pub fn __syscall_SYS_rt_sigaction(
        signum: i32,
        act: i32,
        oldact: i32,
        sigsetsize: u32,
    ) -> c_long;
    #[link_name = "SYS_rt_sigprocmask"]
    pub fn __syscall_SYS_rt_sigprocmask(how: i32, set: i32, oldset: i32, sigsetsize: u32)
        -> c_long;
    #[link_name = "SYS_rt_sigreturn"]
    pub fn __syscall_SYS_rt_sigreturn(unused: i64) -> c_long;
    #[link_name = "SYS_ioctl"]
    pub fn __syscall_SYS_ioctl(fd: i32, request: i32, argp: i32) -> c_long;
    #[link_name = "SYS_pread64"]
    pub fn __syscall_SYS_pread64(fd: i32, buf: i32, count: u32, offset: i64) -> c_long;
    #[link_name = "SYS_pwrite64"]
    pub fn __syscall_SYS_pwrite64(fd: i32, buf: i32, count: u32, offset: i64) -> c_long;
    #[link_name = "SYS_readv"]
    pub fn __syscall_SYS_readv(fd: i32, iov: i32, iovcnt: i32) -> c_long;
    #[link_name = "SYS_writev"]
    pub fn __syscall_SYS_writev(fd: i32, iov: i32, iovcnt: i32) -> c_long;
    #[link_name = "SYS_access"]
    pub fn __syscall_SYS_access(pathname: i32, mode: i32) -> c_long;
    #[link_name = "SYS_pipe"]
    pub fn __syscall_SYS_pipe(pipefd: i32) -> c_long;
    #[link_name = "SYS_select"]
    pub fn __syscall_SYS_select(
        nfds: i32,
        readfds: i32,
        writefds: i32,
        exceptfds: i32,
        timeout: i32,
    ) -> c_long;
    #[link_name = "SYS_sched_yield"]
    pub fn __syscall_SYS_sched_yield() -> c_long;
    #[link_name = "SYS_mremap"]
    pub fn __syscall_SYS_mremap(
        old_address: i32,
        old_size: u32,
        new_size: u32,
        flags: i32,
        new_address: i32,
    ) -> c_long;
    #[link_name = "SYS_msync"]
    pub fn __syscall_SYS_msync(addr: i32, length: u32, flags: i32) -> c_long;
    #[link_name = "SYS_madvise"]
    pub fn __syscall_SYS_madvise(addr: i32, length: u32, advice: i32) -> c_long;
    #[link_name = "SYS_dup"]
    pub fn __syscall_SYS_dup(oldfd: i32) -> c_long;
    #[link_name = "SYS_dup2"]
    pub fn __syscall_SYS_dup2(oldfd: i32, newfd: i32) -> c_long;
    #[link_name = "SYS_nanosleep"]
    pub fn __syscall_SYS_nanosleep(req: i32, rem: i32) -> c_long;
    #[link_name = "SYS_setitimer"]
    pub fn __syscall_SYS_setitimer(which: i32, new_value: i32, old_value: i32) -> c_long;
    // Unimplemented in the specification, which gives it no signature;
    // this is the one its rules give `alarm(unsigned)`, with the published
    // crate's `i32` for the `unsigned` (the same wasm `i32`).
    #[link_name = "SYS_alarm"]
    pub fn __syscall_SYS_alarm(seconds: i32) -> c_long;
    #[link_name = "SYS_getpid"]
    pub fn __syscall_SYS_getpid() -> c_long;
    #[link_name = "SYS_socket"]
    pub fn __syscall_SYS_socket(domain: i32, type_: i32, protocol: i32) -> c_long;
    #[link_name = "SYS_connect"]
    pub fn __syscall_SYS_connect(sockfd: i32, addr: i32, addrlen: u32) -> c_long;
    #[link_name = "SYS_accept"]
    pub fn __syscall_SYS_accept(sockfd: i32, addr: i32, addrlen: i32) -> c_long;
    #[link_name = "SYS_sendto"]
    pub fn __syscall_SYS_sendto(
        sockfd: i32,
        buf: i32,
        len: u32,
        flags: i32,
        dest_addr: i32,
        addrlen: u32,
    ) -> c_long;
    #[link_name = "SYS_recvfrom"]
    pub fn __syscall_SYS_recvfrom(
        sockfd: i32,
        buf: i32,
        len: u32,
        flags: i32,
        src_addr: i32,
        addrlen: i32,
    ) -> c_long;
    #[link_name = "SYS_sendmsg"]
    pub fn __syscall_SYS_sendmsg(sockfd: i32, msg: i32, flags: i32) -> c_long;
    #[link_name = "SYS_recvmsg"]
    pub fn __syscall_SYS_recvmsg(sockfd: i32, msg: i32, flags: i32) -> c_long;
    #[link_name = "SYS_shutdown"]
    pub fn __syscall_SYS_shutdown(sockfd: i32, how: i32) -> c_long;
    #[link_name = "SYS_bind"]
    pub fn __syscall_SYS_bind(sockfd: i32, addr: i32, addrlen: u32) -> c_long;
    #[link_name = "SYS_listen"]
    pub fn __syscall_SYS_listen(sockfd: i32, backlog: i32) -> c_long;
    #[link_name = "SYS_getsockname"]
    pub fn __syscall_SYS_getsockname(sockfd: i32, addr: i32, addrlen: i32) -> c_long;
    #[link_name = "SYS_getpeername"]
    pub fn __syscall_SYS_getpeername(sockfd: i32, addr: i32, addrlen: i32) -> c_long;
    #[link_name = "SYS_socketpair"]
    pub fn __syscall_SYS_socketpair(domain: i32, type_: i32, protocol: i32, sv: i32) -> c_long;
    #[link_name = "SYS_setsockopt"]
    pub fn __syscall_SYS_setsockopt(
        sockfd: i32,
        level: i32,
        optname: i32,
        optval: i32,
        optlen: u32,
    ) -> c_long;
    #[link_name = "SYS_getsockopt"]
    pub fn __syscall_SYS_getsockopt(
        sockfd: i32,
        level: i32,
        optname: i32,
        optval: i32,
        optlen: i32,
    ) -> c_long;
    #[link_name = "SYS_fork"]
    pub fn __syscall_SYS_fork() -> c_long;
    #[link_name = "SYS_execve"]
    pub fn __syscall_SYS_execve(pathname: i32, argv: i32, envp: i32) -> c_long;
    #[link_name = "SYS_exit"]
    pub fn __syscall_SYS_exit(status: i32) -> c_long;
    #[link_name = "SYS_wait4"]
    pub fn __syscall_SYS_wait4(pid: i32, wstatus: i32, options: i32, rusage: i32) -> c_long;
    #[link_name = "SYS_kill"]
    pub fn __syscall_SYS_kill(pid: i32, sig: i32) -> c_long;
    #[link_name = "SYS_uname"]
    pub fn __syscall_SYS_uname(buf: i32) -> c_long;
    #[link_name = "SYS_fcntl"]
    pub fn __syscall_SYS_fcntl(fd: i32, cmd: i32, arg: u64) -> c_long;
    #[link_name = "SYS_flock"]
    pub fn __syscall_SYS_flock(fd: i32, operation: i32) -> c_long;
    #[link_name = "SYS_fsync"]
    pub fn __syscall_SYS_fsync(fd: i32) -> c_long;
    #[link_name = "SYS_fdatasync"]
    pub fn __syscall_SYS_fdatasync(fd: i32) -> c_long;
    #[link_name = "SYS_ftruncate"]
    pub fn __syscall_SYS_ftruncate(fd: i32, length: i64) -> c_long;
    #[link_name = "SYS_getcwd"]
    pub fn __syscall_SYS_getcwd(buf: i32, size: u32) -> c_long;
    #[link_name = "SYS_chdir"]
    pub fn __syscall_SYS_chdir(path: i32) -> c_long;
    #[link_name = "SYS_fchdir"]
    pub fn __syscall_SYS_fchdir(fd: i32) -> c_long;
    #[link_name = "SYS_rename"]
    pub fn __syscall_SYS_rename(oldpath: i32, newpath: i32) -> c_long;
    #[link_name = "SYS_mkdir"]
    pub fn __syscall_SYS_mkdir(pathname: i32, mode: i32) -> c_long;
    #[link_name = "SYS_rmdir"]
    pub fn __syscall_SYS_rmdir(pathname: i32) -> c_long;
    #[link_name = "SYS_link"]
    pub fn __syscall_SYS_link(oldpath: i32, newpath: i32) -> c_long;
    #[link_name = "SYS_unlink"]
    pub fn __syscall_SYS_unlink(pathname: i32) -> c_long;
    #[link_name = "SYS_symlink"]
    pub fn __syscall_SYS_symlink(target: i32, linkpath: i32) -> c_long;
    #[link_name = "SYS_readlink"]
    pub fn __syscall_SYS_readlink(pathname: i32, buf: i32, bufsiz: u32) -> c_long;
    #[link_name = "SYS_chmod"]
    pub fn __syscall_SYS_chmod(pathname: i32, mode: i32) -> c_long;
    #[link_name = "SYS_fchmod"]
    pub fn __syscall_SYS_fchmod(fd: i32, mode: i32) -> c_long;
    #[link_name = "SYS_chown"]
    pub fn __syscall_SYS_chown(pathname: i32, owner: i32, group: i32) -> c_long;
    #[link_name = "SYS_fchown"]
    pub fn __syscall_SYS_fchown(fd: i32, owner: i32, group: i32) -> c_long;
    #[link_name = "SYS_umask"]
    pub fn __syscall_SYS_umask(mask: i32) -> c_long;
    #[link_name = "SYS_gettimeofday"]
    pub fn __syscall_SYS_gettimeofday(tv: i32, tz: i32) -> c_long;
    #[link_name = "SYS_getrlimit"]
    pub fn __syscall_SYS_getrlimit(resource: i32, rlim: i32) -> c_long;
    #[link_name = "SYS_getrusage"]
    pub fn __syscall_SYS_getrusage(who: i32, usage: i32) -> c_long;
    #[link_name = "SYS_sysinfo"]
    pub fn __syscall_SYS_sysinfo(info: i32) -> c_long;
    #[link_name = "SYS_getuid"]
    pub fn __syscall_SYS_getuid() -> c_long;
    #[link_name = "SYS_getgid"]
    pub fn __syscall_SYS_getgid() -> c_long;
    #[link_name = "SYS_setuid"]
    pub fn __syscall_SYS_setuid(uid: i32) -> c_long;
    #[link_name = "SYS_setgid"]
    pub fn __syscall_SYS_setgid(gid: i32) -> c_long;
    #[link_name = "SYS_geteuid"]
    pub fn __syscall_SYS_geteuid() -> c_long;
    #[link_name = "SYS_getegid"]
    pub fn __syscall_SYS_getegid() -> c_long;
    #[link_name = "SYS_setpgid"]
    pub fn __syscall_SYS_setpgid(pid: i32, pgid: i32) -> c_long;
    #[link_name = "SYS_getppid"]
    pub fn __syscall_SYS_getppid() -> c_long;
    #[link_name = "SYS_setsid"]
    pub fn __syscall_SYS_setsid() -> c_long;
    #[link_name = "SYS_setreuid"]
    pub fn __syscall_SYS_setreuid(ruid: i32, euid: i32) -> c_long;
    #[link_name = "SYS_setregid"]
    pub fn __syscall_SYS_setregid(rgid: i32, egid: i32) -> c_long;
    #[link_name = "SYS_getgroups"]
    pub fn __syscall_SYS_getgroups(size: u32, list: i32) -> c_long;
    #[link_name = "SYS_setgroups"]
    pub fn __syscall_SYS_setgroups(size: u32, list: i32) -> c_long;
    #[link_name = "SYS_setresuid"]
    pub fn __syscall_SYS_setresuid(ruid: i32, euid: i32, suid: i32) -> c_long;
    #[link_name = "SYS_setresgid"]
    pub fn __syscall_SYS_setresgid(rgid: i32, egid: i32, sgid: i32) -> c_long;
    #[link_name = "SYS_getpgid"]
    pub fn __syscall_SYS_getpgid(pid: i32) -> c_long;
    #[link_name = "SYS_getsid"]
    pub fn __syscall_SYS_getsid(pid: i32) -> c_long;
    #[link_name = "SYS_rt_sigpending"]
    pub fn __syscall_SYS_rt_sigpending(set: i32, sigsetsize: u32) -> c_long;
    #[link_name = "SYS_rt_sigsuspend"]
    pub fn __syscall_SYS_rt_sigsuspend(mask: i32, sigsetsize: u32) -> c_long;
    #[link_name = "SYS_sigaltstack"]
    pub fn __syscall_SYS_sigaltstack(ss: i32, old_ss: i32) -> c_long;
    // Unimplemented in the specification, which gives it no signature;
    // this is the one its rules give `utime(const char *, const struct
    // utimbuf *)`.
    #[link_name = "SYS_utime"]
    pub fn __syscall_SYS_utime(filename: i32, times: i32) -> c_long;
    #[link_name = "SYS_statfs"]
    pub fn __syscall_SYS_statfs(path: i32, buf: i32) -> c_long;
    #[link_name = "SYS_fstatfs"]
    pub fn __syscall_SYS_fstatfs(fd: i32, buf: i32) -> c_long;
    #[link_name = "SYS_prctl"]
    pub fn __syscall_SYS_prctl(option: i32, arg2: u64, arg3: u64, arg4: u64, arg5: u64) -> c_long;
    #[link_name = "SYS_setrlimit"]
    pub fn __syscall_SYS_setrlimit(resource: i32, rlim: i32) -> c_long;
    #[link_name = "SYS_chroot"]
    pub fn __syscall_SYS_chroot(path: i32) -> c_long;
    #[link_name = "SYS_gettid"]
    pub fn __syscall_SYS_gettid() -> c_long;
    #[link_name = "SYS_tkill"]
    pub fn __syscall_SYS_tkill(tid: i32, sig: i32) -> c_long;
    #[link_name = "SYS_futex"]
    pub fn __syscall_SYS_futex(
        uaddr: i32,
        futex_op: i32,
        val: i32,
        timeout: i32,
        uaddr2: i32,
        val3: i32,
    ) -> c_long;
    #[link_name = "SYS_sched_getaffinity"]
    pub fn __syscall_SYS_sched_getaffinity(pid: i32, cpusetsize: u32, mask: i32) -> c_long;
    #[link_name = "SYS_getdents64"]
    pub fn __syscall_SYS_getdents64(fd: i32, dirp: i32, count: i32) -> c_long;
    #[link_name = "SYS_set_tid_address"]
    pub fn __syscall_SYS_set_tid_address(tidptr: i32) -> c_long;
    #[link_name = "SYS_fadvise"]
    pub fn __syscall_SYS_fadvise(fd: i32, offset: i64, len: i64, advice: i32) -> c_long;
    #[link_name = "SYS_clock_gettime"]
    pub fn __syscall_SYS_clock_gettime(clockid: i32, tp: i32) -> c_long;
    #[link_name = "SYS_clock_getres"]
    pub fn __syscall_SYS_clock_getres(clockid: i32, res: i32) -> c_long;
    #[link_name = "SYS_clock_nanosleep"]
    pub fn __syscall_SYS_clock_nanosleep(
        clockid: i32,
        flags: i32,
        request: i32,
        remain: i32,
    ) -> c_long;
    #[link_name = "SYS_exit_group"]
    pub fn __syscall_SYS_exit_group(status: i32) -> c_long;
    #[link_name = "SYS_epoll_ctl"]
    pub fn __syscall_SYS_epoll_ctl(epfd: i32, op: i32, fd: i32, event: i32) -> c_long;
    #[link_name = "SYS_openat"]
    pub fn __syscall_SYS_openat(dirfd: i32, pathname: i32, flags: i32, mode: i32) -> c_long;
    #[link_name = "SYS_mkdirat"]
    pub fn __syscall_SYS_mkdirat(dirfd: i32, pathname: i32, mode: i32) -> c_long;
    #[link_name = "SYS_fchownat"]
    pub fn __syscall_SYS_fchownat(
        dirfd: i32,
        pathname: i32,
        owner: i32,
        group: i32,
        flags: i32,
    ) -> c_long;
    #[link_name = "SYS_newfstatat"]
    pub fn __syscall_SYS_newfstatat(dirfd: i32, pathname: i32, statbuf: i32, flags: i32) -> c_long;
    #[link_name = "SYS_unlinkat"]
    pub fn __syscall_SYS_unlinkat(dirfd: i32, pathname: i32, flags: i32) -> c_long;
    #[link_name = "SYS_linkat"]
    pub fn __syscall_SYS_linkat(
        olddirfd: i32,
        oldpath: i32,
        newdirfd: i32,
        newpath: i32,
        flags: i32,
    ) -> c_long;
    #[link_name = "SYS_symlinkat"]
    pub fn __syscall_SYS_symlinkat(target: i32, newdirfd: i32, linkpath: i32) -> c_long;
    #[link_name = "SYS_readlinkat"]
    pub fn __syscall_SYS_readlinkat(dirfd: i32, pathname: i32, buf: i32, bufsiz: u32) -> c_long;
    #[link_name = "SYS_fchmodat"]
    pub fn __syscall_SYS_fchmodat(dirfd: i32, pathname: i32, mode: i32, flags: i32) -> c_long;
    #[link_name = "SYS_faccessat"]
    pub fn __syscall_SYS_faccessat(dirfd: i32, pathname: i32, mode: i32, flags: i32) -> c_long;
    #[link_name = "SYS_pselect6"]
    pub fn __syscall_SYS_pselect6(
        nfds: i32,
        readfds: i32,
        writefds: i32,
        exceptfds: i32,
        timeout: i32,
        sigmask: i32,
    ) -> c_long;
    #[link_name = "SYS_ppoll"]
    pub fn __syscall_SYS_ppoll(
        fds: i32,
        nfds: u64,
        tmo_p: i32,
        sigmask: i32,
        sigsetsize: u32,
    ) -> c_long;
    #[link_name = "SYS_utimensat"]
    pub fn __syscall_SYS_utimensat(dirfd: i32, pathname: i32, times: i32, flags: i32) -> c_long;
    #[link_name = "SYS_epoll_pwait"]
    pub fn __syscall_SYS_epoll_pwait(
        epfd: i32,
        events: i32,
        maxevents: i32,
        timeout: i32,
        sigmask: i32,
        sigsetsize: u32,
    ) -> c_long;
    #[link_name = "SYS_eventfd"]
    pub fn __syscall_SYS_eventfd(initval: i32) -> c_long;
    #[link_name = "SYS_accept4"]
    pub fn __syscall_SYS_accept4(sockfd: i32, addr: i32, addrlen: i32, flags: i32) -> c_long;
    #[link_name = "SYS_eventfd2"]
    pub fn __syscall_SYS_eventfd2(initval: i32, flags: i32) -> c_long;
    #[link_name = "SYS_epoll_create1"]
    pub fn __syscall_SYS_epoll_create1(flags: i32) -> c_long;
    #[link_name = "SYS_dup3"]
    pub fn __syscall_SYS_dup3(oldfd: i32, newfd: i32, flags: i32) -> c_long;
    #[link_name = "SYS_pipe2"]
    pub fn __syscall_SYS_pipe2(pipefd: i32, flags: i32) -> c_long;
    #[link_name = "SYS_prlimit64"]
    pub fn __syscall_SYS_prlimit64(
        pid: i32,
        resource: i32,
        new_limit: i32,
        old_limit: i32,
    ) -> c_long;
    #[link_name = "SYS_renameat2"]
    pub fn __syscall_SYS_renameat2(
        olddirfd: i32,
        oldpath: i32,
        newdirfd: i32,
        newpath: i32,
        flags: i32,
    ) -> c_long;
    #[link_name = "SYS_getrandom"]
    pub fn __syscall_SYS_getrandom(buf: i32, buflen: u32, flags: i32) -> c_long;
    #[link_name = "SYS_statx"]
    pub fn __syscall_SYS_statx(
        dirfd: i32,
        pathname: i32,
        flags: i32,
        mask: i32,
        statxbuf: i32,
    ) -> c_long;
    #[link_name = "SYS_faccessat2"]
    pub fn __syscall_SYS_faccessat2(dirfd: i32, pathname: i32, mode: i32, flags: i32) -> c_long;
}

// WALI's auxiliary imports (the specification's `aux_imports`, module
// `wali`, imported under their own names): what a module without WALI's C
// library needs to see its command line and initial environment and to end
// with a status. The specification types them as C does: `unsigned int`
// (`u32`, wasm `i32`), `int`, `char *` (a 4-byte guest pointer); `__proc_exit`
// is `void` and does not return.
#[link(wasm_import_module = "wali")]
extern "C" {
    /// The number of command-line arguments, `argv[0]` included.
    pub fn __cl_get_argc() -> crate::c_uint;
    /// The length of argument `arg_index`, which sizes the buffer of
    /// `__cl_copy_argv` (give it one byte more, for a terminating NUL).
    pub fn __cl_get_argv_len(arg_index: crate::c_uint) -> crate::c_uint;
    /// Copies argument `arg_index` into `argbuf` in the module's memory.
    pub fn __cl_copy_argv(argbuf: *mut crate::c_char, arg_index: crate::c_uint) -> crate::c_int;
    /// Writes the path of the file that holds the initial environment into
    /// `pathbuf` (`bufsize` bytes); 0 means there is no such file.
    pub fn __get_init_envfile(pathbuf: *mut crate::c_char, bufsize: crate::c_uint) -> crate::c_int;
    /// Ends the module with `status`.
    pub fn __proc_exit(status: crate::c_int) -> !;
}

pub use self::__syscall_SYS_getdents64 as __syscall_SYS_getdents;
pub use self::__syscall_SYS_newfstatat as __syscall_SYS_fstatat;

// The specification names x86_64's `fadvise64` (221) `fadvise`, as its
// import is named.
pub const SYS_fadvise: c_long = 221;
