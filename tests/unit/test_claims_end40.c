/* Unit tests of where a found claim's content ends (session 40): each row that changes next to
 * the neighbour of the same shape that must stay. */
#include "claims_fixture.h"

/* "accused the council, which meets on Fridays, of hiding the report": after a relative clause
 * set between commas, "of" and a participle go on with what the speaker accused the council of;
 * "of" and a noun (", of all bodies") and a phrase of the telling's own (", in a long speech")
 * still end the content at the noun. */
static void accused_past_a_relative_clause(void)
{
	struct fixture f =
		run("The mayor accused the council, which meets on Fridays, of hiding the "
		    "report.\n\n"
		    "The mayor accused the council, which meets on Fridays, of all bodies.\n\n"
		    "The mayor criticized the council, which meets on Fridays, in a long "
		    "speech.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the council, which meets on Fridays, of hiding the report",
		 "The mayor", "accused", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the council", "The mayor", "accused", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the council", "The mayor", "criticized", NULL);
	done(&f);
}

/* "said its profit rose to $2.10 a share, well above the $1.90 that analysts expected": the
 * writer's comparison of the figure with another, to the sentence's end, is no more of what
 * was said; ", up from $1.90 a year earlier" goes on with the figure, and so does a clause of
 * its own (", more than half of them were young voters"). */
static void figure_compared_by_the_writer(void)
{
	struct fixture f =
		run("The firm said its profit rose to $2.10 a share, well above the $1.90 that "
		    "analysts expected.\n\n"
		    "The data suggests the show drew about 6 million viewers, less than half of "
		    "the 14 million who watched the first debate.\n\n"
		    "The firm said its profit rose to $2.10 a share, up from $1.90 a year "
		    "earlier.\n\n"
		    "The survey found that 40 percent backed the plan, more than half of them "
		    "were young voters.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "its profit rose to $2.10 a share", "The firm", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the show drew about 6 million viewers", "The data",
		 "suggests", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "its profit rose to $2.10 a share, up from $1.90 a year earlier", "The firm",
		 "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT,
		 "that 40 percent backed the plan, more than half of them were young voters",
		 "The survey", "found", NULL);
	done(&f);
}

int main(void)
{
	RUN(accused_past_a_relative_clause);
	RUN(figure_compared_by_the_writer);
	return CHECK_DONE();
}
