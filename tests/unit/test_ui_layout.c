/* Unit tests of the reader's model without a terminal: wrapping, place keeping, sizes, keys,
 * search, the editor, the mouse and the action list. */
#include "check.h"
#include "reader.h"

#include <locale.h>
#include <stdlib.h>
#include <strings.h>
#include <unistd.h>

static const char article[] =
	"A title for the tests\n\n"
	"On November 7, 2025, the minister said \"we are ready\" and left for Paris. The talks "
	"resumed on Monday.\n\n"
	"東京都は2025年11月7日に新しい計画を発表した。市長は「準備はできている」と述べた。\n\n"
	"Combining: cafe\xCC\x81 and n\xCC\x83o; emoji 😀🎉 and a family 👨‍👩‍👧 and a "
	"supercalifragilisticexpialidocious-word-that-goes-on-and-on-without-a-break.\n\n"
	"Hostile: \x1B]2;title\x07 and \xE2\x80\xAEreversed text, DEL \x7F, bad \xFF byte.\n\n"
	"The last paragraph says China, china and CHINA.\n";

struct fixture {
	struct doc *d;
	struct timex_list *tl;
	struct claim_list *cl;
	struct reader r;
};

static void setup(struct fixture *f, const char *text, size_t len, int rows, int cols)
{
	const char *err = NULL;

	f->d = doc_load(text, len, "test.txt", FORMAT_TEXT, &err);
	REQUIRE(f->d != NULL);
	doc_set_anchor(f->d, (struct date){2025, 11, 8}, ANCHOR_OPTION);
	f->tl = timex_find(f->d);
	f->cl = claims_find(f->d);
	reader_init(&f->r, f->d, f->tl, f->cl, NULL, NULL, "no database in tests");
	reader_resize(&f->r, rows, cols);
}

static void teardown(struct fixture *f)
{
	reader_free(&f->r);
	claim_list_free(f->cl);
	timex_list_free(f->tl);
	doc_free(f->d);
}

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

static void type(struct reader *r, const char *s)
{
	for (size_t i = 0; s[i];) {
		uint32_t cp;
		int k = text_decode(s + i, strlen(s + i), &cp);
		reader_key(r, (int)cp);
		i += k > 0 ? (size_t)k : 1;
	}
}

static void search_smart_case(void)
{
	struct fixture f;

	setup(&f, article, sizeof(article) - 1, 24, 80);
	reader_key(&f.r, '/');
	type(&f.r, "china");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.nmatches, 3);
	reader_key(&f.r, '/');
	type(&f.r, "China");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.nmatches, 1);
	reader_key(&f.r, '/');
	type(&f.r, "准备");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.nmatches, 0);
	reader_key(&f.r, '/');
	type(&f.r, "準備");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.nmatches, 1);
	/* Smart case is Unicode-aware: lower-case é finds É. */
	teardown(&f);
	const char *t = "T\n\nCAFÉ and café\n";
	setup(&f, t, strlen(t), 24, 80);
	reader_key(&f.r, '/');
	type(&f.r, "café");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.nmatches, 2);
	reader_key(&f.r, 'n');
	CHECK_EQ(f.r.cur_match, 1);
	reader_key(&f.r, 'n');
	CHECK_EQ(f.r.cur_match, 0);
	/* Esc hides the matches; n shows them again and goes on. */
	reader_key(&f.r, UI_KEY_ESC);
	CHECK(f.r.search_hidden);
	reader_key(&f.r, 'n');
	CHECK(!f.r.search_hidden);
	CHECK_EQ(f.r.cur_match, 1);
	CHECK(!f.r.status_error);
	teardown(&f);
}

static void editor_keys(void)
{
	struct fixture f;

	setup(&f, article, sizeof(article) - 1, 24, 80);
	reader_key(&f.r, '/');
	type(&f.r, "ab漢字 cd");
	CHECK_STR(f.r.ed.text.data, "ab漢字 cd");
	reader_key(&f.r, UI_KEY_BACKSPACE);
	CHECK_STR(f.r.ed.text.data, "ab漢字 c");
	reader_key(&f.r, 'w' & 0x1f);
	CHECK_STR(f.r.ed.text.data, "ab漢字 ");
	reader_key(&f.r, UI_KEY_BACKSPACE);
	reader_key(&f.r, UI_KEY_BACKSPACE);
	CHECK_STR(f.r.ed.text.data, "ab漢");
	reader_key(&f.r, UI_KEY_HOME);
	reader_key(&f.r, UI_KEY_DELETE);
	CHECK_STR(f.r.ed.text.data, "b漢");
	reader_key(&f.r, UI_KEY_END);
	reader_key(&f.r, UI_KEY_LEFT);
	type(&f.r, "é");
	CHECK_STR(f.r.ed.text.data, "bé漢");
	reader_key(&f.r, '\n'); /* Ctrl-J: not in a one-line prompt */
	CHECK_STR(f.r.ed.text.data, "bé漢");
	struct grid g = {0};
	reader_draw(&f.r, &g);
	CHECK_EQ(g.cursor_row, 23);
	CHECK_EQ(g.cursor_col, 3); /* "/bé" */
	grid_free(&g);
	reader_key(&f.r, UI_KEY_ESC);
	CHECK_EQ(f.r.mode, MODE_NORMAL);
	CHECK(f.r.query == NULL);
	teardown(&f);
}

