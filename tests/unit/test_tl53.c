/* Unit tests of the timeline, session 53: a figure's digits, stop or comma do not end the walk
 * back from a comparison's base to its word of change. */
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

int main(void)
{
	RUN(test_figure_base);
	return CHECK_DONE();
}
