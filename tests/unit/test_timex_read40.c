/* test_timex_read40: the writer's own day. A page's publication time is often stamped in another
 * time zone than the writer's: a post written on the evening of the 14th in America reads the
 * 15th in UTC. When the writer names their day next to "this morning" or "today" ("posted this
 * morning, 14 Oct."), that day, one from the page's date, is the one "today" counts from. A date
 * the reader gave (--date) stands. And "chose", "felt", "thought" are past forms for the tense
 * of a clause, one list in timex_tense.c. A word of how often in the clause of "today" makes it
 * these days. */
#include "timex_fixture.h"

/* Checks the value of `what` with the page's publication date `anchor`, as doc_load() sets it
 * from metadata. */
static void expect_page(const char *text, const char *anchor, const char *what, const char *value)
{
	timex_expect_value_as(text, anchor, ANCHOR_METADATA, what, value);
}

static const char blog[] = "My column (written this morning, 3 May) drew replies all day. "
			   "Today the replies have not stopped.";

/* The page is stamped May 4; the writer says this morning was May 3: "today" is May 3 too. */
static void test_writer_names_the_day(void)
{
	expect_page(blog, "2022-05-04", "this morning", "2022-05-03TMO");
	expect_page(blog, "2022-05-04", "Today", "2022-05-03");
}

/* The same day as the page's, or a day far from it (a date of the story, not the writer's
 * day), changes nothing. */
static void test_other_days_stay(void)
{
	expect_page(blog, "2022-05-03", "Today", "2022-05-03");
	expect_page("Our mail brought news today, 9 May, of the fire. Today the town mourns.",
		    "2022-05-04", "Today", "2022-05-04");
	/* a weekday is read against the page's date: no evidence of the writer's */
	expect_page("The notes went out this morning, Tuesday. Today the reply came.", "2022-05-04",
		    "Today", "2022-05-04");
}

/* A date the reader gave is the one: the writer's day does not move it. */
static void test_given_date_stands(void)
{
	timex_expect_value(blog, "2022-05-04", "Today", "2022-05-04");
}

/* "chose" is a past form: the present after "when" is a habit of that past ("the road they
 * take when they drive out on Friday"), the Friday before. */
static void test_chose_is_past(void)
{
	timex_expect_value("She chose the path they follow when they walk to the pier on Friday.",
			   "2021-03-10", "Friday", "2021-03-05");
	/* a present verb before "when" keeps the Friday to come */
	timex_expect_value("She takes the path they follow when they walk to the pier on Friday.",
			   "2021-03-10", "Friday", "2021-03-12");
}

/* "Today, they sometimes seem ...", "what is today typically called": a word of how often in
 * the clause of "today" tells a habit, these days', no day's. A past clause keeps the day, as
 * does a "today" whose comma opens an aside ("leaves today, usually ...": the word is the
 * aside's). */
static void test_habit_today(void)
{
	timex_expect_value(
		"\u201cToday, the harbours sometimes look like museums,\u201d she writes.",
		"2019-04-30", "Today", "PRESENT_REF");
	timex_expect_value("Drivers want what is today commonly called a smart road.", "2019-04-30",
			   "today", "PRESENT_REF");
	timex_expect_value("Today the ferry usually leaves late.", "2019-04-30", "Today",
			   "PRESENT_REF");
	timex_expect_value("Today the ferry left late.", "2019-04-30", "Today", "2019-04-30");
	timex_expect_value("Today they often stopped at the pier.", "2019-04-30", "Today",
			   "2019-04-30");
	timex_expect_value("The ferry leaves today, usually a rare sight.", "2019-04-30", "today",
			   "2019-04-30");
}

int main(void)
{
	RUN(test_writer_names_the_day);
	RUN(test_other_days_stay);
	RUN(test_given_date_stands);
	RUN(test_chose_is_past);
	RUN(test_habit_today);
	return CHECK_DONE();
}
