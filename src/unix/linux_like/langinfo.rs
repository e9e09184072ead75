// `<langinfo.h>`: the `nl_item` values beyond POSIX (musl
// `include/langinfo.h`).

pub const YESSTR: nl_item = 0x50002;
pub const NOSTR: nl_item = 0x50003;
