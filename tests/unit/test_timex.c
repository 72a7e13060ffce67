/* test_timex: date expressions by family (spans, types, values), anchors, the year-unknown case,
 * events and the timeline, and pathological input. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dateline/timex.h"

#include "../../src/timex_int.h"

static struct doc *load(const char *text, const char *anchor)
{
	const char *err = NULL;
	struct doc *d = doc_load(text, strlen(text), "test", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	if (anchor) {
		struct date a;
		if (date_parse_iso(anchor, &a))
			doc_set_anchor(d, a, ANCHOR_OPTION);
	}
	return d;
}

/* The timex whose text is exactly `what`, or NULL. */
static const struct timex *find(const struct doc *d, const struct timex_list *l, const char *what)
{
	size_t len;
	const char *t = doc_text(d, &len);
	for (size_t i = 0; i < l->n; i++) {
		const struct timex *x = &l->items[i];
		if (x->span.end - x->span.start == strlen(what) &&
		    memcmp(t + x->span.start, what, strlen(what)) == 0)
			return x;
	}
	fprintf(stderr, "  not found: \"%s\"\n", what);
	return NULL;
}

/* Checks that `what` is found in `text` (anchored) with the type and value. */
static void expect(const char *text, const char *anchor, const char *what, const char *type,
		   const char *value)
{
	struct doc *d = load(text, anchor);
	REQUIRE(d != NULL);
	struct timex_list *l = timex_find(d);
	const struct timex *x = find(d, l, what);
	CHECK(x != NULL);
	if (x) {
		CHECK_STR(timex_type_name(x->type), type);
		CHECK_STR(x->value, value);
	}
	timex_list_free(l);
	doc_free(d);
}

/* Checks that nothing in `text` is tagged. */
static void expect_none(const char *text)
{
	struct doc *d = load(text, "2025-11-08");
	struct timex_list *l = timex_find(d);
	for (size_t i = 0; i < l->n; i++)
		fprintf(stderr, "  unexpected: %s\n", l->items[i].value);
	CHECK_EQ(l->n, 0);
	timex_list_free(l);
	doc_free(d);
}

#define A "2025-11-08"

static void test_calendar_dates(void)
{
	expect("He arrived on November 7 in Taipei.", A, "November 7", "DATE", "2025-11-07");
	expect("It closed Nov. 7, 2025, at noon.", A, "Nov. 7, 2025", "DATE", "2025-11-07");
	expect("It was 7 November 2025 then.", A, "7 November 2025", "DATE", "2025-11-07");
	expect("Filed 2025-11-07 by the clerk.", A, "2025-11-07", "DATE", "2025-11-07");
	expect("Filed 11/07/2025 by the clerk.", A, "11/07/2025", "DATE", "2025-11-07");
	expect("They met in March 2013 in Paris.", A, "March 2013", "DATE", "2013-03");
	expect("Prices rose in 2024 again.", A, "2024", "DATE", "2024");
	expect("In July, sales fell.", A, "July", "DATE", "2025-07");
	expect("He said in August's report.", A, "August", "DATE", "2025-08");
	/* a month and day after the anchor: the year before, unless the clause looks ahead or
	 * the date is only weeks ahead (then it is the nearer one) */
	expect("He resigned on April 20.", A, "April 20", "DATE", "2025-04-20");
	expect("He resigned on May 20.", A, "May 20", "DATE", "2025-05-20");
	expect("The deadline is December 20.", A, "December 20", "DATE", "2025-12-20");
	expect("He will resign on October 20.", A, "October 20", "DATE", "2026-10-20");
}

static void test_coarse_dates(void)
{
	expect("It happened in the 1990s.", A, "the 1990s", "DATE", "199");
	expect("Growth slowed in mid-2024.", A, "mid-2024", "DATE", "2024");
	expect("Threats in 2015: a report.", A, "2015", "DATE", "2015"); /* a colon, no time */
	expect("Profit rose in the third quarter.", A, "the third quarter", "DATE", "2025-Q3");
	expect("Third-quarter profit rose.", A, "Third-quarter", "DATE", "2025-Q3");
	expect("Revenue for fiscal 2025 rose.", A, "fiscal 2025", "DATE", "2025");
	expect("They met in spring 2025 again.", A, "spring 2025", "DATE", "2025-SP");
	expect("The 20th century ended.", A, "The 20th century", "DATE", "19");
	expect("It opened in late November.", A, "late November", "DATE", "2025-11");
}

static void test_relative_dates(void)
{
	expect("He spoke on Tuesday.", A, "Tuesday", "DATE", "2025-11-04");
	/* a weekday in a clause hanging on a future one looks ahead; a past main clause does not */
	expect("He will be the first to speak there when he travels on to Paris on Tuesday.", A,
	       "Tuesday", "DATE", "2025-11-11");
	expect("He was the first to speak there when he travelled on to Paris on Tuesday.", A,
	       "Tuesday", "DATE", "2025-11-04");
	expect("He will sign it. He said after he landed on Tuesday that it was done.", A,
	       "Tuesday", "DATE", "2025-11-04");
	expect("He spoke today.", A, "today", "DATE", "2025-11-08");
	expect("He spoke yesterday.", A, "yesterday", "DATE", "2025-11-07");
	expect("He speaks tomorrow.", A, "tomorrow", "DATE", "2025-11-09");
	expect("He spoke this week.", A, "this week", "DATE", "2025-W45");
	expect("He spoke last week.", A, "last week", "DATE", "2025-W44");
	expect("He spoke last month.", A, "last month", "DATE", "2025-10");
	expect("He speaks next year.", A, "next year", "DATE", "2026");
	expect("Earlier this year, he spoke.", A, "Earlier this year", "DATE", "2025");
	expect("He spoke two days ago.", A, "two days ago", "DATE", "2025-11-06");
	expect("He spoke a year ago.", A, "a year ago", "DATE", "2024");
	expect("On November 5 he spoke. The same day, he left.", A, "The same day", "DATE",
	       "2025-11-05");
	expect("On November 5 he spoke. That day, he left.", A, "That day", "DATE", "2025-11-05");
	expect("On November 5 he spoke. The next day, he left.", A, "The next day", "DATE",
	       "2025-11-06");
	/* "last" with a month and a day: that day, the last one before the anchor */
	expect("He was shot last Oct. 23 at his home.", A, "last Oct. 23", "DATE", "2025-10-23");
	expect("He was shot last Nov. 23 at his home.", A, "last Nov. 23", "DATE", "2024-11-23");
	expect("He comes next March 3.", A, "next March 3", "DATE", "2026-03-03");
	expect("Last October 30 people died.", A, "Last October", "DATE", "2025-10");
	/* "later" in a story counts from the year it last named, or from nothing it gives */
	expect("Waite died in 1942. Sixteen years later, she died.", A, "Sixteen years later",
	       "DATE", "1958");
	expect("Seven decades later, he was 75.", A, "Seven decades later", "DATE", "XXX");
}

/* The clause's tense sets which way a bare month or weekday lies from the anchor: a future cue
 * or a scheduled present looks ahead, a past verb back; a modal, "is", an end point ("to Nov.
 * 20") or a date that names a thing ("the Jan. 14 deadline") leave the nearest. */
