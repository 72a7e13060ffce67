/* Unit tests of the timeline, session 49: the article's own date is found in a dateline or a
 * page stamp, never in a sentence near the top that speaks of an earlier day. */
#include "timex_fixture.h"

/* The anchor timex_find_anchor() reads in text (YYYY-MM-DD), or "none". */
static void expect_anchor(const char *text, const char *want)
{
	const char *err = NULL;
	struct doc *d = doc_load(text, strlen(text), "test", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	struct date a = {0, 0, 0};
	char got[16] = "none";
	if (timex_find_anchor(d, &a))
		snprintf(got, sizeof(got), "%04d-%02d-%02d", a.year, a.month, a.day);
	if (strcmp(got, want) != 0)
		fprintf(stderr, "  anchor of %.50s...: %s, want %s\n", text, got, want);
	CHECK_STR(got, want);
	doc_free(d);
}

/* A watchdog story of my own, with no date line: "The September 29, 2012, email" quoted in the
 * fourth paragraph was taken for the article's date, and "said Tuesday" became Sep 25, 2012.
 * A date that a sentence's word runs into ("The", "On", "since", "came") or that a lowercase
 * word follows is the sentence's; a dateline's place, a byline above, a stamp word stay. */
static void test_anchor_not_a_sentence(void)
{
	expect_anchor(
		"Watchdog sues\n\nThe group said Tuesday it would sue.\n\n"
		"\xE2\x80\x9CThe September 29, 2012, email concerns talking points,\xE2\x80\x9D "
		"the group added.\n",
		"none");
	expect_anchor("Senator looks back\n\nThen came Dec. 14, 2012, and his term began.\n",
		      "none");
	expect_anchor("Playbook\n\nToday, for the first time since June 25, 2007, his name is "
		      "missing.\n",
		      "none");
	expect_anchor("Sanders on jobs\n\nOn July 6, 2015, Sanders made this comment:\n", "none");
	expect_anchor("Benghazi\n\nShe failed to mention the Sept. 11, 2012 attack.\n", "none");
	expect_anchor("Harbour\n\nNov. 3, 2025, the council met in the old hall.\n", "none");
	/* stay */
	expect_anchor("Chip maker\n\nBy the sample desk\nNovember 8, 2025\n\nHe spoke.\n",
		      "2025-11-08");
	expect_anchor("Harbour town, Nov. 3, 2025\n\nThe council met.\n", "2025-11-03");
	expect_anchor("Fragment\n\nIt was published on 4 May 2017, the paragraph says.\n",
		      "2017-05-04");
	expect_anchor("Storm\n\nWASHINGTON, Sept. 29, 2012 \xE2\x80\x94 The storm hit the coast "
		      "on Friday.\n",
		      "2012-09-29");
	expect_anchor("Storm\n\nUpdated Sept. 29, 2012 at 6:01 pm\n\nThe storm hit.\n",
		      "2012-09-29");
}

int main(void)
{
	RUN(test_anchor_not_a_sentence);
	return CHECK_DONE();
}