static void notes_refused_without_database(void)
{
	struct fixture f;

	setup(&f, article, sizeof(article) - 1, 24, 80);
	reader_key(&f.r, 'a');
	CHECK_EQ(f.r.mode, MODE_NORMAL);
	CHECK(f.r.status_error);
	CHECK(strstr(f.r.status, "unavailable") != NULL);
	teardown(&f);
}

static bool grid_has(const struct grid *g, const char *s)
{
	struct buf out = BUF_INIT;
	grid_text(g, &out);
	bool found = strstr(out.data, s) != NULL;
	buf_free(&out);
	return found;
}

static void notes_write_edit_delete(void)
{
	char dir[] = "/tmp/test_ui_notesXXXXXX";
	char path[64];
	struct notes_db *db = NULL;
	struct fixture f;
	struct grid g = {0};

	REQUIRE(mkdtemp(dir) != NULL);
	snprintf(path, sizeof(path), "%s/notes.db", dir);
	REQUIRE_EQ(notes_open(path, &db), 0);
	setup(&f, article, sizeof(article) - 1, 14, 40);
	reader_free(&f.r);
	reader_init(&f.r, f.d, f.tl, f.cl, db, NULL, NULL);
	reader_resize(&f.r, 14, 40);
	reader_key(&f.r, 'j');
	reader_key(&f.r, 'j');
	reader_key(&f.r, 'a');
	CHECK_EQ(f.r.mode, MODE_NOTE);
	CHECK_EQ(f.r.note_target, NOTE_PARAGRAPH);
	type(&f.r, "A note with 漢字 and words that wrap at forty columns");
	reader_key(&f.r, '\n');
	type(&f.r, "line two");
	reader_draw(&f.r, &g);
	if (getenv("SHOW")) {
		struct buf o = BUF_INIT;
		grid_text(&g, &o);
		fputs(o.data, stderr);
		buf_free(&o);
	}
	CHECK(grid_has(&g, " A note with 漢字 and words that wrap\n"));
	CHECK(grid_has(&g, " at forty columns\n"));
	CHECK(grid_has(&g, " line two\n"));
	CHECK_EQ(g.cursor_col, 9);
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.mode, MODE_NORMAL);
	CHECK_EQ(f.r.notes->n, 1);
	CHECK(strstr(f.r.status, "Note saved on ¶2") != NULL);
	/* The passage is marked. */
	reader_key(&f.r, 'g');
	reader_draw(&f.r, &g);
	bool marked = false;
	for (int i = 0; i < g.rows * g.cols; i++)
		marked |= (g.cells[i].style & ST_NOTE) != 0;
	CHECK(marked);
	/* Edit in the notes pane, then delete after a confirmation. */
	for (int i = 0; i < 3; i++)
		reader_key(&f.r, '\t');
	CHECK_EQ(f.r.focus, PANE_NOTES);
	reader_key(&f.r, 'E');
	CHECK_EQ(f.r.mode, MODE_NOTE);
	reader_key(&f.r, 'u' & 0x1f);
	type(&f.r, "changed");
	reader_key(&f.r, UI_KEY_ENTER);
	REQUIRE_EQ(f.r.notes->n, 1);
	CHECK(strstr(f.r.notes->items[0].text, "changed") != NULL);
	reader_key(&f.r, 'D');
	CHECK_EQ(f.r.mode, MODE_CONFIRM);
	reader_key(&f.r, 'n');
	CHECK_EQ(f.r.notes->n, 1);
	reader_key(&f.r, 'D');
	reader_key(&f.r, 'y');
	CHECK_EQ(f.r.notes->n, 0);
	/* An empty note is not saved; Esc discards. */
	reader_key(&f.r, '\t');
	reader_key(&f.r, 'a');
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.notes->n, 0);
	reader_key(&f.r, 'a');
	type(&f.r, "x");
	reader_key(&f.r, UI_KEY_ESC);
	CHECK_EQ(f.r.notes->n, 0);
	grid_free(&g);
	teardown(&f);
	notes_close(db);
	remove(path);
	rmdir(dir);
}

static void mouse_scrolls_and_selects(void)
{
	struct fixture f;
	struct buf big = BUF_INIT;

	for (int i = 0; i < 100; i++)
		buf_printf(&big, "On March %d, 2024, officials said the count was %d.\n\n",
			   i % 28 + 1, i);
	setup(&f, big.data, big.len, 30, 140);
	size_t top = f.r.top;
	reader_mouse(&f.r, 5, 5, 5);
	CHECK(f.r.top > top);
	reader_mouse(&f.r, 5, 5, 4);
	CHECK_EQ(f.r.top, top);
	if (f.tl->nevents > 3) {
		const struct rect a = f.r.area[PANE_TIMELINE];
		reader_mouse(&f.r, a.y + 3, a.x + 4, 1);
		CHECK_EQ(f.r.focus, PANE_TIMELINE);
		CHECK_EQ(f.r.sel[PANE_TIMELINE], 2);
		CHECK(f.r.has_current);
	} else {
		CHECK(!"the timeline engine found the dated events");
	}
	teardown(&f);
	buf_free(&big);
}

