// `<sys/fsuid.h>`: the file system user and group ids (musl
// `include/sys/fsuid.h`).

extern "C" {
    pub fn setfsuid(uid: uid_t) -> c_int;
    pub fn setfsgid(gid: gid_t) -> c_int;
}
