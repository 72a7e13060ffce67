/* Unit tests of timeline rows a reader would find wrong, found by tl59 in session 59 in stories
 * of his own (a council vote in a Sunday paper, a weather story, a company's outlook): each next
 * to the row of the same shape that stays. */
#include "timex_fixture.h"

/* "The council will vote later this week" in a Sunday paper (Sep 20, 2026) showed "week of Sep
 * 14", the ISO week that ends that day: a future on a Sunday means the week that starts on the
 * morrow. */
static void this_week_in_a_sunday_paper(void)
{
	const char *sun = "2026-09-20";
	timex_expect_value("Vote\n\nThe council will vote later this week on the budget.\n", sun,
			   "later this week", "2026-W39");
	timex_expect_value("Vote\n\nThe council is expected to vote this week on the budget.\n",
			   sun, "this week", "2026-W39");
	timex_expect_value("Vote\n\nThe mayor said the council would vote this week.\n", sun,
			   "this week", "2026-W39");
	/* stay: a past or no tense on a Sunday, a future on a Saturday or a Wednesday */
	timex_expect_value("Vote\n\nThe council voted this week on the budget.\n", sun, "this week",
			   "2026-W38");
	timex_expect_value("Vote\n\nIt was a busy week. Prices this week rose.\n", sun, "this week",
			   "2026-W38");
	timex_expect_value("Vote\n\nThe council will vote later this week on the budget.\n",
			   "2026-09-19", "later this week", "2026-W38");
	timex_expect_value("Vote\n\nThe council will vote later this week on the budget.\n",
			   "2026-09-16", "later this week", "2026-W38");
}

/* "Rain continues through Tuesday", "Rain is likely to continue through Tuesday", "Forecasters
 * expect rain through Tuesday" in a Wednesday paper (Sep 16, 2026) showed yesterday: a state
 * that lasts, told in the present or by a forecast, ends on the coming weekday. */
static void a_state_lasts_until_a_weekday(void)
{
	const char *wed = "2026-09-16";
	static const char *const ahead[] = {
		"Rain continues through Tuesday.",
		"Rain is likely to continue through Tuesday.",
		"Rain is forecast to continue through Tuesday.",
		"Rain is predicted to continue through Tuesday.",
		"Showers are possible through Tuesday.",
		"Forecasters expect rain through Tuesday.",
		"Forecasters predict rain through Tuesday.",
		"The warning remains in effect until Tuesday.",
		"The road remains closed through Tuesday.",
		"The store is closed until Tuesday.",
		"The festival runs through Tuesday.",
		"Officials said the road would remain closed through Tuesday.",
		"Forecasters said rain would continue through Tuesday.",
		"Rain will continue through Tuesday.",
	};
	char text[256];
	for (size_t i = 0; i < sizeof(ahead) / sizeof(ahead[0]); i++) {
		snprintf(text, sizeof(text), "Storm\n\n%s\n", ahead[i]);
		timex_expect_value(text, wed, "Tuesday", "2026-09-22");
	}
	/* stay: a state told in the past, an event on the day, a saying dated the day before */
	static const char *const back[] = {
		"The road was closed through Tuesday.",
		"Rain fell through Tuesday.",
		"The festival ran through Tuesday.",
		"The council met on Tuesday.",
		"Officials said on Monday the road would remain closed through Tuesday.",
	};
	for (size_t i = 0; i < sizeof(back) / sizeof(back[0]); i++) {
		snprintf(text, sizeof(text), "Storm\n\n%s\n", back[i]);
		timex_expect_value(text, wed, "Tuesday", "2026-09-15");
	}
}

/* "The company expects a recovery in the second half" in May 2026 showed the second half of
 * 2025: expecting, forecasting, predicting and projecting look ahead, so the half is this year's
 * (and a first half seen from the second is next year's). */
