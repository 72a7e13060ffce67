/* test_timex_dates35: rows a journalist reads wrong in a timeline. "for a week earlier this
 * month" is how long a thing lasted and when, not the week before the anchor; "a week earlier"
 * on its own still counts back. "Ash Wednesday" is a holiday, and "Wednesday-like" no date. */
#include "timex_fixture.h"

/* "for" before "a week earlier this month": a duration, then the month. */
static void test_for_amount_then_date(void)
{
	timex_expect_value(
		"Lamb chops sold at $9 a pound, though only for a week earlier this month.",
		"2021-06-27", "a week", "P1W");
	timex_expect_value(
		"Lamb chops sold at $9 a pound, though only for a week earlier this month.",
		"2021-06-27", "earlier this month", "2021-06");
	timex_expect_value(
		"Lamb chops sold at $9 a pound, though only for a week earlier this month.",
		"2021-06-27", "a week earlier", "none");
	timex_expect_value("The ferry ran for two days later that month.", "2021-06-27",
			   "two days later", "none");
}

/* Neighbours that stay: "a week earlier" with no "for", and "for" with no date after. */
static void test_offsets_stay(void)
{
	timex_expect_value("The survey put her support at 41%, up from 38% a week earlier.",
			   "2021-06-27", "a week earlier", "2021-W24");
	timex_expect_value("Prices were cut two days earlier this month.", "2021-06-27",
			   "two days earlier", "2021-06-25");
	timex_expect_value("The sale ran for a week last month.", "2021-06-27", "a week", "P1W");
	timex_expect_value("The sale ran for a week last month.", "2021-06-27", "last month",
			   "2021-05");
}

/* "Ash Wednesday" is the holiday, 46 days before Easter, not the nearest Wednesday; a date
 * glued to "-like" or "-style" names a kind of thing and is no date at all. */
static void test_ash_wednesday_and_like(void)
{
	timex_expect_value("On Ash Wednesday, the parish priest fasted.", "2021-06-27",
			   "Ash Wednesday", "2021-02-17");
	timex_expect_value("The Ash Wednesday service drew a crowd.", "2021-12-20", "Ash Wednesday",
			   "2022-03-02");
	timex_expect_value("The play closes with an Ash Wednesday-like smudge of soot.",
			   "2021-06-27", "Ash Wednesday", "none");
	timex_expect_value("The play closes with an Ash Wednesday-like smudge of soot.",
			   "2021-06-27", "Wednesday", "none");
	timex_expect_value("The office had a Monday-style gloom all week.", "2021-06-27", "Monday",
			   "none");
	/* neighbours that stay dates */
	timex_expect_value("The soot fell on Wednesday.", "2021-06-27", "Wednesday", "2021-06-23");
	timex_expect_value("She caught Wednesday-night flights home.", "2021-06-27", "Wednesday",
			   "2021-06-23");
	timex_expect_value("They met on Friday, like always.", "2021-06-27", "Friday",
			   "2021-06-25");
	timex_expect_value("Good Friday fell early that spring.", "2021-06-27", "Good Friday",
			   "2021-04-02");
}

/* "that day" with no day named before it is the day of an event the words tell, not the
 * article's date: its value is unknown and the timeline shows no row; after a named day it is
 * that day. */
static void test_that_day_unknown(void)
{
	timex_expect_value("Fares tripled during the blockade, and riders paid dearly that day.",
			   "2021-06-27", "that day", "XXXX-XX-XX");
	timex_expect_value("The blockade began on Tuesday. Riders paid dearly that day.",
			   "2021-06-27", "that day", "2021-06-22");
	timex_expect_value("Fares tripled during the blockade that year.", "2021-06-27",
			   "that year", "2021");
}

/* "the first half of" a thing is no half-year; "of the year", "of 2008" stay. */
static void test_half_of_a_thing(void)
{
	timex_expect_value("The first half of Tom Brandt's memoir drags.", "2021-06-27",
			   "The first half", "none");
	timex_expect_value("The visitors led in the second half of the match.", "2021-06-27",
			   "the second half", "none");
	timex_expect_value("Sales rose in the first half of the year.", "2021-06-27",
			   "the first half", "2021-H1");
	timex_expect_value("Profits fell in the second half of 2008.", "2021-06-27",
			   "the second half of 2008", "2008-H2");
	timex_expect_value("Revenue grew in the first half.", "2021-06-27", "the first half",
			   "2021-H1");
}

/* A date that opens its sentence takes the tense of the verb after the subject, however long
 * the subject's name. */
static void test_long_subject(void)
{
	timex_expect_value("In March, Sen. Mary Ellen Rourke of North Dakota praised the bill.",
			   "2021-10-04", "March", "2021-03");
	timex_expect_value("In March, Sen. Rourke praised the bill.", "2021-10-04", "March",
			   "2021-03");
	timex_expect_value("In March, Sen. Mary Ellen Rourke of North Dakota will unveil the bill.",
			   "2021-10-04", "March", "2022-03");
	timex_expect_value("In March, Sen. Rourke will unveil the bill.", "2021-10-04", "March",
			   "2022-03");
}

/* The labels of the events of `text` read at `anchor`, joined by " | ". */
static void expect_events(const char *text, const char *anchor, const char *labels)
{
	timex_expect_events(text, anchor, labels, NULL);
}

/* An update's clock time before a dash stamps the post, not the event, when the sentence
 * dates the event; alone, it stays the event's time. */
static void test_update_stamp(void)
{
	expect_events("The ring went missing from the suite.\n\n"
		      "3:15 PM ET -- Detectives searched the suite Friday morning.\n",
		      "2021-06-25", "Jun 25, 2021");
	expect_events("The ring went missing from the suite.\n\n"
		      "3:15 PM ET -- Detectives searched the suite.\n",
		      "2021-06-25", "Jun 25, 2021, 3:15 p.m.");
	expect_events("Detectives searched the suite at 3:15 PM Friday.\n", "2021-06-25",
		      "Jun 25, 2021, 3:15 p.m.");
}

/* "from 2003 to 2012" is one row labelled as the span, even when the sentence named its end
 * before; the year named alone keeps its own row. */
static void test_range_after_its_end(void)
{
	expect_events("Ferry fares in 2012 were double, up by half from 2003 to 2012.",
		      "2021-06-25", "2003\u20132012 | 2012");
	expect_events("Ferry fares were double, up by half from 2003 to 2012.", "2021-06-25",
		      "2003\u20132012");
	expect_events("Ferry fares in 2012 were double, up by half since 2003.", "2021-06-25",
		      "since 2003 | 2012");
}

int main(void)
{
	RUN(test_for_amount_then_date);
	RUN(test_offsets_stay);
	RUN(test_ash_wednesday_and_like);
	RUN(test_that_day_unknown);
	RUN(test_half_of_a_thing);
	RUN(test_update_stamp);
	RUN(test_long_subject);
	RUN(test_range_after_its_end);
	return CHECK_DONE();
}