static void test_tense(void)
{
	/* six months either way: a tie goes back, unless the clause looks ahead */
	expect("The bridge opens in May.", "2025-11-03", "May", "DATE", "2026-05");
	expect("The bridge is to open in May.", "2025-11-03", "May", "DATE", "2026-05");
	expect("The plant is expected to close in May.", "2025-11-03", "May", "DATE", "2026-05");
	expect("The agency plans to rule in May.", "2025-11-03", "May", "DATE", "2026-05");
	expect("The bridge opened in May.", "2025-11-03", "May", "DATE", "2025-05");
	/* a modal leaves the nearest; under a past verb of saying it is a future told in the past,
	 * after the saying (test_timex_tense's test_reported_future) */
	expect("The bridge would open in May.", "2025-11-03", "May", "DATE", "2025-05");
	expect("He said the bridge would open in May.", "2025-11-03", "May", "DATE", "2026-05");
	/* a month just ahead: the nearer one, unless a past verb says it is gone */
	expect("The bridge opened in December.", A, "December", "DATE", "2024-12");
	expect("In December, the company reported a loss.", A, "December", "DATE", "2024-12");
	expect("The company was sold Dec. 2.", A, "Dec. 2", "DATE", "2024-12-02");
	expect("The bridge opens in December.", A, "December", "DATE", "2025-12");
	expect("In July, he said it was over.", A, "July", "DATE", "2025-07");
	/* a weekday: a schedule looks ahead */
	expect("The summit opens Thursday.", A, "Thursday", "DATE", "2025-11-13");
	expect("The summit opened Thursday.", A, "Thursday", "DATE", "2025-11-06");
	expect("Talks are to resume Thursday.", A, "Thursday", "DATE", "2025-11-13");
	/* what a past verb does not date */
	expect("The offer was extended to Nov. 20.", "2025-11-02", "Nov. 20", "DATE", "2025-11-20");
	expect("He gave no reason for the Jan. 14 deadline.", "2025-01-05", "Jan. 14", "DATE",
	       "2025-01-14");
	expect("Try the newly launched classes in February.", "2025-01-27", "February", "DATE",
	       "2025-02");
	expect("Series H preferred shares will be redeemed on Nov. 30.", A, "Nov. 30", "DATE",
	       "2025-11-30");
	expect("A service planned at the university for Saturday was cancelled.", "2025-11-09",
	       "Saturday", "DATE", "2025-11-08");
	expect("In September, it announced plans to buy a rival.", "2025-10-30", "September",
	       "DATE", "2025-09");
	expect("On Friday, when she set aside vacation plans, he left.", "2025-11-10", "Friday",
	       "DATE", "2025-11-07");
	/* a plan told in the past ("was set to") takes the nearer day, either way */
	expect("It was set to dock with the station on Saturday.", "2016-12-01", "Saturday", "DATE",
	       "2016-12-03");
	expect("He was set to receive an endorsement on Friday.", "2016-03-12", "Friday", "DATE",
	       "2016-03-11");
	/* a past verb that does not govern the date */
	expect("He threatened to disrupt the convention in July.", "2016-05-19", "July", "DATE",
	       "2016-07");
	expect("She called November's election a test.", "2016-08-17", "November", "DATE",
	       "2016-11");
	expect("He said the gathering in September would be the last.", "2016-08-22", "September",
	       "DATE", "2016-09");
	expect("Then comes the delegate-packed April 19 primary.", "2016-03-23", "April 19", "DATE",
	       "2016-04-19");
	expect("He was not hopeful about the looming showdown in July.", "2016-04-17", "July",
	       "DATE", "2016-07");
	/* a participle after a noun sets no tense: the clause's verb does */
	expect("About 70% of the ads reserved in December come from super PACs.", "2015-11-27",
	       "December", "DATE", "2015-12");
	expect("The two primaries scheduled for March 15 matter most.", "2016-03-01", "March 15",
	       "DATE", "2016-03-15");
	expect("The reporters cited a poll conducted in December for the paper.", A, "December",
	       "DATE", "2024-12");
	expect("In a report issued in December, the agency warned of delays.", A, "December",
	       "DATE", "2024-12");
	expect("Most of the money arrived in December.", A, "December", "DATE", "2024-12");
	/* a future the old window saw stays */
	expect("The votes won't be counted until March 15.", "2016-02-17", "March 15", "DATE",
	       "2016-03-15");
	expect("He is up for re-election in November and will face a rival.", "2016-06-08",
	       "November", "DATE", "2016-11");
	expect("He denies he'll drop out before Tuesday's primary.", "2016-03-10", "Tuesday",
	       "DATE", "2016-03-15");
	/* a year written out earlier in the clause, far from the anchor's, is the month's */
	expect("In 1941 the Germans reached Kiev in September.", A, "September", "DATE", "1941-09");
	expect("He was extradited in 2014 and pleaded guilty in May.", A, "May", "DATE", "2025-05");
	expect("They met in December 1941 and again in February.", A, "February", "DATE",
	       "1942-02");
	expect("It was founded in 1987, and it bought shares through Sept. 29.", A, "Sept. 29",
	       "DATE", "2025-09-29");
	/* a year that opens the sentence is its time, even the year before the anchor's */
	expect("In 2024 it grew, and in March it shrank.", A, "March", "DATE", "2024-03");
	expect("It grew in 2024, and in March it shrank.", A, "March", "DATE", "2025-03");
	/* a year of history carries on through its paragraph and the next */
	expect("In 1941 the Germans reached Kiev. In September, they attacked Moscow.", A,
	       "September", "DATE", "1941-09");
	expect("In December 1941 Japan struck.\n\nBy February, Singapore had fallen.", A,
	       "February", "DATE", "1942-02");
	/* but not a few years back, paragraphs away or ahead */
	expect("In 2014 he was extradited. In May, he pleaded guilty.", A, "May", "DATE",
	       "2025-05");
	expect("In 1941 the war spread.\n\nIt was long.\n\nIt was cold.\n\nIn September, "
	       "prices rose.",
	       A, "September", "DATE", "2025-09");
	expect("In 1941 the war spread. In September the museum will open.", A, "September", "DATE",
	       "2026-09");
	/* nor in news of its own time, nor after a year that names a thing, nor with a weekday */
	expect("On Friday the court met. In 1973 it ruled. In March, he spoke.", A, "March", "DATE",
	       "2025-03");
	expect("He would overturn the 1973 decision. In March, he spoke.", A, "March", "DATE",
	       "2025-03");
	expect("Lincoln spoke in 1865. I hope that on Nov. 8, the fear of it will vanish.", A,
	       "Nov. 8", "DATE", "2025-11-08");
	expect("He was born in 1965. He dies on Friday, April 4.", A, "Friday, April 4", "DATE",
	       "2025-04-04");
	/* a holiday names its season too: only a future moves it */
	expect("Protesters prayed as Easter week began.", "2000-04-17", "Easter", "DATE",
	       "2000-04-23");
}

static void test_references(void)
{
	expect("Recently, he spoke.", A, "Recently", "DATE", "PAST_REF");
	expect("He is now in Taipei.", A, "now", "DATE", "PRESENT_REF");
	expect("He is currently in Taipei.", A, "currently", "DATE", "PRESENT_REF");
	expect("It was so in the past.", A, "the past", "DATE", "PAST_REF");
	expect("It will be so in the future.", A, "the future", "DATE", "FUTURE_REF");
}

/* "this weekend" told in the past on a weekday is the weekend just gone. */
static void test_this_weekend(void)
{
	/* 2016-09-19 is a Monday, 2016-09-25 a Sunday */
	expect("The mayor told voters this weekend that he would run.", "2016-09-19",
	       "this weekend", "DATE", "2016-W37-WE");
	expect("The mayor will tell voters this weekend that he will run.", "2016-09-19",
	       "this weekend", "DATE", "2016-W38-WE");
	expect("The mayor told voters this weekend that he would run.", "2016-09-25",
	       "this weekend", "DATE", "2016-W38-WE");
}

/* A range's start without a year takes its end's: never the next January in a September paper. */
static void test_range_start_year(void)
{
	const char *sep = "2016-09-29";
	expect("Sales rose between January 1 and September 26.", sep, "January 1", "DATE",
	       "2016-01-01");
	expect("Sales rose from January 4 to September 12.", sep, "January 4", "DATE",
	       "2016-01-04");
	expect("Sales rose from January to August.", sep, "January", "DATE", "2016-01");
	/* across New Year the start is the year before the end */
	expect("The fair runs from December 28 to January 5, 2017.", sep, "December 28", "DATE",
	       "2016-12-28");
	expect("The fair will run from December 28 to January 5.", sep, "December 28", "DATE",
	       "2016-12-28");
	/* no range: the usual year */
	expect("The fair opened on January 4 and closed on March 2.", sep, "January 4", "DATE",
	       "2016-01-04");
	expect("The fair will open January 4 and the shops will close.", sep, "January 4", "DATE",
	       "2017-01-04");
}

