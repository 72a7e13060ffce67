/* Unit tests of timeline rows a reader could not trust, found by tl47 in session 47: each next to
 * the row of the same shape that stays. */
#include "timex_fixture.h"

/* A date in a quotation with no tag of its own takes the tag of its paragraph or the one right
 * before, never one from further back; a sentence that opens the quotation after words of its
 * own ("There is an old saying here: "...") ends the walk back, tag or not. The quotation that
 * goes on from a speaker one paragraph before keeps the speaker. */
static void test_tag_is_near(void)
{
	timex_expect_events("Lee said, \"We will win.\"\n\nThere is a saying in town: \"Nobody "
			    "regrets it. The vote on Tuesday was fair.\"\n",
			    "2016-06-01", "May 31, 2016",
			    "\u201CThe vote on Tuesday was fair.\u201D");
	timex_expect_events("Lee said, \"We will win.\"\n\nThe mayor spoke about the budget.\n\n"
			    "\"The vote on Tuesday was fair.\"\n",
			    "2016-06-01", "May 31, 2016",
			    "\u201CThe vote on Tuesday was fair.\u201D");
	/* stay */
	timex_expect_events("Lee said, \"We will win.\n\n\"The vote on Tuesday was fair.\"\n",
			    "2016-06-01", "May 31, 2016",
			    "Lee said: \u201CThe vote on Tuesday was fair.\u201D");
	timex_expect_events("Lee said, \"We will win.\"\n\n\"Nobody regrets it. The vote on "
			    "Tuesday was fair.\"\n",
			    "2016-06-01", "May 31, 2016",
			    "Lee said: \u201CThe vote on Tuesday was fair.\u201D");
}

/* "Christmas shopping was slow this year": shopping for the holiday is done in the days before
 * it, and dated no event on Dec 25; the day's own time ("Christmas morning") and the day named
 * on purpose stay. */
static void test_holiday_doing(void)
{
	timex_expect_events("Christmas shopping was slow this year.", "2015-12-20", "2015", NULL);
	timex_expect_events("Stores expect Easter baking to lift flour sales.", "2016-03-20", "",
			    NULL);
	/* stay */
	timex_expect_events("Christmas morning will be quiet in the town.", "2015-12-20",
			    "Dec 25, 2015", NULL);
	timex_expect_events("The mall opens on Christmas Day for shopping.", "2015-12-20",
			    "Dec 25, 2015", NULL);
}

int main(void)
{
	RUN(test_holiday_doing);
	RUN(test_tag_is_near);
	return CHECK_DONE();
}
