// `<netdb.h>`: glibc's `NI_MAXHOST`.

pub const NI_MAXHOST: socklen_t = 1025;