/* "today" as these days is PRESENT_REF; the day of the report stays the day. */
static void test_today_nowadays(void)
{
	/* a comparative subject in the present, or a comparison with another time */
	expect("More people are reading news today than ever.", A, "today", "DATE", "PRESENT_REF");
	expect("Fewer children are walking to school today.", A, "today", "DATE", "PRESENT_REF");
	expect("Farmers grow more wheat today than in 1950.", A, "today", "DATE", "PRESENT_REF");
	expect("Shoppers are increasingly paying by phone today.", A, "today", "DATE",
	       "PRESENT_REF");
	/* controls: a day's doing, a comparison with a day, a comparative told in the past */
	expect("The council is meeting today.", A, "today", "DATE", "2025-11-08");
	expect("Prices are higher today than yesterday.", A, "today", "DATE", "2025-11-08");
	expect("More people voted today than last year.", A, "today", "DATE", "2025-11-08");
	expect("Many protesters are marching today.", A, "today", "DATE", "2025-11-08");
	expect("Crowds are increasingly restless by today.", A, "today", "DATE", "2025-11-08");
	expect("The shop sold maps, a trade which today is primarily done online.", A, "today",
	       "DATE", "PRESENT_REF");
	expect("Today, most farmers rent their land.", A, "Today", "DATE", "PRESENT_REF");
	expect("But today, many towns have no bank.", A, "today", "DATE", "PRESENT_REF");
	expect("Even today, the village tends to vote as one.", A, "today", "DATE", "PRESENT_REF");
	expect("The old mill is today a museum of looms.", A, "today", "DATE", "PRESENT_REF");
	expect("The toll road as it is today was built in stages.", A, "today", "DATE",
	       "PRESENT_REF");
	expect("A pension scheme that does not exist today would cost more.", A, "today", "DATE",
	       "PRESENT_REF");
	expect("The ledger today is merely a spreadsheet.", A, "today", "DATE", "PRESENT_REF");
	/* the day itself */
	expect("The mayor said today that the bridge would close.", A, "today", "DATE",
	       "2025-11-08");
	expect("Today's vote on the levy was put off.", A, "Today", "DATE", "2025-11-08");
	expect("The council will meet today to settle the levy.", A, "today", "DATE", "2025-11-08");
	expect("Today is the last day to register.", A, "Today", "DATE", "2025-11-08");
	expect("And today is the day the count ends.", A, "today", "DATE", "2025-11-08");
	expect("The mayor today is in Leeds for a fair.", A, "today", "DATE", "2025-11-08");
	expect("The mayor today is the host of the fair.", A, "today", "DATE", "2025-11-08");
	expect("A bridge which today is the longest in the land.", A, "today", "DATE",
	       "PRESENT_REF");
	expect("The mayor today is expected to resign.", A, "today", "DATE", "2025-11-08");
	expect("The mayor today is visiting the flooded streets.", A, "today", "DATE",
	       "2025-11-08");
	expect("Today, the mayor signed the levy.", A, "Today", "DATE", "2025-11-08");
	expect("The fleet is large, and, today, about 900 boats are at sea.", A, "today", "DATE",
	       "PRESENT_REF");
	expect("Today, about 900 farmers marched to the square.", A, "Today", "DATE", "2025-11-08");
	expect("Today, many farmers will march to the square.", A, "Today", "DATE", "2025-11-08");
}

static void test_times(void)
{
	expect("He spoke at 3 p.m. in Taipei.", A, "3 p.m.", "TIME", "2025-11-08T15:00");
	expect("He spoke at noon.", A, "noon", "TIME", "2025-11-08T12:00");
	expect("He spoke at 10:30 a.m. EST on the record.", A, "10:30 a.m. EST", "TIME",
	       "2025-11-08T10:30");
	expect("It ends at 3 p.m. Friday.", A, "3 p.m. Friday", "TIME", "2025-11-07T15:00");
	expect("He spoke this morning.", A, "this morning", "TIME", "2025-11-08TMO");
	/* a time on a day named after it is on that day */
	expect("Crews came on March 3, and the ferry sailed at 6:30 a.m. the next day.",
	       "2025-03-12", "6:30 a.m. the next day", "TIME", "2025-03-04T06:30");
	expect("Crews came on March 3 and left at noon that day.", "2025-03-12", "noon that day",
	       "TIME", "2025-03-03T12:00");
	/* a time that opens a range is on the day that closes it; alone, on the day in talk */
	expect("It was taken between 8 AM and 9 PM Wednesday.", A, "8 AM", "TIME",
	       "2025-11-05T08:00");
	expect("The store opens from 9 a.m. to 5 p.m. Friday.", A, "9 a.m.", "TIME",
	       "2025-11-07T09:00");
	expect("It opens at 9 a.m. and the sale ends Friday.", A, "9 a.m.", "TIME",
	       "2025-11-08T09:00");
}

static void test_durations_and_sets(void)
{
	expect("It took three years to build.", A, "three years", "DURATION", "P3Y");
	expect("It took 18 months to build.", A, "18 months", "DURATION", "P18M");
	expect("The plan covers the next three years.", A, "the next three years", "DURATION",
	       "P3Y");
	expect("It lasted two decades.", A, "two decades", "DURATION", "P2DE");
	expect("It has lasted for decades.", A, "decades", "DURATION", "PXDE");
	expect("A twenty-four-hour strike.", A, "twenty-four-hour", "DURATION", "PT24H");
	expect("It grows 50% annually.", A, "annually", "SET", "P1Y");
	expect("They meet every week.", A, "every week", "SET", "P1W");
	expect("They meet each month.", A, "each month", "SET", "P1M");
	expect("They meet every Monday.", A, "every Monday", "SET", "XXXX-WXX-1");
}

static void test_chinese(void)
{
	expect("黄仁勋于2025年11月7日抵达台湾。", A, "2025年11月7日", "DATE", "2025-11-07");
	expect("黄仁勋11月7日抵达台湾。", A, "11月7日", "DATE", "2025-11-07");
	expect("今年市场很大。", A, "今年", "DATE", "2025");
	expect("去年市场很大。", A, "去年", "DATE", "2024");
	expect("上周他说。", A, "上周", "DATE", "2025-W44");
	expect("本月他说。", A, "本月", "DATE", "2025-11");
	expect("近日他说。", A, "近日", "DATE", "PAST_REF");
}

static void test_spans(void)
{
	/* TimeML spans: "the" and "last" inside, the preposition outside, no possessive. */
	struct doc *d = load("In the third quarter and last year's report, on Friday.", A);
	struct timex_list *l = timex_find(d);
	CHECK_EQ(l->n, 3);
	if (l->n == 3) {
		CHECK_EQ(l->items[0].span.start, 3);
		CHECK_EQ(l->items[0].span.end, 20);
		CHECK_EQ(l->items[1].span.start, 25);
		CHECK_EQ(l->items[1].span.end, 34);
		CHECK_EQ(l->items[2].span.start, 48);
		CHECK_EQ(l->items[2].span.end, 54);
	}
	timex_list_free(l);
	doc_free(d);
	/* verbs and amounts that look like dates */
	expect_none(
		"You may go. Troops march on. He paid $2000 for 2,000 shares, 1990%, a 6-year-old boy.");
}

/* Holidays by their rule (fixed, n-th weekday, last weekday, Easter), the nearest occurrence,
 * "last"/"next", an explicit year, and the year unknown. */
