// `<linux/eventpoll.h>`: epoll's busy-poll parameters and their `ioctl`s (the
// kernel's `include/uapi/linux/eventpoll.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct epoll_params {
    pub busy_poll_usecs: u32,
    pub busy_poll_budget: u16,
    pub prefer_busy_poll: u8,
    pub __pad: u8,
}

pub const EPIOCSPARAMS: ioctl_request_t = _IOW::<epoll_params>(0x8a, 0x01);
pub const EPIOCGPARAMS: ioctl_request_t = _IOR::<epoll_params>(0x8a, 0x02);
