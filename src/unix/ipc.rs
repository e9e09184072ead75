// `<sys/ipc.h>`: the System V IPC keys, flags and commands shared by
// messages, semaphores and shared memory, and `ftok` (musl `include/sys/ipc.h`).

pub const IPC_CREAT: c_int = 0o1000;
pub const IPC_EXCL: c_int = 0o2000;
pub const IPC_NOWAIT: c_int = 0o4000;
pub const IPC_RMID: c_int = 0;
pub const IPC_SET: c_int = 1;
pub const IPC_INFO: c_int = 3;
pub const IPC_PRIVATE: key_t = 0;

extern "C" {
    pub fn ftok(path: *const c_char, id: c_int) -> key_t;
}
