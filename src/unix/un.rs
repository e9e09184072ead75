// `<sys/un.h>`: the Unix-domain socket address (musl `include/sys/un.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sockaddr_un {
    pub sun_family: sa_family_t,
    pub sun_path: [c_char; 108],
}

// `<sys/un.h>`: the BSD `SUN_LEN` helper (musl `include/sys/un.h`).

/// `SUN_LEN(s)`: the address's length up to the end of its path, as
/// `2 + strlen(s->sun_path)`; a path with no NUL counts as the whole array.
#[inline]
pub unsafe extern "C" fn SUN_LEN(s: sockaddr_un) -> usize {
    let mut n = 0;
    while n < s.sun_path.len() && s.sun_path[n] != 0 {
        n += 1;
    }
    core::mem::size_of_val(&s.sun_family) + n
}
