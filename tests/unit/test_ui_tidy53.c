/* Unit tests of the reader's claims pane found in session 53: a claim with no cue, grouped by
 * speaker, reads as the flat list reads it. */
#include "reader_fixture.h"

#include <locale.h>

/* Grouped by speaker, "Ann Lee: “We will not back down.”" showed ": “We will not back down.”"
 * under "Ann Lee (2)": with no cue and no kind, nothing stood before the colon. The row keeps
 * its speaker, as the flat list shows it; a row with a cue stays without it. */
static void grouped_claim_with_no_cue(void)
{
	static const char text[] = "A title for the pier\n\n"
				   "\"We will publish it,\" Ann Lee said on Monday.\n\n"
				   "Ann Lee: \"We will not back down.\"\n";
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;

	setup(&f, text, sizeof(text) - 1, 24, 100);
	REQUIRE_EQ(f.cl->n, 2);
	reader_key(&f.r, '\t');
	reader_key(&f.r, '\t');
	REQUIRE_EQ(f.r.focus, PANE_CLAIMS);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\u2502 Ann Lee: \u201cWe will not back down.\u201d") != NULL);
	reader_key(&f.r, 'S');
	REQUIRE(f.r.cv.grouped);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\u2502 Ann Lee (2)\n") != NULL);
	CHECK(strstr(out.data, "\u2502   said: \u201cWe will publish it\u201d") != NULL);
	CHECK(strstr(out.data, "\u2502   Ann Lee: \u201cWe will not back down.\u201d") != NULL);
	CHECK(strstr(out.data, "\u2502   : ") == NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(grouped_claim_with_no_cue);
	return CHECK_DONE();
}
