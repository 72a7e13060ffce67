/* Unit tests of timeline rows a reader would find wrong, found by the lead in session 59 in
 * stories of his own (an airline's forecast): each next to the row of the same shape that
 * stays. */
#include "timex_fixture.h"

/* "Delta Air Lines on Wednesday lowered its profit forecast for the rest of the year, saying
 * higher jet fuel prices and weaker demand for domestic travel would weigh on earnings through
 * December" (July 2026) showed "until Dec 2025": a "would" under "saying" is a future of the
 * saying, as under "said". */
static void would_under_saying(void)
{
	timex_expect_value_as("Forecast\n\nDelta lowered its profit forecast for the rest of the "
			      "year, saying higher jet fuel prices and weaker demand for domestic "
			      "travel would weigh on earnings through December.\n",
			      "2026-07-22", ANCHOR_TEXT, "December", "2026-12");
	/* stays: what the saying tells in the past */
	timex_expect_value_as("Forecast\n\nDelta lowered its profit forecast for the rest of the "
			      "year, saying higher jet fuel prices and weaker demand for domestic "
			      "travel weighed on earnings in December.\n",
			      "2026-07-22", ANCHOR_TEXT, "December", "2025-12");
}

/* "Born in Onitsha in 1931, Ms. Okafor trained as a teacher in London in the 1950s and returned
 * home two years after independence. That spring she began collecting books" showed "spring
 * 1931": once the story moves to a decade, the year before is no longer its time, and no year
 * of the spring can be told. */
static void decade_ends_the_years_time(void)
{
	timex_expect_value_as("Obituary\n\nBorn in 1931, she trained in London in the 1950s and "
			      "returned home. That spring she began collecting books.\n",
			      "2026-03-03", ANCHOR_TEXT, "That spring", "none");
	/* stays: a decade that names a thing leaves the year the story's time */
	timex_expect_value_as("Obituary\n\nShe was born in 1931. The 1960s protests shaped her. "
			      "That spring she left home.\n",
			      "2026-03-03", ANCHOR_TEXT, "That spring", "1931-SP");
}

/* "Born in 1931, she trained in London in the 1950s. Two years later she returned home. That
 * year she married" showed 1933 twice: after a decade no year was told, so an offset from the
 * year before and "that year" have none. */
static void offsets_after_a_decade(void)
{
	const char *t = "Obituary\n\nBorn in 1931, she trained in London in the 1950s. Two years "
			"later she returned home. That year she married.\n";
	timex_expect_value_as(t, "2026-03-03", ANCHOR_TEXT, "That year", "XXXX");
	timex_expect_value_as(t, "2026-03-03", ANCHOR_TEXT, "Two years later", "XXXX");
	/* stays: a year told after the decade */
	timex_expect_value_as("Obituary\n\nShe trained in London in the 1950s. In 1962 she "
			      "returned home. That year she married.\n",
			      "2026-03-03", ANCHOR_TEXT, "That year", "1962");
}

int main(void)
{
	offsets_after_a_decade();
	decade_ends_the_years_time();
	would_under_saying();
	return CHECK_DONE();
}
