/* test_timex_dates41: timeline rows a reader trusts. A live page's update time before a dash
 * ("9:30 AM ET -- ") stamps the page, and the event's text starts after it. A comma right after
 * a relative word whose clause has no verb yet ("in which poorer, struggling farms ... fell")
 * parts the words of its subject and cuts no clause. */
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

int main(void)
{
	RUN(test_update_stamp_leaves_the_text);
	RUN(test_relative_subject_goes_on);
	return CHECK_DONE();
}
