/* Unit tests of session 61's notes in the reader: the change counter compared at Enter. Another
 * reader who edited the note and then back to the text this reader opened, or who saved the very
 * words this reader had kept, left the text as this reader knew it, and Enter wrote over their
 * save. Now their save is seen (the version moved): theirs stays the note, this reader's text is
 * a new note beside it, and the status line says so. Each next to what stays. */
#include "readers_fixture.h"
#include "reader_int.h"

/* B edits the note A has open, then edits it back: A's Enter keeps both. */
static void edited_back_meanwhile_keeps_both(void)
{
	struct two t;
	char s[256];

	open_two(&t);
	int64_t id = write_note(&t.a.r, "first text");
	edit_note(&t.a.r);
	CHECK_EQ(notes_update(t.dbb, id, "B's text"), 0);
	CHECK_EQ(notes_update(t.dbb, id, "first text"), 0);
	type(&t.a.r, " and A's words");
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "first text | first text and A's words");
	CHECK(strstr(t.a.r.status, "Another reader had changed this note: both kept") != NULL);
	close_two(&t);
}

/* A's typing is kept; B saves those very words; A goes on and the next keeping finds B's save
 * (a draft apart): Enter keeps both; a discard instead leaves B's save as it is. */
static void same_words_saved_by_other_keeps_both(void)
{
	struct two t;
	char s[256];

	open_two(&t);
	int64_t id = write_note(&t.a.r, "one");
	edit_note(&t.a.r);
	type(&t.a.r, " two");
	reader_note_keep(&t.a.r);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "one two");
	CHECK_EQ(notes_update(t.dbb, id, "one two"), 0);
	type(&t.a.r, " three");
	reader_note_keep(&t.a.r);
	CHECK(t.a.r.note_overtaken);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "one two");
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "one two | one two three");
	CHECK(strstr(t.a.r.status, "both kept") != NULL);
	/* the discard: B's save of the same words is not taken back to A's old text */
	edit_note(&t.a.r);
	REQUIRE_EQ(t.a.r.notes->items[t.a.r.sel[PANE_NOTES]].id, id + 1);
	type(&t.a.r, "!");
	reader_note_keep(&t.a.r);
	CHECK_EQ(notes_update(t.dbb, id + 1, "one two three!"), 0);
	reader_key(&t.a.r, UI_KEY_ESC);
	reader_key(&t.a.r, 'y');
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "one two | one two three!");
	CHECK(strstr(t.a.r.status, "another reader changed this note") != NULL);
	close_two(&t);
}

/* What stays: alone, keeping again and again and Enter change the note in place; a note B moved
 * (its place, not its text) is saved in place; a new note kept and saved is one note. */
static void own_saves_in_place(void)
{
	struct two t;
	char s[256];

	open_two(&t);
	int64_t id = write_note(&t.a.r, "alone");
	edit_note(&t.a.r);
	type(&t.a.r, " a");
	reader_note_keep(&t.a.r);
	type(&t.a.r, " b");
	reader_note_keep(&t.a.r);
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "alone a b");
	CHECK_STR(t.a.r.status, "Note saved");
	/* B's reading writes the note's place back (no change of its text) */
	struct note_list *l = NULL;
	REQUIRE_EQ(notes_load(t.dbb, t.b.d, &l), 0);
	REQUIRE_EQ(l->n, 1);
	CHECK_EQ(l->items[0].version, 3);
	note_list_free(l);
	edit_note(&t.a.r);
	CHECK_EQ(t.a.r.note_version, 3);
	type(&t.a.r, " c");
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "alone a b c");
	CHECK_EQ(t.a.r.notes->items[0].id, id);
	/* a new note, kept twice, then saved: one more note, no copy */
	t.a.r.focus = PANE_ARTICLE;
	reader_key(&t.a.r, 'a');
	REQUIRE_EQ(t.a.r.mode, MODE_NOTE);
	type(&t.a.r, "new");
	reader_note_keep(&t.a.r);
	type(&t.a.r, " one");
	reader_note_keep(&t.a.r);
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK(strstr(t.a.r.status, "Note saved") != NULL);
	REQUIRE_EQ(notes_load(t.dbb, t.b.d, &l), 0);
	CHECK_EQ(l->n, 2);
	note_list_free(l);
	close_two(&t);
}

int main(void)
{
	RUN(edited_back_meanwhile_keeps_both);
	RUN(same_words_saved_by_other_keeps_both);
	RUN(own_saves_in_place);
	return CHECK_DONE();
}
