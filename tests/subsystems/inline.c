/* The C side of tests/subsystems.rs's comparison of the kernel headers'
 * `static inline` functions, which the ABI probe cannot evaluate at compile
 * time: prints, one line each, an input and the function's result.
 * tests/subsystems.rs compiles it with zig cc for the target, runs it, and
 * recomputes every line with the crate's `const fn`s. */
#include <stdio.h>
#include <linux/types.h>
#include <linux/cn_proc.h>
#include <linux/dccp.h>

int main(void)
{
    static const unsigned long long events[] = {0, 1, 2, 3, 4, 0x40, 0x80, 0x100, 0x200, 0x3ff,
        0x400, 0x800, 0xffff, 0x10000, 0x1fffffff, 0x20000000, 0x40000000, 0x80000000,
        0xe0000000, 0xfffffffe, 0xffffffff, 0x12345678, 0x87654321};
    unsigned i;
    for (i = 0; i < sizeof events / sizeof events[0]; i++) {
        enum proc_cn_event ev = (enum proc_cn_event)events[i];
        printf("valid_event %u %u\n", (unsigned)ev, (unsigned)valid_event(ev));
    }
    for (i = 0; i < 256; i++)
        printf("dccp_packet_hdr_len %u %u\n", i, dccp_packet_hdr_len((__u8)i));
    printf("end\n");
    return 0;
}
