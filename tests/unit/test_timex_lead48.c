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

/* A business story of my own, dated August 12: "we are planning for rates to stay low through the
 * first half of next year" gave "until first half of 2026" (the half of the paper's year) and a
 * second row, 2027, for "next year": a half or a quarter "of next year", "of last year" takes
 * that year. "Sales rose in the July-September quarter" gave July of this year and September of
 * the last (the end month read alone, past tense): the two months across a dash share a year;
 * "the April-to-June quarter" is one span, as "from April to June" is. */
static void test_parts_and_spans_of_a_year(void)
{
	timex_expect_events("Rates will stay low through the first half of next year.",
			    "2026-08-12", "until first half of 2027", NULL);
	timex_expect_events("Sales fell in the second quarter of last year.", "2026-08-12",
			    "Q2 2025", NULL);
	timex_expect_events("Sales rose in the July-September quarter.", "2026-08-12",
			    "Jul 2025\xE2\x80\x93Sep 2025", NULL);
	timex_expect_events("The firm lost money in the April-to-June quarter.", "2026-08-12",
			    "Apr 2026\xE2\x80\x93Jun 2026", NULL);
	/* stay */
	timex_expect_events("Sales rose in the first half of this year.", "2026-08-12",
			    "first half of 2026", NULL);
	timex_expect_events("Profit fell in the quarter from April to June.", "2026-08-12",
			    "Q2 2026 | Apr 2026\xE2\x80\x93Jun 2026", NULL);
}

int main(void)
{
	RUN(test_that_month);
	RUN(test_parts_and_spans_of_a_year);
	return CHECK_DONE();
}
