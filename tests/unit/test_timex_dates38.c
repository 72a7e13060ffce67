/* test_timex_dates38: rows a journalist reads wrong in a timeline, session 38. Years before
 * Christ written with dots ("212 B.C.") are years like "212 BC", and in a story told in such
 * years a month, a season or a day the text gives no year ("In October", "the next day", "that
 * same day") takes the story's year rather than being dropped or given the paper's. */
#include "timex_fixture.h"

/* The labels of the events of `text` read at `anchor`, joined by " | ". */
static void expect_events(const char *text, const char *anchor, const char *labels)
{
	timex_expect_events(text, anchor, labels, NULL);
}

/* "B.C.", "B.C.E." and "A.D." are the era words "BC", "BCE" and "AD". */
static void test_dotted_eras(void)
{
	timex_expect_value("The granary was sealed in 212 B.C. by the council.", "2013-09-04",
			   "212 B.C.", "BC0212");
	timex_expect_value("The port silted up around 95 B.C.E. and was left.", "2013-09-04",
			   "95 B.C.E.", "BC0095");
	timex_expect_value("The aqueduct was mended in 140 A.D. by the legion.", "2013-09-04",
			   "140 A.D.", "0140");
	timex_expect_value("The aqueduct was mended in A.D. 140 by the legion.", "2013-09-04",
			   "140", "0140");
	timex_expect_value("Small towns spread in the 620s B.C. along the bay.", "2013-09-04",
			   "the 620s B.C.", "BC062");
	timex_expect_value("Bronze gave way to iron in the 9th century B.C. there.", "2013-09-04",
			   "the 9th century B.C.", "BC08");
	/* the last dot is the sentence's too */
	timex_expect_value("The granary was sealed in 212 B.C", "2013-09-04", "212 B.C", "BC0212");
	expect_events("The granary was sealed in 212 B.C. The dam broke in 1911.", "2013-09-04",
		      "212 BC | 1911");
}

/* Neighbours that stay: initials of a name are no era, nor a year of a name ("B.C. Ferries"),
 * nor lowercase letters. */
static void test_dotted_eras_stay(void)
{
	timex_expect_value("In 2009 B.C. Ferries cut two routes.", "2013-09-04", "2009", "2009");
	timex_expect_value("The letter was signed by A.D. Brennan in 1902.", "2013-09-04", "1902",
			   "1902");
	timex_expect_value("Room 212 b.c. was locked.", "2013-09-04", "212", "none");
	timex_expect_value("The granary was sealed in 212 BC by the council.", "2013-09-04",
			   "212 BC", "BC0212");
}

/* A month, a day or a season a story told in years before Christ gives no year of its own is
 * the story's: they were dropped. */
static void test_bc_story(void)
{
	const char *text = "The fleet was built in 212 B.C. In October the harbour fell. The "
			   "next day the admiral fled. That same day the walls burned.";
	timex_expect_value(text, "2013-09-04", "October", "BC0212-10");
	timex_expect_value(text, "2013-09-04", "The next day", "BC0212-10-XX");
	timex_expect_value(text, "2013-09-04", "same day", "BC0212-10-XX");
	expect_events(text, "2013-09-04", "212 BC | Oct 212 BC | Oct 212 BC | Oct 212 BC");
	/* with no month told, the day's month is unknown too */
	timex_expect_value("The fleet was built in 212 BC. The city fell the next day.",
			   "2013-09-04", "the next day", "BC0212-XX-XX");
	/* a month before the story's month is the next year's, the next paragraph's too */
	timex_expect_value("The siege began in July 212 BC.\n\nIn February the city fell.",
			   "2013-09-04", "February", "BC0211-02");
	timex_expect_value("The siege began in 212 BC. In the summer the rains came.", "2013-09-04",
			   "the summer", "BC0212-SU");
}

/* Neighbours that stay: a story of our era keeps its years, a year written out its own, and
 * news that names such a year keeps the paper's weekdays. */
static void test_bc_story_stay(void)
{
	timex_expect_value("The fleet was built in 1912. In October the harbour froze.",
			   "2013-09-04", "October", "1912-10");
	timex_expect_value("The fleet was built in 212 BC. In October 1920 it was found.",
			   "2013-09-04", "October 1920", "1920-10");
	timex_expect_value("Divers found a coin of 212 B.C. On Monday, it was put on show.",
			   "2013-09-04", "Monday", "2013-09-02");
}

/* A season alone in a clause told in the past, in a story that wrote out no year of another
 * time, is the last one begun: "during the summer" in March is last summer. It took a date of
 * the anchor's time written before it. */
static void test_last_season(void)
{
	timex_expect_value("The creek flooded the orchards during the summer, growers said.",
			   "2016-03-08", "the summer", "2015-SU");
	timex_expect_value("The creek flooded the orchards during the summer, growers said.",
			   "2016-08-22", "the summer", "2016-SU");
	timex_expect_value("A ranger who warned over the winter that the trail was unsafe quit.",
			   "2016-03-08", "the winter", "2015-WI");
	expect_events("The creek flooded the orchards during the summer, growers said.",
		      "2016-03-08", "summer 2015");
}

/* Neighbours that stay: the future, a history (a year long gone written out), and a season that
 * names a kind of thing. */
