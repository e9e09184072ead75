// `<aio.h>`: POSIX asynchronous I/O: the `aiocb` control block, the
// `AIO_*`/`LIO_*` values and the `aio_*` functions (musl `include/aio.h`).

pub const AIO_CANCELED: c_int = 0;
pub const AIO_NOTCANCELED: c_int = 1;
pub const AIO_ALLDONE: c_int = 2;
pub const LIO_READ: c_int = 0;
pub const LIO_WRITE: c_int = 1;
pub const LIO_NOP: c_int = 2;
pub const LIO_WAIT: c_int = 0;
pub const LIO_NOWAIT: c_int = 1;

extern "C" {
    pub fn aio_read(cb: *mut aiocb) -> c_int;
    pub fn aio_write(cb: *mut aiocb) -> c_int;
    pub fn aio_error(cb: *const aiocb) -> c_int;
    pub fn aio_return(cb: *mut aiocb) -> ssize_t;
    pub fn aio_cancel(fd: c_int, cb: *mut aiocb) -> c_int;
    pub fn aio_suspend(cbs: *const *const aiocb, cnt: c_int, ts: *const timespec) -> c_int;
    pub fn aio_fsync(op: c_int, cb: *mut aiocb) -> c_int;
    pub fn lio_listio(mode: c_int, cbs: *const *mut aiocb, cnt: c_int, sev: *mut sigevent)
        -> c_int;
}
