/* Unit tests of the timeline, found by the lead in session 52 in a story of his own (a court
 * ruling in December): a present copula before a bare date takes the nearer occurrence. */
#include "timex_fixture.h"

/* "The primary is set for May 5" in a December story read May 5 of the year ending: a date a
 * present copula states is a schedule or a state of now, the nearer May either way. */
static void test_copula_nearer(void)
{
	timex_expect_events("Vote\n\nThe primary is set for May 5.\n", "2025-12-05", "May 5, 2026",
			    NULL);
	timex_expect_events("Vote\n\nThe hearing is on May 5.\n", "2025-12-05", "May 5, 2026",
			    NULL);
	timex_expect_events("Vote\n\nThe deadline is December 20.\n", "2025-12-05", "Dec 20, 2025",
			    NULL);
	/* near cases: the nearer past stays past; a past copula and a past verb go back */
	timex_expect_events("Vote\n\nThe report is from October.\n", "2025-12-05", "Oct 2025",
			    NULL);
	timex_expect_events("Vote\n\nThe primary was set for May 5.\n", "2025-12-05", "May 5, 2025",
			    NULL);
	timex_expect_events("Vote\n\nThe trial began May 5.\n", "2025-12-05", "May 5, 2025", NULL);
	/* a condition still looks ahead; a thing's date ("Monday night's debate") keeps its day */
	timex_expect_events("Vote\n\nHe can win if he is the nominee in November.\n", "2016-01-19",
			    "Nov 2016", NULL);
	timex_expect_events("Vote\n\nThis is his effort to bounce back from Monday night's "
			    "debate.\n",
			    "2016-09-30", "Sep 26, 2016", NULL);
}

int main(void)
{
	RUN(test_copula_nearer);
	return CHECK_DONE();
}
