/* Unit tests of content extents found by span46 in session 46: each row next to the row of the
 * same shape that stays. */
#include "claims_fixture.h"

/* ", with both the mayor and her deputy expected to attend": an expectation of its own in an
 * absolute phrase (the row ran on to "both the mayor" and the second expectation was lost;
 * PolNeAR dev and train); "is expected to" alone stays, and ", with the mayor at her side" is
 * no expectation. */
static void with_expected(void)
{
	struct fixture f = run("The talks are expected to go on through the week, with both the "
			       "mayor and her deputy expected to attend on Friday.\n\n"
			       "The vote is expected to pass, with the mayor at her side.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Unattributed (expectation): The talks are expected to go on through the "
		      "week"));
	CHECK(renders(&f, 1,
		      "Unattributed (expectation): both the mayor and her deputy expected to "
		      "attend on Friday"));
	CHECK(renders(&f, 2,
		      "Unattributed (expectation): The vote is expected to pass, with the mayor "
		      "at her side"));
	done(&f);
}

int main(void)
{
	RUN(with_expected);
	return CHECK_DONE();
}
