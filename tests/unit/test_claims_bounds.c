/* Unit tests of where a claim's content stops: the speaker's words end before the writer's own
 * clause, phrase or second verb goes on in the same sentence. */
#include "claims_fixture.h"

/* A cue in a clause that a subordinator opens, whose subject has an apposition between commas
 * ("While many farmers, including the largest growers, opposed X, Y"): the content ends where the
 * main clause begins; a cue after such a comma with a subject of its own is the main clause's
 * and runs on. */
static void opening_subject_apposition(void)
{
	struct fixture f =
		run("While many farmers, including the largest growers, strongly opposed the new "
		    "tariff, the council has voted for it.\n\n"
		    "When asked about the tariff, the mayor said the council would vote on it "
		    "soon.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new tariff", "many farmers", "strongly opposed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the council would vote on it soon", "the mayor", "said",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(opening_subject_apposition);
	return CHECK_DONE();
}
