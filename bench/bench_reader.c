/* bench_reader: the reader's first-screen time (reading, dates and claims, layout and the first
 * draw, as the reader opens a file), when the whole article is read and listed, key latency and
 * peak memory on large articles, in-process (no terminal): prints figures, asserts nothing.
 * Usage: bench_reader [MB ...] (default 1 3 100). */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "bench_util.h"

/* The reader's model has no curses in it: bench/meson.build links the UI library. */
#include "reader.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void make_article(struct buf *b, size_t bytes, bool one_paragraph)
{
	static const char *const words[] = {"the",       "minister", "said",   "on",    "Tuesday",
					    "that",      "talks",    "with",   "China", "would",
					    "resume",    "in",       "March",  "2025",  "東京",
					    "analysts",  "expect",   "growth", "😀",     "café",
					    "according", "to",       "Reuters"};
	unsigned seed = 7;
	size_t sentence = 0;

	buf_puts(b, "A large article for the benchmark\n\n");
	while (b->len < bytes) {
		seed = seed * 1103515245u + 12345u;
		buf_puts(b, words[(seed >> 16) % (sizeof(words) / sizeof(words[0]))]);
		if ((seed >> 8) % 13 == 0) {
			buf_puts(b, ". ");
			if (!one_paragraph && ++sentence % 5 == 0)
				buf_puts(b, "\n\n");
		} else {
			buf_putc(b, ' ');
		}
	}
	buf_puts(b, ".\n");
}

/* Writes the article to a new temporary file and frees it; the caller removes the file. */
static char *write_article(struct buf *text)
{
	char *path = xstrdup("/tmp/bench-reader-XXXXXX");
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;

	if (!f || fwrite(text->data, 1, text->len, f) != text->len || fclose(f) != 0) {
		perror(path);
		exit(1);
	}
	buf_free(text);
	return path;
}

/* One article of `mb` MB (10^6 bytes) the way the reader opens it (tui.c): from 4 MB, the first
 * screen from its beginning while the rest is read, then the dates and claims (a second thread
 * in the reader, after it here); below, read, analysed and drawn. Then keys, a search and a
 * resize. The peak memory is the process's, after the article was written out and freed. */
static void run(size_t mb, bool one_paragraph)
{
	struct buf text = BUF_INIT;
	struct reader r;
	struct grid g = {0};
	struct doc_reading *rd;
	struct doc *preview = NULL, *d = NULL;
	static const int keys[] = {'j',  ' ', 'd',  'k',  'b',  'u', 'G', 'g',
				   '\t', 'j', '\t', '\t', '\t', ']', '}'};

	make_article(&text, mb * 1000000, one_paragraph);
	char *path = write_article(&text);
	double t0 = now();
	if (doc_read_begin(path, NULL, FORMAT_TEXT, READER_PREVIEW_BYTES, READER_BACKGROUND_MIN,
			   &rd, &preview) < 0) {
		perror(path);
		exit(1);
	}
	struct timex_list *tl = NULL;
	struct claim_list *cl = NULL;
	double tfirst, tread;
	if (preview) {
		reader_init_reading(&r, preview);
		reader_resize(&r, 45, 160);
		reader_draw(&r, &g);
		tfirst = now();
		if (doc_read_end(rd, &d) < 0) {
			fprintf(stderr, "bench_reader: %s: not read\n", path);
			exit(1);
		}
		tread = now();
		reader_set_doc(&r, d, NULL, NULL, NULL);
		doc_free(preview);
		tl = timex_find_lean(d);
		cl = claims_find(d);
		reader_set_analysis(&r, tl, cl);
		reader_draw(&r, &g);
	} else {
		if (doc_read_end(rd, &d) < 0) {
			fprintf(stderr, "bench_reader: %s: not read\n", path);
			exit(1);
		}
		tread = now();
		tl = timex_find_lean(d);
		cl = claims_find(d);
		reader_init(&r, d, tl, cl, NULL, NULL, NULL);
		reader_resize(&r, 45, 160);
		reader_draw(&r, &g);
		tfirst = now();
	}
	double tready = now();
	unlink(path);
	free(path);
	double worst = 0, total = 0;
	int n = 0;
	for (int round = 0; round < 20; round++) {
		for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
			double a = now();
			reader_key(&r, keys[k]);
			reader_draw(&r, &g);
			double e = now() - a;
			total += e;
			worst = e > worst ? e : worst;
			n++;
		}
	}
	double t4 = now();
	reader_key(&r, '/');
	for (const char *q = "china"; *q; q++)
		reader_key(&r, *q);
	reader_key(&r, UI_KEY_ENTER);
	reader_draw(&r, &g);
	double t5 = now();
	reader_resize(&r, 24, 80);
	reader_draw(&r, &g);
	double t6 = now();
	bool background = preview != NULL;
	printf("%4zu MB%s  %8zu paragraphs  read %7.1f ms  first screen %7.1f ms  lists ready "
	       "%7.1f ms%s  key mean %6.3f ms max %7.2f ms  search %7.1f ms (%zu matches)  "
	       "resize %6.2f ms\n",
	       mb, one_paragraph ? " (one paragraph)" : "", doc_paragraph_count(d),
	       (tread - t0) * 1e3, (tfirst - t0) * 1e3, (tready - t0) * 1e3,
	       background ? " (second thread)" : "", total / n * 1e3, worst * 1e3, (t5 - t4) * 1e3,
	       r.nmatches, (t6 - t5) * 1e3);
	printf("RESULT reader%s %zu - %ld first_screen_ms=%.1f lists_ready_ms=%.1f%s read_ms=%.1f "
	       "key_mean_ms=%.3f key_max_ms=%.2f search_ms=%.1f resize_ms=%.2f "
	       "rss_per_input=%.2f\n",
	       one_paragraph ? "-one-paragraph" : "", mb, bench_peak_kb(), (tfirst - t0) * 1e3,
	       (tready - t0) * 1e3, background ? "(background)" : "", (tread - t0) * 1e3,
	       total / n * 1e3, worst * 1e3, (t5 - t4) * 1e3, (t6 - t5) * 1e3,
	       (double)bench_peak_kb() * 1024.0 / ((double)mb * 1e6));
	fflush(stdout);
	grid_free(&g);
	reader_free(&r);
	timex_list_free(tl);
	claim_list_free(cl);
	doc_free(d);
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C.UTF-8");
	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			run((size_t)atoi(argv[i]), false);
		return 0;
	}
	run(1, false);
	run(3, true);
	run(100, false);
	return 0;
}
