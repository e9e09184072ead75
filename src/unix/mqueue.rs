// `<mqueue.h>`: POSIX message queues (musl `include/mqueue.h`).

pub type mqd_t = c_int;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct mq_attr {
    pub mq_flags: c_long,
    pub mq_maxmsg: c_long,
    pub mq_msgsize: c_long,
    pub mq_curmsgs: c_long,
    __unused: crate::Padding<[c_long; 4]>,
}

extern "C" {
    pub fn mq_close(mqd: mqd_t) -> c_int;
    pub fn mq_getattr(mqd: mqd_t, attr: *mut mq_attr) -> c_int;
    pub fn mq_open(name: *const c_char, flags: c_int, ...) -> mqd_t;
    pub fn mq_receive(mqd: mqd_t, msg: *mut c_char, len: size_t, prio: *mut c_uint) -> ssize_t;
    pub fn mq_send(mqd: mqd_t, msg: *const c_char, len: size_t, prio: c_uint) -> c_int;
    pub fn mq_setattr(mqd: mqd_t, new: *const mq_attr, old: *mut mq_attr) -> c_int;
    pub fn mq_timedreceive(
        mqd: mqd_t,
        msg: *mut c_char,
        len: size_t,
        prio: *mut c_uint,
        at: *const timespec,
    ) -> ssize_t;
    pub fn mq_timedsend(
        mqd: mqd_t,
        msg: *const c_char,
        len: size_t,
        prio: c_uint,
        at: *const timespec,
    ) -> c_int;
    pub fn mq_unlink(name: *const c_char) -> c_int;
}

extern "C" {
    pub fn mq_notify(mqd: mqd_t, sev: *const sigevent) -> c_int;
}
