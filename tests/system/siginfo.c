/* The C side of tests/system.rs's siginfo_t accessor comparison: fills a
 * siginfo_t with a byte pattern (byte i is i*7+1, all distinct) and prints
 * what each of musl's si_* macros reads from it, one line each. tests/system.rs
 * compiles it with zig cc for the target, runs it, and reads the same pattern
 * through the crate's accessors. */
#define _GNU_SOURCE 1
#include <signal.h>
#include <stdint.h>
#include <stdio.h>

#define INT(m) printf(#m " %lld\n", (long long)si.m)
#define PTR(m) printf(#m " %llu\n", (unsigned long long)(uintptr_t)si.m)

int main(void)
{
	siginfo_t si;
	unsigned char *p = (unsigned char *)&si;
	for (size_t i = 0; i < sizeof si; i++)
		p[i] = (unsigned char)(i * 7 + 1);
	printf("size %zu\n", sizeof si);
	INT(si_signo);
	INT(si_errno);
	INT(si_code);
	INT(si_pid);
	INT(si_uid);
	INT(si_timerid);
	INT(si_overrun);
	INT(si_int);
	PTR(si_ptr);
	PTR(si_value.sival_ptr);
	INT(si_status);
	INT(si_utime);
	INT(si_stime);
	PTR(si_addr);
	INT(si_addr_lsb);
	PTR(si_lower);
	PTR(si_upper);
	INT(si_pkey);
	INT(si_band);
	INT(si_fd);
	PTR(si_call_addr);
	INT(si_syscall);
	INT(si_arch);
	printf("end\n");
	return 0;
}
