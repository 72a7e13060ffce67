/* test_timex_today39: "today" that means these days rather than the paper's day: after a people
 * of the present age ("young people today") in a present clause, after "trends", and owned by
 * the age itself ("in today's world"): PRESENT_REF, no row on the timeline. The neighbours that
 * tell a day's doing keep the day. "Earlier this year" in January's first days sorts in the year
 * before. */
#include "timex_fixture.h"

/* "one of the fastest-growing hobby trends today": the trends of these days. */
static void test_trends_today(void)
{
	timex_expect_value("Drone racing, one of the fastest growing hobby trends today, drew a "
			   "crowd.",
			   "2021-03-09", "today", "PRESENT_REF");
}

/* "Kids today spend ..." is of these days; "Kids today marched ..." tells the day's doing. */
static void test_people_today(void)
{
	timex_expect_value("Kids today spend more time indoors than their grandparents did.",
			   "2021-03-09", "today", "PRESENT_REF");
	timex_expect_value("Young people today rarely buy a printed paper.", "2021-03-09", "today",
			   "PRESENT_REF");
	timex_expect_value("Kids today marched to the harbour to plant trees.", "2021-03-09",
			   "today", "2021-03-09");
	/* a past verb told after it: the day's doing */
	timex_expect_value("I suspect many people today finally chose a side in the race.",
			   "2021-03-09", "today", "2021-03-09");
}

/* "in today's world" is the present age; "today's session" is the day's. */
static void test_todays_world(void)
{
	timex_expect_value("In today's world, few ferries sail without a booking app.",
			   "2021-03-09", "today", "PRESENT_REF");
	timex_expect_value("Today's session of the council ran late.", "2021-03-09", "Today",
			   "2021-03-09");
}

/* "Good news for the bakers today": a noun not of a people or an age keeps the day. */
static void test_other_noun_stays(void)
{
	timex_expect_value("The mayor opened the new bridge today.", "2021-03-09", "today",
			   "2021-03-09");
	timex_expect_value("It was good news for the bakers today.", "2021-03-09", "today",
			   "2021-03-09");
}

/* "Earlier this year" in a paper of January 4 most likely names the year before: labelled in
 * its own words, it now sorts before the November of that year, not after it. */
static void test_earlier_this_year_in_january(void)
{
	timex_expect_events("The storm season began in November. Earlier this year, a flood "
			    "closed the valley road.",
			    "2023-01-04", "earlier this year | Nov 2022", NULL);
	/* in March the year is the anchor's, after the November before */
	timex_expect_events("The storm season began in November. Earlier this year, a flood "
			    "closed the valley road.",
			    "2023-03-20", "Nov 2022 | earlier in 2023", NULL);
}

int main(void)
{
	RUN(test_trends_today);
	RUN(test_people_today);
	RUN(test_todays_world);
	RUN(test_other_noun_stays);
	RUN(test_earlier_this_year_in_january);
	return CHECK_DONE();
}
