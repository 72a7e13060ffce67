/* test_timex_tidy36: the timeline's dash readers ask text_wide_dash(), so a horizontal bar
 * (U+2015) counts where an em or en dash did: after an update's clock time, between the ends of
 * a range of years, at the end of a summary. */
#include "timex_fixture.h"

/* "3:15 PM ET ― Divers searched ... Friday morning": the clock time before a bar stamps the
 * update, as before "--" or an em dash; the sentence dates the event. */
static void update_stamp_bar(void)
{
	timex_expect_events("The ferry sank near the harbour.\n\n"
			    "3:15 PM ET \u2015 Divers searched the hull Friday morning.\n",
			    "2021-06-25", "Jun 25, 2021", NULL);
	timex_expect_events("The ferry sank near the harbour.\n\n"
			    "3:15 PM ET \u2014 Divers searched the hull Friday morning.\n",
			    "2021-06-25", "Jun 25, 2021", NULL);
}

/* "from 2003 ― 2012" is one range, as "2003 – 2012" is. */
static void range_with_bar(void)
{
	timex_expect_events("Ferry fares rose from 2003 \u2015 2012.\n", "2021-06-25",
			    "2003\u20132012", NULL);
	timex_expect_events("Ferry fares rose from 2003 \u2013 2012.\n", "2021-06-25",
			    "2003\u20132012", NULL);
}

/* A summary does not end on a bar, as it does not on an em dash. */
static void summary_ends_without_bar(void)
{
	timex_expect_events("The council met on Monday to close the port \u2015\n", "2021-06-25",
			    "Jun 21, 2021", "The council met on Monday to close the port");
	timex_expect_events("The council met on Monday to close the port \u2014\n", "2021-06-25",
			    "Jun 21, 2021", "The council met on Monday to close the port");
}

int main(void)
{
	RUN(update_stamp_bar);
	RUN(range_with_bar);
	RUN(summary_ends_without_bar);
	return CHECK_DONE();
}
