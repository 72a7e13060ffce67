/* Unit tests of the claims module's junk checks: frames that read like speech but report none,
 * each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "a planet called Zebes" names a thing; "Officials called the move a mistake", "one
 * lawmaker called ..." and "A spokesman called ..." are claims. */
static void naming_a_thing(void)
{
	struct fixture f = run("The last colony was on a rainy planet called Zebes, far away.\n\n"
			       "A new skin patch called Viaskin allowed people to eat peanuts.\n\n"
			       "People get a life-threatening problem called anaphylaxis.\n\n"
			       "Officials called the move a mistake.\n\n"
			       "One lawmaker called the plan a disaster.\n\n"
			       "A spokesman called the report false.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the move a mistake", "Officials", "called", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan a disaster", "One lawmaker", "called", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the report false", "A spokesman", "called", NULL);
	done(&f);
}

int main(void)
{
	RUN(naming_a_thing);
	return CHECK_DONE();
}
