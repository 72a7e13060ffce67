/* Unit tests of what a journalist found wrong reading articles in the reader in session 44: a
 * note's row in the notes pane says what the note is on, and a note written on a claim of the
 * grouped or filtered claims pane names that claim's speaker. Each next to what stays. */
#include "reader_fixture.h"

#include <locale.h>
#include <unistd.h>

/* Two speakers, the first with two claims: grouped by speaker, the second row lists the third
 * claim (Lopez's), not the second (Baker's). */
static const char council[] = "Council weighs a new bridge\n\n"
			      "The city council met on March 3, 2025 to weigh the bridge.\n\n"
			      "\"We cannot wait any longer,\" said Maria Lopez, the mayor.\n\n"
			      "Tom Baker, a councillor, said the plan cost too much.\n\n"
			      "\"It will pay for itself,\" Lopez said.\n";

struct notes_fixture {
	char dir[32];
	char path[64];
	struct notes_db *db;
	struct fixture f;
	struct grid g;
};

static void open_with_notes(struct notes_fixture *n)
{
	snprintf(n->dir, sizeof(n->dir), "/tmp/test_ui_r44XXXXXX");
	REQUIRE(mkdtemp(n->dir) != NULL);
	snprintf(n->path, sizeof(n->path), "%s/notes.db", n->dir);
	REQUIRE_EQ(notes_open(n->path, &n->db), 0);
	setup(&n->f, council, sizeof(council) - 1, 30, 160);
	reader_free(&n->f.r);
	reader_init(&n->f.r, n->f.d, n->f.tl, n->f.cl, n->db, NULL, NULL);
	reader_resize(&n->f.r, 30, 160);
	memset(&n->g, 0, sizeof(n->g));
}

static void close_notes(struct notes_fixture *n)
{
	grid_free(&n->g);
	teardown(&n->f);
	notes_close(n->db);
	unlink(n->path);
	rmdir(n->dir);
}

/* Writes a note with text on whatever a would annotate now. */
static void write_note(struct reader *r, const char *text)
{
	reader_key(r, 'a');
	REQUIRE_EQ(r->mode, MODE_NOTE);
	type(r, text);
	reader_key(r, UI_KEY_ENTER);
	REQUIRE_EQ(r->mode, MODE_NORMAL);
}

/* The notes pane showed "¶3 first" for a note on the paragraph and "¶3 second" for a note on
 * the claim in it: which was which? Each row now says what its note is on, as the export does:
 * the paragraph's opening words, the event's label, the claim's speaker and cue. */
static void note_rows_say_what_they_are_on(void)
{
	struct notes_fixture n;
	struct reader *r = &n.f.r;
	struct buf out = BUF_INIT;

	open_with_notes(&n);
	REQUIRE_EQ(n.f.cl->n, 3);
	type(r, "3g");
	write_note(r, "on the paragraph");
	reader_key(r, '\t'); /* the timeline */
	REQUIRE(n.f.tl->nevents >= 1);
	write_note(r, "on the date");
	reader_key(r, '\t'); /* the claims */
	write_note(r, "on the quote");
	REQUIRE_EQ(r->notes->n, 3);
	screen_text(r, &n.g, &out);
	CHECK(strstr(out.data, "¶2 event Mar 3, 2025 · on the date") != NULL);
	CHECK(strstr(out.data, "¶3 \"We cannot wait any… · on the paragraph") != NULL);
	CHECK(strstr(out.data, "¶3 claim Maria Lopez said · on the quote") != NULL);
	/* A narrow pane keeps room for the note: what it is on is cut first. */
	reader_resize(r, 24, 44);
	for (int k = 0; k < 4 && r->focus != PANE_NOTES; k++)
		reader_key(r, '\t');
	screen_text(r, &n.g, &out);
	CHECK(strstr(out.data, "¶3 \"We cannot wait… · on the paragraph") != NULL);
	CHECK(strstr(out.data, "¶3 claim Maria… · on the quote") != NULL);
	buf_free(&out);
	close_notes(&n);
}

