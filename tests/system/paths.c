/* The C side of tests/system.rs's <paths.h> comparison: prints each of
 * musl's path strings that the crate has as a constant, one per line. */
#include <paths.h>
#include <stdio.h>

int main(void)
{
	printf("_PATH_DEFPATH %s\n", _PATH_DEFPATH);
	printf("_PATH_BSHELL %s\n", _PATH_BSHELL);
	printf("end\n");
	return 0;
}
