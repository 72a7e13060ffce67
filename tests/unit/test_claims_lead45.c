/* Unit tests of claim rows a reader would find wrong, found by the lead in session 45: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "named cities she said had cut budgets": a relative clause without a pronoun opens the
 * content with the noun it qualifies; the row read "Ann Lee said (paraphrase): cities she said
 * had cut budgets", the tag inside the words. The noun is shown in brackets as for "which"
 * ("[cities] had cut budgets"); a clause with its pronoun stays as it was. */
static void relative_without_pronoun(void)
{
	struct fixture f = run("The mayor, Ann Lee, named cities she said had cut budgets.\n\n"
			       "The council passed a budget, which critics say had cut waste.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): [cities] had cut budgets"));
	CHECK(renders(&f, 1, "critics say (paraphrase): [a budget] had cut waste"));
	done(&f);
}

int main(void)
{
	RUN(relative_without_pronoun);
	return CHECK_DONE();
}
