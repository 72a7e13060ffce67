/* test_timex_dates41: timeline rows a reader trusts. A live page's update time before a dash
 * ("9:30 AM ET -- ") stamps the page, and the event's text starts after it. A comma right after
 * a relative word whose clause has no verb yet ("in which poorer, struggling farms ... fell")
 * parts the words of its subject and cuts no clause. "today" in a quotation of a story that
 * names no day near its own, and "today" after a participle of a plural noun ("for potters
 * working today"), are these days (PRESENT_REF), no dated event of the paper's day. */
#include "timex_fixture.h"

/* The update's time is the page's: the row reads from the sentence's own words. */
static void test_update_stamp_leaves_the_text(void)
{
	timex_expect_events("Ferry strike\n\n9:30 AM ET -- Union leaders met the port's owners "
			    "Wednesday morning.\n",
			    "2024-05-09", "May 8, 2024",
			    "Union leaders met the port's owners Wednesday morning");
	/* a time inside the sentence is no stamp: its words stay */
	timex_expect_events("Ferry strike\n\nUnion leaders met the port's owners at 9:30 AM "
			    "Wednesday.\n",
			    "2024-05-09", "May 8, 2024, 9:30 a.m.",
			    "Union leaders met the port's owners at 9:30 AM Wednesday");
}

/* "in which poorer, struggling farms": the relative clause's subject goes on past the comma;
 * a participle after a finished clause ("..., leaving the valley poorer") is still cut. */
static void test_relative_subject_goes_on(void)
{
	timex_expect_events(
		"The drought of the 1930s left a valley in which poorer, struggling farms, which few "
		"buyers wanted, fell into ruin.",
		"2024-05-09", "1930s",
		"The drought of the 1930s left a valley in which poorer, struggling farms, which few "
		"buyers wanted, fell into ruin");
	timex_expect_events("The mill shut in the 1930s, leaving the valley poorer.", "2024-05-09",
			    "1930s", "The mill shut in the 1930s");
}

static const char feature[] =
	"Dune patrol\n\nThe ranger has walked these dunes since 1998.\n\n"
	"\u201cWe are dealing with far more visitors today,\u201d she says.\n";

/* A quoted "today" in a story with no day of its own: these days. */
static void test_quoted_today_without_days(void)
{
	timex_expect_value(feature, "2021-06-10", "today", "PRESENT_REF");
	/* the page's own date line, with its year, is no day of the story */
	timex_expect_value("Dune patrol\n\nJune 10, 2021\n\n\u201cWe are dealing with far more "
			   "visitors today,\u201d she says.\n",
			   "2021-06-10", "today", "PRESENT_REF");
}

/* A story that names a day near its own tells the day's news: its quoted "today" is the day,
 * and so is a "today" outside quotation marks. */
static void test_today_of_the_days_news(void)
{
	timex_expect_value("Dune patrol\n\nThe ranger closed the beach on Tuesday.\n\n\u201cWe are "
			   "dealing with far more visitors today,\u201d she says.\n",
			   "2021-06-10", "today", "2021-06-10");
	timex_expect_value("Dune patrol\n\nThe ranger closes the beach today.\n", "2021-06-10",
			   "today", "2021-06-10");
}

/* "potters working today": the potters of these days; a progressive or a clause that goes on
 * with its verb is the day's. */
static void test_participle_people_today(void)
{
	timex_expect_value("Salt glaze remains a living craft for potters working today.",
			   "2021-06-10", "today", "PRESENT_REF");
	timex_expect_value("Potters are working today on the new kiln.", "2021-06-10", "today",
			   "2021-06-10");
	timex_expect_value("Potters working today will fire the new kiln.", "2021-06-10", "today",
			   "2021-06-10");
	timex_expect_value("The potters were working today.", "2021-06-10", "today", "2021-06-10");
}

int main(void)
{
	RUN(test_update_stamp_leaves_the_text);
	RUN(test_relative_subject_goes_on);
	RUN(test_quoted_today_without_days);
	RUN(test_today_of_the_days_news);
	RUN(test_participle_people_today);
	return CHECK_DONE();
}