/* Grouped by speaker (S), the claims pane's second row is Lopez's second claim, but a on it
 * named the article's second claim: "New note on the claim by Tom Baker (¶5)". The editor, the
 * status and the row now name the claim the row lists; the first row, the same in either
 * order, stays. */
static void note_on_a_grouped_claim_names_its_speaker(void)
{
	struct notes_fixture n;
	struct reader *r = &n.f.r;
	struct buf out = BUF_INIT;

	open_with_notes(&n);
	reader_key(r, '\t');
	reader_key(r, '\t');
	reader_key(r, 'S');
	reader_key(r, 'j');
	reader_key(r, 'a');
	CHECK(strstr(r->note_what, "the claim by Maria Lopez (¶5)") != NULL);
	type(r, "second of hers");
	reader_key(r, UI_KEY_ENTER);
	CHECK(strstr(r->status, "Note saved on the claim by Maria Lopez (¶5)") != NULL);
	reader_key(r, 'k');
	write_note(r, "first of hers");
	CHECK(strstr(r->status, "Note saved on the claim by Maria Lopez (¶3)") != NULL);
	screen_text(r, &n.g, &out);
	CHECK(strstr(out.data, "¶5 claim Maria Lopez said · second of hers") != NULL);
	CHECK(strstr(out.data, "¶3 claim Maria Lopez said · first of hers") != NULL);
	CHECK(strstr(out.data, "Tom Baker said ·") == NULL);
	buf_free(&out);
	close_notes(&n);
}

/* "... from 6:00 a.m. to 9:00 a." at a line's end and "m. Eastern." under it (PolNeAR dev,
 * Breitbart): libunistring allows a break after the stop inside "a.m." and "U.S.". No line
 * starts inside an abbreviation now, at any width; the lines still break at the spaces, and a
 * word longer than a line is still cut. */
static void no_break_inside_abbreviations(void)
{
	static const char text[] = "Hours\n\nThe U.S. office opens from 6:00 a.m. to 9:00 p.m. "
				   "on weekdays, e.g. for the staff.\n";
	struct fixture f;

	setup(&f, text, sizeof(text) - 1, 24, 80);
	for (int w = 4; w <= 60; w++) {
		const struct wrapped *wr = reader_wrap(&f.r, 1, w);
		if (w >= 12)
			CHECK(wr->n > 1 || w >= 60);
		for (size_t k = 1; k < wr->n; k++) {
			size_t at = wr->starts[k];
			bool inside = f.r.text[at - 1] == '.' && f.r.text[at] != ' ' &&
				      f.r.text[at - 2] != ' ';
			if (w >= 6 && inside)
				fprintf(stderr, "  width %d breaks at \"%.8s\"\n", w,
					f.r.text + at - 2);
			CHECK(!(w >= 6 && inside));
		}
	}
	/* the word longer than a line, at 4 columns: cut where it must be */
	CHECK(reader_wrap(&f.r, 1, 4)->n > 10);
	teardown(&f);
}

/* A headline "Ann Lee: ..." has the colon for its cue: the claim's detail read "Ann Lee : ·
 * paraphrase · ¶1". A cue without a word is left out there; a cue of words stays. */
static void detail_without_a_colon_cue(void)
{
	static const char text[] = "Ann Lee: Voters Fear the Vote; It’s ‘Out of Their Hands.’\n\n"
				   "\"We cannot wait,\" said Maria Lopez, the mayor.\n";
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;

	setup(&f, text, sizeof(text) - 1, 30, 160);
	REQUIRE_EQ(f.cl->n, 2);
	reader_key(&f.r, '\t');
	reader_key(&f.r, '\t');
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "│ Ann Lee · paraphrase · ¶1") != NULL);
	CHECK(strstr(out.data, "Ann Lee :") == NULL);
	CHECK(strstr(out.data, "Out of Their Hands’") != NULL);
	reader_key(&f.r, 'j');
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "│ Maria Lopez (“Maria Lopez, the mayor”) said · quote · ¶2") !=
	      NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(note_rows_say_what_they_are_on);
	RUN(note_on_a_grouped_claim_names_its_speaker);
	RUN(no_break_inside_abbreviations);
	RUN(detail_without_a_colon_cue);
	return CHECK_DONE();
}
