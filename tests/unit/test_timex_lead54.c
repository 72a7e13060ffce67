/* Unit tests of timeline rows a reader would find wrong, found by the lead in session 54. */
#include "timex_fixture.h"

/* "Its chairman said the audit would be finished by the summer" (read in January 2027) had no
 * date: a season with no year in a clause that looks ahead was left untold. It is the season not
 * yet over, where the season hangs on the future. */
static void season_ahead(void)
{
	const char *by = "The chairman said the audit would be finished by the summer.";
	timex_expect_value(by, "2027-01-14", "the summer", "2027-SU");
	/* the summer under way is this one; after it, the next */
	timex_expect_value(by, "2027-07-10", "the summer", "2027-SU");
	timex_expect_value(by, "2027-10-10", "the summer", "2028-SU");
	timex_expect_value("The plant will reopen in the spring.", "2026-03-04", "the spring",
			   "2026-SP");
	timex_expect_value("The bridge is expected to be finished in the fall.", "2026-03-04",
			   "the fall", "2026-FA");
	timex_expect_value("The dam will hold until the winter.", "2026-03-04", "the winter",
			   "2026-WI");
	/* stay: a winter seen from January is the one under way or the next */
	timex_expect_value("The dam will hold until the winter.", "2026-01-10", "the winter",
			   "none");
	/* stay: the season hangs on a noun, not on the future verb */
	timex_expect_value("Prosecutors will press charges for the conflict during the summer.",
			   "2026-03-04", "the summer", "none");
	/* stay: the past goes back as before */
	timex_expect_value("Sales rose over the summer.", "2026-03-04", "the summer", "2025-SU");
}

int main(void)
{
	season_ahead();
	return CHECK_DONE();
}
