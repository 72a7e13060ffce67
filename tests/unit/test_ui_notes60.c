/* Unit tests of session 60's notes in the reader: two readers of one article and one notes
 * database. Enter on a note that another reader saved after this reader opened it wrote this
 * reader's text over theirs (notes_update() by id, whatever the note held). Now the save is
 * made only over the note as this reader last knew it; otherwise theirs stays the note and
 * this reader's text is a new note on the same passage, and the status line says so. Each next
 * to what stays. */
#include "readers_fixture.h"
#include "reader_int.h"

#include <unistd.h>

/* A opens the note, B saves it, A presses Enter at once (nothing kept between): both texts. */
static void enter_after_other_save_keeps_both(void)
{
	struct two t;
	char s[256];

	open_two(&t);
	int64_t id = write_note(&t.a.r, "first text");
	edit_note(&t.a.r);
	CHECK_EQ(notes_update(t.dbb, id, "B's text"), 0);
	type(&t.a.r, " and A's words");
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "B's text | first text and A's words");
	CHECK(strstr(t.a.r.status, "Another reader had changed this note: both kept") != NULL);
	CHECK(!t.a.r.status_error);
	/* A's list shows both, A's new note selected */
	REQUIRE_EQ(t.a.r.notes->n, 2);
	CHECK_STR(t.a.r.notes->items[t.a.r.sel[PANE_NOTES]].text, "first text and A's words");
	close_two(&t);
}

/* The same after A's typing was kept once and B saved later (the keeping finds B's save and
 * keeps a draft apart): Enter saves A's text beside B's and leaves no draft behind. */
static void enter_after_kept_and_overtaken_keeps_both(void)
{
	struct two t;
	char s[256];

	open_two(&t);
	int64_t id = write_note(&t.a.r, "one");
	edit_note(&t.a.r);
	type(&t.a.r, " two");
	reader_note_keep(&t.a.r);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "one two");
	CHECK_EQ(notes_update(t.dbb, id, "B wrote this"), 0);
	type(&t.a.r, " three");
	reader_note_keep(&t.a.r); /* finds B's save */
	type(&t.a.r, " four");
	reader_note_keep(&t.a.r); /* a draft apart */
	CHECK_STR(all_notes(&t, s, sizeof(s)), "B wrote this");
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "B wrote this | one two three four");
	CHECK(strstr(t.a.r.status, "both kept") != NULL);
	close_two(&t);
}

/* A new note kept as it is typed, then changed by B (who sees it in the list), then saved by A:
 * B's change stays, A's text is beside it. */
static void new_note_changed_by_other_keeps_both(void)
{
	struct two t;
	char s[256];

	open_two(&t);
	reader_key(&t.a.r, 'a');
	type(&t.a.r, "new by A");
	reader_note_keep(&t.a.r);
	REQUIRE(t.a.r.note_kept_id != 0);
	CHECK_EQ(notes_update(t.dbb, t.a.r.note_kept_id, "B's edit of it"), 0);
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "B's edit of it | new by A");
	close_two(&t);
}

/* What stays: alone, Enter changes the note in place (kept or not), one note; B saving the very
 * words A saves makes no copy; B's save of a note A did not open is not touched by A. */
static void what_stays(void)
{
	struct two t;
	char s[256];

	open_two(&t);
	int64_t id = write_note(&t.a.r, "alone");
	edit_note(&t.a.r);
	type(&t.a.r, " changed");
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "alone changed");
	CHECK(strstr(t.a.r.status, "Note saved") != NULL);
	edit_note(&t.a.r);
	type(&t.a.r, " again");
	reader_note_keep(&t.a.r);
	type(&t.a.r, "!");
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "alone changed again!");
	/* the same words on both sides: one note */
	edit_note(&t.a.r);
	CHECK_EQ(notes_update(t.dbb, id, "alone changed again!?"), 0);
	type(&t.a.r, "?");
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_EQ(t.a.r.mode, MODE_NORMAL);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "alone changed again!?");
	CHECK(strstr(t.a.r.status, "the same text") != NULL);
	/* B changes the note after A's save: A's next edit starts from B's text, no conflict */
	CHECK_EQ(notes_update(t.dbb, id, "B's latest"), 0);
	reader_notes_reload(&t.a.r);
	edit_note(&t.a.r);
	type(&t.a.r, " + A");
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "B's latest + A");
	close_two(&t);
}

/* B deletes the note while A edits it: A's text is saved again as a new note (as before). */
static void deleted_meanwhile_still_saved_again(void)
{
	struct two t;
	char s[256];

	open_two(&t);
	int64_t id = write_note(&t.a.r, "to be deleted");
	edit_note(&t.a.r);
	CHECK_EQ(notes_delete(t.dbb, id), 0);
	type(&t.a.r, " but kept");
	reader_key(&t.a.r, UI_KEY_ENTER);
	CHECK_STR(all_notes(&t, s, sizeof(s)), "to be deleted but kept");
	CHECK(strstr(t.a.r.status, "Another reader had deleted this note") != NULL);
	close_two(&t);
}

int main(void)
{
	RUN(enter_after_other_save_keeps_both);
	RUN(enter_after_kept_and_overtaken_keeps_both);
	RUN(new_note_changed_by_other_keeps_both);
	RUN(what_stays);
	RUN(deleted_meanwhile_still_saved_again);
	return CHECK_DONE();
}
