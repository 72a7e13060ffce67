/* Unit tests of claims the engine did not find, mined from PolNeAR train's missed gold rows
 * (session 38): each next to the claim of the same shape that stays as it was. */
#include "claims_fixture.h"

/* "Cole's claim that there were ten thousand new jobs": an existential "there" opens the claim's
 * clause as its subject does; a clause with a plain subject reads as before, and "there" with
 * no verb after it is a place, no clause. */
static void claim_that_there(void)
{
	struct fixture f = run("The auditors checked Mayor Cole\u2019s claim that there were ten "
			       "thousand new jobs last year.\n\n"
			       "The auditors checked Mayor Cole\u2019s claim that the bridge was "
			       "safe.\n\n"
			       "The auditors checked Mayor Cole\u2019s claim that there, on the "
			       "river, the bridge was safe.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "there were ten thousand new jobs last year",
		 "Mayor Cole\u2019s", "claim", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the bridge was safe", "Mayor Cole\u2019s", "claim", NULL);
	done(&f);
}

int main(void)
{
	RUN(claim_that_there);
	return CHECK_DONE();
}
