/* Unit tests of timeline rows a reader would find wrong, found by the lead in session 48: each
 * next to the row of the same shape that stays. */
#include "timex_fixture.h"

/* A court story of my own: "an audit flagged the transfers in the spring of 2024. He resigned
 * that June." dated the resignation in the paper's own year: "that" before a month or a season
 * refers back to the year of the date last mentioned in the paragraph or the one before. A
 * season so told with no year near is no date; a month keeps its month. */
static void test_that_month(void)
{
	timex_expect_events("An audit flagged the transfers in the spring of 2024. He resigned "
			    "that June.",
			    "2026-03-06", "spring 2024 | Jun 2024", NULL);
	timex_expect_events("The plant closed in 2019. It reopened that fall.", "2026-03-06",
			    "2019 | fall 2019", NULL);
	timex_expect_events("He lost the 1968 race that November.", "2026-03-06", "1968 | Nov 1968",
			    NULL);
	/* stay */
	timex_expect_events("He resigned in June.", "2026-03-06", "Jun 2025", NULL);
	timex_expect_events("Prices rose in 2019. Analysts blamed that fall in demand on the rain.",
			    "2026-03-06", "2019", NULL);
	timex_expect_events("The plant closed in 2019.\n\nIt grew.\n\nIt hired.\n\nIt reopened "
			    "that fall.",
			    "2026-03-06", "2019", NULL);
}

int main(void)
{
	RUN(test_that_month);
	return CHECK_DONE();
}
