/* test_timex_dates36: rows a journalist reads wrong in a timeline, session 36. A span of years
 * written short ("2008-9", "2015–16", "1947-54") is the two years, one timeline row, not its
 * start alone. */
#include "timex_fixture.h"

/* The labels of the events of `text` read at `anchor`, joined by " | ". */
static void expect_events(const char *text, const char *anchor, const char *labels)
{
	timex_expect_events(text, anchor, labels, NULL);
}

/* The end of a span of years glued to its start is a year of its own (TimeML tags "54" in
 * "1947-54" as 1954), and the timeline shows the span. */
static void test_year_spans(void)
{
	timex_expect_value("Orders for the looms slumped in 2008-9.", "2017-07-10", "2008", "2008");
	timex_expect_value("Orders for the looms slumped in 2008-9.", "2017-07-10", "9", "2009");
	timex_expect_value("Orders for the looms slumped in 2008-09.", "2017-07-10", "09", "2009");
	timex_expect_value("The club's 2015\u201316 season ended in debt.", "2017-07-10", "16",
			   "2016");
	timex_expect_value("During the border war (1947-54), the mill made boots.", "2017-07-10",
			   "54", "1954");
	timex_expect_value("The ferry ran at a loss in 1999-00.", "2017-07-10", "00", "2000");
	timex_expect_value("She led the board from 2009-2013.", "2017-07-10", "2013", "2013");
	expect_events("Orders for the looms slumped in 2008-9.", "2017-07-10", "2008\u20132009");
	expect_events("The club's 2015\u201316 season ended in debt.", "2017-07-10",
		      "2015\u20132016");
	expect_events("She led the board, 2009-2013, with a firm hand.", "2017-07-10",
		      "2009\u20132013");
}

/* Neighbours that stay: a month of a year in data ("2015-03"), a full date, a count glued on,
 * a span too long to be one, and the winter that began in a year. */
static void test_year_spans_stay(void)
{
	timex_expect_value("The index for 2015-03 was flat.", "2017-07-10", "03", "none");
	timex_expect_value("The index fell on 2015-03-12.", "2017-07-10", "2015-03-12",
			   "2015-03-12");
	timex_expect_value("Output rose 2008-9% a year.", "2017-07-10", "9", "none");
	timex_expect_value("The charter ran 1900-1990 in the archive.", "2017-07-10", "1990",
			   "none");
	timex_expect_value("The strike began in the winter of 2004-5.", "2017-07-10", "5", "none");
	timex_expect_value("The strike began in the winter of 2004-5.", "2017-07-10",
			   "the winter of 2004", "2004-WI");
	expect_events("Orders slumped in 2008.", "2017-07-10", "2008");
}

/* An unknown amount before "earlier" or "later" is some time back or on, no date (TimeML's
 * PAST_REF, FUTURE_REF), "a few hundred years" too, where "hundred years earlier" alone was a
 * hundred years before the anchor and showed that year as a row. */
static void test_vague_offsets(void)
{
	timex_expect_value("The guild had its roots in Flanders a few hundred years earlier.",
			   "2015-07-10", "a few hundred years earlier", "PAST_REF");
	timex_expect_value("The guild had its roots in Flanders a few hundred years earlier.",
			   "2015-07-10", "hundred years earlier", "none");
	timex_expect_value("Kilns like these were fired several thousand years ago.", "2015-07-10",
			   "several thousand years ago", "PAST_REF");
	timex_expect_value("The keeper had quit a few days earlier.", "2015-07-10",
			   "a few days earlier", "PAST_REF");
	timex_expect_value("A few months later, the dam burst.", "2015-07-10", "A few months later",
			   "FUTURE_REF");
	timex_expect_value("Many years earlier, the lane was a stream.", "2015-07-10",
			   "Many years earlier", "PAST_REF");
	expect_events("By the 15th century the game was known. The guild had its roots in "
		      "Flanders a few hundred years earlier.",
		      "2015-07-10", "by 15th century");
}

/* Neighbours that stay: a known amount counts, an amount with no "earlier" is how long, and
 * "for" before it keeps the date after it. */
static void test_vague_offsets_stay(void)
{
	timex_expect_value("A hundred years earlier, the lane was a stream.", "2015-07-10",
			   "A hundred years earlier", "1915");
	timex_expect_value("Two hundred years ago the lane was a stream.", "2015-07-10",
			   "Two hundred years ago", "1815");
	timex_expect_value("The keeper stayed a few days.", "2015-07-10", "a few days", "PXD");
	timex_expect_value("Crews worked for several hundred years.", "2015-07-10",
			   "several hundred years", "PXY");
	timex_expect_value("The keeper had quit three days earlier.", "2015-07-10",
			   "three days earlier", "2015-07-07");
}

/* A weekday that a condition told in the past leads to is ahead of the saying ("had said that
 * if the vote failed they would take it up again on Wednesday"): in a Friday paper, next
 * Wednesday, where it read the Wednesday gone. */
