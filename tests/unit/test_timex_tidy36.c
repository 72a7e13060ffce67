/* test_timex_tidy36: the timeline's dash readers ask text_wide_dash(), so a horizontal bar
 * (U+2015) counts where an em or en dash did: after an update's clock time, between the ends of
 * a range of years, at the end of a summary. */
#include "timex_fixture.h"

/* The labels of the events of `text` read at `anchor`, joined by " | ", and the summary of the
 * first. */
static void expect_events(const char *text, const char *anchor, const char *labels,
			  const char *summary)
{
	struct timex_fixture f = timex_run(text, anchor);
	char got[512] = "";
	for (size_t i = 0; i < f.l->nevents; i++) {
		if (i)
			strncat(got, " | ", sizeof(got) - strlen(got) - 1);
		strncat(got, f.l->events[i].label, sizeof(got) - strlen(got) - 1);
	}
	if (strcmp(got, labels) != 0)
		fprintf(stderr, "  \"%s\": %s, expected %s\n", text, got, labels);
	CHECK_STR(got, labels);
	if (summary && f.l->nevents) {
		const char *s = timex_event_summary(f.l, 0);
		CHECK_STR(s ? s : "(none)", summary);
	}
	timex_done(&f);
}

/* "3:15 PM ET ― Divers searched ... Friday morning": the clock time before a bar stamps the
 * update, as before "--" or an em dash; the sentence dates the event. */
static void update_stamp_bar(void)
{
	expect_events("The ferry sank near the harbour.\n\n"
		      "3:15 PM ET \u2015 Divers searched the hull Friday morning.\n",
		      "2021-06-25", "Jun 25, 2021", NULL);
	expect_events("The ferry sank near the harbour.\n\n"
		      "3:15 PM ET \u2014 Divers searched the hull Friday morning.\n",
		      "2021-06-25", "Jun 25, 2021", NULL);
}

/* "from 2003 ― 2012" is one range, as "2003 – 2012" is. */
static void range_with_bar(void)
{
	expect_events("Ferry fares rose from 2003 \u2015 2012.\n", "2021-06-25", "2003\u20132012",
		      NULL);
	expect_events("Ferry fares rose from 2003 \u2013 2012.\n", "2021-06-25", "2003\u20132012",
		      NULL);
}

/* A summary does not end on a bar, as it does not on an em dash. */
static void summary_ends_without_bar(void)
{
	expect_events("The council met on Monday to close the port \u2015\n", "2021-06-25",
		      "Jun 21, 2021", "The council met on Monday to close the port");
	expect_events("The council met on Monday to close the port \u2014\n", "2021-06-25",
		      "Jun 21, 2021", "The council met on Monday to close the port");
}

int main(void)
{
	RUN(update_stamp_bar);
	RUN(range_with_bar);
	RUN(summary_ends_without_bar);
	return CHECK_DONE();
}
