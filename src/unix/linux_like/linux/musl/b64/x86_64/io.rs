// `<sys/io.h>`: x86 I/O port permissions, `iopl` and `ioperm` (musl
// `include/sys/io.h`; musl builds them where the kernel has the calls).

extern "C" {
    pub fn iopl(level: c_int) -> c_int;
    pub fn ioperm(from: c_ulong, num: c_ulong, turn_on: c_int) -> c_int;
}
