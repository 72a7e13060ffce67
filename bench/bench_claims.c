/* bench_claims: throughput of doc_load + claims_find on news text (MB/s), at 2 MB and 100 MB.
 * Usage: bench_claims FILE... (the files are concatenated in memory, repeated to each size) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dateline/claims.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Fills `size` bytes with copies of the corpus, each copy ending with a paragraph break. */
static char *fill(const struct buf *corpus, size_t size)
{
	char *s = xmalloc(size + 1);
	size_t n = 0;

	while (n < size) {
		size_t k = corpus->len < size - n ? corpus->len : size - n;
		memcpy(s + n, corpus->data, k);
		n += k;
	}
	s[size] = '\0';
	return s;
}

static void run(const struct buf *corpus, size_t mb)
{
	size_t size = mb << 20;
	char *s = fill(corpus, size);
	const char *err = NULL;
	double t0 = now(), t1, t2;
	struct doc *d = doc_load(s, size, "bench.txt", FORMAT_TEXT, &err);
	struct claim_list *l;

	free(s);
	if (!d) {
		fprintf(stderr, "bench_claims: %s\n", err ? err : "cannot load");
		exit(1);
	}
	t1 = now();
	l = claims_find(d);
	t2 = now();
	printf("claims %4zu MB: %8zu claims  doc_load %6.2f s  claims_find %6.2f s  "
	       "claims %7.1f MB/s  load+claims %7.1f MB/s\n",
	       mb, l->n, t1 - t0, t2 - t1, (double)mb / (t2 - t1), (double)mb / (t2 - t0));
	claim_list_free(l);
	doc_free(d);
}

int main(int argc, char **argv)
{
	struct buf corpus = BUF_INIT;

	if (argc < 2) {
		fprintf(stderr, "usage: bench_claims FILE...\n");
		return 2;
	}
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		char chunk[65536];
		size_t n;

		if (!f) {
			perror(argv[i]);
			return 1;
		}
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			buf_put(&corpus, chunk, n);
		fclose(f);
		buf_puts(&corpus, "\n\n");
	}
	if (corpus.len == 0) {
		fprintf(stderr, "bench_claims: empty input\n");
		return 1;
	}
	run(&corpus, 2);
	run(&corpus, 100);
	buf_free(&corpus);
	return 0;
}
