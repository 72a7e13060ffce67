/* test_timex_dates37: rows a journalist reads wrong in a timeline, session 37. A date that
 * "around" makes approximate says so in its label. */
#include "timex_fixture.h"

/* The labels of the events of `text` read at `anchor`, joined by " | ". */
static void expect_events(const char *text, const char *anchor, const char *labels)
{
	timex_expect_events(text, anchor, labels, NULL);
}

/* "around 1490" is TimeML's mod APPROX: the value stays the year, the label says it is
 * approximate, where the timeline showed the exact year. */
static void test_approx_labels(void)
{
	expect_events("The chalice, which dates from around 1490, was kept in a vault.",
		      "2015-07-10", "around 1490");
	expect_events("The mill was built circa 1820 beside the weir.", "2015-07-10",
		      "around 1820");
	expect_events("The ferry left roughly in May 1902, the log says. It sank around 1904.",
		      "2015-07-10", "May 1902 | around 1904");
	expect_events("The crowd gathered around March 3 to watch the launch.", "2015-07-10",
		      "around Mar 3, 2015");
	timex_expect_value("The chalice, which dates from around 1490, was kept in a vault.",
			   "2015-07-10", "1490", "1490");
}

/* Neighbours that stay: the year itself, "about" (a topic as often: "a film about 1968"), a
 * signal word, and a part of the date named by the expression's own words. */
static void test_approx_labels_stay(void)
{
	expect_events("The chalice was made in 1490 for the abbey.", "2015-07-10", "1490");
	expect_events("She wrote a film about 1968 and the riots.", "2015-07-10", "1968");
	expect_events("The chapel has stood since 1490.", "2015-07-10", "since 1490");
	expect_events("The chalice dates from the late 1490s.", "2015-07-10", "late 1490s");
	expect_events("The coach turned around. 1904 was a bad year.", "2015-07-10", "1904");
}

int main(void)
{
	RUN(test_approx_labels);
	RUN(test_approx_labels_stay);
	return CHECK_DONE();
}
