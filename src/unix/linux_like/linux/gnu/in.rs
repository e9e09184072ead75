// `<netinet/in.h>`: glibc's `IN6_IS_ADDR_V4COMPAT`, which reads the last 32
// bits as one number in network byte order, where musl reads only the last
// byte (glibc `netinet/in.h`).

#[inline]
pub const fn IN6_IS_ADDR_V4COMPAT(a: &in6_addr) -> bool {
    let b = &a.s6_addr;
    in6_word(a, 0) == 0
        && in6_word(a, 1) == 0
        && in6_word(a, 2) == 0
        && u32::from_be_bytes([b[12], b[13], b[14], b[15]]) > 1
}
