/* test_timex_dates37: rows a journalist reads wrong in a timeline, session 37. A date that
 * "around" makes approximate says so in its label; a clock time of a thing that recurs ("Every
 * Friday, from 8 a.m. to noon") is no day's, so the timeline shows no row for it. */
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

/* A clock time of a set is no day's: "Every Friday, from 8 a.m. to noon" in a story that named
 * Sunday before read both times as that Sunday's. */
static void test_set_times(void)
{
	const char *text = "On Sunday the board met. Every Friday, from 8 a.m. to noon, she "
			   "would chair the property committee.";
	timex_expect_value(text, "2016-01-20", "8 a.m.", "XXXX-WXX-5T08:00");
	timex_expect_value(text, "2016-01-20", "noon", "XXXX-WXX-5T12:00");
	expect_events(text, "2016-01-20", "Jan 17, 2016");
	timex_expect_value("On Sunday the board met. The canteen opens at 7 a.m. daily.",
			   "2016-01-20", "7 a.m.", "XXXX-XX-XXT07:00");
	timex_expect_value("On Sunday the board met. The bell rings at 6 a.m. every Monday.",
			   "2016-01-20", "6 a.m.", "XXXX-WXX-1T06:00");
}

/* Neighbours that stay: a time with no set takes the day last named, a set in the next
 * sentence is not the time's, and a time with its own day keeps it. */
static void test_set_times_stay(void)
{
	timex_expect_value("On Sunday the board met. The vote came at 3 p.m.", "2016-01-20",
			   "3 p.m.", "2016-01-17T15:00");
	timex_expect_value("On Sunday the board met at 3 p.m. Every week it meets.", "2016-01-20",
			   "3 p.m.", "2016-01-17T15:00");
	timex_expect_value("Every Friday she chairs it, but the vote is at 3 p.m. Monday.",
			   "2016-01-20", "3 p.m. Monday", "2016-01-18T15:00");
}

/* A clock time "recently" or "lately" dates is some day of late, not the article's day:
 * "stayed up until 4 a.m. recently" was the row "until Mar 12, 2015, 4 a.m.". */
static void test_recent_times(void)
{
	const char *text = "The baker said she stayed up until 4 a.m. recently to ice the cakes.";
	timex_expect_value(text, "2015-03-12", "4 a.m.", "XXXX-XX-XXT04:00");
	timex_expect_value(text, "2015-03-12", "recently", "PAST_REF");
	expect_events(text, "2015-03-12", "");
}

/* Neighbours that stay: a time with no "recently" after it, and "Recently" opening the next
 * sentence. */
static void test_recent_times_stay(void)
{
	timex_expect_value("The baker stayed up until 4 a.m. to ice the cakes.", "2015-03-12",
			   "4 a.m.", "2015-03-12T04:00");
	timex_expect_value("The baker stayed up until 4 a.m. Recently, she hired help.",
			   "2015-03-12", "4 a.m.", "2015-03-12T04:00");
}

/* "The second half can be found here" is a half of a story, not of the year: a half with no
 * year, no "of" and no talk of quarters needs a preposition of time before it. */
static void test_half_of_thing(void)
{
	timex_expect_value("The second half of the interview can be read here.", "2013-09-11",
			   "The second half", "none");
	timex_expect_value("The second half can be found here.", "2013-09-11", "The second half",
			   "none");
	timex_expect_value("Her first half was shaky, her second half superb.", "2013-09-11",
			   "first half", "none");
}

/* Neighbours that stay: a half after a preposition of time, with a year, glued to its noun,
 * or where the story speaks of quarters. */
static void test_half_of_thing_stay(void)
{
	timex_expect_value("Sales of looms rose in the second half.", "2013-09-11",
			   "the second half", "2013-H2");
	timex_expect_value("The second half of 2012 was weak for looms.", "2013-09-11",
			   "The second half of 2012", "2012-H2");
	timex_expect_value("The mill expects first-half profit to rise.", "2013-09-11",
			   "first-half", "2013-H1");
	timex_expect_value("Loom sales fell in the third quarter. The second half looks better.",
			   "2013-09-11", "The second half", "2013-H2");
}

/* "this year" in a clause told in the past, in a paper of the first two weeks of January, most
 * likely means the year just ended (the story was written before New Year): the label keeps
 * the words, as for "earlier this year", and the value stays the anchor's year (TimeML). */
static void test_past_this_year(void)
{
	const char *text = "Aroha was named after a heron, and left college this year to carve.";
	expect_events(text, "2019-01-03", "this year");
	timex_expect_value(text, "2019-01-03", "this year", "2019");
	expect_events("Loom prices rose sharply this year, traders said.", "2019-01-09",
		      "this year");
}

/* Neighbours that stay: a future, a present, the third week of January, another month. */
static void test_past_this_year_stay(void)
{
	expect_events("Aroha will leave college this year.", "2019-01-03", "2019");
	expect_events("This year, the catch is capped at 29 million pounds.", "2019-01-03", "2019");
	expect_events("Aroha left college this year.", "2019-01-20", "2019");
	expect_events("Aroha left college this year.", "2019-06-03", "2019");
}

