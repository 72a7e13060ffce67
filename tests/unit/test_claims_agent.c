/* Unit tests of passive characterisations whose speaker is the agent after "by" (claims_agent.c),
 * each beside the same words that give no claim. */
#include "claims_fixture.h"

/* "was described as “heartbreaking” by the department": the department's word, verbatim; "was
 * called a disaster by the mayor": the mayor's, paraphrased; "by 2020", "by far" are no agents,
 * and a thing's name ("a shape called a strange attractor") stays no claim */
static void passive_with_agent(void)
{
	struct fixture f = run("The spate of strandings has been described as \xE2\x80\x9C"
			       "heartbreaking\xE2\x80\x9D by the conservation department.\n\n"
			       "The plan was called a disaster by the mayor.\n\n"
			       "The plan was described as finished by 2020.\n\n"
			       "The lake is called Loch Ness by far the most people.\n\n"
			       "Lorenz found a shape called a strange attractor.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "heartbreaking", "the conservation department", "described",
		 "the conservation department");
	claim_is(&f, 1, CLAIM_INDIRECT, "a disaster", "the mayor", "called", NULL);
	done(&f);
}

int main(void)
{
	RUN(passive_with_agent);
	return CHECK_DONE();
}
