//! `<sys/epoll.h>`: `struct epoll_event`, naturally aligned (musl
//! `include/sys/epoll.h` everywhere but x86_64). The published crate spells
//! C's `epoll_data_t` union as its 64-bit member `u64`.

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct epoll_event {
    pub events: u32,
    pub u64: u64,
}
