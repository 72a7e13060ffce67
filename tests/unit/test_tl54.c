/* Unit tests of the timeline, session 54: timeline rows a reader can trust. */
#include "timex_fixture.h"

/* Stories of my own, read on Wednesday, March 4, 2026. "The tax cuts expire in December, and
 * the new rules take effect in January" was shown as Dec 2025 and Jan 2026, both past: a plain
 * present of a schedule after a plural subject looks ahead as "expires" does. */
static void test_plain_schedule(void)
{
	timex_expect_events("Tax\n\nThe tax cuts expire in December, and the new rules take "
			    "effect in January.\n",
			    "2026-03-04", "Dec 2026 | Jan 2027", NULL);
	timex_expect_events("Talks\n\nTalks resume in February.\n", "2026-03-04", "Feb 2027", NULL);
	timex_expect_events("Talks\n\nThey open in January.\n", "2026-03-04", "Jan 2027", NULL);
	/* near cases: a past, a noun or an infinitive after no plural subject keep the nearest */
	timex_expect_events("Sales\n\nSales rose in December.\n", "2026-03-04", "Dec 2025", NULL);
	timex_expect_events("Sales\n\nThe end of December was quiet.\n", "2026-03-04",
			    "end of Dec 2025", NULL);
	timex_expect_events("Sales\n\nThe shop saw its close in January.\n", "2026-03-04",
			    "Jan 2026", NULL);
}

int main(void)
{
	RUN(test_plain_schedule);
	return CHECK_DONE();
}