static void test_holidays(void)
{
	const char *a = "2025-11-08";
	expect("They met on Christmas Eve.", "2025-12-30", "Christmas Eve", "DATE", "2025-12-24");
	expect("They met on Christmas.", "2026-01-10", "Christmas", "DATE", "2025-12-25");
	expect("Stores closed on Thanksgiving Day.", "2024-12-01", "Thanksgiving Day", "DATE",
	       "2024-11-28");
	expect("Last Thanksgiving he left.", a, "Last Thanksgiving", "DATE", "2024-11-28");
	expect("Next Thanksgiving he will come.", a, "Next Thanksgiving", "DATE", "2025-11-27");
	expect("He spoke on Good Friday.", "2024-04-10", "Good Friday", "DATE", "2024-03-29");
	expect("He spoke on Easter Sunday.", "2019-05-01", "Easter Sunday", "DATE", "2019-04-21");
	expect("He spoke on Easter Monday.", "2000-05-01", "Easter Monday", "DATE", "2000-04-24");
	expect("Memorial Day 2019 was hot.", a, "Memorial Day 2019", "DATE", "2019-05-27");
	expect("Labor Day came.", a, "Labor Day", "DATE", "2025-09-01");
	expect("On Mother's Day they ate.", a, "Mother's Day", "DATE", "2025-05-11");
	expect("On Father's Day they ate.", a, "Father's Day", "DATE", "2025-06-15");
	expect("On Presidents' Day they met.", "2025-03-01", "Presidents' Day", "DATE",
	       "2025-02-17");
	expect("On New Year's Day they met.", "2025-01-05", "New Year's Day", "DATE", "2025-01-01");
	expect("On New Year's Eve they met.", "2025-01-05", "New Year's Eve", "DATE", "2024-12-31");
	expect("On Halloween they met.", a, "Halloween", "DATE", "2025-10-31");
	/* a holiday days ahead of the anchor is the coming one, unless a past verb has it as
	 * its time: then it is last year's */
	expect("Veterans Day parades draw crowds.", a, "Veterans Day", "DATE", "2025-11-11");
	expect("On Veterans Day they met.", a, "Veterans Day", "DATE", "2024-11-11");
	expect("Two days before Christmas, they sailed.", a, "Christmas", "DATE", "2024-12-25");
	expect("Sales rose after Christmas.", a, "Christmas", "DATE", "2024-12-25");
	/* controls: a holiday as a season, or a future, stays the coming one */
	expect("Stores stocked up for Christmas.", a, "Christmas", "DATE", "2025-12-25");
	expect("As Christmas approached, shoppers crowded in.", a, "Christmas", "DATE",
	       "2025-12-25");
	expect("The family will sail on Christmas.", a, "Christmas", "DATE", "2025-12-25");
	expect("On Christmas Day they met.", NULL, "Christmas Day", "DATE", "XXXX-12-25");
	expect("On Thanksgiving they met.", NULL, "Thanksgiving", "DATE", "XXXX-11");
	expect("On Easter they met.", NULL, "Easter", "DATE", "XXXX");
	/* the words alone are no holiday */
	expect_none("The new year began with good news for the labor market.");
	expect_none("It was a good start for the mother of the veterans.");
	expect_none("The Independence Party met.");
}

/* A weekday, month or "Today" inside the name of a show, a newspaper or a company is no date;
 * holidays named after a weekday stay holidays. */
static void test_names(void)
{
	expect_none("He said on \"Fox News Sunday\" that taxes would rise.");
	expect_none("He said on \u201CFox News Sunday,\u201D that taxes would rise.");
	expect_none("The Sunday Times reported the deal first.");
	expect_none("He writes a column in the Sunday Metropolitan section.");
	expect_none("Get New York Today in your inbox.");
	expect_none("She told USA Today it was over.");
	expect_none("It heralded \u201CThe World of Tomorrow.\u201D");
	expect_none("The show \"Back to Today\" ended.");
	expect("\u201CTomorrow we march,\u201D he said.", A, "Tomorrow", "DATE", "2025-11-09");
	expect("\u201CWe meet on Sunday.\u201D", A, "Sunday", "DATE", "2025-11-09");
	expect("The company said Today it would rise.", A, "Today", "DATE", "2025-11-08");
	/* dimensions are no years */
	expect_none("The screen has a resolution of 1800 x 1920 per eye.");
	expect_none("A 2048×1536 display.");
	expect_none("Shares of Tuesday Morning Corp. fell.");
	expect_none("He was mocked on Saturday Night Live.");
	expect_none("Order Reprints | Today's Paper | Subscribe");
	expect_none("Shares of May Department Stores rose.");
	/* a month's abbreviation in a name */
	expect_none("They stayed at Mar-a-Lago.");
	expect_none("It came from her friend Jan Piercy.");
	expect_none("Thanks to Jan-Christoph Borchardt.");
	expect("Sales rose in Jan and Feb.", A, "Jan", "DATE", "2025-01");
	/* a year glued to its month by a hyphen keeps it; a month across a dash is a month */
	expect("The figures for Jan-2015 were revised.", A, "Jan-2015", "DATE", "2015-01");
	expect("Output fell in March-2016.", A, "March-2016", "DATE", "2016-03");
	expect("It covers Jan. 2015 to Sept-2016.", A, "Sept-2016", "DATE", "2016-09");
	expect("Sales rose from Jan-March.", A, "March", "DATE", "2025-03");
	expect("Sales rose from March-June.", A, "March", "DATE", "2025-03");
	expect_none("He will march-2016 was the plan.");
	expect("She spoke to reporters on Sunday.", A, "Sunday", "DATE", "2025-11-09");
	expect("She spoke to \"reporters\" on Sunday.", A, "Sunday", "DATE", "2025-11-09");
	expect("On Sunday Trump said the talks were over.", A, "Sunday", "DATE", "2025-11-09");
	expect("Times were hard on Monday.", A, "Monday", "DATE", "2025-11-03");
	expect("Black Friday per nostalgici.", A, "Black Friday", "DATE", "2025-11-28");
	expect("Sales rose on Black Friday.", "2025-12-10", "Black Friday", "DATE", "2025-11-28");
	expect("Sales rose on Cyber Monday.", "2025-12-10", "Cyber Monday", "DATE", "2025-12-01");
	expect("Black voters turned out on Friday.", A, "Friday", "DATE", "2025-11-07");
}

/* A number that ends a row of a table of counts is no year, even in a year's range. */
static void test_count_table(void)
{
	expect_none("Top committers\n\nOliver Wittmann 4309\n\nTsutomu Uchino 1991\n\nSteve Yin "
		    "1010\n");
	expect_none("Votes\nAda Cole 2013\nBen Ruiz 877\n");
	/* a copyright notice's years */
	expect_none("Linux usability. \u00A9 2002, 2003 Jamie Zawinski");
	expect_none("Copyright (c) 2014 IETF Trust and the persons identified.");
	expect_none("Copyright 2010-2014 The Authors.");
	expect("The copyright expired in 2014.", A, "2014", "DATE", "2014");
	/* controls: a year after a preposition, a row with no row beside it, a sentence */
	expect("Oliver Wittmann 4309\n\nTsutomu Uchino joined in 1991\n", A, "1991", "DATE",
	       "1991");
	expect("The archive.\n\nTsutomu Uchino 1991\n\nThe end.\n", A, "1991", "DATE", "1991");
	expect("Oliver Wittmann 4309\n\nThe project began 1991 with Tsutomu Uchino and many "
	       "others who wrote code for it over the years that followed\n",
	       A, "1991", "DATE", "1991");
}

/* A year followed by a comma and a number is a year, unless the digits run on ("2,012,430"). */
/* A list or range of dates writes its year once, at its end: each member takes it. */
static void test_shared_year(void)
{
	expect("Hearings were set for August and October of 2014.", A, "August", "DATE", "2014-08");
	expect("The band toured in May and June 2012, then rested.", A, "May", "DATE", "2012-05");
	expect("It sold well in May, June and July 2012.", A, "May", "DATE", "2012-05");
	expect("It sold well in May, June and July 2012.", A, "June", "DATE", "2012-06");
	expect("The vote was held on March 3 and 4, 2019.", A, "March 3", "DATE", "2019-03-03");
	expect("They met on 4 August and 6 October 2014.", A, "4 August", "DATE", "2014-08-04");
	expect("From Sept. 2 through Oct. 9, 2013, it was shut.", A, "Sept. 2", "DATE",
	       "2013-09-02");
	/* a range over New Year: the month before the year's own is in the year before */
	expect("The season ran from December to February 2015.", A, "December", "DATE", "2014-12");
	/* controls: anything but a joiner between them, or a number that is no day */
	expect("In May and in 2012 he moved.", A, "May", "DATE", "2025-05");
	expect("On March 3 and 4 people were hurt in 2019.", A, "March 3", "DATE", "2025-03-03");
	expect("In May the plant shut; June 2012 was worse.", A, "May", "DATE", "2025-05");
	expect("It opened in August — October 2014 was its best month.", A, "August", "DATE",
	       "2025-08");
}

static void test_year_then_number(void)
{
	expect("In 2012, 43 percent of the money came from small donors.", A, "2012", "DATE",
	       "2012");
	expect_none("They counted 2012,43 votes.");
}

/* Years said in words, as transcripts write them, and numbers in words that are no year. */
static void test_spelled_years(void)
{
	const char *a = "2025-11-08";
	expect("In nineteen ninety-six he left.", a, "nineteen ninety-six", "DATE", "1996");
	expect("Twenty twenty-five was good.", a, "Twenty twenty-five", "DATE", "2025");
	expect("By the year two thousand and one it was over.", a, "the year two thousand and one",
	       "DATE", "2001");
	expect("By the year two thousand it was over.", a, "the year two thousand", "DATE", "2000");
	expect("In January nineteen ninety-seven they met.", a, "January nineteen ninety-seven",
	       "DATE", "1997-01");
	expect_none("He had nineteen twenty-dollar bills.");
	expect_none("She sold two thousand copies.");
}

