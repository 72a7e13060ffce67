/* test_timex_lead38: a day counted from a date ("The day after Easter", "two days before
 * Christmas", "a week after May 3") is the event's day on the timeline, not "after" the date;
 * a bare "after" or "before" keeps its signal. */
#include "timex_fixture.h"

/* The day counted: one day from "the day", "a day", "one day"; a tagged duration of days or
 * weeks. */
static void test_day_counted(void)
{
	timex_expect_events("The day after Easter, the crew loaded the boat.", "2019-04-28",
			    "Apr 22, 2019", NULL);
	timex_expect_events("Two days after Christmas, the office closed.", "2019-04-28",
			    "Dec 27, 2018", NULL);
	timex_expect_events("A week before May 3, the council met.", "2019-06-10", "Apr 26, 2019",
			    NULL);
	timex_expect_events("One day before March 1, the vote was held.", "2020-04-10",
			    "Feb 29, 2020", NULL);
}

/* Neighbours that stay: "after" alone bounds the event, a month is not counted in days, and a
 * date that is not right after the signal word is the date itself. */
static void test_day_counted_stay(void)
{
	timex_expect_events("After Easter, the crew loaded the boat.", "2019-04-28",
			    "after Apr 21, 2019", NULL);
	timex_expect_events("The day after July, the crew left.", "2019-09-28", "after Jul 2019",
			    NULL);
	timex_expect_events("Two days after the vote on March 2, she left.", "2019-04-28",
			    "Mar 2, 2019", NULL);
}

int main(void)
{
	RUN(test_day_counted);
	RUN(test_day_counted_stay);
	return CHECK_DONE();
}
