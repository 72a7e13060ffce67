/* Unit tests of the reader's layout without a terminal: wrapping at every width, the place kept
 * over resizes, every screen size drawn, random keys, an empty document, the panes' measure, and
 * the reader shown before its analysis or the whole article arrives. */
#include "reader_fixture.h"
#include "reader_int.h"

#include <locale.h>

static void wrap_fits_every_width(void)
{
	struct fixture f;

	setup(&f, article, sizeof(article) - 1, 24, 80);
	for (size_t p = 0; p < doc_paragraph_count(f.d); p++) {
		const struct doc_para *para = doc_paragraph(f.d, p);
		for (int w = 2; w <= 70; w++) {
			const struct wrapped *wr = reader_wrap(&f.r, p, w);
			CHECK(wr->n >= 1);
			CHECK_EQ(wr->starts[0], para->span.start);
			for (size_t i = 0; i < wr->n; i++) {
				size_t s = wr->starts[i];
				size_t e = i + 1 < wr->n ? wr->starts[i + 1] : para->span.end;
				CHECK(i == 0 || s > wr->starts[i - 1]);
				while (e > s && (f.r.text[e - 1] == ' ' || f.r.text[e - 1] == '\n'))
					e--;
				/* A line is never wider than the pane, unless one character is. */
				int lw = reader_text_width(f.r.text + s, e - s);
				if (lw > w && lw > 8) {
					fprintf(stderr,
						"paragraph %zu width %d line %zu is %d wide\n", p,
						w, i, lw);
					CHECK(lw <= w);
				}
			}
		}
	}
	teardown(&f);
}

static void breaks_at_spaces(void)
{
	struct fixture f;
	const char *t = "Title\n\nalpha beta gamma delta epsilon\n";

	setup(&f, t, strlen(t), 24, 80);
	const struct wrapped *w = reader_wrap(&f.r, 1, 11);
	REQUIRE_EQ(w->n, 3);
	CHECK(strncmp(f.r.text + w->starts[1], "gamma", 5) == 0);
	CHECK(strncmp(f.r.text + w->starts[2], "epsilon", 7) == 0);
	teardown(&f);
}

