// `<sys/un.h>`: the BSD `SUN_LEN` helper (musl `include/sys/un.h`).

/// `SUN_LEN(s)`: the address's length up to the end of its path, as
/// `2 + strlen(s->sun_path)`; a path with no NUL counts as the whole array.
pub unsafe extern "C" fn SUN_LEN(s: sockaddr_un) -> usize {
    let mut n = 0;
    while n < s.sun_path.len() && s.sun_path[n] != 0 {
        n += 1;
    }
    core::mem::size_of_val(&s.sun_family) + n
}
