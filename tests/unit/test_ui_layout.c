/* Unit tests of the reader's model without a terminal: wrapping, place keeping, sizes, keys,
 * search, the editor, the mouse and the action list. */
#include "check.h"
#include "reader.h"

#include <locale.h>
#include <stdlib.h>
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
	CHECK_EQ(f.r.ndates, f.tl->n);
	CHECK_EQ(f.r.nclaims, f.cl->n);
	reader_draw(&f.r, &g);
	buf_free(&screen);
	buf_init(&screen);
	grid_text(&g, &screen);
	CHECK(strstr(screen.data, "Finding dates") == NULL);
	CHECK(strstr(screen.data, "Nov 7") != NULL);
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
	RUN(counts_repeat_and_place);
	RUN(jump_list);
	RUN(leave_before_quit);
	RUN(search_folds_and_remembers);
	RUN(command_line_date);
	RUN(wide_measure);
	return CHECK_DONE();
}
