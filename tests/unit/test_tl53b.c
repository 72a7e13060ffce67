/* Unit tests of the timeline, session 53b: a year that only names a thing ("the 2017 tax law",
 * "Trump's 2017 tax law") is no year of a month its clause tells in the present or the future;
 * one told in the past keeps it. */
#include "timex_fixture.h"

/* Stories of my own, read on 2026-03-05: "The 2017 tax cuts expire in May" is this May, not
 * May 2017, long past; so after "a" or a possessive, and for "take effect in April". */
static void test_thing_year_now(void)
{
	timex_expect_events("Tax\n\nThe 2017 tax cuts expire in May.\n", "2026-03-05",
			    "2017 | May 2026", NULL);
	timex_expect_events("Tax\n\nTrump's 2017 tax cuts expire in May.\n", "2026-03-05",
			    "2017 | May 2026", NULL);
	timex_expect_events("Tax\n\nA 2017 rule and its limits remain in force until May.\n",
			    "2026-03-05", "2017 | until May 2026", NULL);
	timex_expect_events("Tax\n\nThe 2017 tax cuts take effect in April.\n", "2026-03-05",
			    "2017 | Apr 2026", NULL);
	/* near cases: told in the past, before or just after the month, or a year that is the
	 * time of the sentence, not a thing's */
	timex_expect_events("Tax\n\nThe 2008 crisis began in September.\n", "2026-03-05",
			    "2008 | Sep 2008", NULL);
	timex_expect_events("Tax\n\nThe 2008 crisis in September wiped out savings.\n",
			    "2026-03-05", "2008 | Sep 2008", NULL);
	timex_expect_events("Tax\n\nTrump's 2017 tax law was passed in December.\n", "2026-03-05",
			    "2017 | Dec 2017", NULL);
	timex_expect_events("Race\n\nShe remained in the 2008 primary contest against Barack "
			    "Obama until June.\n",
			    "2026-03-05", "2008 | until Jun 2008", NULL);
	timex_expect_events("Tax\n\nIn 2017 the tax cuts took effect in April.\n", "2026-03-05",
			    "2017 | Apr 2017", NULL);
}

int main(void)
{
	RUN(test_thing_year_now);
	return CHECK_DONE();
}
