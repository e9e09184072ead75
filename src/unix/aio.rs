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

// `<aio.h>`: musl's large-file `aiocb64` and `aio_*64` names, macros only
// since musl 1.2.4, as an alias and wrappers that call the functions musl
// has (musl `include/aio.h`).

/// musl's `#define aiocb64 aiocb`.
pub type aiocb64 = aiocb;

/// `aio_read64`: musl 1.2.4+ has only `aio_read`.
#[inline]
pub unsafe extern "C" fn aio_read64(cb: *mut aiocb64) -> c_int {
    aio_read(cb)
}

/// `aio_write64`: musl 1.2.4+ has only `aio_write`.
#[inline]
pub unsafe extern "C" fn aio_write64(cb: *mut aiocb64) -> c_int {
    aio_write(cb)
}

/// `aio_error64`: musl 1.2.4+ has only `aio_error`.
#[inline]
pub unsafe extern "C" fn aio_error64(cb: *const aiocb64) -> c_int {
    aio_error(cb)
}

/// `aio_return64`: musl 1.2.4+ has only `aio_return`.
#[inline]
pub unsafe extern "C" fn aio_return64(cb: *mut aiocb64) -> ssize_t {
    aio_return(cb)
}

/// `aio_cancel64`: musl 1.2.4+ has only `aio_cancel`.
#[inline]
pub unsafe extern "C" fn aio_cancel64(fd: c_int, cb: *mut aiocb64) -> c_int {
    aio_cancel(fd, cb)
}

/// `aio_suspend64`: musl 1.2.4+ has only `aio_suspend`.
#[inline]
pub unsafe extern "C" fn aio_suspend64(
    cbs: *const *const aiocb64,
    cnt: c_int,
    ts: *const timespec,
) -> c_int {
    aio_suspend(cbs, cnt, ts)
}

/// `aio_fsync64`: musl 1.2.4+ has only `aio_fsync`.
#[inline]
pub unsafe extern "C" fn aio_fsync64(op: c_int, cb: *mut aiocb64) -> c_int {
    aio_fsync(op, cb)
}

/// `lio_listio64`: musl 1.2.4+ has only `lio_listio`.
#[inline]
pub unsafe extern "C" fn lio_listio64(
    mode: c_int,
    cbs: *const *mut aiocb64,
    cnt: c_int,
    sev: *mut sigevent,
) -> c_int {
    lio_listio(mode, cbs, cnt, sev)
}
