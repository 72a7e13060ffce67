/* Unit tests of the reader's claims pane without a terminal: the detail area, the filter by
 * speaker, the grouping by speaker, and a view index built once for a long list. */
#include "reader_fixture.h"

#include <locale.h>
#include <strings.h>

/* ---- the claims pane: the detail area, the speaker filter and the grouping ---- */

static const char claims_article[] =
	"A title for the claims\n\n"
	"\"We are ready for the winter,\" Anna Berg said on Monday. Tom Reed said that the plan "
	"was late and that the budget for the new tram line had doubled since the council "
	"approved it in the spring of last year. \"It is late,\" TOM REED told reporters. He "
	"added that the tram would wait.\n\n"
	"According to the ministry, the plan costs more. Anna Berg added that nothing would "
	"change. Tom Reed said that he would resign.\n";

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

/* The pane shows a paraphrase that runs on past its own tag as --claims does (one renderer):
 * the tag left out, the parts joined with " … ". */
static void claims_tag_left_out(void)
{
	static const char text[] = "A title for the tram\n\n"
				   "But \"it is a wiser use of the money,\" she added, to build a "
				   "new tram line.\n";
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT, words = BUF_INIT;

	setup(&f, text, sizeof(text) - 1, 24, 80);
	REQUIRE(f.cl->n >= 1);
	reader_key(&f.r, '\t');
	reader_key(&f.r, '\t');
	REQUIRE_EQ(f.r.focus, PANE_CLAIMS);
	screen_text(&f.r, &g, &out);
	joined_rows(&g, 0, 24, &words);
	CHECK(strstr(words.data, "money\u201d \u2026 to build a new tram line") != NULL);
	CHECK(strstr(words.data, "she added, to build") == NULL);
	buf_free(&words);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

/* The detail area's heading has the words the row reads with the cue ("described the tram line
 * as"), so that what it shows below is only what was said; a plain cue stays alone. */
static void claims_detail_tag_words(void)
{
	static const char text[] = "A title for the tram\n\n"
				   "Anna Berg described the new tram line as \u201ca waste of "
				   "money.\u201d Tom Reed said the line would open in May.\n";
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;

	setup(&f, text, sizeof(text) - 1, 24, 80);
	REQUIRE(f.cl->n >= 2);
	reader_key(&f.r, '\t');
	reader_key(&f.r, '\t');
	REQUIRE_EQ(f.r.focus, PANE_CLAIMS);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\n Anna Berg described the new tram line as · quote · ¶2\n") !=
	      NULL);
	CHECK(strstr(out.data, "\n \u201ca waste of money\u201d\n") != NULL);
	reader_key(&f.r, 'j');
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\n Tom Reed said · paraphrase · ¶2\n") != NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(claims_detail_area);
	RUN(claims_filter_by_speaker);
	RUN(claims_grouped_by_speaker);
	RUN(claims_view_built_once);
	RUN(claims_tag_left_out);
	RUN(claims_detail_tag_words);
	return CHECK_DONE();
}