static void jumps_follow_the_lists(void)
{
	struct fixture f;

	setup(&f, article, sizeof(article) - 1, 24, 80);
	if (f.tl->nevents) {
		reader_key(&f.r, ']');
		CHECK(f.r.has_current);
		CHECK(strncmp(f.r.status, "Event 1/", 8) == 0);
		CHECK_EQ(f.r.sel[PANE_TIMELINE], 0);
	}
	reader_key(&f.r, UI_KEY_ESC);
	CHECK(!f.r.has_current);
	teardown(&f);
	/* With empty lists the keys say so. */
	const char *t = "Nothing dated here.\n";
	setup(&f, t, strlen(t), 24, 80);
	reader_key(&f.r, ']');
	CHECK(f.r.status_error);
	reader_key(&f.r, '}');
	CHECK(f.r.status_error);
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
			for (int k = 0; round == 3 && k < 6; k++)
				reader_key(&r, 'j');
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

/* A longer article of numbered, dated paragraphs, for scrolling and jumping. */
static void setup_long(struct fixture *f, struct buf *big, int rows, int cols)
{
	for (int i = 0; i < 60; i++)
		buf_printf(big,
			   "On March %d, 2024, officials said the count was %d. The talks went on "
			   "for hours and nobody left the room before the vote.\n\n",
			   i % 28 + 1, i);
	setup(f, big->data, big->len, rows, cols);
}

/* Counts: 5j moves as five j; 10G goes to paragraph 10; 50% half way; 3] three events. */
static void counts_repeat_and_place(void)
{
	struct fixture f, g;
	struct buf big = BUF_INIT;

	setup_long(&f, &big, 24, 80);
	setup(&g, big.data, big.len, 24, 80);
	type(&f.r, "5j");
	for (int i = 0; i < 5; i++)
		reader_key(&g.r, 'j');
	CHECK_EQ(f.r.top, g.r.top);
	CHECK(f.r.top > 0);
	CHECK(!f.r.has_count);
	type(&f.r, "10G");
	CHECK_EQ(f.r.top_pos.para, 9);
	type(&f.r, "50%");
	CHECK(f.r.top > big.len / 2 - 200 && f.r.top <= big.len / 2);
	reader_key(&f.r, 'g');
	type(&f.r, "3]");
	CHECK(strncmp(f.r.status, "Event 3/", 8) == 0);
	/* A count then Esc is forgotten. */
	type(&f.r, "7");
	reader_key(&f.r, UI_KEY_ESC);
	CHECK(!f.r.has_count);
	teardown(&g);
	teardown(&f);
	buf_free(&big);
}

/* Every jump is kept: three ] then three Ctrl-O come back to the first screen; Ctrl-N goes
 * forward again; '' swaps with the place before the last jump. */
static void jump_list(void)
{
	struct fixture f;
	struct buf big = BUF_INIT;

	setup_long(&f, &big, 12, 80);
	size_t first = f.r.top;
	type(&f.r, "]]]");
	size_t third = f.r.top;
	CHECK(third != first);
	for (int i = 0; i < 3; i++)
		reader_key(&f.r, UI_CTRL('o'));
	CHECK_EQ(f.r.top, first);
	CHECK(!f.r.has_current);
	reader_key(&f.r, UI_CTRL('o'));
	CHECK(f.r.status_error); /* no older place */
	for (int i = 0; i < 3; i++)
		reader_key(&f.r, UI_CTRL('n'));
	CHECK_EQ(f.r.top, third);
	reader_key(&f.r, 'G');
	size_t bottom = f.r.top;
	type(&f.r, "''");
	CHECK_EQ(f.r.top, third);
	type(&f.r, "''");
	CHECK_EQ(f.r.top, bottom);
	teardown(&f);
	buf_free(&big);
}

/* q and Esc leave a list's tab (narrow screen) before quitting; Left and Backspace too. */
static void leave_before_quit(void)
{
	struct fixture f;

	setup(&f, article, sizeof(article) - 1, 24, 80);
	reader_key(&f.r, '\t');
	CHECK_EQ(f.r.focus, PANE_TIMELINE);
	reader_key(&f.r, 'q');
	CHECK(!f.r.quit);
	CHECK_EQ(f.r.focus, PANE_ARTICLE);
	reader_key(&f.r, '\t');
	reader_key(&f.r, UI_KEY_ESC);
	CHECK_EQ(f.r.focus, PANE_ARTICLE);
	reader_key(&f.r, '\t');
	reader_key(&f.r, UI_KEY_BACKSPACE);
	CHECK_EQ(f.r.focus, PANE_ARTICLE);
	reader_key(&f.r, 'h');
	CHECK_EQ(f.r.mode, MODE_HELP);
	reader_key(&f.r, 'G');
	CHECK(f.r.help_top > 0);
	reader_key(&f.r, 'q');
	CHECK_EQ(f.r.mode, MODE_NORMAL);
	CHECK(!f.r.quit);
	reader_key(&f.r, 'x');
	CHECK(strstr(f.r.status, "? for help") != NULL);
	reader_key(&f.r, UI_CTRL('c'));
	CHECK(f.r.quit);
	teardown(&f);
}

/* Search folds typographic quotes, apostrophes and dashes, and accents unless the query has
 * one; earlier searches come back with Up. */
static void search_folds_and_remembers(void)
{
	struct fixture f;
	const char *t = "T\n\nNVIDIA's chips, NVIDIA’s rivals; 2020–2025 and 2020-2025; café, cafe "
			"and cafe\xCC\x81.\n";

	setup(&f, t, strlen(t), 24, 80);
	reader_key(&f.r, '/');
	type(&f.r, "NVIDIA’s");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.nmatches, 2);
	reader_key(&f.r, '/');
	type(&f.r, "2020-2025");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.nmatches, 2);
	reader_key(&f.r, '/');
	type(&f.r, "cafe");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.nmatches, 3);
	reader_key(&f.r, '/');
	type(&f.r, "café");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK_EQ(f.r.nmatches, 1);
	reader_key(&f.r, '/');
	reader_key(&f.r, UI_KEY_UP);
	CHECK_STR(f.r.ed.text.data, "café");
	reader_key(&f.r, UI_KEY_UP);
	CHECK_STR(f.r.ed.text.data, "cafe");
	reader_key(&f.r, UI_KEY_DOWN);
	reader_key(&f.r, UI_KEY_DOWN);
	CHECK_STR(f.r.ed.text.data, "");
	reader_key(&f.r, UI_KEY_ESC);
	teardown(&f);
}

