/* The C side of tests/subsystems.rs's comparison of the kernel headers'
 * `static inline` functions, which the ABI probe cannot evaluate at compile
 * time, and <linux/netfilter/nfnetlink_compat.h>'s attribute macros over
 * pointers: prints, one line each, the inputs and the results.
 * tests/subsystems.rs compiles it with zig cc for the target, runs it, and
 * recomputes every line with the crate's functions. */
#include <stdio.h>
#include <string.h>
#include <linux/types.h>
#include <linux/netlink.h>
#include <linux/netfilter/nfnetlink.h>
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
    /* An attribute of length `l` and type `t` at the start of a buffer with
     * `avail` bytes left: NFA_OK, NFA_TYPE, NFA_PAYLOAD, and where NFA_NEXT
     * and NFA_DATA point (offsets from the attribute) and what NFA_NEXT
     * leaves of `avail`. */
    static const int lens[] = {0, 1, 3, 4, 5, 7, 8, 9, 12, 13, 16, 100, 65532, 65535};
    static const int avails[] = {-1, 0, 3, 4, 5, 8, 12, 16, 100, 65535, 65536};
    static const int types[] = {0, 1, 0x7fff, 0x8000, 0x8001, 0xffff};
    static _Alignas(8) unsigned char buf[128];
    unsigned a, t;
    for (i = 0; i < sizeof lens / sizeof lens[0]; i++)
        for (a = 0; a < sizeof avails / sizeof avails[0]; a++)
            for (t = 0; t < sizeof types / sizeof types[0]; t++) {
                struct nfattr *nfa = (struct nfattr *)buf;
                int rem = avails[a];
                memset(buf, 0, sizeof buf);
                nfa->nfa_len = (__u16)lens[i];
                nfa->nfa_type = (__u16)types[t];
                int ok = NFA_OK(nfa, avails[a]);
                unsigned ty = NFA_TYPE(nfa);
                int payload = (int)NFA_PAYLOAD(nfa);
                long data = (char *)NFA_DATA(nfa) - (char *)nfa;
                long next = (char *)NFA_NEXT(nfa, rem) - (char *)buf;
                printf("nfa %d %d %d %d %u %d %ld %ld %d\n", lens[i], types[t], avails[a], ok, ty,
                       payload, data, next, rem);
            }
    /* A message of nlmsg_len `l`: NFM_PAYLOAD, and where NFM_NFA puts the
     * first attribute after the nfgenmsg at NLMSG_DATA. */
    for (i = 0; i < sizeof lens / sizeof lens[0]; i++) {
        struct nlmsghdr *nlh = (struct nlmsghdr *)buf;
        memset(buf, 0, sizeof buf);
        nlh->nlmsg_len = (__u32)lens[i];
        printf("nfm %d %d %ld\n", lens[i], (int)NFM_PAYLOAD(nlh),
               (long)((char *)NFM_NFA(NLMSG_DATA(nlh)) - (char *)buf));
    }
    printf("end\n");
    return 0;
}
