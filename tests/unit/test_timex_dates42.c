/* test_timex_dates42: timeline rows a reader trusts. A bare "the period" is a span the sentence
 * names, never the last quarter; "the quarter" still is. */
#include "timex_fixture.h"

/* "the period before the ruling", "the boom of the period": no quarter, no row of its own;
 * "the quarter" in a report of earnings is the last quarter. */
static void test_the_period_is_no_quarter(void)
{
	timex_expect_value("The court ruled on Monday. She spoke of the period before the ruling.",
			   "2016-06-10", "the period", "none");
	timex_expect_value("On Monday the owner recalled the 1990s and the boom of the period.",
			   "2016-06-10", "the period", "none");
	timex_expect_value("The firm reported on Monday that it earned $5 million in the quarter.",
			   "2016-06-10", "the quarter", "2016-Q1");
}

int main(void)
{
	RUN(test_the_period_is_no_quarter);
	return CHECK_DONE();
}
