/* Unit tests of timeline rows a reader would find wrong, found by the lead in session 57 in
 * stories of his own (a cup semi-final): each next to the row of the same shape that stays. */
#include "timex_fixture.h"

/* "Rovers equalized early in the second half when Diaz's teammate deflected a cross into his own
 * net" in a football story of May 2026 showed "second half of 2025": "equalized" is a word of a
 * game as "equalizer" was, and so are a header and a baseball inning. */
static void match_half_by_its_verb(void)
{
	timex_expect_value_as("Cup\n\nRovers equalized early in the second half when a cross was "
			      "deflected.\n",
			      "2026-05-10", ANCHOR_TEXT, "the second half", "none");
	timex_expect_value_as("Cup\n\nCity equalised with a header in the first half.\n",
			      "2026-05-10", ANCHOR_TEXT, "the first half", "none");
	/* stays: a half of a business's year */
	timex_expect_value_as("Cup\n\nAcme said sales would recover in the second half.\n",
			      "2026-05-10", ANCHOR_TEXT, "the second half", "2026-H2");
}

int main(void)
{
	match_half_by_its_verb();
	return CHECK_DONE();
}
