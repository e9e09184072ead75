/* The C side of tests/fuzz.rs: a differential fuzzer of the crate's buffer
 * walkers and integer helpers against musl's and the kernel's macros.
 *
 * Both sides draw the same pseudo-random inputs from the same generator
 * (splitmix64 from LIBC_FUZZ_SEED, LIBC_FUZZ_CASES cases of each kind):
 * buffers of 0 to 96 bytes whose header length fields are honest, zero,
 * shorter than a header, past the buffer or maximal, and integers biased to
 * the edges of their types. This program prints what the macros compute, one
 * line per case; tests/fuzz.rs computes the same lines with the crate's
 * functions and compares. The generator below and tests/fuzz.rs's must stay
 * step for step alike (a change to one without the other fails every case).
 *
 * Buffers are 16-aligned and have 32 bytes of slack after their length, so
 * C's macros (which read a header as soon as `len > 0`, NFA_OK) stay inside
 * the array; tests/miri.rs is what checks the crate reads nothing past the
 * bytes it is given. */
#define _GNU_SOURCE 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <elf.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <sys/sysmacros.h>
#include <sys/quota.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <arpa/inet.h>
#include <linux/types.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/version.h>
#include <linux/if_packet.h>
#include <linux/ioctl.h>

static uint64_t state;

static uint64_t next(void)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* An integer biased to the edges: any 64 bits, a small one, a power of two
 * or its neighbours, or one of the type edges. */
static uint64_t edgy(void)
{
    static const uint64_t edges[] = {0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000,
        0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ULL,
        0x7fffffffffffffffULL, 0x8000000000000000ULL, 0xffffffffffffffffULL};
    uint64_t shift;
    switch (next() % 4) {
    case 0: return next();
    case 1: return next() % 300;
    case 2: return edges[next() % (sizeof edges / sizeof edges[0])];
    default:
        shift = next() % 64;
        return (1ULL << shift) + next() % 3 - 1;
    }
}

static _Alignas(16) unsigned char buf[96 + 32];

/* A buffer of `len` bytes (returned) with header length fields of `width`
 * bytes at the offsets an honest walk would visit. */
static unsigned gen_buffer(unsigned hdr, unsigned width)
{
    unsigned len = next() % 97, pos = 0, k, j;
    for (j = 0; j < sizeof buf; j++)
        buf[j] = next() & 0xff;
    for (k = 0; k < 4 && pos + width <= len; k++) {
        uint64_t v, max = width == 2 ? 0xffff : 0xffffffff;
        switch (next() % 8) {
        case 0: v = next() % (len + 8); break;
        case 1: v = hdr; break;
        case 2: v = 0; break;
        case 3: v = hdr - 1; break;
        case 4: v = max; break;
        default: v = hdr + next() % 24; break;
        }
        if (width == 2) {
            uint16_t w = (uint16_t)v;
            memcpy(buf + pos, &w, 2);
        } else {
            uint32_t w = (uint32_t)v;
            memcpy(buf + pos, &w, 4);
        }
        if (v > 64)
            break;
        pos += ((unsigned)v + 3) & ~3u;
    }
    return len;
}

#define OFF(p) ((long)((unsigned char *)(p) - buf))

static void walk_nlmsg(unsigned long i)
{
    int len = (int)gen_buffer(sizeof(struct nlmsghdr), 4), steps = 0;
    struct nlmsghdr *h = (struct nlmsghdr *)buf;
    printf("nlmsg %lu", i);
    for (; NLMSG_OK(h, len) && steps < 16; h = NLMSG_NEXT(h, len), steps++)
        printf(" %ld:%d:%ld", OFF(h), (int)NLMSG_PAYLOAD(h, 0), OFF(NLMSG_DATA(h)));
    printf(" | %d\n", len);
}

static void walk_rta(unsigned long i)
{
    int len = (int)gen_buffer(sizeof(struct rtattr), 2), steps = 0;
    struct rtattr *a = (struct rtattr *)buf;
    printf("rta %lu", i);
    for (; RTA_OK(a, len) && steps < 16; a = RTA_NEXT(a, len), steps++)
        printf(" %ld:%d:%ld", OFF(a), (int)RTA_PAYLOAD(a), OFF(RTA_DATA(a)));
    printf(" | %d\n", len);
}

static void walk_nfa(unsigned long i)
{
    int len = (int)gen_buffer(sizeof(struct nfattr), 2), steps = 0;
    struct nfattr *a = (struct nfattr *)buf;
    printf("nfa %lu", i);
    for (; NFA_OK(a, len) && steps < 16; a = NFA_NEXT(a, len), steps++)
        printf(" %ld:%d:%d:%ld", OFF(a), (int)NFA_TYPE(a), (int)NFA_PAYLOAD(a), OFF(NFA_DATA(a)));
    printf(" | %d\n", len);
}

