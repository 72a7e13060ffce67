/* Unit tests of timeline rows a reader would find wrong, found by the lead in session 46: each
 * next to the row of the same shape that stays. */
#include "timex_fixture.h"

/* PolNeAR dev nyt 2016-09-19: "The president told voters this weekend he would consider it an
 * insult ..., as his former secretary of state struggles to replicate the coalition that
 * delivered him victories in 2008 and 2012" was dated 2008 and read "The president told voters
 * this weekend ...": the date is in a relative clause "that" opens as its subject, and the row
 * is that clause with its noun, up to a comma. "that" in a quotation is the speaker's (the row
 * keeps the quotation), and "the report that Lee lost in 2008" (no verb after "that") stays
 * the sentence. */
static void test_that_relative(void)
{
	timex_expect_events("The mayor told voters he would fight, as his deputy struggles to "
			    "rebuild the coalition that delivered him wins in 2008 and 2012.",
			    "2016-06-01", "2008 | 2012",
			    "The coalition that delivered him wins in 2008 and 2012");
	timex_expect_events("The council heard an hourlong plea that aired on Thursday, and it "
			    "voted no.",
			    "2016-06-04", "Jun 2, 2016", "An hourlong plea that aired on Thursday");
	/* stay */
	timex_expect_events("Critics cited the report that Lee lost money in 2008.", "2016-06-01",
			    "2008", "Critics cited the report that Lee lost money in 2008");
	timex_expect_events(
		"\"I urge the voters that backed him in 2012 to stay home,\" she said.",
		"2016-06-01", "2012",
		"She said: \xE2\x80\x9CI urge the voters that backed him in 2012 to stay "
		"home\xE2\x80\x9D");
}

/* PolNeAR dev nyt 2016-09-08 "ancient societies like Easter Island" and train "Easter Seals" were
 * dated Easter Sunday: a capitalised word right after a holiday, the name ending there, makes
 * the holiday part of another name. "Easter Sunday", a headline's "Christmas Gift Guide" and
 * shouting capitals ("HALLOWEEN SHOW") stay dates. */
static void test_holiday_in_a_name(void)
{
	timex_expect_events("The ships reached Easter Island on May 3, 2015.", "2016-06-01",
			    "May 3, 2015", NULL);
	timex_expect_events("They met on Easter Sunday.", "2016-06-01", "Mar 27, 2016", NULL);
	timex_expect_events("Our Christmas Gift Guide: ten ideas.", "2016-06-01", "Dec 25, 2015",
			    NULL);
}

/* PolNeAR dev politico 2016-09-28: "He then defended the remark, saying, “I don’t think ...
 * Something funny was going on with Trump last night. ...”" showed the quotation's sentence
 * with no speaker: a participle of saying after a comma ends a tag as "said" does. "an old
 * saying here:" is a noun and no tag. */
static void test_participle_tag(void)
{
	timex_expect_events(
		"Lee then defended the plan, saying, \"I do not regret it. The vote on "
		"Tuesday was fair.\"",
		"2016-06-04", "May 31, 2016",
		"Lee then defended the plan, saying: \xE2\x80\x9CThe vote on Tuesday was "
		"fair.\xE2\x80\x9D");
	timex_expect_events("There is an old saying here: \"I do not regret it. The vote on "
			    "Tuesday was fair.\"",
			    "2016-06-04", "May 31, 2016",
			    "\xE2\x80\x9CThe vote on Tuesday was fair.\xE2\x80\x9D");
}

int main(void)
{
	RUN(test_that_relative);
	RUN(test_holiday_in_a_name);
	RUN(test_participle_tag);
	return CHECK_DONE();
}