/* :date sets the anchor and finds the dates again; :date alone says it; none forgets it. */
static void command_line_date(void)
{
	struct fixture f;
	const char *t = "A title\n\nThe minister spoke on November 7 and again on Friday.\n";
	const char *err = NULL;

	f.d = doc_load(t, strlen(t), "undated.txt", FORMAT_TEXT, &err);
	f.tl = timex_find(f.d);
	f.cl = claims_find(f.d);
	reader_init(&f.r, f.d, f.tl, f.cl, NULL, NULL, "no database in tests");
	reader_resize(&f.r, 24, 100);
	struct grid g = {0};
	reader_draw(&f.r, &g);
	CHECK(grid_has(&g, "date unknown"));
	type(&f.r, ":date 2025-11-08");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK(strstr(f.r.status, "Anchor 2025-11-08, from :date") != NULL);
	enum doc_anchor_from from;
	struct date a = doc_anchor(f.d, &from);
	CHECK(a.year == 2025 && from == ANCHOR_READER);
	CHECK(f.r.tl != f.tl);
	reader_key(&f.r, ']');
	CHECK(strstr(f.r.status, "2025") != NULL);
	reader_draw(&f.r, &g);
	CHECK(grid_has(&g, "2025-11-08 (:date)"));
	type(&f.r, ":d");
	reader_key(&f.r, '\t');
	CHECK_STR(f.r.ed.text.data, "date ");
	type(&f.r, "none");
	reader_key(&f.r, UI_KEY_ENTER);
	a = doc_anchor(f.d, &from);
	CHECK_EQ(a.year, 0);
	reader_key(&f.r, ':');
	reader_key(&f.r, UI_KEY_UP);
	CHECK_STR(f.r.ed.text.data, "date none");
	reader_key(&f.r, UI_KEY_ESC);
	type(&f.r, ":frobnicate");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK(f.r.status_error);
	type(&f.r, ":date 2025-02-30");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK(f.r.status_error);
	type(&f.r, ":q");
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK(f.r.quit);
	grid_free(&g);
	teardown(&f);
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

static void action_list_complete(void)
{
	char keys[128];
	struct buf md = BUF_INIT;

	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		actions_keys((enum ui_action)a, keys, sizeof(keys));
		CHECK(keys[0] != '\0');
		CHECK(strlen(actions_help((enum ui_action)a)) > 3);
		CHECK(actions_for_key(']') == ACT_NEXT_EVENT);
	}
	reader_keys_md(&md);
	CHECK(strstr(md.data, "| ] | `next-event` | Jump to the next event in the timeline |") !=
	      NULL);
	CHECK(strstr(md.data, "Ctrl-J") != NULL);
	buf_free(&md);
}

/* ---- the claims pane: the detail area, the speaker filter and the grouping ---- */

static const char claims_article[] =
	"A title for the claims\n\n"
	"\"We are ready for the winter,\" Anna Berg said on Monday. Tom Reed said that the plan "
	"was late and that the budget for the new tram line had doubled since the council "
	"approved it in the spring of last year. \"It is late,\" TOM REED told reporters. He "
	"added that the tram would wait.\n\n"
	"According to the ministry, the plan costs more. Anna Berg added that nothing would "
	"change. Tom Reed said that he would resign.\n";

/* Draws the screen and gives it as text. */
static void screen_text(struct reader *r, struct grid *g, struct buf *out)
{
	reader_draw(r, g);
	buf_clear(out);
	grid_text(g, out);
	if (getenv("SHOW"))
		fputs(out->data, stderr);
}

/* Rows [from, to) of the grid without their leading blanks, joined by single spaces (wrapped
 * words read as one line). */
static void joined_rows(const struct grid *g, int from, int to, struct buf *out)
{
	struct buf all = BUF_INIT;
	char *line;
	int y = 0;

	grid_text(g, &all);
	buf_clear(out);
	for (line = all.data; *line && y < to; y++) {
		char *nl = strchr(line, '\n');
		size_t n = nl ? (size_t)(nl - line) : strlen(line), k = 0;
		if (y >= from) {
			while (k < n && line[k] == ' ')
				k++;
			if (out->len && k < n)
				buf_putc(out, ' ');
			buf_put(out, line + k, n - k);
		}
		line += n + (nl ? 1 : 0);
	}
	buf_free(&all);
}

/* The line of text that begins with prefix (after a newline), or "" (the rest of the line is for
 * the caller to look into: labels change with the timeline's wording). */