static void walk_cmsg(unsigned long i)
{
    struct msghdr m;
    struct cmsghdr *c;
    int steps = 0;
    memset(&m, 0, sizeof m);
    m.msg_controllen = gen_buffer(sizeof(struct cmsghdr), 4);
    m.msg_control = buf;
    printf("cmsg %lu", i);
    for (c = CMSG_FIRSTHDR(&m); c && steps < 16; c = CMSG_NXTHDR(&m, c), steps++)
        printf(" %ld:%ld", OFF(c), OFF(CMSG_DATA(c)));
    printf(" |\n");
}

static void integers(unsigned long i)
{
    uint64_t a = edgy(), b = edgy(), c = edgy(), d = edgy();
    int ia = (int)a, ib = (int)b, ic = (int)c, id = (int)d;
    unsigned ua = (unsigned)a, ub = (unsigned)b, uc = (unsigned)c;
    unsigned char ca = (unsigned char)a;
    unsigned short sa = (unsigned short)a;
    printf("int %lu", i);
    printf(" %d %d %d %d %d %d %d %d", WIFEXITED(ia), WEXITSTATUS(ia), WIFSIGNALED(ia),
           WTERMSIG(ia), WIFSTOPPED(ia), WSTOPSIG(ia), WIFCONTINUED(ia), WCOREDUMP(ia) != 0);
    printf(" %u %u %llu", major(a), minor(a), (unsigned long long)makedev(ua, ub));
    printf(" %u %u %u %u", _IOC_DIR(ua), _IOC_TYPE(ua), _IOC_NR(ua), _IOC_SIZE(ua));
    printf(" %d %d %d %d %d %d %d", IN_CLASSA(ua) != 0, IN_CLASSB(ua) != 0, IN_CLASSC(ua) != 0,
           IN_CLASSD(ua) != 0, IN_MULTICAST(ua) != 0, IN_EXPERIMENTAL(ua) != 0,
           IN_BADCLASS(ua) != 0);
    printf(" %u %u %u %u %u %u", IPTOS_TOS(ca) & 0xff, IPTOS_PREC(ca) & 0xff, IPTOS_ECN(ca) & 0xff,
           IPOPT_COPIED(ca) & 0xff, IPOPT_CLASS(ca) & 0xff, IPOPT_NUMBER(ca) & 0xff);
    printf(" %d %d %d", (int)NLMSG_ALIGN((size_t)a), (int)NLMSG_LENGTH((size_t)a),
           (int)NLMSG_SPACE((size_t)a));
    printf(" %u %u %u", (unsigned)RTA_ALIGN(ua), (unsigned)RTA_LENGTH(ua), (unsigned)RTA_SPACE(ua));
    printf(" %lu %lu %lu", (unsigned long)NFA_ALIGN((size_t)a), (unsigned long)NFA_LENGTH((size_t)a),
           (unsigned long)NFA_SPACE((size_t)a));
    printf(" %lu %u %u", (unsigned long)CMSG_ALIGN((size_t)a), (unsigned)CMSG_SPACE(ua),
           (unsigned)CMSG_LEN(ua));
    printf(" %d %d", (int)FUTEX_OP(ia, ib, ic, id), (int)QCMD(ia, ib));
    printf(" %u %u %u %u %u %u %u", BPF_CLASS(ua), BPF_SIZE(ua), BPF_MODE(ua), BPF_OP(ua),
           BPF_SRC(ua), BPF_RVAL(ua), BPF_MISCOP(ua));
    printf(" %llu %llu %llu %u %u %u", (unsigned long long)ELF64_R_SYM(a),
           (unsigned long long)ELF64_R_TYPE(a), (unsigned long long)ELF64_R_INFO(a, b),
           ELF32_R_SYM(ua), ELF32_R_TYPE(ua), ELF32_R_INFO(ua, ub));
    printf(" %u %lu %lu", (unsigned)KERNEL_VERSION(ua, ub, uc), (unsigned long)CPU_ALLOC_SIZE(ia),
           (unsigned long)TPACKET_ALIGN((size_t)a));
    printf(" %u %u", (unsigned)NFNL_SUBSYS_ID(sa), (unsigned)NFNL_MSG_TYPE(sa));
    printf(" %u %u %u %u", htonl(ua), (unsigned)htons(sa), ntohl(ua), (unsigned)ntohs(sa));
    printf("\n");
}

int main(void)
{
    const char *s = getenv("LIBC_FUZZ_SEED"), *n = getenv("LIBC_FUZZ_CASES");
    unsigned long cases = n ? strtoul(n, 0, 0) : 2000, i;
    state = s ? strtoull(s, 0, 0) : 0x6c6962632d667a;
    for (i = 0; i < cases; i++) {
        walk_nlmsg(i);
        walk_rta(i);
        walk_nfa(i);
        walk_cmsg(i);
        integers(i);
    }
    printf("end\n");
    return 0;
}
