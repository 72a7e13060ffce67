/* Unit tests of the timeline, session 53: a figure's digits, stop or comma do not end the walk
 * back from a comparison's base to its word of change; a passive after "could" looks ahead to a
 * weekday unless it reports a try to find someone. */
#include "timex_fixture.h"

/* Stories of my own, read on 2026-03-05: "up $150 million from a year ago" and "fell to $3.2
 * billion from a year ago" compare this year's sales with last year's, as "rose 5 percent from a
 * year ago" does; the base dates no row ("2025: Sales were up ..." says the rise was last
 * year's). The digits of a figure are no words of the six looked at, and its stop or comma ends
 * no clause, also before "compared". */
static void test_figure_base(void)
{
	timex_expect_events("Sales\n\nSales were up $150 million from a year ago.\n", "2026-03-05",
			    "", NULL);
	timex_expect_events("Sales\n\nSales fell to $3.2 billion from a year ago.\n", "2026-03-05",
			    "", NULL);
	timex_expect_events("Sales\n\nNet income was $312 million compared with $401.5 million a "
			    "year earlier.\n",
			    "2026-03-05", "", NULL);
	timex_expect_events("Sales\n\nRevenue rose 5 percent in the quarter from a year ago.\n",
			    "2026-03-05", "Q4 2025", NULL);
	/* near cases: no word of change, or a clause's comma before it */
	timex_expect_events("Sales\n\nThe firm hired 1,200 workers from a year ago.\n",
			    "2026-03-05", "2025", NULL);
	timex_expect_events("Sales\n\nHe used tactics from eight years ago.\n", "2026-03-05",
			    "2018", NULL);
	timex_expect_events("Sales\n\nPrices rose, and he used tactics from eight years ago.\n",
			    "2026-03-05", "2018", NULL);
}

/* Stories of my own, read on Thursday 2016-02-25: "could be decided Tuesday" is the coming
 * Tuesday, as "could win on Tuesday" is. A passive that reports a try to find someone ("could be
 * located Wednesday", "could not be reached") is the past weekday, and so is "was decided". */
static void test_could_passive(void)
{
	timex_expect_events("Court\n\nThe case could be decided Tuesday.\n", "2016-02-25",
			    "Mar 1, 2016", NULL);
	timex_expect_events("Court\n\nThe bill could be signed on Tuesday.\n", "2016-02-25",
			    "Mar 1, 2016", NULL);
	/* near cases */
	timex_expect_events("Court\n\nThe case was decided Tuesday.\n", "2016-02-25",
			    "Feb 23, 2016", NULL);
	timex_expect_events("Court\n\nHe could be reached Wednesday.\n", "2016-02-25",
			    "Feb 24, 2016", NULL);
	timex_expect_events("Court\n\nShe could not be reached Wednesday.\n", "2016-02-25",
			    "Feb 24, 2016", NULL);
}

int main(void)
{
	RUN(test_figure_base);
	RUN(test_could_passive);
	return CHECK_DONE();
}