static void test_year_unknown(void)
{
	expect("He arrived on November 7.", NULL, "November 7", "DATE", "XXXX-11-07");
	expect("He arrived in July.", NULL, "July", "DATE", "XXXX-07");
	expect("On November 7 he came. The same day he left.", NULL, "The same day", "DATE",
	       "XXXX-11-07");
	expect("Earlier this year he came.", NULL, "Earlier this year", "DATE", "XXXX");
	expect("He came on Tuesday.", NULL, "Tuesday", "DATE", "XXXX-WXX-2");
	expect("He came in 2019.", NULL, "2019", "DATE", "2019");
}

static void test_anchor(void)
{
	const char *text = "Chip maker eyes return\n\nBy a desk\nNovember 8, 2025\n\n"
			   "TAIPEI — He landed on November 7 and spoke.\n";
	struct doc *d = load(text, NULL);
	struct date a = {0, 0, 0};
	CHECK(timex_find_anchor(d, &a));
	CHECK_EQ(a.year, 2025);
	CHECK_EQ(a.month, 11);
	CHECK_EQ(a.day, 8);
	doc_free(d);

	d = load("No date here at all.\n\nJust text on July 4 about things.\n", NULL);
	CHECK(!timex_find_anchor(d, &a));
	doc_free(d);
}

/* A weekend sorts at its Saturday, the day its label names: "weekend of Nov 8" after Tuesday
 * and Thursday of its week, not at its Monday; a week ("last week") stays at its Monday, before
 * the days it holds. */
static void weekend_at_saturday(void)
{
	const char *text = "This weekend, the harbour fair opens again.\n\n"
			   "On Tuesday, the council voted on the plan. On Thursday, the mayor "
			   "signed it.\n\n"
			   "On October 28, the port board met. Last week, the board wrote to the "
			   "council.\n";
	struct doc *d = load(text, A);
	struct timex_list *l = timex_find(d);
	CHECK_EQ(l->nevents, 5);
	if (l->nevents == 5) {
		CHECK_STR(l->events[0].label, "week of Oct 27, 2025");
		CHECK_STR(l->events[1].label, "Oct 28, 2025");
		CHECK_STR(l->events[2].label, "Nov 4, 2025");
		CHECK_STR(l->events[3].label, "Nov 6, 2025");
		CHECK_STR(l->events[4].label, "weekend of Nov 8, 2025");
	}
	timex_list_free(l);
	doc_free(d);
}

/* "through Sunday" bounds the event as "until Sunday" does ("will stay through Sunday": until
 * Nov 9); "halfway through 2026" is in the year, no signal. */
static void through_reads_until(void)
{
	const char *text = "The guards will stay in the city through Sunday.\n\n"
			   "Halfway through 2026, the harbour plan was late.\n";
	struct doc *d = load(text, A);
	struct timex_list *l = timex_find(d);
	CHECK_EQ(l->nevents, 2);
	if (l->nevents == 2) {
		CHECK_STR(l->events[0].label, "until Nov 9, 2025");
		CHECK_STR(timex_event_signal(&l->events[0]), "until");
		CHECK_STR(l->events[1].label, "2026");
		CHECK(timex_event_signal(&l->events[1]) == NULL);
	}
	timex_list_free(l);
	doc_free(d);
}

static void test_events(void)
{
	const char *text = "Earlier this year, the ban came.\n\n"
			   "On July 3, regulators met NVIDIA. In July, they wrote a letter.\n\n"
			   "On October 28, Huang spoke in Washington. It grows annually. "
			   "It took three years. Recently, it rose.\n";
	struct doc *d = load(text, A);
	struct timex_list *l = timex_find(d);
	CHECK_EQ(l->nevents, 4);
	if (l->nevents == 4) {
		CHECK_STR(l->events[0].label, "earlier in 2025"); /* TimeML's mod START */
		CHECK_STR(l->events[1].label, "Jul 2025");        /* coarser before finer */
		CHECK_STR(l->events[2].label, "Jul 3, 2025");
		CHECK_STR(l->events[3].label, "Oct 28, 2025");
		CHECK_STR(timex_event_label_short(&l->events[3]), "Oct 28");
		CHECK_STR(timex_event_iso(&l->events[3]), "2025-10-28");
		CHECK_STR(timex_event_iso(&l->events[1]), "2025-07");
		CHECK_STR(timex_event_iso(&l->events[0]), "2025");
		CHECK_EQ(l->events[3].year, 2025);
		CHECK_STR(timex_event_summary(l, 3), "On October 28, Huang spoke in Washington");
		CHECK_STR(timex_event_summary(l, 2), "On July 3, regulators met NVIDIA");
		CHECK_EQ(l->events[3].paragraph, 2);
		/* the pane shows the year on the first event of the year only */
		CHECK_STR(timex_event_pane_label(l, 0, 2025), "earlier in 2025");
		CHECK_STR(timex_event_pane_label(l, 2, 2025), "Jul 3");
		CHECK_STR(timex_event_pane_label(l, 2, 2024), "Jul 3, 2025");
	}
	timex_list_free(l);
	doc_free(d);

	/* a date line sharing a block with the byline dates the article, not an event; two
	 * expressions of one sentence naming one date make one event */
	d = load("Chip maker looks east\n\nBy a staff writer\nNovember 8, 2025\n\n"
		 "The chief reached Taipei on November 7.\n\n"
		 "Two days earlier, on November 5, the chief was in London.\n",
		 A);
	l = timex_find(d);
	CHECK_EQ(l->nevents, 2);
	if (l->nevents == 2) {
		CHECK_STR(l->events[0].label, "Nov 5, 2025");
		CHECK_STR(l->events[1].label, "Nov 7, 2025");
		/* both expressions of the phrase leave the summary */
		CHECK_STR(timex_event_summary(l, 0),
			  "Two days earlier, on November 5, the chief was in London");
	}
	timex_list_free(l);
	doc_free(d);

	/* a dateline opening the paragraph is no part of the summary */
	d = load("Title\n\nWASHINGTON (Reuters) - The senator said on Tuesday that talks would "
		 "resume.\n\nBEIJING, Nov. 7 -- Officials met on Nov. 7.\n\n"
		 "NATO said on Monday it was ready.\n",
		 A);
	l = timex_find(d);
	CHECK_EQ(l->nevents, 3);
	if (l->nevents == 3) {
		CHECK_STR(timex_event_summary(l, 0), "NATO said on Monday it was ready");
		CHECK_STR(timex_event_summary(l, 1),
			  "The senator said on Tuesday that talks would resume");
		CHECK_STR(timex_event_summary(l, 2), "Officials met on Nov. 7");
	}
	timex_list_free(l);
	doc_free(d);

	/* a year other than the anchor's shows in the label */
	d = load("In July 2023, it began. On Oct. 2, 2024, it ended.", A);
	l = timex_find(d);
	CHECK_EQ(l->nevents, 2);
	if (l->nevents == 2) {
		CHECK_STR(l->events[0].label, "Jul 2023");
		CHECK_STR(l->events[1].label, "Oct 2, 2024");
	}
	timex_list_free(l);
	doc_free(d);
}

/* Labels in the words people use, the year said, an unknown year said in words. */
static void expect_label(const char *value, const char *full, const char *brief)
{
	char out[48];
	bool ok = timex_value_label(value, true, out, sizeof(out));
	CHECK_STR(out, full);
	CHECK(ok == (full[0] != '\0'));
	timex_value_label(value, false, out, sizeof(out));
	CHECK_STR(out, brief);
}

