/* Unit tests of session 58's notes in the reader: two readers of one article and one notes
 * database. A note being written is kept in the database before Enter (rd57); a discard took
 * back that keeping with the old text even when a second reader had saved the note since, and
 * later keeping wrote the unsaved text over that save. A discard now undoes only the reader's
 * own keeping. Each next to what stays. */
#include "readers_fixture.h"

#include <sqlite3.h>
#include <time.h>
#include <unistd.h>

/* Reader A writes a new note, kept before Enter; reader B edits that note and saves; A
 * discards: B's text stays (it was deleted with A's row). */
static void discard_of_new_note_leaves_other_save(void)
{
	struct two t;
	char s[256];

	open_two(&t);
	reader_key(&t.a.r, 'a');
	type(&t.a.r, "draft by A");
	reader_note_keep(&t.a.r);
	REQUIRE(t.a.r.note_kept_id != 0);
	CHECK_STR(only_note(&t, s, sizeof(s)), "draft by A");
	/* B saves its own text on that note */
	CHECK_EQ(notes_update(t.dbb, t.a.r.note_kept_id, "B's saved text"), 0);
	/* A goes on writing: not kept over B's save */
	type(&t.a.r, " and more");
	reader_note_keep(&t.a.r);
	CHECK_STR(only_note(&t, s, sizeof(s)), "B's saved text");
	reader_key(&t.a.r, UI_KEY_ESC);
	CHECK_EQ(t.a.r.mode, MODE_CONFIRM);
	reader_key(&t.a.r, 'y');
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK_STR(only_note(&t, s, sizeof(s)), "B's saved text");
	CHECK(strstr(t.a.r.status, "another reader changed this note") != NULL);
	close_two(&t);
}

/* Reader A edits a saved note (kept as it is typed); B saves the note meanwhile; A discards:
 * B's text stays, not A's old text. */
static void discard_of_edit_leaves_other_save(void)
{
	struct two t;
	char s[256];
	int64_t id = 0;

	open_two(&t);
	id = write_note(&t.a.r, "the first text");
	edit_note(&t.a.r);
	type(&t.a.r, " edited by A");
	reader_note_keep(&t.a.r);
	CHECK_STR(only_note(&t, s, sizeof(s)), "the first text edited by A");
	CHECK_EQ(notes_update(t.dbb, id, "B's version"), 0);
	reader_key(&t.a.r, UI_KEY_ESC);
	reader_key(&t.a.r, 'y');
	CHECK_STR(only_note(&t, s, sizeof(s)), "B's version");
	/* B saved before A's first keeping: A's keeping does not write over it either */
	edit_note(&t.a.r);
	CHECK_EQ(notes_update(t.dbb, id, "B again"), 0);
	type(&t.a.r, "!");
	reader_note_keep(&t.a.r);
	CHECK_STR(only_note(&t, s, sizeof(s)), "B again");
	reader_key(&t.a.r, UI_KEY_ESC);
	reader_key(&t.a.r, 'y');
	CHECK_STR(only_note(&t, s, sizeof(s)), "B again");
	close_two(&t);
}

/* What stays: alone, a discard takes back A's keeping (a new note's row goes, an edited note
 * has its text again); Enter after B's save saves A's text (A chose to). */