static const char *line_from(const char *text, const char *prefix, char *line, size_t n)
{
	line[0] = '\0';
	for (const char *p = text; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (strncmp(p, prefix, strlen(prefix)) == 0) {
			size_t k = strcspn(p, "\n");
			snprintf(line, n, "%.*s", (int)k, p);
			break;
		}
	return line;
}

/* The claims pane's rows now, and how many of them a speaker (resolved name, any case) made. */
static size_t claims_listed(const struct reader *r)
{
	return r->cv.rows ? r->cv.nrows : r->cl->n;
}

static size_t listed_by(const struct reader *r, const char *who)
{
	size_t n = 0;

	for (size_t i = 0; i < claims_listed(r); i++) {
		const struct claim *c = &r->cl->items[r->cv.rows ? r->cv.rows[i] : i];
		n += c->speaker_resolved && strcasecmp(c->speaker_resolved, who) == 0;
	}
	return n;
}

static size_t selected_claim(const struct reader *r)
{
	size_t i = r->sel[PANE_CLAIMS];
	return r->cv.rows ? r->cv.rows[i] : i;
}

static void claims_detail_area(void)
{
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT, words = BUF_INIT;

	setup(&f, claims_article, sizeof(claims_article) - 1, 24, 80);
	REQUIRE(f.cl->n >= 7);
	reader_key(&f.r, '\t');
	reader_key(&f.r, '\t');
	REQUIRE_EQ(f.r.focus, PANE_CLAIMS);
	/* The second claim is longer than a row: its row is cut, the detail area has all of its
	 * words, with the speaker, the cue and the kind. */
	reader_key(&f.r, 'j');
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\n Tom Reed said · paraphrase · ¶2\n") != NULL);
	CHECK(strstr(out.data, "the spring of last year\n") != NULL);
	joined_rows(&g, 2, 3 + (int)f.cl->n, &words);
	CHECK(strstr(words.data, "in the spring of last year") == NULL);
	joined_rows(&g, 3 + (int)f.cl->n, 23, &words);
	CHECK(strstr(words.data, "the plan was late and that the budget for the new tram line "
				 "had doubled since the council approved it in the spring of last "
				 "year") != NULL);
	/* A quotation is a quote, inside quotation marks. */
	reader_key(&f.r, 'k');
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\n Anna Berg said · quote · ¶2\n") != NULL);
	CHECK(strstr(out.data, "\n “We are ready for the winter”\n") != NULL);
	/* A pronoun resolved to a name: the name, and the words the article uses. */
	reader_key(&f.r, 'j');
	reader_key(&f.r, 'j');
	reader_key(&f.r, 'j');
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\n Tom Reed (“He”) added · paraphrase · ¶2\n") != NULL);
	/* An attribution says "according to" once. */
	reader_key(&f.r, 'j');
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\n the ministry · according to · ¶3\n") != NULL);
	/* The wide layout has it too, below the claims' list. */
	reader_resize(&f.r, 45, 160);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "│ the ministry · according to · ¶3\n") != NULL);
	/* In a short pane the detail area gives way to the list. */
	reader_resize(&f.r, 9, 80);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "────") == NULL);
	CHECK(strstr(out.data, "According to the ministry (paraphrase): the plan costs more") !=
	      NULL);
	buf_free(&words);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

static void claims_filter_by_speaker(void)
{
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;

	setup(&f, claims_article, sizeof(claims_article) - 1, 24, 80);
	REQUIRE(f.cl->n >= 7);
	/* From the article pane: s filters by the selected claim (the second: Tom Reed) and shows
	 * the claims pane. */
	reader_key(&f.r, '}');
	reader_key(&f.r, '}');
	REQUIRE_EQ(selected_claim(&f.r), 1);
	reader_key(&f.r, 's');
	CHECK_EQ(f.r.focus, PANE_CLAIMS);
	CHECK(f.r.cv.filtered);
	/* Tom Reed, TOM REED and the resolved He: one speaker whatever the case. */
	CHECK_EQ(claims_listed(&f.r), 4);
	CHECK_EQ(listed_by(&f.r, "Tom Reed"), 4);
	CHECK_EQ(selected_claim(&f.r), 1);
	CHECK(strstr(f.r.status, "Only Tom Reed: 4 of 7 claims") != NULL);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, " Claims  1/4 of 7 · only Tom Reed") != NULL);
	CHECK(strstr(out.data, "Anna Berg") == NULL);
	/* The status line says so while nothing else is said. */
	reader_key(&f.r, 'j');
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "· only Tom Reed: 4 of 7 claims") != NULL);
	CHECK_EQ(selected_claim(&f.r), 2);
	/* The jump keys go through the claims listed. */
	reader_key(&f.r, '}');
	CHECK_EQ(selected_claim(&f.r), 3);
	CHECK(strstr(f.r.status, "Claim 3/4") != NULL);
	/* s again shows all, the selected claim still selected. */
	reader_key(&f.r, 's');
	CHECK(!f.r.cv.filtered);
	CHECK_EQ(claims_listed(&f.r), f.cl->n);
	CHECK_EQ(selected_claim(&f.r), 3);
	CHECK(strstr(f.r.status, "All 7 claims") != NULL);
	/* Esc in the claims pane clears it too. */
	reader_key(&f.r, 'k');
	reader_key(&f.r, 'k');
	reader_key(&f.r, 'k');
	reader_key(&f.r, 's');
	CHECK_EQ(claims_listed(&f.r), 2);
	CHECK_EQ(listed_by(&f.r, "Anna Berg"), 2);
	reader_key(&f.r, UI_KEY_ESC);
	CHECK(!f.r.cv.filtered);
	CHECK_EQ(claims_listed(&f.r), f.cl->n);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "only Anna Berg") == NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
	/* No claims: s says so. */
	const char *t = "Nothing said here.\n";
	setup(&f, t, strlen(t), 24, 80);
	reader_key(&f.r, 's');
	CHECK(f.r.status_error);
	CHECK(!f.r.cv.filtered);
	teardown(&f);
}