static void test_labels(void)
{
	expect_label("2025-10-28", "Oct 28, 2025", "Oct 28");
	expect_label("2025-07", "Jul 2025", "Jul");
	expect_label("2025", "2025", "2025");
	expect_label("2025-W46", "week of Nov 10, 2025", "week of Nov 10");
	/* a weekend by its Saturday; one whose Saturday is in the next year by its week */
	expect_label("2016-W38-WE", "weekend of Sep 24, 2016", "weekend of Sep 24");
	expect_label("2015-W53-WE", "week of Dec 28, 2015", "week of Dec 28");
	expect_label("2025-Q3", "Q3 2025", "Q3");
	expect_label("2025-H1", "first half of 2025", "first half");
	expect_label("2025-SU", "summer 2025", "summer");
	expect_label("199", "1990s", "1990s");
	expect_label("19", "20th century", "20th century");
	expect_label("20", "21st century", "21st century");
	expect_label("2025-11-07T15:00", "Nov 7, 2025, 3 p.m.", "Nov 7, 3 p.m.");
	expect_label("2025-11-07T09:30", "Nov 7, 2025, 9:30 a.m.", "Nov 7, 9:30 a.m.");
	expect_label("2025-11-07TNI", "Nov 7, 2025, night", "Nov 7, night");
	expect_label("XXXX-07", "Jul, year unknown", "Jul ?");
	expect_label("XXXX-11-07", "Nov 7, year unknown", "Nov 7 ?");
	expect_label("XXXX-SU", "summer, year unknown", "summer ?");
	/* nothing a reader can place */
	expect_label("XXXX", "", "");
	expect_label("XXXX-WXX-5", "", "");
	expect_label("XXXX-XX-XXT13:00", "", "");
	expect_label("PAST_REF", "", "");
	expect_label("P3Y", "", "");
}

/* The summary of the event labelled `label` in `text`, or NULL (the caller frees nothing: the
 * string lives in *lp, freed with timex_list_free()). */
static const char *summary_of(const char *text, const char *anchor, const char *label,
			      struct doc **dp, struct timex_list **lp)
{
	*dp = load(text, anchor);
	*lp = timex_find(*dp);
	for (size_t i = 0; i < (*lp)->nevents; i++)
		if (strcmp((*lp)->events[i].label, label) == 0)
			return timex_event_summary(*lp, i);
	fprintf(stderr, "  no event labelled \"%s\" in \"%s\"\n", label, text);
	return NULL;
}

static void expect_summary(const char *text, const char *anchor, const char *label,
			   const char *want)
{
	struct doc *d;
	struct timex_list *l;
	const char *got = summary_of(text, anchor, label, &d, &l);
	CHECK(got != NULL);
	if (got)
		CHECK_STR(got, want);
	timex_list_free(l);
	doc_free(d);
}

/* The summary of the only event of text, named as the front ends show it: timex_find_named(). */
static void expect_named(const char *text, const char *want)
{
	struct doc *d = load(text, A);
	struct timex_list *l = timex_find_named(d, NULL);
	CHECK_EQ(l->nevents, 1);
	if (l->nevents == 1)
		CHECK_STR(timex_event_summary(l, 0), want);
	timex_list_free(l);
	doc_free(d);
}

static void test_summary_ends(void)
{
	/* "p.m." before a capital ends no sentence: no summary opens on "Tuesday to the time" */
	expect_summary(
		"Officials described six hours from the time Yoon declared martial law "
		"around 10:30 p.m. Tuesday to the time he lifted the order around 4:30 a.m. "
		"Wednesday.",
		A, "around Nov 5, 2025, 4:30 a.m.",
		"Officials described six hours from the time Yoon declared martial law around "
		"10:30 p.m. Tuesday to the time he lifted the order around 4:30 a.m. "
		"Wednesday");
	/* a pronoun after a short opening phrase is named like one that opens the summary */
	expect_named(
		"Barack Obama spoke to the BBC. With 18 months left in power, he said in 2009 "
		"that gun laws had failed.",
		"With 18 months left in power, Barack Obama said in 2009 that gun laws had failed");
	/* so after a longer one, or after two commas (session 44); not after one that names a
	 * man, whom the resolver may take for "he" */
	expect_named(
		"Barack Obama spoke. In a long interview that ran for an hour on the radio and "
		"on television, he said in 2009 that laws failed.",
		"In a long interview that ran for an hour on the radio and on television, Barack "
		"Obama said in 2009 that laws failed");
	expect_named(
		"Barack Obama spoke. In an interview with Tom Reyes on the radio, he said in "
		"2009 that laws failed.",
		"In an interview with Tom Reyes on the radio, he said in 2009 that laws failed");
	/* parentheses around the whole summary go, and so does one without its partner */
	expect_summary("Prices rose. (The seagull was deposed in 1972 by an organizer.)", A, "1972",
		       "The seagull was deposed in 1972 by an organizer");
	expect_summary("The cap (set in 1960 by Lorenz) held.", A, "1960",
		       "The cap (set in 1960 by Lorenz) held");
}

static void test_summaries(void)
{
	/* the clause the date belongs to */
	const char *huawei = "Huawei said in September that it would release chips every year, and "
			     "analysts expect domestic makers to take most of the market by 2027.";
	expect_summary(huawei, A, "by 2027",
		       "Analysts expect domestic makers to take most of the market by 2027");
	expect_summary(huawei, A, "Sep 2025",
		       "Huawei said in September that it would release chips every year");
	expect_summary("After rebels staged an uprising in 2003, security forces cracked down.", A,
		       "2003", "Rebels staged an uprising in 2003");
	expect_summary("The program, which was created in 1990, has expanded beyond its intent.", A,
		       "1990", "The program was created in 1990");
	expect_summary("Alibaba, Tencent, and ByteDance have increased investments in 2024.", A,
		       "2024",
		       "Alibaba, Tencent, and ByteDance have increased investments in 2024");
	/* no fragment where the date was cut out */
	expect_summary("Black Friday per nostalgici: the sale returns.", A, "Nov 28, 2025",
		       "Black Friday per nostalgici");
	expect_summary("The last major attack was in 2002, when militants struck.", A, "2002",
		       "The last major attack was in 2002, when militants struck");
	expect_summary("Mr. Obama won handily in 2008 and 2012 in those states.", A, "2008",
		       "Mr. Obama won handily in 2008 and 2012 in those states");
	expect_summary("The board discussed it at August's meeting in Paris.", A, "Aug 2025",
		       "The board discussed it at August's meeting in Paris");
	expect_summary("The rule takes effect beginning in January across the state.", A,
		       "Jan 2026", "The rule takes effect beginning in January across the state");
	/* (a participle of a plural noun before "today" is these days, no event: dates41) */
	expect_summary("It was a guide for the crews working Thursday.", A, "Nov 6, 2025",
		       "It was a guide for the crews working Thursday");
	expect_summary("He wrote in a blog post published Thursday.", A, "Nov 6, 2025",
		       "He wrote in a blog post published Thursday");
	expect_summary("Neon might glow again, just as it did in 1912.", A, "1912",
		       "Neon might glow again, just as it did in 1912");
	expect_summary("The IMF announced Tuesday that it is lowering its forecast.", A,
		       "Nov 4, 2025", "The IMF announced Tuesday that it is lowering its forecast");
	expect_summary("Officials said late Thursday that talks would resume.", A, "Nov 6, 2025",
		       "Officials said late Thursday that talks would resume");
	/* no leading filler */
	expect_summary("For example, in September, Huawei announced a roadmap for its chips.", A,
		       "Sep 2025", "In September, Huawei announced a roadmap for its chips");
	expect_summary("Meanwhile, on July 3, regulators met NVIDIA in Beijing.", A, "Jul 3, 2025",
		       "On July 3, regulators met NVIDIA in Beijing");
	expect_summary("The week before, on October 28, Huang spoke in Washington.", A,
		       "Oct 28, 2025", "On October 28, Huang spoke in Washington");
	expect_summary("Two days earlier, on November 5, Huang was in London.", A, "Nov 5, 2025",
		       "On November 5, Huang was in London");
	expect_summary("A little over half a century ago, chaos spilled out of an experiment.", A,
		       "20th century",
		       "A little over half a century ago, chaos spilled out of an experiment");
	/* speech as speech, never a bare quotation */
	expect_summary(
		"\"China will decide,\" Huang said on Friday. \"We will be ready.\"", A,
		"Nov 7, 2025",
		"Huang said: \u201CChina will decide\u201D and \u201CWe will be ready.\u201D");
	expect_summary("Huang said on Friday: \"China will decide.\"", A, "Nov 7, 2025",
		       "Huang said: \u201CChina will decide.\u201D");
	expect_summary("\u201CWe are ready,\u201D said Huang on Friday.", A, "Nov 7, 2025",
		       "Huang said: \u201CWe are ready\u201D");
	expect_summary("\u201CWe met them on Friday and talked for hours.\u201D\n\nOther news.\n",
		       A, "Nov 7, 2025", "\u201CWe met them on Friday and talked for hours.\u201D");
	expect_summary("\u201CWe met them on Friday.\u201D Forte said.", A, "Nov 7, 2025",
		       "Forte said: \u201CWe met them on Friday.\u201D");
}