/* "the summer" after a preposition of time is a season (TimeML tags "During the summer" with
 * its year): the year written out in the last sentences, or the last one begun when the clause
 * tells of the past in a story of the anchor's time. "the" is inside, as in "the summer of
 * 1959". */
static void test_the_season(void)
{
	timex_expect_value(
		"The union met on Monday. The ferry strike dragged on during the summer.",
		"2015-03-18", "the summer", "2014-SU");
	timex_expect_value("Looms sold well last week. Loom prices changed over the summer.",
			   "2015-11-18", "the summer", "2015-SU");
	timex_expect_value("The port reopened on Monday. Ice closed it over the winter.",
			   "2015-03-18", "the winter", "2014-WI");
	timex_expect_value(
		"In 1812 the army crossed the river. During the summer, it marched east.",
		"2009-12-19", "the summer", "1812-SU");
	/* a year written out just before: the story's, as it goes on */
	timex_expect_value("The party knew this in 2008. It held 26 debates, and its nominee was "
			   "ready by the time he faced the rival in the fall.",
			   "2015-12-23", "the fall", "2008-FA");
	timex_expect_value("The summer of 2005 saw fighting. The rebels fled in the autumn.",
			   "2009-12-19", "the autumn", "2005-FA");
	timex_expect_value("The mill reopened in the summer of 1959.", "2015-03-18",
			   "the summer of 1959", "1959-SU");
	expect_events("The union met on Monday. The ferry strike dragged on during the summer.",
		      "2015-03-18", "summer 2014 | Mar 16, 2015");
}

/* Neighbours that stay: nothing tells which summer (a future or a noun's time: no date, no
 * row), no preposition, a noun after it, "the fall of" a city. */
static void test_the_season_stay(void)
{
	timex_expect_value("She will press charges over the flood during the summer.", "2015-03-18",
			   "the summer", "none");
	expect_events("She will press charges over the flood during the summer.", "2015-03-18", "");
	timex_expect_value("The heat dominated the summer.", "2015-11-18", "the summer", "none");
	timex_expect_value("He spoke at the summer convention.", "2015-11-18", "the summer",
			   "none");
	timex_expect_value("Looting spread after the fall of the city.", "2015-11-18", "the fall",
			   "none");
	timex_expect_value("Prices eased after the fall in demand.", "2015-11-18", "the fall",
			   "none");
	/* no date of the anchor's time written before it: which summer is not told */
	/* with no date before it, the past's last summer (test_timex_dates38) */
	timex_expect_value("The ferry strike dragged on during the summer.", "2015-03-18",
			   "the summer", "2014-SU");
	/* "back" keeps its date in the summary */
	timex_expect_events("The mayor said back in the summer of 2012 that the mill would close.",
			    "2015-11-18", "summer 2012",
			    "The mayor said back in the summer of 2012 that the mill would close");
}

/* "today" in a clause that supposes rather than tells is these days (TimeML's PRESENT_REF),
 * not the article's day: the timeline showed "the women who, today, would have been listed as
 * co-authors" as an event of the publication day. */
static void test_supposed_today(void)
{
	timex_expect_value("She traced the weavers who, today, would have been named as inventors.",
			   "2019-05-20", "today", "PRESENT_REF");
	timex_expect_value("\u201cIf this were going on today, they would be named,\u201d he said.",
			   "2019-05-20", "today", "PRESENT_REF");
	timex_expect_value("If the vote were held today, the mayor would lose.", "2019-05-20",
			   "today", "PRESENT_REF");
	expect_events("If the vote were held today, the mayor would lose.", "2019-05-20", "");
}

/* Neighbours that stay the day: "Today would have been" (the day the subject), a past
 * progressive with no "if", a condition told in the present. */
static void test_supposed_today_stay(void)
{
	timex_expect_value("Today would have been the weaver's 90th birthday.", "2019-05-20",
			   "Today", "2019-05-20");
	timex_expect_value("Weavers were marching today in the capital.", "2019-05-20", "today",
			   "2019-05-20");
	timex_expect_value("If it rains today, the fair is off.", "2019-05-20", "today",
			   "2019-05-20");
}

int main(void)
{
	RUN(test_approx_labels);
	RUN(test_approx_labels_stay);
	RUN(test_set_times);
	RUN(test_set_times_stay);
	RUN(test_recent_times);
	RUN(test_recent_times_stay);
	RUN(test_half_of_thing);
	RUN(test_half_of_thing_stay);
	RUN(test_past_this_year);
	RUN(test_past_this_year_stay);
	RUN(test_the_season);
	RUN(test_the_season_stay);
	RUN(test_supposed_today);
	RUN(test_supposed_today_stay);
	return CHECK_DONE();
}
