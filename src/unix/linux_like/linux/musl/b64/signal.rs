// `<signal.h>`: `sigset_t`, `unsigned long __bits[128/sizeof(long)]` (musl
// `include/alltypes.h.in`).

/// `struct sigevent`: 64 bytes. Its `__sev_fields` union holds either the
/// thread id (`SIGEV_THREAD_ID`), public as in the published crate, or the
/// `SIGEV_THREAD` function and attributes, which start at the same place.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sigevent {
    pub sigev_value: sigval,
    pub sigev_signo: c_int,
    pub sigev_notify: c_int,
    pub sigev_notify_thread_id: c_int,
    __pad: crate::Padding<
        [c_int;
            (64 - 3 * core::mem::size_of::<c_int>() - core::mem::size_of::<sigval>())
                / core::mem::size_of::<c_int>()],
    >,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sigset_t {
    __bits: [c_ulong; 16],
}
