/* The C side of tests/net.rs's macro comparison: prints, one line each, the
 * inputs and the results of musl's and the kernel's networking macros over
 * generated inputs (lengths at, below and above every alignment boundary and
 * buffer end). tests/net.rs compiles it with zig cc for the target, runs it,
 * and recomputes every line with the crate's Rust functions. */
#define _GNU_SOURCE 1
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <net/route.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_addr.h>
#include <linux/sctp.h>
#include <linux/errqueue.h>
#include <linux/if_packet.h>
#include <arpa/inet.h>

static const long lens[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 13, 15, 16, 17, 19, 20, 21, 23, 24, 25,
    31, 32, 33, 39, 40, 41, 47, 48, 49, 63, 64, 65, 127, 128, 129, 255, 256, 65535, 65536,
    0x7ffffffe, 0x7fffffff, 0x80000000L, 0xfffffff8L, 0xfffffffcL, 0xffffffffL};
#define NLENS (sizeof lens / sizeof lens[0])

int main(void)
{
    static _Alignas(16) unsigned char buf[512];
    unsigned i, j;
    for (i = 0; i < NLENS; i++) {
        unsigned n = (unsigned)lens[i];
        printf("cmsg_len %u %u %u %lu\n", n, (unsigned)CMSG_LEN(n), (unsigned)CMSG_SPACE(n),
               (unsigned long)CMSG_ALIGN((size_t)n));
        printf("nlmsg_len %u %d %d %d\n", n, (int)NLMSG_ALIGN((size_t)n), (int)NLMSG_LENGTH((size_t)n),
               (int)NLMSG_SPACE((size_t)n));
        printf("rta_len %u %u %u %u\n", n, (unsigned)RTA_ALIGN(n), (unsigned)RTA_LENGTH(n), (unsigned)RTA_SPACE(n));
        printf("nla_align %d %d\n", (int)n, (int)NLA_ALIGN((int)n));
    }
    /* CMSG_FIRSTHDR / CMSG_NXTHDR: a control buffer of `ctl` bytes, a header
     * at offset `off` whose cmsg_len is `cl`. */
    for (unsigned ctl = 0; ctl <= 96; ctl++)
        for (unsigned off = 0; off <= ctl && off <= 64; off += 8)
            for (i = 0; i < NLENS; i++) {
                struct msghdr mh;
                struct cmsghdr *c, *first, *next;
                memset(&mh, 0, sizeof mh);
                memset(buf, 0, sizeof buf);
                mh.msg_control = buf;
                mh.msg_controllen = ctl;
                c = (struct cmsghdr *)(buf + off);
                c->cmsg_len = (socklen_t)lens[i];
                first = CMSG_FIRSTHDR(&mh);
                next = CMSG_NXTHDR(&mh, c);
                printf("cmsg_nxt %u %u %u %ld %ld %ld\n", ctl, off, (unsigned)lens[i],
                       first ? (long)((unsigned char *)first - buf) : -1L,
                       next ? (long)((unsigned char *)next - buf) : -1L,
                       (long)(CMSG_DATA(c) - buf));
            }
    /* NLMSG_OK / NLMSG_NEXT / NLMSG_PAYLOAD and RTA_OK / RTA_NEXT / RTA_PAYLOAD. */
    for (i = 0; i < NLENS; i++)
        for (int len = -8; len <= 72; len++) {
            struct nlmsghdr *h = (struct nlmsghdr *)buf, *nx;
            struct rtattr *r = (struct rtattr *)buf, *rn;
            int l = len, ok;
            memset(buf, 0, sizeof buf);
            h->nlmsg_len = (uint32_t)lens[i];
            ok = NLMSG_OK(h, len);
            nx = NLMSG_NEXT(h, l);
            printf("nlmsg %u %d %d %d %ld %d %d\n", (unsigned)lens[i], len, ok, l, (long)((unsigned char *)nx - buf),
                   (int)NLMSG_PAYLOAD(h, len), (int)((unsigned char *)NLMSG_DATA(h) - buf));
            memset(buf, 0, sizeof buf);
            r->rta_len = (unsigned short)lens[i];
            l = len;
            ok = RTA_OK(r, len);
            rn = RTA_NEXT(r, l);
            printf("rta %u %d %d %d %ld %d %d\n", (unsigned)(unsigned short)lens[i], len, ok, l,
                   (long)((unsigned char *)rn - buf), (int)RTA_PAYLOAD(r), (int)((unsigned char *)RTA_DATA(r) - buf));
            h->nlmsg_len = (uint32_t)lens[i];
            printf("ifa %u %d %d %d %d\n", (unsigned)lens[i], (int)IFA_PAYLOAD(h),
                   (int)((unsigned char *)IFA_RTA((struct ifaddrmsg *)buf) - buf), (int)IFLA_PAYLOAD(h),
                   (int)((unsigned char *)IFLA_RTA((struct ifinfomsg *)buf) - buf));
        }
    /* Address classes and IPv6 address tests over chosen and counted bytes. */
    for (j = 0; j < 256; j++) {
        in_addr_t a = (in_addr_t)j << 24 | 0x010203;
        printf("inclass %u %d %d %d %d %d %d %d\n", (unsigned)a, IN_CLASSA(a) != 0, IN_CLASSB(a) != 0,
               IN_CLASSC(a) != 0, IN_CLASSD(a) != 0, IN_MULTICAST(a) != 0, IN_EXPERIMENTAL(a) != 0,
               IN_BADCLASS(a) != 0);
        printf("ip %u %u %u %u %u %u %u %u %d %d %d %d\n", j, IPTOS_TOS(j), IPTOS_PREC(j), IPTOS_ECN(j), IPOPT_COPIED(j),
               IPOPT_CLASS(j), IPOPT_NUMBER(j), RT_TOS(j), SCTP_PR_POLICY((int)j), SCTP_PR_TTL_ENABLED((int)j),
               SCTP_PR_RTX_ENABLED((int)j), SCTP_PR_PRIO_ENABLED((int)j));
        for (unsigned k = 0; k < 40; k++) {
            struct in6_addr x, y;
            memset(&x, 0, sizeof x);
            /* byte patterns: a counter in byte k % 16, j in byte 0/1 */
            x.s6_addr[k % 16] = (uint8_t)(k < 16 ? 1 : k);
            if (k >= 32) { x.s6_addr[10] = 0xff; x.s6_addr[11] = 0xff; x.s6_addr[15] = (uint8_t)j; }
            else if (k >= 16) x.s6_addr[1] = (uint8_t)j;
            x.s6_addr[0] = k % 3 == 0 ? 0 : (uint8_t)(k % 3 == 1 ? 0xff : 0xfe);
            if (k % 3 == 0 && k < 16) x.s6_addr[0] = 0;
            y = x;
            if (k & 1) y.s6_addr[(j + k) % 16] ^= 1;
            printf("in6");
            for (int b = 0; b < 16; b++) printf(" %u", x.s6_addr[b]);
            printf(" %d %d %d %d %d %d %d %d %d %d %d %d %d", IN6_IS_ADDR_UNSPECIFIED(&x), IN6_IS_ADDR_LOOPBACK(&x),
                   IN6_IS_ADDR_MULTICAST(&x), IN6_IS_ADDR_LINKLOCAL(&x), IN6_IS_ADDR_SITELOCAL(&x),
                   IN6_IS_ADDR_V4MAPPED(&x), IN6_IS_ADDR_V4COMPAT(&x), IN6_IS_ADDR_MC_NODELOCAL(&x),
                   IN6_IS_ADDR_MC_LINKLOCAL(&x), IN6_IS_ADDR_MC_SITELOCAL(&x), IN6_IS_ADDR_MC_ORGLOCAL(&x),
                   IN6_IS_ADDR_MC_GLOBAL(&x), IN6_ARE_ADDR_EQUAL(&x, &y));
            printf(" %u\n", (unsigned)(k & 1 ? (j + k) % 16 : 99));
        }
    }
    /* Byte order (musl's functions), route flag classes, the SCTP policy bits
     * and TPACKET_ALIGN over words with every top byte and chosen lengths. */
    for (j = 0; j < 256 + NLENS; j++) {
        uint32_t w = j < 256 ? (uint32_t)j << 24 | 0x00a5c3u * (j & 7) : (uint32_t)lens[j - 256];
        int flags = (int)w, policy = (int)(j & 3) << 4;
        SCTP_PR_SET_POLICY(flags, policy);
        printf("word %u %d %u %u %u %u %u %d %d %d %lu\n", w, policy, htonl(w), ntohl(w), (unsigned)htons((uint16_t)w),
               (unsigned)ntohs((uint16_t)w), (unsigned)RT_ADDRCLASS(w), RT_LOCALADDR(w) != 0,
               __SCTP_PR_INDEX((int)(w & 0xff)), flags, (unsigned long)TPACKET_ALIGN((size_t)w));
    }
    for (j = 0; j <= 112; j++) {
        struct sockaddr_un u;
        memset(&u, 0, sizeof u);
        memset(u.sun_path, 'a', j < sizeof u.sun_path ? j : sizeof u.sun_path - 1);
        printf("sun %u %lu\n", j, (unsigned long)SUN_LEN(&u));
    }
    printf("sizes %lu %lu %lu %lu %ld\n", (unsigned long)sizeof(struct cmsghdr), (unsigned long)sizeof(struct nlmsghdr),
           (unsigned long)NLMSG_HDRLEN, (unsigned long)NLA_HDRLEN,
           (long)((unsigned char *)SO_EE_OFFENDER((struct sock_extended_err *)buf) - buf));
    printf("end\n");
    return 0;
}
