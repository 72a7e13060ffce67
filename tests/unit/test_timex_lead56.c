/* Unit tests of timeline rows a reader would find wrong, found by the lead in session 56 in
 * stories of his own (a carmaker cuts its forecast): each next to the row of the same shape that
 * stays. */
#include "timex_fixture.h"

/* "The company will cut 1,500 jobs by the end of the first quarter." in a story of October 29,
 * 2026 showed Q1 2026, seven months gone, for a plan. A quarter two or more before the anchor's,
 * or a first half seen from the second, in a clause that looks ahead is next year's. */
static void quarter_ahead(void)
{
	timex_expect_value_as("Cuts\n\nAcme will cut jobs by the end of the first quarter.\n",
			      "2026-10-29", ANCHOR_TEXT, "the first quarter", "2027-Q1");
	timex_expect_value_as("Cuts\n\nAcme will cut jobs in the second quarter.\n", "2026-10-29",
			      ANCHOR_TEXT, "the second quarter", "2027-Q2");
	timex_expect_value_as("Cuts\n\nAcme will open a plant in the first half.\n", "2026-10-29",
			      ANCHOR_TEXT, "the first half", "2027-H1");
	/* stay: the quarter just ended, reported later; a past quarter told in the past */
	timex_expect_value_as("Cuts\n\nAcme will report third-quarter results on Friday.\n",
			      "2026-10-29", ANCHOR_TEXT, "third-quarter", "2026-Q3");
	timex_expect_value_as("Cuts\n\nAcme said sales rose in the first quarter.\n", "2026-10-29",
			      ANCHOR_TEXT, "the first quarter", "2026-Q1");
	timex_expect_value_as("Cuts\n\nAcme will open a plant in the second half.\n", "2026-10-29",
			      ANCHOR_TEXT, "the second half", "2026-H2");
}

/* "Lakeside had led through a first-half penalty" showed a row for the first half of 2026: a
 * half glued to a noun of no business figure is a half of a match ("first-half profit" stays). */
static void match_half(void)
{
	timex_expect_value_as("Final\n\nLee scored a first-half goal.\n", "2026-05-18", ANCHOR_TEXT,
			      "first-half", "none");
	timex_expect_value_as("Final\n\nLakeside led through a second-half penalty.\n",
			      "2026-05-18", ANCHOR_TEXT, "second-half", "none");
	/* stays */
	timex_expect_value_as("Results\n\nAcme had a strong first-half performance.\n",
			      "2026-10-29", ANCHOR_TEXT, "first-half", "2026-H1");
}

int main(void)
{
	quarter_ahead();
	match_half();
	return CHECK_DONE();
}
