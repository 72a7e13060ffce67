/* bench_util: what the benchmark programs share: a clock, the input texts repeated to a size,
 * the median of repeated runs and the peak memory. Header-only (each benchmark is one program). */
#ifndef DATELINE_BENCH_UTIL_H
#define DATELINE_BENCH_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "dateline/text.h"

static inline double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads the files one after another into *out, each followed by a paragraph break. Exits with a
 * message when one cannot be read or all are empty. */
static inline void bench_read(const char *prog, int argc, char **argv, struct buf *out)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE...\n", prog);
		exit(2);
	}
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		char chunk[65536];
		size_t n;
		if (!f) {
			perror(argv[i]);
			exit(1);
		}
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			buf_put(out, chunk, n);
		fclose(f);
		buf_puts(out, "\n\n");
	}
	if (out->len == 0) {
		fprintf(stderr, "%s: empty input\n", prog);
		exit(1);
	}
}

/* `size` bytes of copies of src (NUL-terminated, caller frees). */
static inline char *bench_fill(const struct buf *src, size_t size)
{
	char *text = xmalloc(size + 1);
	size_t at = 0;
	while (at < size) {
		size_t n = src->len < size - at ? src->len : size - at;
		memcpy(text + at, src->data, n);
		at += n;
	}
	text[size] = '\0';
	return text;
}

static inline int bench_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Sorts the n times and returns the median. */
static inline double bench_median(double *t, size_t n)
{
	qsort(t, n, sizeof(*t), bench_cmp_double);
	return n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
}

/* Peak resident memory of the process so far, in KB. */
static inline long bench_peak_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* Runs at each size: a small input is measured more times, since one run of it takes
 * milliseconds and a busy machine moves that a lot. */
static inline size_t bench_reps(size_t size)
{
	return size <= 10000000 ? 9 : 3;
}

#endif
