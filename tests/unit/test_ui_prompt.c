/* Unit tests of the reader's prompt line without a terminal: search (smart case, folded quotes,
 * dashes and accents, history), the one-line editor's keys and the ":" command line. */
#include "reader_fixture.h"

#include <locale.h>

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

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(search_smart_case);
	RUN(editor_keys);
	RUN(search_folds_and_remembers);
	RUN(command_line_date);
	return CHECK_DONE();
}
