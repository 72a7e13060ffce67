/* Unit tests of the timeline, session 52b: a "since" baseline gives no year to a bare month
 * after it; a modal of the present looks ahead to a weekday as to a month. */
#include "timex_fixture.h"

/* Stories of my own, in March 2026: "The most recent change since 2019 came in May" is May of
 * the anchor's time (the past May, 2025), not May 2019; the year is where the count starts,
 * not the time of the change. A year the sentence is told in ("In 2019 the change came in May")
 * still gives its year, and so does one earlier in the clause with no "since". */
static void test_since_base(void)
{
	timex_expect_events("Budget\n\nThe most recent change since 2019 came in May.\n",
			    "2026-03-01", "May 2025", NULL);
	timex_expect_events("Budget\n\nPrices have risen since 2019 and fell in May.\n",
			    "2026-03-01", "since 2019 | May 2025", NULL);
	/* near cases */
	timex_expect_events("Budget\n\nIn 2019 the change came in May.\n", "2026-03-01",
			    "2019 | May 2019", NULL);
	timex_expect_events("Budget\n\nThe change of 2019 came in May.\n", "2026-03-01",
			    "2019 | May 2019", NULL);
}

/* Stories of my own, read on Thursday 2016-02-25: "could win California on Tuesday" looks ahead
 * to next Tuesday, as "could win in November" does. A weekday that dates a noun after "the" ("the
 * win Tuesday", "the win on Tuesday") is the past one, and so is one with no modal, or a passive ("could be located Wednesday"). */
static void test_modal_weekday(void)
{
	timex_expect_events("Race\n\nTrump could win California on Tuesday.\n", "2016-02-25",
			    "Mar 1, 2016", NULL);
	timex_expect_events("Race\n\nShe can win Ohio Tuesday.\n", "2016-02-25", "Mar 1, 2016",
			    NULL);
	timex_expect_events("Caucus\n\nTurnout could be higher on Saturday.\n", "2016-02-25",
			    "Feb 27, 2016", NULL);
	/* near cases */
	timex_expect_events("Race\n\nTrump could celebrate the win Tuesday.\n", "2016-02-25",
			    "Feb 23, 2016", NULL);
	timex_expect_events("Race\n\nTrump could build on the win on Tuesday.\n", "2016-02-25",
			    "Feb 23, 2016", NULL);
	timex_expect_events("Race\n\nTrump won California on Tuesday.\n", "2016-02-25",
			    "Feb 23, 2016", NULL);
	timex_expect_events("Cuba\n\nHis grandparents could be located Wednesday in Cardenas.\n",
			    "2016-02-25", "Feb 24, 2016", NULL);
}

int main(void)
{
	RUN(test_since_base);
	RUN(test_modal_weekday);
	return CHECK_DONE();
}
