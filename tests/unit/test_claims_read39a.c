/* Unit tests of claim rows a journalist would find wrong (session 39, read39a): each next to the
 * claim of the same shape that stays. */
#include "claims_fixture.h"

/* "The clerk answered nothing": content that is only "nothing" or "not a word" says that nothing
 * was said; "said nothing will change" (a clause) and "revealed nothing new about" stay. */
static void nothing_said(void)
{
	struct fixture f = run("Asked about the missing ledger, the clerk answered nothing.\n\n"
			       "The porter replied not a word and walked off.\n\n"
			       "The baker knows nothing at all.\n\n"
			       "The mayor said nothing will change before the vote.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The mayor said (paraphrase): nothing will change before the vote"));
	done(&f);
}

int main(void)
{
	RUN(nothing_said);
	return CHECK_DONE();
}
