/* Unit tests of the reader's keys without a terminal: jumps through the lists, counts, the jump
 * list, leaving a pane before quitting, the mouse, notes written in the reader, and the action
 * list every key comes from. */
#include "reader_fixture.h"

#include <locale.h>
#include <unistd.h>

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
	RUN(notes_refused_without_database);
	RUN(notes_write_edit_delete);
	RUN(mouse_scrolls_and_selects);
	RUN(jumps_follow_the_lists);
	RUN(action_list_complete);
	RUN(counts_repeat_and_place);
	RUN(jump_list);
	RUN(leave_before_quit);
	return CHECK_DONE();
}