static void claims_grouped_by_speaker(void)
{
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;

	setup(&f, claims_article, sizeof(claims_article) - 1, 30, 80);
	REQUIRE(f.cl->n >= 7);
	reader_key(&f.r, '\t');
	reader_key(&f.r, '\t');
	reader_key(&f.r, 'j');
	reader_key(&f.r, 'j');
	REQUIRE_EQ(selected_claim(&f.r), 2);
	reader_key(&f.r, 'S');
	CHECK(f.r.cv.grouped);
	CHECK_EQ(f.r.cv.nspeakers, 3);
	/* The most claims first (Tom Reed 4, Anna Berg 2, the ministry 1), each speaker's in
	 * text order; the selected claim stays selected. */
	static const size_t want[] = {1, 2, 3, 6, 0, 5, 4};
	REQUIRE_EQ(claims_listed(&f.r), 7);
	for (size_t i = 0; i < 7; i++)
		CHECK_EQ(f.r.cv.rows[i], want[i]);
	CHECK_EQ(selected_claim(&f.r), 2);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, " Claims  2/7 · 3 speakers") != NULL);
	CHECK(strstr(out.data, "\n Tom Reed (4)\n   said (paraphrase): the plan was late") != NULL);
	CHECK(strstr(out.data, "\n Anna Berg (2)\n   said: “We are ready") != NULL);
	CHECK(strstr(out.data, "\n the ministry (1)\n") != NULL);
	/* Grouped and filtered: one group. */
	reader_key(&f.r, 's');
	CHECK_EQ(claims_listed(&f.r), 4);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\n Tom Reed (4)\n") != NULL);
	CHECK(strstr(out.data, "Anna Berg (2)") == NULL);
	reader_key(&f.r, 's');
	/* A click on a group's heading selects nothing; on a claim, that claim. */
	reader_key(&f.r, 'g');
	screen_text(&f.r, &g, &out);
	size_t sel = f.r.sel[PANE_CLAIMS];
	reader_mouse(&f.r, f.r.area[PANE_CLAIMS].y + 1, 5, 1);
	CHECK_EQ(f.r.sel[PANE_CLAIMS], sel);
	reader_mouse(&f.r, f.r.area[PANE_CLAIMS].y + 7, 5, 1);
	CHECK_EQ(selected_claim(&f.r), 0);
	/* S again: text order, the same claim selected. */
	reader_key(&f.r, 'S');
	CHECK(!f.r.cv.grouped);
	CHECK(f.r.cv.rows == NULL);
	CHECK_EQ(selected_claim(&f.r), 0);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

/* Keys and frames cost a screen's work: the view's index is built when grouping or filtering
 * changes, never when the selection moves or a frame is drawn; the selected row stays on
 * screen wherever it goes in a long list, with a heading above the top row. */
/* Is the selected row of pane p drawn (a selected cell in the pane's area)? */
static bool selection_drawn(const struct reader *r, const struct grid *g, enum pane p)
{
	const struct rect a = r->area[p];

	for (int y = a.y + 1; y < a.y + a.h; y++)
		for (int x = a.x; x < a.x + a.w; x++)
			if (g->cells[(size_t)y * (size_t)g->cols + (size_t)x].style & ST_SELECTED)
				return true;
	return false;
}