static void own_keeping_still_taken_back(void)
{
	struct two t;
	char s[256];
	int64_t id = 0;

	open_two(&t);
	reader_key(&t.a.r, 'a');
	type(&t.a.r, "draft");
	reader_note_keep(&t.a.r);
	type(&t.a.r, " two");
	reader_note_keep(&t.a.r);
	CHECK_STR(only_note(&t, s, sizeof(s)), "draft two");
	reader_key(&t.a.r, UI_KEY_ESC);
	reader_key(&t.a.r, 'y');
	CHECK_STR(only_note(&t, s, sizeof(s)), "(none)");
	CHECK(strstr(t.a.r.status, "Note discarded") != NULL);
	id = write_note(&t.a.r, "kept");
	edit_note(&t.a.r);
	type(&t.a.r, " changed");
	reader_note_keep(&t.a.r);
	type(&t.a.r, " twice");
	reader_note_keep(&t.a.r);
	CHECK_STR(only_note(&t, s, sizeof(s)), "kept changed twice");
	reader_key(&t.a.r, UI_KEY_ESC);
	reader_key(&t.a.r, 'y');
	CHECK_STR(only_note(&t, s, sizeof(s)), "kept");
	CHECK(strstr(t.a.r.status, "the note is as it was") != NULL);
	/* Enter is a save, but not over B's save since (session 60): both are kept, A's text
	 * as a new note beside B's (test_ui_notes60) */
	edit_note(&t.a.r);
	type(&t.a.r, " by A");
	reader_note_keep(&t.a.r);
	CHECK_EQ(notes_update(t.dbb, id, "by B"), 0);
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK_STR(only_note(&t, s, sizeof(s)), "(several)");
	close_two(&t);
}

/* Another program holds the notes database for a while: keeping the note as it is typed gave
 * up only after 5 s, each time, and the typing froze meanwhile; now a keep waits a moment, and
 * the next one, once the lock is gone, keeps the text. */
static void keeping_does_not_stall_on_a_lock(void)
{
	struct two t;
	char s[256];
	sqlite3 *other = NULL;
	struct timespec t0, t1;

	open_two(&t);
	reader_key(&t.a.r, 'a');
	type(&t.a.r, "typed while locked");
	REQUIRE_EQ(sqlite3_open(t.path, &other), SQLITE_OK);
	REQUIRE_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), SQLITE_OK);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	reader_note_keep(&t.a.r);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	CHECK(t1.tv_sec - t0.tv_sec < 2);
	CHECK_EQ(t.a.r.note_kept_id, 0);
	CHECK_EQ(t.a.r.mode, MODE_NOTE);
	sqlite3_exec(other, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(other);
	reader_note_keep(&t.a.r);
	CHECK(t.a.r.note_kept_id != 0);
	CHECK_STR(only_note(&t, s, sizeof(s)), "typed while locked");
	/* what stays: Enter waits the full time and saves */
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK_STR(only_note(&t, s, sizeof(s)), "typed while locked");
	close_two(&t);
}

/* A discard that the database refuses (locked by another program): the status says that the
 * kept text is still in the notes, rather than "Note discarded" over a row that stays. */
static void refused_discard_says_so(void)
{
	struct two t;
	char s[256];
	sqlite3 *other = NULL;

	open_two(&t);
	reader_key(&t.a.r, 'a');
	type(&t.a.r, "kept then locked");
	reader_note_keep(&t.a.r);
	REQUIRE(t.a.r.note_kept_id != 0);
	REQUIRE_EQ(sqlite3_open(t.path, &other), SQLITE_OK);
	REQUIRE_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), SQLITE_OK);
	notes_set_wait(t.dba, 100);
	reader_key(&t.a.r, UI_KEY_ESC);
	reader_key(&t.a.r, 'y');
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK(t.a.r.status_error);
	CHECK(strstr(t.a.r.status, "what was kept of it stays in the notes") != NULL);
	CHECK(strstr(t.a.r.status, "locked by another program") != NULL);
	sqlite3_exec(other, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(other);
	notes_set_wait(t.dba, 5000);
	CHECK_STR(only_note(&t, s, sizeof(s)), "kept then locked");
	close_two(&t);
}

int main(void)
{
	RUN(discard_of_new_note_leaves_other_save);
	RUN(discard_of_edit_leaves_other_save);
	RUN(own_keeping_still_taken_back);
	RUN(keeping_does_not_stall_on_a_lock);
	RUN(refused_discard_says_so);
	return CHECK_DONE();
}
