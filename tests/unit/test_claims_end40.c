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

int main(void)
{
	RUN(accused_past_a_relative_clause);
	return CHECK_DONE();
}
