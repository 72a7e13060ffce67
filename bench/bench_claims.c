/* bench_claims: the claim finder's throughput (claims_find, with doc_load beside it) on the given
 * files concatenated in memory to 2 MB and to 100 MB (10^6 bytes). Each size is measured several
 * times (bench_reps) and the median is the figure. Prints figures only.
 *
 *   bench_claims [--threads 1] [--mb N] FILE...
 *
 * --threads 1 reads every document on one thread (claims_find reads one of 512 KB or more in
 * chunks on two); --mb N measures N MB only, instead of 2 and 100. */
#include "bench_util.h"
#include "dateline/claims.h"

/* The bounds of the sizes claims_find reads on two threads (src/claims.c). */
extern size_t claims_split_min, claims_split_max;
/* The size from which coref_build cuts tokens on a second thread (src/coref.c). */
extern size_t coref_split_min;

static void run(const struct buf *src, size_t size)
{
	char *text = bench_fill(src, size);
	size_t reps = bench_reps(size), n = 0;
	double load[9], find[9];

	for (size_t r = 0; r < reps; r++) {
		const char *err = NULL;
		double t0 = bench_now();
		struct doc *d = doc_load(text, size, "bench.txt", FORMAT_TEXT, &err);
		if (!d) {
			fprintf(stderr, "bench_claims: %s\n", err ? err : "cannot load");
			exit(1);
		}
		double t1 = bench_now();
		struct claim_list *l = claims_find(d);
		double t2 = bench_now();
		load[r] = t1 - t0;
		find[r] = t2 - t1;
		n = l->n;
		claim_list_free(l);
		doc_free(d);
	}
	double mb = (double)size / 1e6;
	double ml = bench_median(load, reps), mf = bench_median(find, reps);
	printf("claims %5.1f MB: %8zu claims  claims_find %7.1f MB/s (best %.1f, worst %.1f, %zu runs)"
	       "  load+claims %7.1f MB/s\n",
	       mb, n, mb / mf, mb / find[0], mb / find[reps - 1], reps, mb / (ml + mf));
	printf("RESULT claims %.1f %.1f %ld claims=%zu best=%.1f worst=%.1f runs=%zu "
	       "load+claims_mb_s=%.1f\n",
	       mb, mb / mf, bench_peak_kb(), n, mb / find[0], mb / find[reps - 1], reps,
	       mb / (ml + mf));
	fflush(stdout);
	free(text);
}

int main(int argc, char **argv)
{
	struct buf src = BUF_INIT;
	size_t mb = 0;

	while (argc > 2 && argv[1][0] == '-') {
		if (strcmp(argv[1], "--threads") == 0 && strcmp(argv[2], "1") == 0) {
			claims_split_max = 0;
			coref_split_min = SIZE_MAX;
		} else if (strcmp(argv[1], "--mb") == 0 && atoi(argv[2]) > 0) {
			mb = (size_t)atoi(argv[2]);
		} else {
			fprintf(stderr, "usage: bench_claims [--threads 1] [--mb N] FILE...\n");
			return 2;
		}
		argc -= 2;
		argv += 2;
	}
	bench_read("bench_claims", argc, argv, &src);
	if (mb) {
		run(&src, mb * 1000000);
	} else {
		run(&src, 2000000);
		run(&src, 100000000);
	}
	buf_free(&src);
	return 0;
}