static void claims_view_built_once(void)
{
	struct fixture f;
	struct buf big = BUF_INIT, out = BUF_INIT;
	struct grid g = {0};

	/* 40 speakers of 75 claims each (first names by last names), and Reed's 3000. */
	static const char *first[] = {"Anna",  "Boris", "Clara", "David",
				      "Elena", "Frank", "Greta", "Hugo"};
	static const char *last[] = {"Smith", "Jones", "Brown", "Weber", "Olsen"};
	for (int i = 0; i < 3000; i++)
		buf_printf(&big,
			   "%s %s said that item %d was on time. Reed said that "
			   "item %d was late.\n\n",
			   first[i % 40 % 8], last[i % 40 / 8], i, i);
	setup(&f, big.data, big.len, 30, 140);
	REQUIRE(f.cl->n >= 6000);
	reader_key(&f.r, '\t');
	reader_key(&f.r, '\t');
	REQUIRE_EQ(f.r.focus, PANE_CLAIMS);
	reader_key(&f.r, 'S');
	REQUIRE(f.r.cv.rows != NULL);
	const size_t *rows = f.r.cv.rows, *who = f.r.cv.who;
	/* Reed first: the most claims. */
	CHECK(strcmp(f.cl->items[rows[0]].speaker_resolved, "Reed") == 0);
	size_t moved = 0;
	for (int k = 0; k < 200; k++) {
		size_t before = f.r.sel[PANE_CLAIMS];
		reader_key(&f.r, k % 50 == 0 ? 'G' : k % 7 == 0 ? UI_KEY_PGUP : k % 3 ? 'j' : 'k');
		reader_draw(&f.r, &g);
		CHECK(selection_drawn(&f.r, &g, PANE_CLAIMS));
		moved += f.r.sel[PANE_CLAIMS] != before;
	}
	CHECK(moved > 150);
	CHECK(f.r.cv.rows == rows);
	CHECK(f.r.cv.who == who);
	reader_key(&f.r, 'G');
	screen_text(&f.r, &g, &out);
	/* The last group's heading stays above its rows at the top. */
	CHECK(strstr(out.data, "│ Hugo Olsen (75)\n") != NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
	buf_free(&big);
}

/* ---- the timeline to scale ---- */

static void axis_values(void)
{
	long day;

	CHECK(axis_value_day("2025-11-07", &day));
	CHECK_EQ(day, date_to_days(2025, 11, 7));
	CHECK(axis_value_day("2025-11-07T15:30", &day));
	CHECK_EQ(day, date_to_days(2025, 11, 7));
	CHECK(axis_value_day("2025-07", &day));
	CHECK_EQ(day, date_to_days(2025, 7, 1));
	CHECK(axis_value_day("2025-W45", &day));
	CHECK_EQ(day, date_to_days(2025, 11, 3));
	CHECK(axis_value_day("2026-W01", &day)); /* its Monday is in 2025: kept in 2026 */
	CHECK_EQ(day, date_to_days(2026, 1, 1));
	CHECK(axis_value_day("2025-Q3", &day));
	CHECK_EQ(day, date_to_days(2025, 7, 1));
	CHECK(axis_value_day("2025-H2", &day));
	CHECK_EQ(day, date_to_days(2025, 7, 1));
	CHECK(axis_value_day("2025-SU", &day));
	CHECK_EQ(day, date_to_days(2025, 6, 1));
	CHECK(axis_value_day("2025", &day));
	CHECK_EQ(day, date_to_days(2025, 1, 1));
	CHECK(axis_value_day("199", &day));
	CHECK_EQ(day, date_to_days(1990, 1, 1));
	CHECK(axis_value_day("2025-02-30", &day)); /* no such day: its month */
	CHECK_EQ(day, date_to_days(2025, 2, 1));
	CHECK(!axis_value_day("XXXX-11-07", &day));
	CHECK(!axis_value_day("XXXX", &day));
	CHECK(!axis_value_day("PAST_REF", &day));
	CHECK(!axis_value_day("P3Y", &day));
	CHECK(!axis_value_day("", &day));
}

static const char axis_article[] =
	"A title for the axis\n\n"
	"On March 3, 2024, the council met. On March 5, 2024, the council voted on the tram. On "
	"March 9, 2024, the works began. In November 2025, the line opened to the public.\n";

static void axis_to_scale(void)
{
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;

	setup(&f, axis_article, sizeof(axis_article) - 1, 24, 80);
	REQUIRE_EQ(f.tl->nevents, 4);
	reader_key(&f.r, 't');
	CHECK(f.r.axis.on);
	CHECK_EQ(f.r.focus, PANE_TIMELINE);
	CHECK(strstr(f.r.status, "a line is a day") != NULL);
	const struct axis_view *a = &f.r.axis;
	/* A day a line: Mar 3, 4 (empty), 5, 6-8 (empty), 9, then 601 days left out, Nov 2025. */
	CHECK_EQ(a->step, AXIS_STEP_DAY);
	static const enum axis_line_kind kinds[] = {
		AXIS_LINE_EVENT, AXIS_LINE_EMPTY, AXIS_LINE_EVENT, AXIS_LINE_EMPTY, AXIS_LINE_EMPTY,
		AXIS_LINE_EMPTY, AXIS_LINE_EVENT, AXIS_LINE_BREAK, AXIS_LINE_EVENT};
	REQUIRE_EQ(a->nlines, 9);
	for (size_t l = 0; l < 9; l++)
		CHECK_EQ(a->lines[l].kind, kinds[l]);
	CHECK_EQ(a->lines[7].gap, 601);
	CHECK_EQ(a->line_of[3], 8);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, " Timeline  1/4 · to scale, a line a day\n") != NULL);
	char line[256];
	CHECK(strstr(line_from(out.data, " 2024 Mar  3 ● Mar 3", line, sizeof(line)),
		     " The council met") != NULL);
	CHECK(strstr(out.data, "\n      Mar  4 │\n") != NULL);
	CHECK(strstr(out.data, "\n             ┆ about 20 months\n") != NULL);
	/* November 2025 is a month: no day is marked for it, only its year. */
	CHECK(strstr(line_from(out.data, " 2025        ● Nov", line, sizeof(line)),
		     " The line opened") != NULL);
	/* The jump keys and Enter go through the events as in the list. */
	reader_key(&f.r, ']');
	reader_key(&f.r, ']');
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 1);
	CHECK(strstr(f.r.status, "Event 2/4") != NULL);
	reader_key(&f.r, 'j');
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK(strstr(f.r.status, "Event 3/4") != NULL);
	/* Enter showed the article (one pane at a time at 80 columns); Tab comes back. */
	CHECK_EQ(f.r.focus, PANE_ARTICLE);
	reader_key(&f.r, '\t');
	CHECK_EQ(f.r.focus, PANE_TIMELINE);
	screen_text(&f.r, &g, &out);
	/* The selected event's line is highlighted. */
	int y = f.r.area[PANE_TIMELINE].y + 1 + (int)(a->line_of[2] - a->top);
	CHECK((g.cells[(size_t)y * (size_t)g.cols + 20].style & ST_SELECTED) != 0);
	/* A click on an event's line selects it; on an empty step, nothing. */
	reader_mouse(&f.r, f.r.area[PANE_TIMELINE].y + 2, 10, 1);
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 2);
	reader_mouse(&f.r, f.r.area[PANE_TIMELINE].y + 1 + 8, 10, 1);
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 3);
	/* t again: the list, the same event selected. */
	reader_key(&f.r, 't');
	CHECK(!f.r.axis.on);
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 3);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, " Timeline  4/4\n") != NULL);
	CHECK(strstr(out.data, "●") == NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

/* Many events over years in a short pane: a coarser step, the selection kept in view across
 * resizes, the axis rebuilt for the height and never past its end. */
static void axis_resize_keeps_selection(void)
{
	struct fixture f;
	struct buf big = BUF_INIT;
	struct grid g = {0};

	for (int i = 0; i < 120; i++)
		buf_printf(&big, "On %s %d, %d, event number %d happened.\n\n",
			   date_month_name(i % 12 + 1), i % 27 + 1, 2000 + i / 6, i);
	setup(&f, big.data, big.len, 30, 140);
	REQUIRE(f.tl->nevents >= 100);
	reader_key(&f.r, '\t');
	reader_key(&f.r, 't');
	CHECK(f.r.axis.step >= AXIS_STEP_MONTH);
	for (int i = 0; i < 57; i++)
		reader_key(&f.r, ']');
	size_t sel = f.r.sel[PANE_TIMELINE];
	static const int sizes[][2] = {{24, 80}, {12, 40},  {45, 160},
				       {7, 21},  {30, 140}, {60, 200}};
	for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		reader_resize(&f.r, sizes[k][0], sizes[k][1]);
		reader_draw(&f.r, &g);
		const struct axis_view *a = &f.r.axis;
		CHECK_EQ(f.r.sel[PANE_TIMELINE], sel);
		size_t rows = (size_t)(f.r.area[PANE_TIMELINE].h - 1), line = a->line_of[sel];
		CHECK(line >= a->top && line < a->top + rows);
		CHECK(a->top + rows <= a->nlines || a->top == 0);
		CHECK_EQ(a->built_rows, (int)rows);
	}
	reader_key(&f.r, 'G');
	reader_draw(&f.r, &g);
	CHECK_EQ(f.r.sel[PANE_TIMELINE], f.tl->nevents - 1);
	reader_key(&f.r, 'g');
	reader_draw(&f.r, &g);
	CHECK_EQ(f.r.axis.top, 0);
	grid_free(&g);
	teardown(&f);
	buf_free(&big);
}

