// `<sys/epoll.h>`: x86_64's `struct epoll_event` is packed, 12 bytes, as
// the kernel's x86_64 ABI lays it out (musl `include/sys/epoll.h`, under
// `__x86_64__`). The published crate spells C's `epoll_data_t` union as its
// 64-bit member `u64`. wasm32-wali shares this file: WALI passes the x86_64
// kernel's packed layout through, as its specification has it.

#[repr(C, packed)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct epoll_event {
    pub events: u32,
    pub u64: u64,
}
