// `<unistd.h>`: the kernel's `lseek` whences, the `sysconf` names, the GNU
// and BSD functions beyond POSIX, and `syscall` (musl `include/unistd.h`,
// `_GNU_SOURCE`).

pub const SEEK_DATA: c_int = 3;
pub const SEEK_HOLE: c_int = 4;

pub const _SC_NPROCESSORS_CONF: c_int = 83;
pub const _SC_NPROCESSORS_ONLN: c_int = 84;
pub const _SC_PHYS_PAGES: c_int = 85;
pub const _SC_AVPHYS_PAGES: c_int = 86;

extern "C" {
    pub fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
    pub fn dup3(src: c_int, dst: c_int, flags: c_int) -> c_int;
    pub fn getpagesize() -> c_int;
    pub fn gettid() -> pid_t;
    /// `long syscall(long number, ...)`.
    pub fn syscall(num: c_long, ...) -> c_long;
}

extern "C" {
    pub fn usleep(useconds: c_uint) -> c_int;
    pub fn brk(end: *mut c_void) -> c_int;
    pub fn sbrk(inc: intptr_t) -> *mut c_void;
    pub fn vfork() -> pid_t;
    pub fn vhangup() -> c_int;
    pub fn chroot(path: *const c_char) -> c_int;
    pub fn getdtablesize() -> c_int;
    pub fn sethostname(name: *const c_char, len: size_t) -> c_int;
    pub fn getdomainname(name: *mut c_char, len: size_t) -> c_int;
    pub fn setdomainname(name: *const c_char, len: size_t) -> c_int;
    pub fn daemon(nochdir: c_int, noclose: c_int) -> c_int;
    pub fn execvpe(
        file: *const c_char,
        argv: *const *const c_char,
        envp: *const *const c_char,
    ) -> c_int;
    pub fn setresuid(ruid: uid_t, euid: uid_t, suid: uid_t) -> c_int;
    pub fn setresgid(rgid: gid_t, egid: gid_t, sgid: gid_t) -> c_int;
    pub fn getresuid(ruid: *mut uid_t, euid: *mut uid_t, suid: *mut uid_t) -> c_int;
    pub fn getresgid(rgid: *mut gid_t, egid: *mut gid_t, sgid: *mut gid_t) -> c_int;
    pub fn syncfs(fd: c_int) -> c_int;
    pub fn euidaccess(filename: *const c_char, amode: c_int) -> c_int;
    pub fn eaccess(filename: *const c_char, amode: c_int) -> c_int;
    pub fn copy_file_range(
        fd_in: c_int,
        off_in: *mut off_t,
        fd_out: c_int,
        off_out: *mut off_t,
        len: size_t,
        flags: c_uint,
    ) -> ssize_t;
}

extern "C" {
    pub fn endusershell();
    pub fn get_current_dir_name() -> *mut c_char;
    pub fn getentropy(buffer: *mut c_void, len: size_t) -> c_int;
    pub fn getpass(prompt: *const c_char) -> *mut c_char;
    pub fn getusershell() -> *mut c_char;
    pub fn issetugid() -> c_int;
    pub fn setusershell();
    pub fn ualarm(value: c_uint, interval: c_uint) -> c_uint;
}