static void test_last_season_stay(void)
{
	timex_expect_value("The creek will flood the orchards during the summer, growers said.",
			   "2016-03-08", "the summer", "none");
	timex_expect_value("The mill opened in 1871. The creek flooded it during the summer.",
			   "2016-03-08", "the summer", "1871-SU");
	timex_expect_value("The mill opened in 1871.\n\nIts wheel was oak.\n\nThe wheel froze "
			   "during the winter, a diary says.",
			   "2016-03-08", "the winter", "none");
	timex_expect_value("Growers met during the summer fair in the town hall.", "2016-03-08",
			   "the summer", "none");
}

/* "the last Friday in August" is one day of the month, and a clock time "on" it is that day's:
 * "2 p.m. on the last Friday in August" was three rows (2 p.m. of the paper's day, the Friday
 * before the paper's day, and August). */
static void test_nth_weekday(void)
{
	const char *text = "The board will vote at 2 p.m. on the last Friday in August.";
	timex_expect_value(text, "2017-03-14", "2 p.m. on the last Friday in August",
			   "2017-08-25T14:00");
	expect_events(text, "2017-03-14", "Aug 25, 2017, 2 p.m.");
	timex_expect_value("The fair opened on the first Monday of June 2012.", "2017-03-14",
			   "the first Monday of June 2012", "2012-06-04");
	timex_expect_value("The ferry sank the third Thursday in November.", "2017-03-14",
			   "the third Thursday in November", "2016-11-17");
}

/* Neighbours that stay: "the last Friday" alone is the Friday before, a weekday with a date of
 * its own keeps it, and a fifth is no rule. */
static void test_nth_weekday_stay(void)
{
	timex_expect_value("The board voted on the last Friday.", "2017-03-14", "the last Friday",
			   "2017-03-10");
	timex_expect_value("The board voted at 2 p.m. on Friday, Aug. 5.", "2017-03-14",
			   "2 p.m. on Friday, Aug. 5", "2016-08-05T14:00");
	timex_expect_value("The board voted on the last Friday in August.", "2017-03-14", "Friday",
			   "none");
}

/* "Today," opening a sentence just after the story told of an earlier year sets these days
 * against that time (TimeML's PRESENT_REF): "Today, the signals could not differ more" showed the
 * paper's day. */
static void test_today_nowadays(void)
{
	const char *text =
		"In her May 2011 speech, the minister praised the talks.\n\n\"The "
		"unions have shown goodwill,\" she said.\n\nToday, the mood could not be "
		"more different. The unions will strike on Monday.";
	timex_expect_value(text, "2014-06-11", "Today", "PRESENT_REF");
	expect_events(text, "2014-06-11", "May 2011 | Jun 16, 2014");
	timex_expect_value("A seat at the club cost $900 in 1990. Today, the same seat costs "
			   "$12,000.",
			   "2014-06-11", "Today", "PRESENT_REF");
}

/* Neighbours that stay: a past or coming doing, a story of the anchor's days, and an earlier
 * year told long before. */
static void test_today_nowadays_stay(void)
{
	timex_expect_value("In her May 2011 speech, the minister praised the talks. Today, the "
			   "minister resigned.",
			   "2014-06-11", "Today", "2014-06-11");
	timex_expect_value("In her May 2011 speech, the minister praised the talks. Today, the "
			   "minister will resign.",
			   "2014-06-11", "Today", "2014-06-11");
	timex_expect_value("On Monday the minister praised the talks. Today, the mood is grim.",
			   "2014-06-11", "Today", "2014-06-11");
	timex_expect_value("In 2011 the minister praised the talks. She spoke well. The room "
			   "cheered. The press agreed. A vote came. Today, the mood is grim.",
			   "2014-06-11", "Today", "2014-06-11");
}

/* A weekday named with a month and day tells the year the words leave out: "will vote on
 * Friday, Aug. 4" in March 2017 was Thursday 2016-08-04. */
static void test_weekday_year(void)
{
	timex_expect_value("The board will vote at 2 p.m. on Friday, Aug. 4.", "2017-03-14",
			   "2 p.m. on Friday, Aug. 4", "2017-08-04T14:00");
	timex_expect_value("The board will vote on Friday, Aug. 4.", "2017-03-14", "Friday, Aug. 4",
			   "2017-08-04");
	timex_expect_value("The board will vote on Friday 4 August.", "2017-03-14",
			   "Friday 4 August", "2017-08-04");
}

/* Neighbours that stay: a weekday that fits the year read, a year written out (even with a
 * wrong weekday), and a weekday that fits neither the year before nor the one after. */
static void test_weekday_year_stay(void)
{
	timex_expect_value("The board voted on Friday, Aug. 5.", "2017-03-14", "Friday, Aug. 5",
			   "2016-08-05");
	timex_expect_value("The board voted on Friday, Aug. 4, 2016.", "2017-03-14",
			   "Friday, Aug. 4, 2016", "2016-08-04");
	timex_expect_value("The board met on Friday, Dec. 30.", "2017-01-05", "Friday, Dec. 30",
			   "2016-12-30");
	timex_expect_value("The board voted on Friday, Aug. 2.", "2017-03-14", "Friday, Aug. 2",
			   "2016-08-02");
}

int main(void)
{
	RUN(test_dotted_eras);
	RUN(test_dotted_eras_stay);
	RUN(test_bc_story);
	RUN(test_bc_story_stay);
	RUN(test_last_season);
	RUN(test_last_season_stay);
	RUN(test_nth_weekday);
	RUN(test_nth_weekday_stay);
	RUN(test_today_nowadays);
	RUN(test_today_nowadays_stay);
	RUN(test_weekday_year);
	RUN(test_weekday_year_stay);
	return CHECK_DONE();
}
