/* test_timex_dates44: the timeline a reader trusts, session 44. A year that opens its sentence
 * is the year of a bare month later in it ("In 2006 he founded the firm, and in November he sold
 * it"). */
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

int main(void)
{
	RUN(test_frame_year);
	RUN(test_frame_year_stay);
	return CHECK_DONE();
}
