/* Unit tests of the timeline, session 52: the year a superlative is measured from ("the
 * longest since 2019") is no event; a quarter and the month it ended are one row. */
#include "timex_fixture.h"

/* Stories of my own, in March 2026: "the longest since 2019", "their highest level since
 * 2008", "for the first time since 2019" compare a record with a baseline; the baseline gets no
 * row. A "since" with no superlative before it ("has been the leader since 2019"), a noun in
 * "-est" ("the interest since 2019") and a superlative in another clause keep theirs. */
static void test_superlative_base(void)
{
	timex_expect_events("Budget\n\nLast year, a similar standoff ended in a 12-day shutdown, "
			    "the longest since 2019.\n",
			    "2026-03-01", "2025", NULL);
	timex_expect_events("Markets\n\nPrices rose to their highest level since 2008.\n",
			    "2026-03-01", "", NULL);
	timex_expect_events("Cup\n\nIn 2025, the team won the title for the first time since "
			    "2019.\n",
			    "2026-03-01", "2025", NULL);
	/* near cases */
	timex_expect_events("Party\n\nHe has been the leader since 2019.\n", "2026-03-01",
			    "since 2019", NULL);
	timex_expect_events("Rates\n\nThe interest since 2019 has grown.\n", "2026-03-01",
			    "since 2019", NULL);
	timex_expect_events("Rates\n\nIt was the highest, and since 2019 it has grown.\n",
			    "2026-03-01", "since 2019", NULL);
}

/* Earnings stories of my own, in March 2026: "the quarter that ended in September" is the
 * calendar quarter that ends that month, one row (TimeML gives "the quarter ended Sept. 30"
 * 1989-Q3); a fiscal quarter ("ended July 31") keeps the end's row alone. A month of another
 * clause, not the quarter's end, keeps its own row. */
static void test_quarter_end(void)
{
	timex_expect_events("Sales\n\nSales fell in the quarter that ended in September.\n",
			    "2026-03-01", "Q3 2025", NULL);
	timex_expect_value("Sales\n\nSales fell in the quarter that ended in September.\n",
			   "2026-03-01", "the quarter", "2025-Q3");
	timex_expect_events("Sales\n\nNet income rose in the quarter ended July 31.\n",
			    "2026-03-01", "Jul 31, 2025", NULL);
	/* near cases */
	timex_expect_value("Sales\n\nNet income rose in the quarter ended July 31.\n", "2026-03-01",
			   "the quarter", "2025-Q4");
	timex_expect_events("Sales\n\nNet income rose in the quarter, and in September it "
			    "fell.\n",
			    "2026-03-01", "Sep 2025 | Q4 2025", NULL);
}

int main(void)
{
	RUN(test_superlative_base);
	RUN(test_quarter_end);
	return CHECK_DONE();
}