static void an_outlook_looks_ahead(void)
{
	const char *may = "2026-05-18", *nov = "2026-11-18";
	timex_expect_value("Outlook\n\nThe company expects a recovery in the second half.\n", may,
			   "the second half", "2026-H2");
	timex_expect_value("Outlook\n\nAnalysts forecast a recovery in the second half.\n", may,
			   "the second half", "2026-H2");
	timex_expect_value("Outlook\n\nSales are projected to rise in the second half.\n", may,
			   "the second half", "2026-H2");
	timex_expect_value("Outlook\n\nThe company anticipates growth in the first half.\n", nov,
			   "the first half", "2027-H1");
	timex_expect_value("Outlook\n\nThe company expects growth in the first half.\n", nov,
			   "the first half", "2027-H1");
	/* stay: a past told, a perfect, a forecast that is a noun */
	timex_expect_value("Outlook\n\nSales rose in the second half.\n", may, "the second half",
			   "2025-H2");
	timex_expect_value("Outlook\n\nAnalysts had forecast a recovery in the second half.\n", may,
			   "the second half", "2025-H2");
	timex_expect_value("Outlook\n\nThe forecast for the second half was cut.\n", may,
			   "the second half", "2025-H2");
	timex_expect_value("Outlook\n\nGrowth will be 1.6 percent, less than forecast in "
			   "July.\n",
			   "2016-10-05", "July", "2016-07");
	timex_expect_value("Outlook\n\nThe polls failed to predict his win on Tuesday night.\n",
			   "2016-02-03", "Tuesday night", "2016-02-02");
	timex_expect_value("Outlook\n\nAnalysts did not expect a recovery in the second half.\n",
			   may, "the second half", "2025-H2");
	timex_expect_value("Outlook\n\nThe company reported growth in the first half.\n", nov,
			   "the first half", "2026-H1");
}

/* "The mill will report first-half results next month" in August 2026 showed the first half of
 * 2027: a first half glued to a business figure, seen from the third quarter, is the half just
 * ended, whose figures come out in the weeks after it. */
static void figures_of_the_half_just_ended(void)
{
	const char *aug = "2026-08-20", *nov = "2026-11-20";
	timex_expect_value("Mill\n\nThe mill will report first-half results next month.\n", aug,
			   "first-half", "2026-H1");
	timex_expect_value("Mill\n\nThe mill expects first-half profit to rise.\n", aug,
			   "first-half", "2026-H1");
	/* stay: in the fourth quarter, a half that is no figure's, in the first half */
	timex_expect_value("Mill\n\nThe mill will report first-half results next month.\n", nov,
			   "first-half", "2027-H1");
	timex_expect_value("Mill\n\nThe mill will hire 300 workers in the first half.\n", aug,
			   "the first half", "2027-H1");
	timex_expect_value("Mill\n\nThe mill will report first-half results in August.\n",
			   "2026-05-20", "first-half", "2026-H1");
}

/* An obituary: "Two years later she built her first laser. ... In the 1960s she led a team.
 * That spring, she married John Smith" showed "spring 1960", a year the story never gave that
 * spring: after a decade or a century, "that spring" has no year a reader can trust. */
static void that_spring_after_a_decade(void)
{
	const char *a = "2026-03-16";
	timex_expect_value("Obituary\n\nShe joined Bell Labs in 1958. Two years later she built "
			   "a laser.\n\nIn the 1960s she led a team. That spring, she married.\n",
			   a, "That spring", "none");
	/* stay: a year after the decade, a year alone */
	timex_expect_value("Obituary\n\nIn the 1960s she led a team. In 1964 she won a prize. "
			   "That summer, she married.\n",
			   a, "That summer", "1964-SU");
	timex_expect_value("Obituary\n\nShe joined Bell Labs in 1958. That spring, she "
			   "married.\n",
			   a, "That spring", "1958-SP");
}

int main(void)
{
	this_week_in_a_sunday_paper();
	a_state_lasts_until_a_weekday();
	an_outlook_looks_ahead();
	figures_of_the_half_just_ended();
	that_spring_after_a_decade();
	return CHECK_DONE();
}
