/* bench_timex: the date tagger's throughput (doc_load + timex_find) on the given files
 * concatenated in memory to 2 MB and to 100 MB, with the peak memory. Prints figures only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "dateline/timex.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void run(const struct buf *src, size_t size)
{
	char *text = xmalloc(size + 1);
	size_t at = 0;
	while (at < size) {
		size_t n = src->len < size - at ? src->len : size - at;
		memcpy(text + at, src->data, n);
		at += n;
	}
	text[size] = '\0';
	struct doc_date anchor = {2025, 11, 8};
	double t0 = now();
	const char *err = NULL;
	struct doc *d = doc_load(text, size, "bench", FORMAT_TEXT, &err);
	if (!d) {
		fprintf(stderr, "bench_timex: %s\n", err ? err : "not loaded");
		exit(1);
	}
	doc_set_anchor(d, anchor, ANCHOR_OPTION);
	double t1 = now();
	struct timex_list *l = timex_find(d);
	double t2 = now();
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	double mb = (double)size / 1e6;
	printf("%7.1f MB  timexes %8zu  events %8zu  load %6.1f MB/s  timex_find %6.1f MB/s  "
	       "both %6.1f MB/s  peak RSS %.0f MB\n",
	       mb, l->n, l->nevents, mb / (t1 - t0), mb / (t2 - t1), mb / (t2 - t0),
	       (double)ru.ru_maxrss / 1024.0);
	timex_list_free(l);
	doc_free(d);
	free(text);
}

int main(int argc, char **argv)
{
	struct buf src = BUF_INIT;

	if (argc < 2) {
		fprintf(stderr, "usage: bench_timex FILE...\n");
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
			buf_put(&src, chunk, n);
		fclose(f);
		buf_puts(&src, "\n\n");
	}
	if (src.len == 0) {
		fprintf(stderr, "bench_timex: empty input\n");
		return 1;
	}
	size_t sizes[] = {2000000, 100000000};
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		run(&src, sizes[i]);
	buf_free(&src);
	return 0;
}
