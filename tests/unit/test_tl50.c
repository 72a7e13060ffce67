/* Unit tests of the timeline, session 50: a quotation's source given with "according to" names
 * its speaker in the summary, and so does one speaker's quotation on both sides of an untagged
 * one; a weekday that a saying looked ahead to lies after the saying. */
#include "timex_fixture.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* A watchdog story of my own: a quotation of two sentences, the date in the first, its source
 * given after the close with "according to". The row named no one; now it opens "According to
 * Judicial Watch". Not a pronoun ("according to him"), and not a sentence that goes on after
 * the source, which is narration, not a tag for the quotation after it. */
static void test_according_to_tag(void)
{
	timex_expect_events("Watchdog\n\nThe group sued the department.\n\n" LQ
			    "The records were found in December 2015. They show dossiers "
			    "on senators," RQ " according to Judicial Watch.\n",
			    "2016-04-26", "Dec 2015",
			    "According to Judicial Watch: " LQ
			    "The records were found in December 2015." RQ);
	timex_expect_events("Watchdog\n\nThe group sued the department.\n\n" LQ
			    "The records were found in December 2015," RQ
			    " according to the group's lawyer.\n",
			    "2016-04-26", "Dec 2015",
			    "According to the group's lawyer: " LQ
			    "The records were found in December 2015" RQ);
	/* near cases */
	timex_expect_events("Watchdog\n\nThe group sued the department.\n\n" LQ
			    "The records were found in December 2015. They show dossiers "
			    "on senators," RQ " according to him.\n",
			    "2016-04-26", "Dec 2015",
			    LQ "The records were found in December 2015." RQ);
	timex_expect_events("Watchdog\n\nAccording to the Times, the deal closed.\n\n" LQ
			    "The records were found in December 2015. They show dossiers." RQ "\n",
			    "2016-04-26", "Dec 2015",
			    LQ "The records were found in December 2015." RQ);
}

/* A weekday that a future told in the past looks ahead to, when the sentence dates the saying:
 * "said on Sunday he would go to Ohio on Friday" in a Monday paper was read as the Friday
 * before the saying (the nearer to the anchor); it is the Friday after. With a past verb the
 * reading stays. */
static void test_weekday_after_saying(void)
{
	timex_expect_events("Trip\n\nThe governor said on Sunday he would go to Ohio on Friday.\n",
			    "2016-03-14", "Mar 13, 2016 | Mar 18, 2016", NULL);
	timex_expect_events("Trip\n\nThe governor said Saturday that the talks would resume "
			    "Wednesday.\n",
			    "2016-03-14", "Mar 12, 2016 | Mar 16, 2016", NULL);
	/* near cases */
	/* without a date of the saying the coming Friday, four days ahead, over the one three
	 * days back (session 58: a recent saying looks ahead unless the past day is nearer by
	 * more than one day) */
	timex_expect_events("Trip\n\nThe governor said he would go to Ohio on Friday.\n",
			    "2016-03-14", "Mar 18, 2016", NULL);
	timex_expect_events("Trip\n\nThe governor said he would go to Ohio on Monday.\n",
			    "2016-03-16", "Mar 14, 2016", NULL);
	timex_expect_events("Trip\n\nThe governor said on Sunday he went to Ohio on Friday.\n",
			    "2016-03-14", "Mar 11, 2016 | Mar 13, 2016", NULL);
}

/* An interview story of my own: a quotation paragraph with no tag after a paragraph of
 * narration, between two quotations tagged "Viguerie notes". The row named no one; the
 * quotations on both sides name Viguerie, so it does too. Not when the two tags name different
 * speakers, nor when both are pronouns, which may be two people. */
#define RACE(tag2)                                                                                 \
	"Race\n\n" LQ "Cruz is the best candidate," RQ " Viguerie notes.\n\nViguerie is upbeat "   \
	"about the race.\n\n" LQ "Not only can Cruz win in November 2016, he is the best." RQ      \
	"\n\n" LQ "He unites the party," RQ " " tag2 ".\n"
static void test_bracket_tag(void)
{
	timex_expect_events(RACE("Viguerie notes"), "2016-01-19", "Nov 2016",
			    "Viguerie notes: " LQ
			    "Not only can Cruz win in November 2016, he is the "
			    "best." RQ);
	/* near cases */
	timex_expect_events(RACE("Bozell notes"), "2016-01-19", "Nov 2016",
			    LQ "Not only can Cruz win in November 2016, he is the best." RQ);
	timex_expect_events("Race\n\n" LQ "Cruz is the best candidate," RQ " he notes.\n\nHe is "
			    "upbeat about the race.\n\n" LQ "Not only can Cruz win in November "
			    "2016, he is the best." RQ "\n\n" LQ "He unites the party," RQ
			    " he notes.\n",
			    "2016-01-19", "Nov 2016",
			    LQ "Not only can Cruz win in November 2016, he is the best." RQ);
}

int main(void)
{
	RUN(test_bracket_tag);
	RUN(test_according_to_tag);
	RUN(test_weekday_after_saying);
	return CHECK_DONE();
}
