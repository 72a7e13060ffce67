/* readers_fixture: two readers of one article sharing one notes database (a new one in a folder
 * of its own under /tmp), for the tests of what one reader's save does to the other's: open_two,
 * close_two, a note written (write_note) or opened in the editor (edit_note), and the notes as a
 * fresh load reads them (all_notes, only_note). */
#ifndef DATELINE_READERS_FIXTURE_H
#define DATELINE_READERS_FIXTURE_H

#include "reader_fixture.h"

#include <unistd.h>

struct two {
	char dir[32];
	char path[64];
	struct notes_db *dba, *dbb;
	struct fixture a, b;
};

static inline void open_two(struct two *t)
{
	snprintf(t->dir, sizeof(t->dir), "/tmp/test_ui_twoXXXXXX");
	REQUIRE(mkdtemp(t->dir) != NULL);
	snprintf(t->path, sizeof(t->path), "%s/notes.db", t->dir);
	REQUIRE_EQ(notes_open(t->path, &t->dba), 0);
	REQUIRE_EQ(notes_open(t->path, &t->dbb), 0);
	struct fixture *f[2] = {&t->a, &t->b};
	struct notes_db *db[2] = {t->dba, t->dbb};
	for (int i = 0; i < 2; i++) {
		setup(f[i], article, sizeof(article) - 1, 30, 160);
		reader_free(&f[i]->r);
		reader_init(&f[i]->r, f[i]->d, f[i]->tl, f[i]->cl, db[i], NULL, NULL);
		reader_resize(&f[i]->r, 30, 160);
	}
}

static inline void close_two(struct two *t)
{
	teardown(&t->a);
	teardown(&t->b);
	notes_close(t->dba);
	notes_close(t->dbb);
	unlink(t->path);
	rmdir(t->dir);
}

/* The texts of the article's notes as a fresh load reads them, in the order of their ids,
 * joined by " | " ("(none)" when there is none). */
static inline const char *all_notes(struct two *t, char *out, size_t n)
{
	struct note_list *l = NULL;
	struct buf b = BUF_INIT;

	REQUIRE_EQ(notes_load(t->dbb, t->b.d, &l), 0);
	/* text order; the notes here are on one passage, so by id */
	for (size_t i = 0; i < l->n; i++)
		buf_printf(&b, "%s%s", i ? " | " : "", l->items[i].text);
	snprintf(out, n, "%s", l->n ? b.data : "(none)");
	buf_free(&b);
	note_list_free(l);
	return out;
}

/* The text of the article's only note as a fresh load reads it ("(none)" when there is none,
 * "(several)" when more than one). */
static inline const char *only_note(struct two *t, char *out, size_t n)
{
	struct note_list *l = NULL;

	REQUIRE_EQ(notes_load(t->dba, t->a.d, &l), 0);
	snprintf(out, n, "%s", l->n == 0 ? "(none)" : l->n > 1 ? "(several)" : l->items[0].text);
	note_list_free(l);
	return out;
}

/* Writes and saves a note in reader r (which has no other); its id. */
static inline int64_t write_note(struct reader *r, const char *text)
{
	reader_key(r, 'a');
	REQUIRE_EQ(r->mode, MODE_NOTE);
	type(r, text);
	reader_key(r, UI_KEY_ENTER);
	REQUIRE_EQ(r->mode, MODE_NORMAL);
	REQUIRE_EQ(r->notes->n, 1);
	return r->notes->items[0].id;
}

/* Opens the editor on the selected note in reader r. */
static inline void edit_note(struct reader *r)
{
	for (int k = 0; k < 5 && r->focus != PANE_NOTES; k++)
		reader_key(r, '\t');
	REQUIRE_EQ(r->focus, PANE_NOTES);
	reader_key(r, 'E');
	REQUIRE_EQ(r->mode, MODE_NOTE);
}

#endif
