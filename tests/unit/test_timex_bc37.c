/* test_timex_bc37: years before Christ, session 37. "310 BC", "AD 64", "(330-325 BC)" are years
 * (TimeML's "BC0310"), they set the story's year for the months and seasons that follow, the
 * timeline labels them "310 BC" and orders them before years of our era, and no date of a
 * story told in such years takes the paper's year. */
#include "timex_fixture.h"

/* The labels of the events of `text` read at `anchor`, joined by " | ". */
static void expect_events(const char *text, const char *anchor, const char *labels)
{
	timex_expect_events(text, anchor, labels, NULL);
}

/* Years of an era, where no year was tagged before. */
static void test_era_years(void)
{
	timex_expect_value("The league of cities was founded in 310 BC by the river.", "2012-05-02",
			   "310 BC", "BC0310");
	timex_expect_value("The old fort fell in 215 BCE after a long siege.", "2012-05-02",
			   "215 BCE", "BC0215");
	timex_expect_value("The harbour was rebuilt in AD 64 after the fire.", "2012-05-02", "64",
			   "0064");
	timex_expect_value("The harbour was rebuilt in 64 AD after the fire.", "2012-05-02",
			   "64 AD", "0064");
	/* a span: each end is a year, the first before Christ too */
	const char *span = "The Coastal Revolt (330-325 BC) ended the league.";
	timex_expect_value(span, "2012-05-02", "330", "BC0330");
	timex_expect_value(span, "2012-05-02", "325 BC", "BC0325");
	timex_expect_value("The revolt lasted from 330 to 325 BC in the hills.", "2012-05-02",
			   "330", "BC0330");
	timex_expect_value("The First Coastal War (412 to 404 BC) drained the league.",
			   "2012-05-02", "412", "BC0412");
	timex_expect_value("Trade grew through the 340s BC along the coast.", "2012-05-02",
			   "the 340s BC", "BC034");
	timex_expect_value("Walls rose across the plain in the 5th century BC.", "2012-05-02",
			   "the 5th century BC", "BC04");
	timex_expect_value("The fleet sailed in May 331 BC to the islands.", "2012-05-02",
			   "May 331 BC", "BC0331-05");
	timex_expect_value("The army camped there in the winter of 331 BC.", "2012-05-02",
			   "the winter of 331 BC", "BC0331-WI");
}

/* Neighbours that stay: a recent year before a name ("BC Hydro"), a lowercase "ad", a plain
 * year. */
static void test_era_years_stay(void)
{
	timex_expect_value("In 2011 BC Hydro raised its rates.", "2012-05-02", "2011", "2011");
	timex_expect_value("She placed 64 ad slots in the paper.", "2012-05-02", "64", "none");
	timex_expect_value("The score went from 330 to 325 in the hall.", "2012-05-02", "330",
			   "none");
	timex_expect_value("The bridge opened in 1998 after delays.", "2012-05-02", "1998", "1998");
	timex_expect_value("The fleet sailed in May 1998 to the islands.", "2012-05-02", "May 1998",
			   "1998-05");
}

/* What follows a year before Christ takes it, not the anchor's year. */
static void test_story_year(void)
{
	const char *text = "The king raised an army in 331 BC. The following year, he marched "
			   "north.";
	timex_expect_value(text, "2012-05-02", "The following year", "BC0330");
	timex_expect_value("The king raised an army in 331 BC. In April, the army crossed the "
			   "river.",
			   "2012-05-02", "April", "BC0331-04");
	timex_expect_value("The fleet was built in 331 BC. During the summer, it sailed east.",
			   "2012-05-02", "the summer", "BC0331-SU");
	/* the paper's day is no day of the story: the story's year, its day unknown
	 * (test_timex_dates38) */
	timex_expect_value("The fleet was built in 331 BC. The city fell the next day.",
			   "2012-05-02", "the next day", "BC0331-XX-XX");
}

/* Neighbours that stay: a story of our era keeps its narrative year, and an AD year written
 * out ends the years before Christ. */
static void test_story_year_stay(void)
{
	timex_expect_value("The king raised an army in 1931. In April, the army crossed the river.",
			   "2012-05-02", "April", "1931-04");
	/* news that names one such year keeps its own days */
	timex_expect_value("Scholars date the coin to 4 BC. On Tuesday, the museum put it on show.",
			   "2012-05-02", "Tuesday", "2012-05-01");
	timex_expect_value("Scholars date the coin to 4 BC.\n\nThe museum bought it in a sale.\n\n"
			   "The coin goes on show next month.",
			   "2012-05-02", "next month", "2012-06");
	timex_expect_value("The fort fell in 215 BC. It was dug up in 1911. The next day, the "
			   "diggers left.",
			   "2012-05-02", "The next day", "2012-05-03");
}

/* The timeline: years before Christ first, labelled "331 BC". */
static void test_timeline(void)
{
	expect_events("The museum opened in 1998. The vase was made in 331 BC. The temple burnt "
		      "in 480 BC.",
		      "2012-05-02", "480 BC | 331 BC | 1998");
	expect_events("The fleet sailed in the summer of 331 BC.", "2012-05-02", "summer 331 BC");
	expect_events("Walls rose across the plain in the 5th century BC.", "2012-05-02",
		      "5th century BC");
}

int main(void)
{
	RUN(test_era_years);
	RUN(test_era_years_stay);
	RUN(test_story_year);
	RUN(test_story_year_stay);
	RUN(test_timeline);
	return CHECK_DONE();
}
