/* test_timex_dates43: the timeline a reader trusts. A four-digit number that counts people or
 * jobs ("a poll of 2047 registered voters") is no year; a bracketed caption of an embedded video
 * ("[Video: ...]") is no event; a weekend sorts at its Saturday; the pane's labels fit its
 * column. */
#include "timex_fixture.h"

/* A count of people is no year: no item, no event. */
static void test_count_of_people(void)
{
	timex_expect_value("The new poll of 2047 registered voters came out on Wednesday.",
			   "2015-12-10", "2047", "none");
	timex_expect_value("The firm said it would cut 2011 jobs across its plants.", "2015-12-10",
			   "2011", "none");
	timex_expect_value("Pollsters asked 1998 respondents about the tax.", "2015-12-10", "1998",
			   "none");
	/* a year past the article's, before a plural of people, counts them */
	timex_expect_value("A survey of 2047 voters found the race was close.", "2015-12-10",
			   "2047", "none");
	timex_expect_events("The new poll of 2047 registered voters came out on Wednesday.",
			    "2015-12-10", "Dec 9, 2015", NULL);
}

/* Years that stay: a year names its voters ("93 percent of 2012 voters"), a determiner or a
 * preposition of time stands before it, or the noun is none that counts. */
static void test_count_of_people_stay(void)
{
	timex_expect_value("Most of 2012 voters in the county were white.", "2015-12-10", "2012",
			   "2012");
	timex_expect_value("The 2012 voters were older than the 2016 ones.", "2015-12-10", "2012",
			   "2012");
	timex_expect_value("In 2008 young voters flocked to the polls.", "2015-12-10", "2008",
			   "2008");
	timex_expect_value("She won the 2014 elections by a wide margin.", "2015-12-10", "2014",
			   "2014");
	timex_expect_value("By 2030 workers will need new skills.", "2015-12-10", "2030", "2030");
}

/* A caption in square brackets that labels an embedded clip, photo or link is page furniture:
 * its date is the clip's, no event. */
static void test_media_caption(void)
{
	timex_expect_events("The mayor spoke at the dinner on Saturday.\n\n"
			    "[Video: Mayor's dinner speech in full (9/17/16) Watch online.]\n\n"
			    "The council met again on Tuesday.",
			    "2016-09-19", "Sep 17, 2016 | Sep 20, 2016", NULL);
	timex_expect_events("[Photo: Crowds at the fair, 12 May 2015.]\n\nThe fair closed.",
			    "2016-09-19", "", NULL);
}

/* Bracketed lines that stay: a line of a chat that opens with a name, a bracket with no label's
 * colon, a label that is no embed's. */
static void test_media_caption_stay(void)
{
	timex_expect_events("[Mara: I will be home on 12 May 2015.]", "2016-09-19", "May 12, 2015",
			    NULL);
	timex_expect_events("[Video call from the ship, 12 May 2015.]", "2016-09-19",
			    "May 12, 2015", NULL);
	/* "Video: the mayor spoke on 12 May 2015 at the fair." is a credit's label standing as its
	 * own paragraph (formats_credit_line()): page furniture from the load (tidy54), as the
	 * coreference read it since session 53, so no row of the timeline either. */
	timex_expect_events("Video: the mayor spoke on 12 May 2015 at the fair.", "2016-09-19", "",
			    NULL);
}

/* A weekend sorts at its Saturday: after the week it closes, which its value names by the same
 * Monday. */
static void test_weekend_sorts_at_saturday(void)
{
	timex_expect_events("The senator told voters this weekend he would run. A poll released "
			    "last week showed him ahead.",
			    "2016-09-19", "week of Sep 12, 2016 | weekend of Sep 17, 2016", NULL);
	/* a day of that weekend stays after it, a Friday before it */
	timex_expect_events("Crowds marched on Saturday. The mayor spoke this weekend. The curfew "
			    "began on Friday.",
			    "2016-09-19", "Sep 16, 2016 | weekend of Sep 17, 2016 | Sep 17, 2016",
			    NULL);
}

/* A label wider than the pane's column (15) is narrowed to one that says the same date, its
 * year kept where the pane shows it. */
static void test_label_fit(void)
{
	timex_expect_fit("Since the beginning of the year, the yield has risen.", "2018-09-25",
			 true, "since 2018");
	timex_expect_fit("The firm got the file five or six weeks ago.", "2016-01-05", true,
			 "c. Nov 2015");
	timex_expect_fit("A poll released last week showed him ahead.", "2015-12-02", true,
			 "Nov 23\xE2\x80\x93"
			 "29, 2015");
	timex_expect_fit("A poll released last week showed him ahead.", "2016-09-06", true,
			 "Aug\xE2\x80\x93Sep 2016");
	timex_expect_fit("Crowds marched this weekend in the rain.", "2016-09-26", false,
			 "Sep 24\xE2\x80\x93"
			 "25");
	timex_expect_fit("The vote closed at 9:30 p.m. on March 12, 2016.", "2016-03-14", true,
			 "Mar 12, 2016");
}

/* Labels that fit stay as they are, and so do the full labels --timeline and the exports
 * print. */
