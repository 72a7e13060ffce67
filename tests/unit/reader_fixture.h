/* reader_fixture: what the reader's unit tests (test_ui_*.c) share: a test article, a reader
 * over a document with its dates and claims (setup, teardown), typing keys, and reading the
 * drawn screen. */
#ifndef DATELINE_READER_FIXTURE_H
#define DATELINE_READER_FIXTURE_H

#include "check.h"
#include "reader.h"

#include <stdlib.h>

/* An article with what the reader must draw: a date, a quotation, CJK, combining marks, emoji,
 * a long word, control bytes, and one word in three cases for search. */
static const char article[] =
	"A title for the tests\n\n"
	"On November 7, 2025, the minister said \"we are ready\" and left for Paris. The talks "
	"resumed on Monday.\n\n"
	"東京都は2025年11月7日に新しい計画を発表した。市長は「準備はできている」と述べた。\n\n"
	"Combining: cafe\xCC\x81 and n\xCC\x83o; emoji 😀🎉 and a family 👨‍👩‍👧 and a "
	"supercalifragilisticexpialidocious-word-that-goes-on-and-on-without-a-break.\n\n"
	"Hostile: \x1B]2;title\x07 and \xE2\x80\xAEreversed text, DEL \x7F, bad \xFF byte.\n\n"
	"The last paragraph says China, china and CHINA.\n";

/* A document, its dates and claims, and a reader over them. */
struct fixture {
	struct doc *d;
	struct timex_list *tl;
	struct claim_list *cl;
	struct reader r;
};

/* Loads text as a document anchored on 2025-11-08, finds its dates and claims, and opens a
 * reader of rows by cols over them without a notes database. */
static inline void setup(struct fixture *f, const char *text, size_t len, int rows, int cols)
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

/* Frees what setup() made. */
static inline void teardown(struct fixture *f)
{
	reader_free(&f->r);
	claim_list_free(f->cl);
	timex_list_free(f->tl);
	doc_free(f->d);
}

/* Types s into the reader, one key a character. */
static inline void type(struct reader *r, const char *s)
{
	for (size_t i = 0; s[i];) {
		uint32_t cp;
		int k = text_decode(s + i, strlen(s + i), &cp);
		reader_key(r, (int)cp);
		i += k > 0 ? (size_t)k : 1;
	}
}

/* True when the text of the drawn grid holds s. */
static inline bool grid_has(const struct grid *g, const char *s)
{
	struct buf out = BUF_INIT;
	grid_text(g, &out);
	bool found = strstr(out.data, s) != NULL;
	buf_free(&out);
	return found;
}

/* Draws the screen and gives it as text. */
static inline void screen_text(struct reader *r, struct grid *g, struct buf *out)
{
	reader_draw(r, g);
	buf_clear(out);
	grid_text(g, out);
	if (getenv("SHOW"))
		fputs(out->data, stderr);
}

/* Is the selected row of pane p drawn (a selected cell in the pane's area)? */
static inline bool selection_drawn(const struct reader *r, const struct grid *g, enum pane p)
{
	const struct rect a = r->area[p];

	for (int y = a.y + 1; y < a.y + a.h; y++)
		for (int x = a.x; x < a.x + a.w; x++)
			if (g->cells[(size_t)y * (size_t)g->cols + (size_t)x].style & ST_SELECTED)
				return true;
	return false;
}

#endif