static void test_condition_weekday(void)
{
	timex_expect_value(
		"Council members had said that if the levy failed they would take it up again on "
		"Wednesday.",
		"2024-12-06", "Wednesday", "2024-12-11");
	timex_expect_value(
		"The union said that unless the talks resumed, its drivers would walk out on "
		"Tuesday.",
		"2024-12-06", "Tuesday", "2024-12-10");
}

/* Neighbours that stay: a "would" with no condition (the saying may be days back), a saying
 * dated before the weekday, a past unreal, and a condition inside a quotation. */
static void test_condition_weekday_stay(void)
{
	timex_expect_value("The towns said they would light their bridges green on Monday night.",
			   "2024-12-04", "Monday night", "2024-12-02");
	timex_expect_value(
		"The union said Monday that if the talks failed, its drivers would walk out on "
		"Wednesday.",
		"2024-12-06", "Wednesday", "2024-12-04");
	timex_expect_value("She said that if the bus had come she would have voted on Wednesday.",
			   "2024-12-06", "Wednesday", "2024-12-04");
	timex_expect_value("\"If the levy fails we would take it up on Wednesday,\" she said.",
			   "2024-12-06", "Wednesday", "2024-12-04");
}

/* A number with a thousands comma is one amount: "2,000 years" was "000 years" (P0Y), and
 * "10,000,000 years ago" the anchor's own year. */
static void test_thousands_amounts(void)
{
	timex_expect_value("The oak may be 2,000 years old.", "2019-01-03", "2,000 years",
			   "P2000Y");
	timex_expect_value("After 1,460 years the abbey fell.", "2019-01-03", "1,460 years",
			   "P1460Y");
	timex_expect_value("The pumps ran for 6,300 hours.", "2019-01-03", "6,300 hours",
			   "PT6300H");
	timex_expect_value("The oak may be 2,000 years old.", "2019-01-03", "000 years", "none");
	timex_expect_value("The rock formed 10,000,000 years ago.", "2019-01-03", "000 years ago",
			   "none");
}

/* Neighbours that stay: a plain amount, a decimal, a count of people before a year. */
static void test_thousands_amounts_stay(void)
{
	timex_expect_value("The oak may be 200 years old.", "2019-01-03", "200 years", "P200Y");
	timex_expect_value("The repairs took 1.5 years.", "2019-01-03", "5 years", "none");
	timex_expect_value("The club had 2,000 members in 1990.", "2019-01-03", "1990", "1990");
}

/* "Thirty minutes later" after the first paragraph, with no day named before it, counts from
 * a moment of a scene the story told, not from the day of writing: its day is unknown and the
 * timeline shows no row, where it showed the article's date. */
static void test_scene_offsets(void)
{
	timex_expect_value("The kiln room is hot.\n\nThirty minutes later the tray slides out.",
			   "2015-03-27", "Thirty minutes later", "XXXX-XX-XX");
	timex_expect_value("The kiln room is hot.\n\nTwo hours earlier, the van had come.",
			   "2015-03-27", "Two hours earlier", "XXXX-XX-XX");
	expect_events("The kiln room is hot in March 2014.\n\nThirty minutes later the tray "
		      "slides out.",
		      "2015-03-27", "Mar 2014");
}

/* Neighbours that stay: a day named before, a one-paragraph post, and "ago" (from now). */
static void test_scene_offsets_stay(void)
{
	timex_expect_value("The kiln opened on Tuesday.\n\nThirty minutes later the tray slid out.",
			   "2015-03-27", "Thirty minutes later", "2015-03-24");
	timex_expect_value("Oven on. Three hours later, bread!", "2015-03-27", "Three hours later",
			   "2015-03-27");
	timex_expect_value("The kiln room is hot.\n\nThirty minutes ago the tray slid out.",
			   "2015-03-27", "Thirty minutes ago", "2015-03-27");
}

/* A window of hours is its day on the timeline, not its first hour: "sometime between 8 AM
 * and 9 PM Wednesday" read "8 a.m.". */
static void test_hour_window(void)
{
	expect_events("The brooch went missing sometime between 8 AM and 9 PM Wednesday.",
		      "2015-02-26", "Feb 25, 2015");
	expect_events("A curfew ran from midnight to 6 a.m. on Tuesday.", "2015-02-26",
		      "Feb 24, 2015");
}

/* Neighbours that stay: one hour, and two hours of one day not joined as a window. */
static void test_hour_window_stay(void)
{
	expect_events("The brooch went missing at 8 AM Wednesday.", "2015-02-26",
		      "Feb 25, 2015, 8 a.m.");
	expect_events("The guard left at 8 AM Wednesday and came back at 9 PM Wednesday.",
		      "2015-02-26", "Feb 25, 2015, 8 a.m.");
}

int main(void)
{
	RUN(test_year_spans);
	RUN(test_year_spans_stay);
	RUN(test_vague_offsets);
	RUN(test_vague_offsets_stay);
	RUN(test_condition_weekday);
	RUN(test_condition_weekday_stay);
	RUN(test_thousands_amounts);
	RUN(test_thousands_amounts_stay);
	RUN(test_scene_offsets);
	RUN(test_scene_offsets_stay);
	RUN(test_hour_window);
	RUN(test_hour_window_stay);
	return CHECK_DONE();
}