/* A summary's "he" or "she" names the person the coreference resolves it to. */
static void test_subjects(void)
{
	struct doc *d =
		load("Chip maker looks east\n\nHuang Renxun, the chief executive, landed in "
		     "Taipei.\n\n\"China will decide,\" he said on Friday. \"We will be "
		     "ready.\"\n\nShe met him on November 5 in London.\n",
		     A);
	struct timex_list *l = timex_find(d);
	CHECK_EQ(l->nevents, 2);
	if (l->nevents == 2) {
		/* as written until named */
		CHECK_STR(
			timex_event_summary(l, 1),
			"He said: \u201CChina will decide\u201D and \u201CWe will be ready.\u201D");
		CHECK(timex_has_subjects(l));
		struct coref *c = coref_build(d);
		timex_name_subjects(l, d, c);
		timex_name_subjects(l, d, c); /* a second call changes nothing */
		coref_free(c);
		CHECK_STR(timex_event_summary(l, 1),
			  "Huang Renxun said: \u201CChina will decide\u201D and "
			  "\u201CWe will be ready.\u201D");
		/* "she" has no woman to stand for: left as written */
		CHECK_STR(timex_event_summary(l, 0), "She met him on November 5 in London");
	}
	timex_name_subjects(l, d, NULL);
	timex_list_free(l);
	doc_free(d);
}

/* A lean list (timex_find_lean) makes each summary when asked for, the pronoun named as the full
 * list names it, and holds one copy of each value and label. */
static void test_lean(void)
{
	struct doc *d =
		load("Chip maker looks east\n\nHuang Renxun, the chief executive, landed in "
		     "Taipei on November 3.\n\n\"China will decide,\" he said on Friday. \"We will "
		     "be ready.\"\n\nShe met him on November 5 in London. Two days earlier, on "
		     "November 3, talks began; in 2026 they end.\n",
		     A);
	struct timex_list *full = timex_find(d), *lean = timex_find_lean(d);
	struct coref *c = coref_build(d);
	timex_name_subjects(full, d, c);
	REQUIRE(lean->nevents == full->nevents && lean->n == full->n);
	CHECK(lean->nevents >= 4);
	for (size_t i = 0; i < lean->nevents; i++)
		CHECK(lean->summaries[i] == NULL); /* none made yet */
	/* named after the list was found, before its summaries are made */
	timex_name_subjects(lean, d, c);
	coref_free(c);
	for (size_t i = 0; i < lean->nevents; i++) {
		const struct event *a = &full->events[i], *b = &lean->events[i];
		CHECK_EQ(a->timex, b->timex);
		CHECK_STR(a->label, b->label);
		CHECK_STR(timex_event_label_short(a), timex_event_label_short(b));
		CHECK_STR(timex_event_iso(a), timex_event_iso(b));
		CHECK_STR(timex_event_summary(full, i), timex_event_summary(lean, i));
		CHECK(timex_event_summary(lean, i) == lean->summaries[i]); /* kept once made */
	}
	bool named = false;
	for (size_t i = 0; i < lean->nevents; i++)
		named = named ||
			strncmp(timex_event_summary(lean, i), "Huang Renxun said", 17) == 0;
	CHECK(named);
	/* one copy of each value: both "November 3" share it */
	const char *nov3 = NULL;
	for (size_t i = 0; i < lean->n; i++) {
		if (strcmp(lean->items[i].value, "2025-11-03") != 0)
			continue;
		if (nov3)
			CHECK(lean->items[i].value == nov3);
		nov3 = lean->items[i].value;
	}
	CHECK(nov3 != NULL);
	timex_list_free(full);
	timex_list_free(lean);
	doc_free(d);
}

/* The events a reader can use: placeable, one per sentence and date, not the page's stamps. */
static void test_event_rules(void)
{
	struct doc *d = load("He came on Tuesday. Earlier this year he left. He arrived in July. "
			     "At 6 a.m. he woke.",
			     NULL);
	struct timex_list *l = timex_find(d);
	CHECK_EQ(l->nevents, 1);
	if (l->nevents == 1) {
		CHECK_STR(l->events[0].label, "Jul, year unknown");
		CHECK_STR(timex_event_label_short(&l->events[0]), "Jul ?");
		CHECK_STR(timex_event_iso(&l->events[0]), "");
		CHECK_EQ(l->events[0].year, 0);
	}
	timex_list_free(l);
	doc_free(d);

	/* one event per sentence and date, whatever the times */
	d = load("On November 7 the show aired from 6 a.m. to 9 a.m. on the radio.", A);
	l = timex_find(d);
	CHECK_EQ(l->nevents, 1);
	timex_list_free(l);
	doc_free(d);

	/* stamps of the page are no events */
	d = load("Halibut and Amazon\n\nApril 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 "
		 "pm\n\nThe boat left Seattle on April 21.\n\nA version of this article appears in "
		 "print on April 30, 2019, on Page A7.\n",
		 "2019-04-29");
	l = timex_find(d);
	CHECK_EQ(l->nevents, 1);
	if (l->nevents == 1)
		CHECK_STR(l->events[0].label, "Apr 21, 2019");
	timex_list_free(l);
	doc_free(d);

	/* unknown years last, known years in order */
	d = load("He arrived in July. In 2019 he left. In 2012 he came.", NULL);
	l = timex_find(d);
	CHECK_EQ(l->nevents, 3);
	if (l->nevents == 3) {
		CHECK_STR(l->events[0].label, "2012");
		CHECK_STR(l->events[1].label, "2019");
		CHECK_STR(l->events[2].label, "Jul, year unknown");
		CHECK_STR(timex_event_pane_label(l, 2, 0), "Jul, year unknown");
	}
	timex_list_free(l);
	doc_free(d);
}

/* The label of the only event of text (anchored at A), or "" when there is not one event. */
static void expect_event_label(const char *text, const char *want)
{
	struct doc *d = load(text, A);
	struct timex_list *l = timex_find(d);
	CHECK_EQ(l->nevents, 1);
	CHECK_STR(l->nevents == 1 ? l->events[0].label : "", want);
	timex_list_free(l);
	doc_free(d);
}

/* "since", "until" and "by" make a date a span's end or a deadline, not the event's time: the
 * label says so, the date keeps its value. */
static void test_span_signals(void)
{
	expect_event_label("The nation has traded freely since the 1990s.", "since 1990s");
	expect("For the first time since the 1990s, the nation will trade freely.", A, "the 1990s",
	       "DATE", "199");
	expect_event_label("He has held the seat since 2001.", "since 2001");
	expect_event_label("Pennsylvania had a Republican governor until 2015.", "until 2015");
	expect_event_label("He stayed in Paris till 2015.", "until 2015");
	expect_event_label("The state will cut emissions by 2030.", "by 2030");
	/* controls: the event at the date */
	expect_event_label("In the 1990s, he lived in Khartoum.", "1990s");
	expect_event_label("The first layoffs will not begin until 2017.", "2017");
	expect_event_label("It wasn't until 2012 that the party raised the bar.", "2012");
	expect_event_label("The town was hit by Monday's storm.", "Nov 3, 2025");
	expect_event_label("He was elected in 2001.", "2001");

	/* the word is the event's signal, and the short label keeps it */
	struct doc *d = load("Talks will run until December 12. Talks began in May.", A);
	struct timex_list *l = timex_find(d);
	CHECK_EQ(l->nevents, 2);
	if (l->nevents == 2) {
		CHECK(timex_event_signal(&l->events[0]) == NULL);
		CHECK_STR(timex_event_signal(&l->events[1]), "until");
		CHECK_STR(timex_event_label_short(&l->events[1]), "until Dec 12");
		CHECK_STR(timex_event_iso(&l->events[1]), "2025-12-12");
	}
	timex_list_free(l);
	doc_free(d);
}

/* "after" and "before" place the event beside the date, not at it ("After Easter, the crew
 * sailed" is not an event of Easter day): the label says so, the date keeps its value. A day
 * counted from the date ("The day after Easter", "Two days before March 3") is the event's own
 * day (test_timex_lead38.c). */
