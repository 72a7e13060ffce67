/* Unit tests of claim rows a reader would find wrong, found by the lead in session 42: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "rejected that argument": one word after "that" is no clause, so "that" is its determiner
 * and the row keeps it (it read "rejected (paraphrase): argument"); "said that prices rose"
 * drops the conjunction as before. */
static void that_as_determiner(void)
{
	struct fixture f = run("Justice Ann Lee rejected that argument in a ruling released "
			       "Thursday.\n\n"
			       "The senator said that prices rose.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Ann Lee rejected (paraphrase): that argument"));
	CHECK(renders(&f, 1, "The senator said (paraphrase): prices rose"));
	done(&f);
}

int main(void)
{
	RUN(that_as_determiner);
	return CHECK_DONE();
}
