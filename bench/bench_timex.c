/* bench_timex: the date tagger's throughput (timex_find, with doc_load beside it) on the given
 * files concatenated in memory to 2 MB and to 100 MB, with the peak memory. Each size is measured
 * several times (bench_reps) and the median is the figure; best and worst are shown beside it.
 * Prints figures only. */
#include "bench_util.h"
#include "dateline/timex.h"

static void run(const struct buf *src, size_t size)
{
	char *text = bench_fill(src, size);
	struct date anchor = {2025, 11, 8};
	size_t reps = bench_reps(size), ntx = 0, nev = 0;
	double load[9], tag[9];

	for (size_t r = 0; r < reps; r++) {
		double t0 = bench_now();
		const char *err = NULL;
		struct doc *d = doc_load(text, size, "bench", FORMAT_TEXT, &err);
		if (!d) {
			fprintf(stderr, "bench_timex: %s\n", err ? err : "not loaded");
			exit(1);
		}
		doc_set_anchor(d, anchor, ANCHOR_OPTION);
		double t1 = bench_now();
		struct timex_list *l = timex_find(d);
		double t2 = bench_now();
		load[r] = t1 - t0;
		tag[r] = t2 - t1;
		ntx = l->n;
		nev = l->nevents;
		timex_list_free(l);
		doc_free(d);
	}
	double mb = (double)size / 1e6;
	double ml = bench_median(load, reps), mt = bench_median(tag, reps);
	printf("%7.1f MB  timexes %8zu  events %8zu  load %6.1f MB/s  timex_find %6.1f MB/s "
	       "(best %.1f, worst %.1f, %zu runs)  peak RSS %.0f MB\n",
	       mb, ntx, nev, mb / ml, mb / mt, mb / tag[0], mb / tag[reps - 1], reps,
	       (double)bench_peak_kb() / 1024.0);
	printf("RESULT tagger %.1f %.1f %ld timexes=%zu events=%zu best=%.1f worst=%.1f runs=%zu "
	       "load_mb_s=%.1f load+tag_mb_s=%.1f\n",
	       mb, mb / mt, bench_peak_kb(), ntx, nev, mb / tag[0], mb / tag[reps - 1], reps,
	       mb / ml, mb / (ml + mt));
	fflush(stdout);
	free(text);
}

int main(int argc, char **argv)
{
	struct buf src = BUF_INIT;
	bench_read("bench_timex", argc, argv, &src);
	run(&src, 2000000);
	run(&src, 100000000);
	buf_free(&src);
	return 0;
}