static void test_offset_signals(void)
{
	expect_event_label("The day after Easter, the crew loaded the boat.", "Apr 21, 2025");
	expect_event_label("After Easter, the crew loaded the boat.", "after Apr 20, 2025");
	expect_event_label("Two days before March 3, they sailed.", "Mar 1, 2025");
	expect_event_label("People born on or before 31 December 2005 are citizens.",
			   "before Dec 31, 2005");
	expect("Two days before March 3, they sailed.", A, "March 3", "DATE", "2025-03-03");
	/* "before" with a possessive is still the offset; "by" with one names the agent */
	expect_event_label("The crew left before 2019's storm season.", "before 2019");
	expect_event_label("The town was hit by 2019's storm season.", "2019");
	/* controls: the event at the date */
	expect_event_label("On Easter, the crew loaded the boat.", "Apr 20, 2025");
	expect_event_label("He was elected in 2001 after a long race.", "2001");

	struct doc *d = load("The talks resumed after November 2.", A);
	struct timex_list *l = timex_find(d);
	CHECK_EQ(l->nevents, 1);
	if (l->nevents == 1) {
		CHECK_STR(timex_event_signal(&l->events[0]), "after");
		CHECK_STR(timex_event_iso(&l->events[0]), "2025-11-02");
	}
	timex_list_free(l);
	doc_free(d);
}

/* A part of a month or a year ("the end of the year": TimeML's value 2025, mod END) is in the
 * label, and the middle or the end sorts inside its year; "earlier this year" in the first days
 * of January keeps its words (what it names is most likely last year's). */
static void test_part_labels(void)
{
	expect_event_label("The board hopes to settle before the end of the year.",
			   "before end of 2025");
	expect("The board hopes to settle before the end of the year.", A, "the end of the year",
	       "DATE", "2025");
	expect_event_label("Prices rose in late March.", "late Mar 2025");
	expect_event_label("The plant closed in mid-2024.", "mid-2024");
	expect_event_label("Earlier this year, the firm cut jobs.", "earlier in 2025");
	/* controls: no part; a day keeps its label ("later Monday") */
	expect_event_label("Prices rose in March.", "Mar 2025");
	expect_event_label("The talks resume later Monday.", "Nov 3, 2025");

	struct doc *d = load("Sales fell at the end of the year. Sales rose on Oct. 3.", A);
	struct timex_list *l = timex_find(d);
	CHECK_EQ(l->nevents, 2);
	if (l->nevents == 2) {
		CHECK_STR(l->events[0].label, "Oct 3, 2025");
		CHECK_STR(l->events[1].label, "end of 2025");
	}
	timex_list_free(l);
	doc_free(d);

	d = load("Earlier this year, the firm cut jobs.", "2026-01-04");
	l = timex_find(d);
	CHECK_EQ(l->nevents, 1);
	if (l->nevents == 1) {
		CHECK_STR(l->events[0].label, "earlier this year");
		/* placed in the year it most likely names, the value staying 2026 */
		CHECK_STR(timex_event_iso(&l->events[0]), "2025");
	}
	timex_list_free(l);
	doc_free(d);
	d = load("Earlier this year, the firm cut jobs.", "2026-01-20"); /* control */
	l = timex_find(d);
	CHECK_STR(l->nevents == 1 ? l->events[0].label : "", "earlier in 2026");
	timex_list_free(l);
	doc_free(d);
}

/* "tonight" in a quotation is the night the words were said: the tag's day, else the night
 * before the anchor that the article names outside quotations; without either, the anchor's. */
static void test_quoted_tonight(void)
{
	expect("\u201cWe will vote tonight,\u201d the senator said Monday.", "2025-11-11",
	       "tonight", "TIME", "2025-11-10TNI");
	expect("The debate ran late on Monday night.\n\n\u201cHe won tonight,\u201d she said.",
	       "2025-11-11", "tonight", "TIME", "2025-11-10TNI");
	/* controls: nothing tells; "tonight" outside the quotation; a night in a quotation */
	expect("\u201cWe vote tonight,\u201d she said.", "2025-11-11", "tonight", "TIME",
	       "2025-11-11TNI");
	expect("The debate ran late on Monday night. The council meets tonight.", "2025-11-11",
	       "tonight", "TIME", "2025-11-11TNI");
	expect("\u201cOn Monday night we ate.\u201d \u201cWe vote tonight,\u201d she said.",
	       "2025-11-11", "tonight", "TIME", "2025-11-11TNI");
}

static void test_pathological(void)
{
	/* 60,000 date-like tokens in a row: must finish, linearly */
	struct buf b = BUF_INIT;
	for (int i = 0; i < 60000; i++)
		buf_puts(&b, i % 3 == 0 ? "November " : i % 3 == 1 ? "7, " : "2025 ");
	struct doc *d = load(b.data, A);
	struct timex_list *l = timex_find(d);
	size_t len;
	const char *t = doc_text(d, &len);
	/* each "November 7, 2025" once, where it is */
	REQUIRE_EQ(l->n, 20000);
	for (size_t i = 0; i < l->n; i++) {
		const struct timex *x = &l->items[i];
		if (x->span.start != 17 * i || x->span.end != 17 * i + 16 ||
		    strcmp(x->value, "2025-11-07") != 0) {
			CHECK_EQ(x->span.start, 17 * i);
			CHECK_EQ(x->span.end, 17 * i + 16);
			CHECK_STR(x->value, "2025-11-07");
			break;
		}
	}
	timex_list_free(l);
	doc_free(d);
	buf_clear(&b);
	for (int i = 0; i < 60000; i++)
		buf_puts(&b, "the last two years ago next Friday 3 p.m. ");
	d = load(b.data, A);
	l = timex_find(d);
	t = doc_text(d, &len);
	/* three expressions in every unit, in text order, inside the text */
	REQUIRE_EQ(l->n, 180000);
	for (size_t i = 0; i < l->n; i++) {
		const struct timex *x = &l->items[i];
		bool ordered = x->span.start < x->span.end && x->span.end <= len &&
			       (i == 0 || l->items[i - 1].span.end <= x->span.start);
		bool friday = i % 3 != 1 || (x->span.end - x->span.start == 11 &&
					     memcmp(t + x->span.start, "next Friday", 11) == 0 &&
					     strcmp(x->value, "2025-11-14") == 0);
		if (!ordered || !friday) {
			fprintf(stderr, "  timex %zu: [%zu,%zu) %s\n", i, x->span.start,
				x->span.end, x->value);
			CHECK(ordered);
			CHECK(friday);
			break;
		}
	}
	timex_list_free(l);
	doc_free(d);
	buf_free(&b);

	/* impossible dates are not dates */
	d = load("It was 31 February. It was 13/45/2025. It was 2025-02-30.", A);
	l = timex_find(d);
	for (size_t i = 0; i < l->n; i++) {
		CHECK(strstr(l->items[i].value, "-02-31") == NULL);
		CHECK(strstr(l->items[i].value, "-02-30") == NULL);
		CHECK(strstr(l->items[i].value, "45") == NULL);
	}
	timex_list_free(l);
	doc_free(d);

	/* empty text, NUL bytes, lone digits */
	d = load("", A);
	l = timex_find(d);
	CHECK_EQ(l->n, 0);
	timex_list_free(l);
	doc_free(d);
	timex_list_free(NULL);
}

int main(void)
{
	CHECK(tx_clause_check());
	CHECK(tx_tense_check());
	RUN(test_calendar_dates);
	RUN(test_coarse_dates);
	RUN(test_relative_dates);
	RUN(test_tense);
	RUN(test_references);
	RUN(test_today_nowadays);
	RUN(test_range_start_year);
	RUN(test_this_weekend);
	RUN(test_times);
	RUN(test_durations_and_sets);
	RUN(test_chinese);
	RUN(test_spans);
	RUN(test_holidays);
	RUN(test_names);
	RUN(test_shared_year);
	RUN(test_count_table);
	RUN(test_year_then_number);
	RUN(test_spelled_years);
	RUN(test_year_unknown);
	RUN(test_anchor);
	RUN(test_events);
	RUN(weekend_at_saturday);
	RUN(through_reads_until);
	RUN(test_labels);
	RUN(test_summaries);
	RUN(test_summary_ends);
	RUN(test_event_rules);
	RUN(test_subjects);
	RUN(test_lean);
	RUN(test_span_signals);
	RUN(test_offset_signals);
	RUN(test_part_labels);
	RUN(test_quoted_tonight);
	RUN(test_pathological);
	return CHECK_DONE();
}
