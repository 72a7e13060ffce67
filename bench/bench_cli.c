/* bench_cli: the command line as a user runs it: `dateline --json` and `dateline --timeline` on
 * the given files concatenated to each size and written to a temporary file, output to
 * /dev/null; wall time (median of bench_reps runs), CPU time and the peak memory of the process.
 * With -c COMMAND, a date finder to compare with (`COMMAND FILE`, run by sh, its output
 * dropped) runs side by side with `dateline --json` on the 2 MB file, both as whole processes,
 * alternately, COMPARE_REPS times each, and the row gives the ratio of the median times.
 * Prints figures only. Usage: bench_cli [-s MB,MB,...] [-c COMMAND] DATELINE FILE... (default
 * sizes 2,10,100; the 100 MB row gives the growth of the time from 10 MB). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench_util.h"

struct run {
	double wall, cpu; /* seconds */
	long peak_kb;
};

#define COMPARE_REPS 5

/* Runs `dateline MODE path` with its output to /dev/null, or with dateline NULL the shell
 * command `MODE path`; exits when it fails. */
static struct run run_once(const char *dateline, const char *mode, const char *path)
{
	struct run r = {0, 0, 0};
	struct rusage ru;
	int status;
	double t0 = bench_now();
	pid_t pid = fork();

	if (pid < 0) {
		perror("fork");
		exit(1);
	}
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
			_exit(127);
		if (dateline)
			execl(dateline, dateline, mode, path, (char *)NULL);
		else
			execl("/bin/sh", "sh", "-c", "$0 \"$1\"", mode, path, (char *)NULL);
		_exit(127);
	}
	while (wait4(pid, &status, 0, &ru) < 0)
		if (errno != EINTR) {
			perror("wait4");
			exit(1);
		}
	r.wall = bench_now() - t0;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "bench_cli: %s %s %s failed (status %d)\n",
			dateline ? dateline : "", mode, path, status);
		exit(1);
	}
	r.cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
		(double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	r.peak_kb = ru.ru_maxrss;
	return r;
}

/* Writes `size` bytes of copies of src to a new temporary file; the caller removes it. */
static char *write_input(const struct buf *src, size_t size)
{
	char *path = xstrdup("/tmp/bench-cli-XXXXXX");
	int fd = mkstemp(path);
	char *text = bench_fill(src, size);
	size_t off = 0;

	if (fd < 0) {
		perror("mkstemp");
		exit(1);
	}
	while (off < size) {
		ssize_t w = write(fd, text + off, size - off);
		if (w <= 0) {
			perror(path);
			unlink(path);
			exit(1);
		}
		off += (size_t)w;
	}
	close(fd);
	free(text);
	return path;
}

/* The row "compare": `dateline --json` and the command on the same file, alternately. */
static void compare_with(const char *dateline, const char *command, const char *path)
{
	double ours[COMPARE_REPS], theirs[COMPARE_REPS], ours_cpu[COMPARE_REPS],
		theirs_cpu[COMPARE_REPS];
	long peak = 0;

	for (size_t k = 0; k < COMPARE_REPS; k++) {
		struct run a = run_once(dateline, "--json", path);
		struct run b = run_once(NULL, command, path);
		ours[k] = a.wall;
		ours_cpu[k] = a.cpu;
		theirs[k] = b.wall;
		theirs_cpu[k] = b.cpu;
		peak = b.peak_kb > peak ? b.peak_kb : peak;
	}
	double o = bench_median(ours, COMPARE_REPS), t = bench_median(theirs, COMPARE_REPS);
	double oc = bench_median(ours_cpu, COMPARE_REPS),
	       tc = bench_median(theirs_cpu, COMPARE_REPS);
	printf("RESULT compare 2 %.1f %ld seconds=%.3f json_seconds=%.3f ratio=%.1fx "
	       "cpu_ratio=%.1fx runs=%d\n",
	       2.0 / t, peak, t, o, t / o, oc > 0 ? tc / oc : 0.0, COMPARE_REPS);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	static const char *const modes[] = {"--json", "--timeline"};
	const char *sizes = "2,10,100", *compare = NULL;
	struct buf src = BUF_INIT;
	double at10[2] = {0, 0};

	while (argc > 2 && (strcmp(argv[1], "-s") == 0 || strcmp(argv[1], "-c") == 0)) {
		*(argv[1][1] == 's' ? &sizes : &compare) = argv[2];
		argc -= 2;
		argv += 2;
	}
	if (argc < 3) {
		fprintf(stderr, "usage: bench_cli [-s MB,MB,...] [-c COMMAND] DATELINE FILE...\n");
		return 2;
	}
	const char *dateline = argv[1];
	bench_read("bench_cli", argc - 1, argv + 1, &src);
	for (const char *p = sizes; *p;) {
		size_t mb = strtoul(p, (char **)&p, 10);
		while (*p == ',')
			p++;
		if (mb == 0)
			continue;
		char *path = write_input(&src, mb * 1000000);
		for (size_t m = 0; m < 2; m++) {
			size_t reps = bench_reps(mb * 1000000);
			double wall[9], cpu[9];
			long peak = 0;
			for (size_t k = 0; k < reps; k++) {
				struct run r = run_once(dateline, modes[m], path);
				wall[k] = r.wall;
				cpu[k] = r.cpu;
				peak = r.peak_kb > peak ? r.peak_kb : peak;
			}
			double w = bench_median(wall, reps), c = bench_median(cpu, reps);
			printf("RESULT %s %zu %.1f %ld seconds=%.3f cpu_seconds=%.3f best=%.3f "
			       "runs=%zu rss_per_input=%.2f",
			       modes[m] + 2, mb, (double)mb / w, peak, w, c, wall[0], reps,
			       (double)peak * 1024.0 / ((double)mb * 1e6));
			if (mb == 10)
				at10[m] = w;
			if (mb == 100 && at10[m] > 0)
				printf(" growth_from_10mb=%.1fx", w / at10[m]);
			printf("\n");
			fflush(stdout);
		}
		if (compare && mb == 2)
			compare_with(dateline, compare, path);
		unlink(path);
		free(path);
	}
	buf_free(&src);
	return 0;
}
