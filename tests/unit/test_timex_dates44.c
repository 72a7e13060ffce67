/* test_timex_dates44: the timeline a reader trusts, session 44. A year that opens its sentence
 * is the year of a bare month later in it ("In 2006 he founded the firm, and in November he sold
 * it"); a range of weekdays starts on or before its end. */
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

int main(void)
{
	RUN(test_frame_year);
	RUN(test_frame_year_stay);
	RUN(test_weekday_range);
	RUN(test_weekday_range_stay);
	return CHECK_DONE();
}
