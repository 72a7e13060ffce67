/* Unit tests of where a claim's content starts, found among PolNeAR train's predictions whose
 * content ends where the gold ends but starts elsewhere (session 35): each next to the claim of
 * the same shape that stays. */
#include "claims_fixture.h"

/* "-- a choice they say allowed crime to spread": a relative clause with no "that" on a noun,
 * its subject the tag's source, holds the noun with its article; a bare noun ("workers they
 * thought") begins the content itself. */
static void bare_relative_article(void)
{
	struct fixture f = run("Critics also fault the mayor's refusal to close the depot -- a "
			       "choice they say allowed the fumes to spread.\n\n"
			       "The mill hired workers they thought were the best fit.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "a choice they say allowed the fumes to spread", "they",
		 "say", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "workers they thought were the best fit", "they", "thought",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(bare_relative_article);
	return CHECK_DONE();
}
