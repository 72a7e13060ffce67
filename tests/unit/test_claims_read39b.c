/* Unit tests of rows a journalist reading saved news pages found wrong (session 39, read39b):
 * each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "hearings are set for May (for both firms, respectively), which suggests the fight goes on":
 * a "which" after a bracket, or a verb in "-s" after a plural noun, stands for the clause
 * before it, no speaker; "the report, which suggests" and "the unions, which say" stay. */
static void which_after_clause(void)
{
	struct fixture f = run("Hearings are set for May (for Vantor and Kell, respectively), "
			       "which suggests that the feud is far from over.\n\n"
			       "The work was paid for by several banks and county boards, which "
			       "suggests that courting them pays off.\n\n"
			       "The mayor cited the audit, which suggests that thefts are rare.\n\n"
			       "The mayor met the nurses, which say that shifts are too long.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the audit", "The mayor", "cited", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that thefts are rare", "which", "suggests", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that shifts are too long", "which", "say", NULL);
	done(&f);
}

int main(void)
{
	RUN(which_after_clause);
	return CHECK_DONE();
}