static void test_label_fit_stay(void)
{
	timex_expect_fit("The yield has risen since 2012.", "2018-09-25", true, "since 2012");
	timex_expect_fit("The tax cuts expire at the end of 2025.", "2018-09-25", true,
			 "end of 2025");
	timex_expect_fit("A poll released last week showed him ahead.", "2015-12-02", false,
			 "week of Nov 23");
	timex_expect_fit("A poll released last week showed him ahead.", "2016-09-06", false,
			 "week of Aug 29");
	timex_expect_fit("The plant ran from 2011 to 2013.", "2018-09-25", true,
			 "2011\xE2\x80\x93"
			 "2013");
	timex_expect_events("Since the beginning of the year, the yield has risen.", "2018-09-25",
			    "since start of 2018", NULL);
	timex_expect_events("The firm got the file five or six weeks ago.", "2016-01-05",
			    "around week of Nov 23, 2015", NULL);
}

/* "that year" after a date of that year in its sentence names it again: one row, the date's. */
static void test_names_again(void)
{
	timex_expect_events(
		"In a November 2006 press release, the pollster said he alone had called "
		"the race that year.",
		"2016-01-05", "Nov 2006", NULL);
	timex_expect_events("He fled in June 1998 and came back later that year.", "2000-01-28",
			    "Jun 1998", NULL);
	timex_expect_events("The law took effect on March 23 of this year.", "2016-05-14",
			    "Mar 23, 2016", NULL);
}

/* A year in digits or a time of its own stays a row: "in 2006 ... in November 2006", "in January
 * alone ... On Sunday", "by the end of the year ... on Thursday". */
static void test_names_again_stay(void)
{
	timex_expect_events("In 2006 he founded the firm, and in November 2006 he sold it.",
			    "2016-01-05", "2006 | Nov 2006", NULL);
	timex_expect_events("On Sunday, she said she had raised $20 million in January alone.",
			    "2016-02-01", "Jan 2016 | Jan 31, 2016", NULL);
	timex_expect_events("The agency said on Thursday it would miss its goal by the end of the "
			    "year.",
			    "2015-12-31", "Dec 31, 2015 | by end of 2015", NULL);
}

/* A month "of that year", "of the same year", "of last year", "of next year": one date, its
 * year the one the words name. */
static void test_month_of_year(void)
{
	timex_expect_value("Joblessness stood at 7.8 percent in January 2009 and peaked in October "
			   "of that year.",
			   "2016-02-05", "October of that year", "2009-10");
	timex_expect_value("The ship sailed in May 1958 and sank in November of the same year.",
			   "2016-02-05", "November of the same year", "1958-11");
	timex_expect_value("The fund was twice as big in February of last year.", "2016-03-17",
			   "February of last year", "2015-02");
	timex_expect_value("They agreed to draw up a plan by March of next year.", "2016-09-18",
			   "March of next year", "2017-03");
	timex_expect_value("We began this journey on June 16th of last year.", "2016-10-02",
			   "June 16th of last year", "2015-06-16");
}

/* Neighbours that stay: "March this year", and "that year" with no date before it. */
static void test_month_of_year_stay(void)
{
	timex_expect_value("The plant closed in March this year.", "2016-09-18", "March this year",
			   "2016-03");
	timex_expect_value("Sales rose in October of 2009.", "2016-09-18", "October of 2009",
			   "2009-10");
}

/* A month that opens its sentence takes the tense of the verb after the subject, past an
 * apposition set off by commas. */
static void test_tense_past_apposition(void)
{
	timex_expect_value("In October, Mara Kell, the party's nominee, proposed a new tax.",
			   "2016-09-06", "October", "2015-10");
	timex_expect_value("In October, Mara Kell, a former mayor, sold her farm.", "2016-09-06",
			   "October", "2015-10");
}

/* Neighbours that stay: a future after the apposition, and a comma that opens no apposition. */
static void test_tense_past_apposition_stay(void)
{
	timex_expect_value("In October, Mara Kell, the party's nominee, will propose a new tax.",
			   "2016-09-06", "October", "2016-10");
	timex_expect_value("In October, Mara Kell will propose a tax, the party said.",
			   "2016-09-06", "October", "2016-10");
}

/* "this weekend" in a Monday paper with no tense to read is the weekend just gone. */
static void test_monday_this_weekend(void)
{
	timex_expect_value(
		"The senator moved closer to the nomination with two wins this weekend as "
		"her rival fought on.",
		"2016-06-06", "this weekend", "2016-W22-WE");
	timex_expect_value(
		"In a panel talk this weekend in Ohio, Ann Roe, the group's chief, told a "
		"student to vote.",
		"2016-09-19", "this weekend", "2016-W37-WE");
}

/* Neighbours that stay: a future on a Monday, and no tense later in the week ("Join us this
 * weekend" on a Tuesday looks ahead). */
static void test_monday_this_weekend_stay(void)
{
	timex_expect_value("The senator will campaign in Ohio this weekend.", "2016-06-06",
			   "this weekend", "2016-W23-WE");
	timex_expect_value("Join us this weekend for a walk by the river.", "2014-08-26",
			   "this weekend", "2014-W35-WE");
}

int main(void)
{
	RUN(test_count_of_people);
	RUN(test_count_of_people_stay);
	RUN(test_media_caption);
	RUN(test_media_caption_stay);
	RUN(test_weekend_sorts_at_saturday);
	RUN(test_label_fit);
	RUN(test_label_fit_stay);
	RUN(test_names_again);
	RUN(test_names_again_stay);
	RUN(test_month_of_year);
	RUN(test_month_of_year_stay);
	RUN(test_tense_past_apposition);
	RUN(test_tense_past_apposition_stay);
	RUN(test_monday_this_weekend);
	RUN(test_monday_this_weekend_stay);
	return CHECK_DONE();
}
