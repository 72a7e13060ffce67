/* Unit tests of timeline rows a reader could not trust, found by tl47 in session 47: each next to
 * the row of the same shape that stays. */
#include "timex_fixture.h"

/* A date in a quotation with no tag of its own takes the tag of its paragraph or the one right
 * before; two paragraphs back only over a paragraph that quotes or leads in with a colon, never
 * over narration, which may name the next speaker (PolNeAR train politico 2016-06-13 gave
 * Bednarek's words to Davis over "The Pentagon's recent top adviser went further, ..."); a
 * sentence that opens the quotation after words of its own ("There is an old saying here:
 * "...") ends the walk back, tag or not. The quotation that goes on from a speaker one
 * paragraph before keeps the speaker, and so does one two back over a quoting paragraph. */
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
	timex_expect_events("Lee said, \"We will win.\"\n\n\"Nobody regrets it.\"\n\n\"The vote on "
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

/* "in states that Mr. Obama won handily in 2008": a date in a relative clause whose verb lacks
 * its object (its time only after it) is that clause's, and the row is the noun and its clause,
 * reaching back over the noun an "of" phrase hangs on, ending before a second "and that". A
 * clause that holds its object ("the report that Lee lost money in 2008"), one whose verb takes
 * a preposition ("the fact that she met with donors on Tuesday") and one after a verb ("told
 * aides that he lost in 2010") stay the sentence. */
static void test_object_relative(void)
{
	timex_expect_events("The party will send the governor to towns that she carried easily "
			    "in 2012.",
			    "2016-06-01", "2012", "Towns that she carried easily in 2012");
	timex_expect_events("Aides will tour parts of the counties that the mayor lost in 2010 "
			    "and that voted for him later.",
			    "2016-06-01", "2010",
			    "Parts of the counties that the mayor lost in 2010");
	/* stay */
	timex_expect_events("The report that Lee lost money in 2008 upset the aides.", "2016-06-01",
			    "2008", "The report that Lee lost money in 2008 upset the aides");
	timex_expect_events("She pointed to the fact that she met with donors on Tuesday.",
			    "2016-06-01", "May 31, 2016",
			    "She pointed to the fact that she met with donors on Tuesday");
	timex_expect_events("He told aides that he lost in 2010.", "2016-06-01", "2010",
			    "He told aides that he lost in 2010");
}

/* "''The Sopranos,'' a show that had its premiere in 1999": the row of the relative clause keeps
 * the quoted title the apposition stands beside, its comma inside or outside the marks; a
 * quotation that is no title (no capital) leaves the apposition alone. */
static void test_quoted_title(void)
{
	timex_expect_events("A poll found that ''Harbor Lights,'' a series that began in 2001, was "
			    "liked.",
			    "2008-01-01", "2001", "''Harbor Lights,'' a series that began in 2001");
	timex_expect_events("A poll found that \u201CHarbor Lights\u201D, a series that began in "
			    "2001, was liked.",
			    "2008-01-01", "2001",
			    "\u201CHarbor Lights\u201D, a series that began in 2001");
	/* stay */
	timex_expect_events("He called it \u201Cjust fine,\u201D a show that began in 2001, "
			    "and left.",
			    "2008-01-01", "2001", "A show that began in 2001");
}

int main(void)
{
	RUN(test_quoted_title);
	RUN(test_object_relative);
	RUN(test_holiday_doing);
	RUN(test_tag_is_near);
	return CHECK_DONE();
}
