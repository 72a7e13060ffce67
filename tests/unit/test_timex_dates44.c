/* test_timex_dates44: the timeline a reader trusts, session 44. A year that opens its sentence
 * is the year of a bare month later in it ("In 2006 he founded the firm, and in November he sold
 * it"); a range of weekdays starts on or before its end; a signal's day stays in
 * words in the pane ("since Jan 12, 2016"); a byline opening its line is no event; nor is a holiday a thing is for. */
#include "timex_fixture.h"

/* A year that opens the sentence dates a month the sentence tells later, across a comma and a
 * new verb after "and" (the month read the paper's year: Nov 2015, Apr 2016). */
static void test_frame_year(void)
{
	timex_expect_value("In 2006 he founded the firm, and in November he sold it to a rival.",
			   "2016-03-10", "November", "2006-11");
	timex_expect_value("But in 2012, the campaign spent millions on radio ads beginning in "
			   "April.",
			   "2016-09-04", "April", "2012-04");
	timex_expect_value("In 2015, the mayor took office and in December she cut the budget.",
			   "2016-12-20", "December", "2015-12");
}

/* Months that keep the paper's year: the year is no opener of the sentence ("extradited in 2014
 * and pleaded guilty in May"; a year in a relative clause), or the month is in the future. */
static void test_frame_year_stay(void)
{
	timex_expect_value("He was extradited in 2014 and pleaded guilty in May to two counts.",
			   "2016-09-04", "May", "2016-05");
	timex_expect_value("Online gaming, which became legal in 2013, rose in October.",
			   "2016-12-04", "October", "2016-10");
	timex_expect_value("In 2006 he founded the firm, and in November he will sell it.",
			   "2016-03-10", "November", "2016-11");
}

/* A range of weekdays starts on or before its end: "taken Thursday through Monday" in a
 * Wednesday paper is Thursday the 11th to Monday the 15th (Thursday read the next day). */
static void test_weekday_range(void)
{
	const char *poll = "The poll of 900 voters, taken Thursday through Monday, has a margin of "
			   "error of 3 points.";
	timex_expect_value(poll, "2016-02-17", "Thursday", "2016-02-11");
	timex_expect_value(poll, "2016-02-17", "Monday", "2016-02-15");
	timex_expect_value("Survey of 900 adults taken Wednesday through Sunday.", "2015-12-08",
			   "Wednesday", "2015-12-02");
}

/* Weekdays that stay: a range in the future starts at its start, a weekday alone after a
 * participle keeps the next day (wire copy), and two weekdays joined by "and" are no range. */
static void test_weekday_range_stay(void)
{
	const char *fair = "The fair will run Thursday through Monday on the green.";
	timex_expect_value(fair, "2016-02-17", "Thursday", "2016-02-18");
	timex_expect_value(fair, "2016-02-17", "Monday", "2016-02-22");
	timex_expect_value("The poll, taken Thursday, has a margin of error of 3 points.",
			   "2016-02-17", "Thursday", "2016-02-18");
	timex_expect_value("The board met Thursday and Monday.", "2016-02-17", "Thursday",
			   "2016-02-18");
}

/* A signal and a day with the year (18 columns and more) stay in words, wider than the pane's 15
 * (the summary of that row is pushed along, b34c6c2): "since 1/12/16" reads as January 12 in the
 * US and as December 1 in most other places. */
static void test_signal_day_fit(void)
{
	timex_expect_fit("The rule has been in force since Jan 12, 2016, officials said.",
			 "2016-03-10", true, "since Jan 12, 2016");
	timex_expect_fit("The old law was repealed before Dec. 25, 2015, after a long fight.",
			 "2016-03-10", true, "before Dec 25, 2015");
	timex_expect_fit("The office stays shut until Sept. 25, 2016, the mayor said.",
			 "2016-03-10", true, "until Sep 25, 2016");
}

/* Labels that stay: a signal and a day that fit ("by Sep 25, 2016" is 15), the label without
 * the year, and a day with no signal. */
static void test_signal_day_fit_stay(void)
{
	timex_expect_fit("The office must file by Sept. 25, 2016, the mayor said.", "2016-03-10",
			 true, "by Sep 25, 2016");
	timex_expect_fit("The rule has been in force since Jan 12, 2016, officials said.",
			 "2016-03-10", false, "since Jan 12");
	timex_expect_fit("The council voted on Dec. 25, 2015, after a long fight.", "2016-03-10",
			 true, "Dec 25, 2015");
}

/* A byline that opens its line dates the page, no event: "by a staff reporter, March 3, 2016"
 * (the row read "By a staff reporter, March 3, 2016"), "Posted by ana, Bo Li on 2019-02-15". */
static void test_byline_stamp(void)
{
	timex_expect_events("The council met on March 2 to discuss the budget.\n\n"
			    "by a staff reporter, March 3, 2016",
			    "2016-03-04", "Mar 2, 2016", NULL);
	timex_expect_events("The council met on March 2 to discuss the budget.\n\n"
			    "Posted by ana, Bo Li on 2016-02-15, all posts",
			    "2016-03-04", "Mar 2, 2016", NULL);
}

/* Dates that stay: a sentence that opens with "By" and a date, and a reporter in a sentence. */
static void test_byline_stamp_stay(void)
{
	timex_expect_events("By March 2016, sales had doubled.", "2016-03-04", "by Mar 2016", NULL);
	timex_expect_events("The mayor was asked by a reporter on March 3 about the budget.",
			    "2016-03-04", "Mar 3, 2016", NULL);
}

/* A holiday named as what something is for is no event: "shoppers buying fish for Easter and
 * Mother's Day" (the rows read Apr 21 and May 12, 2019). */
static void test_holiday_for(void)
{
	timex_expect_events("Shoppers are buying fresh fish for Easter and Mother's Day, the "
			    "grocer said.",
			    "2019-04-26", "", NULL);
	timex_expect_events("Staff got bonuses just in time for Christmas shopping.", "2019-12-02",
			    "", NULL);
}

/* Holidays that stay: the time of what happened, and a plan set for one. */
static void test_holiday_for_stay(void)
{
	timex_expect_events("The mayor cut the ribbon on Easter at the new park.", "2019-04-26",
			    "Apr 21, 2019", NULL);
	timex_expect_events("The vote is scheduled for Christmas Eve.", "2019-12-02",
			    "Dec 24, 2019", NULL);
	timex_expect_events("The day after Easter, the crew loaded the boat.", "2019-04-26",
			    "Apr 22, 2019", NULL);
}

int main(void)
{
	RUN(test_frame_year);
	RUN(test_frame_year_stay);
	RUN(test_weekday_range);
	RUN(test_weekday_range_stay);
	RUN(test_signal_day_fit);
	RUN(test_signal_day_fit_stay);
	RUN(test_byline_stamp);
	RUN(test_byline_stamp_stay);
	RUN(test_holiday_for);
	RUN(test_holiday_for_stay);
	return CHECK_DONE();
}
