/* Unit tests of the timeline, found by the lead in session 50 in a profit-warning story of his
 * own: the time of a figure a sentence compares its own with dates no event; a weekday a
 * spokesman's "would stay closed until" looks ahead to lies ahead. */
#include "timex_fixture.h"

/* "Harlow reported third-quarter net income of $312 million, compared with $401 million a year
 * earlier" showed a row "Q3 2024 Harlow reported third-quarter net income of $312 million":
 * the older figure's time is no event of the sentence, and the row told the newer figure under
 * it. */
static void test_comparison_base(void)
{
	timex_expect_events("Results\n\nHarlow reported third-quarter net income of $312 million, "
			    "compared with $401 million, or 74 cents, a year earlier.\n",
			    "2025-11-04", "Q3 2025", NULL);
	timex_expect_events("Results\n\nSales fell 3% from a year earlier.\n", "2025-11-04", "",
			    NULL);
	timex_expect_events("Results\n\nSales fell 3% versus the period a year before.\n",
			    "2025-11-04", "", NULL);
	/* near cases: a time that counts back dates its own event, and so does one after "from"
	 * with no change in a figure before it; a comparison with a named date keeps it */
	timex_expect_events("Results\n\nThe plant opened a year ago.\n", "2025-11-04", "2024",
			    NULL);
	timex_expect_events("Results\n\nSales rose compared with 2023, when the plant closed.\n",
			    "2025-11-04", "2023", NULL);
	timex_expect_events("Results\n\nHe could cite the tactics from eight years ago.\n",
			    "2025-11-04", "2017", NULL);
}

/* "A spokesman said the road would stay closed at least until Friday" in a Wednesday paper read
 * as the Friday before: "closed" after "stay" is a state, not the clause's past, so the "would"
 * of the saying tells the time. "remained closed until Friday" is past. */
static void test_stay_closed(void)
{
	timex_expect_events("Storm\n\nA spokesman said the road would stay closed at least until "
			    "Friday.\n",
			    "2026-01-14", "until Jan 16, 2026", NULL);
	timex_expect_events("Storm\n\nThe road remained closed until Friday.\n", "2026-01-14",
			    "until Jan 9, 2026", NULL);
}

int main(void)
{
	RUN(test_comparison_base);
	RUN(test_stay_closed);
	return CHECK_DONE();
}
