/* Unit tests of rows where nobody states anything, met in wire and business stories: a word that
 * reads like a cue but reports no words. Each case a sentence written for the test in the same
 * shape. */
#include "claims_fixture.h"

/* "strikes against alleged rebel camps", "the alleged plot": "alleged" as an adjective before a
 * noun names no allegation; "The suit alleged fraud" and "as alleged in the suit" stay. */
static void alleged_before_noun(void)
{
	struct fixture f = run("Jets bombed alleged rebel camps near the border. The alleged plot "
			       "failed. Police held his alleged partner.\n\n"
			       "The suit alleged fraud by the mayor.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "fraud by the mayor", "The suit", "alleged", NULL);
	done(&f);
}

int main(void)
{
	RUN(alleged_before_noun);
	return CHECK_DONE();
}
