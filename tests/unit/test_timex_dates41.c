/* test_timex_dates41: timeline rows a reader trusts. A live page's update time before a dash
 * ("9:30 AM ET -- ") stamps the page, and the event's text starts after it. */
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

int main(void)
{
	RUN(test_update_stamp_leaves_the_text);
	return CHECK_DONE();
}
