/* Unit tests of claim rows a journalist found wrong reading articles in the reader in session
 * 44: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* A phrase in single marks whose closing mark comes after the stop, which the content leaves
 * out: the row read "It’s ‘in Their Heads" and "the plan is ‘dead on arrival", a quotation
 * never closed. It is closed now, as a phrase in double marks is; a mark that is an apostrophe
 * (Obama‘s, ‘90s), a ‘ typed for the closing mark (‘B-‘ grade) and single marks inside double
 * ones stay as the article has them. */
static void single_marks_closed(void)
{
	struct fixture f = run("Ann Lee: Voters Fear the Vote; It’s ‘Out of Their Hands.’\n\n"
			       "The mayor said the budget is ‘dead on arrival.’\n\n"
			       "The critic said the mayor’s plan was weak.\n\n"
			       "The board slams the school for its ‘B-‘ grade from the state.\n\n"
			       "Reed said he meant Obama‘s choices, “not the man himself.”\n\n"
			       "Ortiz said the bill is “‘reckless”.\n\n"
			       "The fans said it was the ‘80s sound they loved.\n");

	CHECK_EQ(f.l->n, 7);
	CHECK(renders(&f, 0,
		      "Ann Lee (paraphrase): Voters Fear the Vote; It’s ‘Out of Their "
		      "Hands’"));
	CHECK(renders(&f, 1, "The mayor said (paraphrase): the budget is ‘dead on arrival’"));
	CHECK(renders(&f, 2, "The critic said (paraphrase): the mayor’s plan was weak"));
	CHECK(renders(&f, 3,
		      "The board slams (paraphrase): the school for its ‘B-‘ grade from "
		      "the state"));
	CHECK(renders(&f, 4,
		      "Reed said (paraphrase): he meant Obama‘s choices, “not the man "
		      "himself”"));
	CHECK(renders(&f, 5, "Ortiz said (paraphrase): the bill is “‘reckless”"));
	CHECK(renders(&f, 6, "The fans said (paraphrase): it was the ‘80s sound they loved"));
	done(&f);
}

int main(void)
{
	RUN(single_marks_closed);
	return CHECK_DONE();
}
