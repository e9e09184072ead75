// `<aio.h>`: `struct aiocb`, whose padding depends on the pointer size
// (musl `include/aio.h`).

/// `struct aiocb`, ending in `char __dummy4[32-2*sizeof(void *)]`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct aiocb {
    pub aio_fildes: c_int,
    pub aio_lio_opcode: c_int,
    pub aio_reqprio: c_int,
    pub aio_buf: *mut c_void,
    pub aio_nbytes: size_t,
    pub aio_sigevent: sigevent,
    __td: *mut c_void,
    __lock: [c_int; 2],
    __err: c_int,
    __ret: ssize_t,
    pub aio_offset: off_t,
    __next: *mut c_void,
    __prev: *mut c_void,
    __dummy4: crate::Padding<[c_char; 32 - 2 * core::mem::size_of::<*mut c_void>()]>,
}