/* Without an anchor the year of "In July" is unknown: such events are listed apart, under a
 * heading, where the timeline has them (after the dated ones), and the jump keys reach them; the
 * axis is no finer than its events (years: a line a year, 2025 shown empty). */
static void axis_undated_apart(void)
{
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;
	const char *t =
		"Title\n\nIn July the council met. In 2024 the works began. In 2026 the line "
		"opens.\n";
	const char *err = NULL;

	f.d = doc_load(t, strlen(t), "test.txt", FORMAT_TEXT, &err);
	REQUIRE(f.d != NULL);
	f.tl = timex_find(f.d);
	f.cl = claims_find(f.d);
	reader_init(&f.r, f.d, f.tl, f.cl, NULL, NULL, "no database in tests");
	reader_resize(&f.r, 24, 80);
	REQUIRE_EQ(f.tl->nevents, 3);
	reader_key(&f.r, 't');
	const struct axis_view *a = &f.r.axis;
	CHECK_EQ(a->nplaced, 2);
	CHECK_EQ(a->step, AXIS_STEP_YEAR);
	static const enum axis_line_kind kinds[] = {AXIS_LINE_EVENT, AXIS_LINE_EMPTY,
						    AXIS_LINE_EVENT, AXIS_LINE_UNDATED,
						    AXIS_LINE_LISTED};
	REQUIRE_EQ(a->nlines, 5);
	for (size_t l = 0; l < 5; l++)
		CHECK_EQ(a->lines[l].kind, kinds[l]);
	/* The lines keep the timeline's order. */
	for (size_t i = 1; i < 3; i++)
		CHECK(a->line_of[i] > a->line_of[i - 1]);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\n 2025 │\n") != NULL);
	CHECK(strstr(out.data, "\n Year unknown\n") != NULL);
	CHECK(strstr(out.data, "The council met") != NULL);
	reader_key(&f.r, ']');
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 0);
	CHECK_EQ(a->top, 0);
	reader_key(&f.r, 'G');
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 2);
	screen_text(&f.r, &g, &out);
	CHECK(selection_drawn(&f.r, &g, PANE_TIMELINE));
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
	RUN(search_smart_case);
	RUN(editor_keys);
	RUN(notes_refused_without_database);
	RUN(notes_write_edit_delete);
	RUN(mouse_scrolls_and_selects);
	RUN(jumps_follow_the_lists);
	RUN(analysis_arrives_later);
	RUN(article_read_later);
	RUN(lazy_wrapping);
	RUN(action_list_complete);
	RUN(claims_detail_area);
	RUN(claims_filter_by_speaker);
	RUN(claims_grouped_by_speaker);
	RUN(claims_view_built_once);
	RUN(axis_values);
	RUN(axis_to_scale);
	RUN(axis_resize_keeps_selection);
	RUN(axis_undated_apart);
	RUN(counts_repeat_and_place);
	RUN(jump_list);
	RUN(leave_before_quit);
	RUN(search_folds_and_remembers);
	RUN(command_line_date);
	RUN(wide_measure);
	return CHECK_DONE();
}
