/* Unit tests of the timeline, session 52: the year a superlative is measured from ("the
 * longest since 2019") is no event. */
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

int main(void)
{
	RUN(test_superlative_base);
	return CHECK_DONE();
}
