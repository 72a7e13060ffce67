/* Unit tests of the timeline, session 51: a modal of the present about a bare month or a
 * weekday looks ahead of the anchor, and so does a prospect ("chances of winning"). */
#include "timex_fixture.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* A campaign story of my own, in January: "can win in November" and "could come in March" are
 * this year's November and March, not last year's, which were nearer. A past unreal ("could
 * have won"), a denied "could" (a past ability), a past verb and a modal said long ago keep
 * the nearer month. */
static void test_modal_ahead(void)
{
	timex_expect_events("Race\n\n" LQ "Not only can Cruz win in November, he is the best." RQ
			    "\n",
			    "2016-01-19", "Nov 2016", NULL);
	timex_expect_events("Race\n\nThe senator can win in November.\n", "2016-01-19", "Nov 2016",
			    NULL);
	timex_expect_events("Race\n\nA vote on the bill could come in November.\n", "2016-01-19",
			    "Nov 2016", NULL);
	/* near cases */
	timex_expect_events("Race\n\nThe senator could have won in November.\n", "2016-01-19",
			    "Nov 2015", NULL);
	timex_expect_events("Race\n\nThe senator could not vote in November.\n", "2016-01-19",
			    "Nov 2015", NULL);
	timex_expect_events("Race\n\nMore could be found in disclosures filed in November.\n",
			    "2016-01-19", "Nov 2015", NULL);
	timex_expect_events("Race\n\nThe senator won in November.\n", "2016-01-19", "Nov 2015",
			    NULL);
	timex_expect_events("Race\n\nThe senator is in Iowa. The vote was in November.\n",
			    "2016-01-19", "Nov 2015", NULL);
	timex_expect_events("Race\n\nIn 2014, the senator said he can win in November.\n",
			    "2016-01-19", "2014 | Nov 2014", NULL);
}

/* The same story: "Cruz's chances of winning in November" is a prospect, this year's November;
 * not when a past verb governs the chances ("ruined his chances"), nor a gerund after a verb
 * ("spoke of winning"). */
static void test_prospect_ahead(void)
{
	timex_expect_events("Race\n\nViguerie is upbeat about Cruz's chances of winning in "
			    "November.\n",
			    "2016-01-19", "Nov 2016", NULL);
	timex_expect_events("Race\n\nThe odds of passing in November are long.\n", "2016-01-19",
			    "Nov 2016", NULL);
	/* near cases */
	timex_expect_events("Race\n\nThe scandal ruined his chances of winning in November.\n",
			    "2016-01-19", "Nov 2015", NULL);
	timex_expect_events("Race\n\nHe spoke of winning in November.\n", "2016-01-19", "Nov 2015",
			    NULL);
}

int main(void)
{
	RUN(test_modal_ahead);
	RUN(test_prospect_ahead);
	return CHECK_DONE();
}