static void resize_keeps_place(void)
{
	struct fixture f;
	struct buf big = BUF_INIT;

	for (int i = 0; i < 300; i++)
		buf_printf(&big,
			   "Paragraph %d has several words so that it wraps at narrow widths "
			   "and again at wider ones, word %d.\n\n",
			   i, i * 7);
	setup(&f, big.data, big.len, 30, 140);
	const char *at = strstr(f.r.text, "Paragraph 150 ");
	reader_goto(&f.r, (size_t)(at - f.r.text) + 20);
	size_t top = f.r.top;
	reader_resize(&f.r, 24, 90);
	reader_resize(&f.r, 6, 20);
	reader_resize(&f.r, 3, 3);
	reader_resize(&f.r, 30, 140);
	CHECK_EQ(f.r.top, top);
	/* The line at the top holds the place. */
	struct grid g = {0};
	reader_draw(&f.r, &g);
	struct buf out = BUF_INIT;
	grid_text(&g, &out);
	CHECK(strstr(out.data, "Paragraph 150 ") != NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
	buf_free(&big);
}

static void every_size_draws(void)
{
	struct fixture f;
	struct grid g = {0};
	static const int keys[] = {'j', ']', '}',        '\t',         'G', ' ',
				   'b', '?', UI_KEY_ESC, '[',          '{', UI_KEY_BTAB,
				   'd', 'u', 'g',        UI_KEY_ENTER, 'n'};

	setup(&f, article, sizeof(article) - 1, 24, 80);
	for (int rows = 0; rows <= 40; rows += 3) {
		for (int cols = 0; cols <= 130; cols += 7) {
			reader_resize(&f.r, rows, cols);
			for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
				reader_key(&f.r, keys[k]);
				reader_draw(&f.r, &g);
			}
			CHECK_EQ(g.rows, rows);
			CHECK_EQ(g.cols, cols);
		}
	}
	reader_resize(&f.r, 5, 80);
	reader_draw(&f.r, &g);
	struct buf out = BUF_INIT;
	grid_text(&g, &out);
	CHECK(strstr(out.data, "terminal too small") != NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

static void random_keys_never_crash(void)
{
	struct fixture f;
	struct grid g = {0};
	unsigned seed = 12345;

	setup(&f, article, sizeof(article) - 1, 24, 100);
	f.r.no_files = true; /* ":export" typed at random writes nothing */
	for (int i = 0; i < 3000; i++) {
		seed = seed * 1103515245u + 12345u;
		int k = (int)((seed >> 16) % 140);
		if (k >= 128)
			k = UI_KEY_BASE + 1 + (k - 128);
		if (k == 'q' || k == 'e' || k == 'a' || k == UI_CTRL('c'))
			continue; /* quitting, exporting and notes are covered elsewhere */
		reader_key(&f.r, k);
		f.r.quit = false; /* ":q" typed at random */
		if (i % 97 == 0)
			reader_resize(&f.r, 5 + (int)(seed % 40), 10 + (int)((seed >> 8) % 140));
		reader_draw(&f.r, &g);
	}
	grid_free(&g);
	teardown(&f);
}

static void empty_document(void)
{
	struct fixture f;
	struct grid g = {0};

	setup(&f, "", 0, 24, 80);
	if (!f.d)
		return;
	for (const char *k = "jkG g]}[{/x\r\t\t\t\t?"; *k; k++) {
		reader_key(&f.r, *k == '\r' ? UI_KEY_ENTER : *k);
		reader_draw(&f.r, &g);
	}
	grid_free(&g);
	teardown(&f);
}

/* The reader shown before its dates and claims are found (a large article): the lists say they
 * are being found, the jump keys say to wait, and the analysis fills them when it arrives. */
static void analysis_arrives_later(void)
{
	struct fixture f;
	struct grid g = {0};
	struct buf screen = BUF_INIT;
	const char *err = NULL;

	f.d = doc_load(article, sizeof(article) - 1, "test.txt", FORMAT_TEXT, &err);
	doc_set_anchor(f.d, (struct date){2025, 11, 8}, ANCHOR_OPTION);
	reader_init(&f.r, f.d, NULL, NULL, NULL, NULL, "no database in tests");
	reader_resize(&f.r, 30, 140);
	CHECK(f.r.analysing);
	reader_draw(&f.r, &g);
	grid_text(&g, &screen);
	CHECK(strstr(screen.data, "Finding dates") != NULL);
	CHECK(strstr(screen.data, "Finding claims") != NULL);
	CHECK(strstr(screen.data, "A title for the tests") != NULL);
	reader_key(&f.r, ']');
	CHECK(f.r.status_error);
	CHECK(strstr(f.r.status, "Still finding") != NULL);
	reader_key(&f.r, 'j'); /* the article scrolls meanwhile */

	f.tl = timex_find(f.d);
	f.cl = claims_find(f.d);
	reader_set_analysis(&f.r, f.tl, f.cl);
	CHECK(!f.r.analysing);
	CHECK(f.r.tl == f.tl); /* the article's marks read the lists themselves */
	CHECK(f.r.cl == f.cl);
	reader_draw(&f.r, &g);
	buf_free(&screen);
	buf_init(&screen);
	grid_text(&g, &screen);
	CHECK(strstr(screen.data, "Finding dates") == NULL);
	CHECK(strstr(screen.data, "Nov 7") != NULL);
	/* the article marks its dates and claims, read from the lists in place */
	struct buf marked[2] = {BUF_INIT, BUF_INIT};
	for (int i = 0; i < g.rows * g.cols; i++) {
		const struct cell *c = &g.cells[i];
		for (int k = 0; k < 2; k++)
			if (c->off != CELL_BLANK && (c->style & (k ? ST_CLAIM : ST_DATE)))
				buf_put(&marked[k], g.text.data + c->off, c->len);
	}
	CHECK(marked[0].data && strstr(marked[0].data, "November 7, 2025") != NULL);
	CHECK(marked[0].data && strstr(marked[0].data, "Paris") == NULL);
	CHECK(marked[1].data && strstr(marked[1].data, "we are ready") != NULL);
	buf_free(&marked[0]);
	buf_free(&marked[1]);
	CHECK(f.tl->nevents > 0);
	reader_key(&f.r, ']');
	CHECK(strncmp(f.r.status, "Event 1/", 8) == 0);
	buf_free(&screen);
	grid_free(&g);
	teardown(&f);
}

/* The reader on the beginning of an article while the rest is read: the status line says so,
 * the end and a search wait for the whole article and are done when it comes (a scroll cancels
 * the end), the export and notes wait, and the place is kept across the swap. */
static void article_read_later(void)
{
	struct buf text = BUF_INIT;
	struct grid g = {0};
	const char *err = NULL;
	struct reader r;

	buf_puts(&text, "A long article read in two steps\n\n");
	for (int i = 0; i < 400; i++)
		buf_printf(
			&text,
			"Paragraph %d says that talks went on and on, in words enough to wrap "
			"more than twice at eighty columns, so that a paragraph cut short in the "
			"preview has fewer lines than the whole one. It ends here (%d).\n\n",
			i, i);
	buf_puts(&text, "The last paragraph names Zanzibar.\n");
	struct doc *whole = doc_load(text.data, text.len, "t.txt", FORMAT_TEXT, &err);
	REQUIRE(whole != NULL);
	for (int round = 0; round < 4; round++) {
		/* the preview cuts its last paragraph short, as doc_read_begin() may */
		struct doc *pre = doc_load(text.data, 3000, "t.txt", FORMAT_TEXT, &err);
		REQUIRE(pre != NULL);
		reader_init_reading(&r, pre);
		reader_resize(&r, 24, 80);
		reader_draw(&r, &g);
		CHECK(grid_has(&g, "Reading the article…"));
		CHECK(grid_has(&g, "A long article read in two steps"));
		if (round == 0) {
			reader_key(&r, 'G');
			CHECK_EQ(r.top, 0);
			CHECK(strstr(r.status, "when it is read") != NULL);
		} else if (round == 1) {
			reader_key(&r, '/');
			type(&r, "Zanzibar");
			reader_key(&r, UI_KEY_ENTER);
			CHECK_EQ(r.nmatches, 0);
			CHECK(strstr(r.status, "search runs when it is read") != NULL);
		} else if (round == 2) {
			reader_key(&r, 'G');
			reader_key(&r, 'j'); /* a scroll cancels the jump that waited */
			reader_key(&r, 'j');
			reader_key(&r, 'e');
			CHECK(r.status_error && strstr(r.status, "export") != NULL);
			reader_key(&r, 'a');
			CHECK(r.status_error && strstr(r.status, "still being read") != NULL);
		} else {
			/* scrolled to the preview's cut-short last paragraph */
			reader_goto(&r, 2900);
		}
		size_t place = r.top;
		reader_set_doc(&r, whole, NULL, NULL, NULL);
		doc_free(pre);
		reader_draw(&r, &g);
		CHECK(!r.reading);
		CHECK(!grid_has(&g, "Reading the article"));
		if (round == 0) {
			CHECK(grid_has(&g, "The last paragraph names Zanzibar."));
			CHECK(r.status[0] == '\0');
		} else if (round == 1) {
			CHECK_EQ(r.nmatches, 1);
			CHECK(grid_has(&g, "The last paragraph names Zanzibar."));
		} else {
			/* the paragraph the preview cut short is drawn whole */
			char end[64];
			snprintf(end, sizeof(end), "(%zu).", doc_paragraph_at(whole, 3000) - 1);
			CHECK_EQ(r.top, place);
			CHECK(!grid_has(&g, "Zanzibar"));
			CHECK(doc_paragraph_at(whole, r.top) == r.top_pos.para);
			/* round 3 went to 2900, below the preview's last screen: the whole article
			 * puts it at the top */
			CHECK(round != 3 || r.top_pos.para == doc_paragraph_at(whole, 2900));
			reader_draw(&r, &g);
			CHECK(round != 3 || grid_has(&g, end));
		}
		reader_free(&r);
	}
	grid_free(&g);
	doc_free(whole);
	buf_free(&text);
}

static void lazy_wrapping(void)
{
	struct fixture f;
	struct buf big = BUF_INIT;
	struct grid g = {0};

	for (int i = 0; i < 20000; i++)
		buf_printf(&big, "Paragraph %d is short.\n\n", i);
	setup(&f, big.data, big.len, 40, 140);
	reader_draw(&f.r, &g);
	reader_key(&f.r, 'G');
	reader_draw(&f.r, &g);
	size_t used = 0;
	for (size_t i = 0; i < READER_WRAP_SLOTS; i++)
		used += f.r.cache[i].used;
	/* Only what was on screen (top and bottom) was wrapped. */
	CHECK(used < 100);
	grid_free(&g);
	teardown(&f);
	buf_free(&big);
}

/* At 200 columns the article keeps a readable measure; the lists take the rest. */
static void wide_measure(void)
{
	struct fixture f;

	setup(&f, article, sizeof(article) - 1, 50, 200);
	CHECK(f.r.area[PANE_ARTICLE].w <= READER_ARTICLE_MAX);
	CHECK(f.r.area[PANE_TIMELINE].w >= 90);
	CHECK_EQ(f.r.area[PANE_ARTICLE].w + 1 + f.r.area[PANE_TIMELINE].w, 200);
	int sum = 0;
	for (enum pane p = PANE_TIMELINE; p <= PANE_NOTES; p++)
		sum += f.r.area[p].h;
	CHECK_EQ(sum, 49);
	teardown(&f);
}

/* A text cut to fit ends at a whole word ("Ascend" never as "As…") when that keeps at least half
 * the room; one long word, ideographs and combining marks are cut where they must be. */
static void clip_ends_at_a_word(void)
{
	static const char road[] = "Huawei announced the product iteration roadmap for Ascend";
	size_t n = sizeof(road) - 1;

	setlocale(LC_ALL, "C.UTF-8");
	/* "…roadmap for As": the cut falls in "Ascend", so "for" ends it */
	CHECK_EQ(grid_clip_words(road, n, 53),
		 strlen("Huawei announced the product iteration roadmap for"));
	/* control: a cut that falls between words, and a text that fits whole */
	CHECK_EQ(grid_clip_words(road, n, 50),
		 strlen("Huawei announced the product iteration roadmap for"));
	CHECK_EQ(grid_clip_words(road, n, 46),
		 strlen("Huawei announced the product iteration roadmap"));
	CHECK_EQ(grid_clip_words(road, n, 80), n);
	/* a word longer than half the room is cut inside (nothing better) */
	static const char lng[] = "a supercalifragilisticexpialidocious";
	CHECK_EQ(grid_clip_words(lng, sizeof(lng) - 1, 10), 10);
	/* ideographs: any place between two is a place to cut */
	static const char zh[] = "谷歌收购的人工智能公司";
	CHECK_EQ(grid_clip_words(zh, sizeof(zh) - 1, 7), 9);
	/* a combining mark stays with its letter: "café" is never cut before the accent */
	static const char cafe[] = "the cafe\xCC\x81 opens";
	size_t k = grid_clip_words(cafe, sizeof(cafe) - 1, 10);
	CHECK(k == strlen("the") || k == strlen("the cafe\xCC\x81"));
	CHECK_EQ(grid_clip_words(cafe, sizeof(cafe) - 1, 8), strlen("the cafe\xCC\x81"));
	/* a status line cut after a separator leaves the separator out */
	static const char st[] = "\xC2\xB6"
				 "1/6 \xC2\xB7 0% \xC2\xB7 article.txt";
	CHECK_EQ(grid_clip_words(st, sizeof(st) - 1, 13), strlen("\xC2\xB6"
								 "1/6 \xC2\xB7 0%"));
}

/* A speaker of up to half the row is shown whole, not cut to a third before the word that names
 * who spoke ("Morgan Tsvangirai's…" for his spokesman); a longer one is still cut (control). */
static void claims_row_speaker_whole(void)
{
	static const char text[] =
		"Harare calm\n\n"
		"Morgan Tsvangirai's spokesman said the opposition leader had returned to Harare "
		"late on Wednesday after cancer treatment in Britain and South Africa.\n\n"
		"Zimbabwean intelligence reports seen by Reuters and two other agencies suggest the "
		"former security chief has been mapping out a post-Mugabe vision for a year.\n";
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;

	setup(&f, text, sizeof(text) - 1, 24, 80);
	REQUIRE(f.cl->n >= 2);
	reader_key(&f.r, '\t');
	reader_key(&f.r, '\t');
	REQUIRE_EQ(f.r.focus, PANE_CLAIMS);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\n Morgan Tsvangirai's spokesman said (paraphrase): ") != NULL);
	CHECK(strstr(out.data, "\n Zimbabwean intelligence reports seen by Reuters and two other "
			       "agencies suggest") == NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(wrap_fits_every_width);
	RUN(breaks_at_spaces);
	RUN(resize_keeps_place);
	RUN(every_size_draws);
	RUN(random_keys_never_crash);
	RUN(empty_document);
	RUN(analysis_arrives_later);
	RUN(article_read_later);
	RUN(lazy_wrapping);
	RUN(clip_ends_at_a_word);
	RUN(claims_row_speaker_whole);
	RUN(wide_measure);
	return CHECK_DONE();
}
