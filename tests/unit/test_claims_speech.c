/* Unit tests of plain speech tags ("X said", "X added", "X noted") whose content the engine
 * missed entirely: the shape of the sentence around the tag, not the verb, hid the claim. */
#include "claims_fixture.h"

/* "She said, if elected, she would ...", "He added, that there's ...": after a comma that
 * follows the tag at the sentence's start, an opening clause and the main clause after it are
 * what was said, and so is a clause that "that" opens; "said, when asked, she ..." tells when it
 * was said, and "said, that is, ..." is no clause. */
static void clause_after_comma(void)
{
	struct fixture f =
		run("The mayor said, if reelected, she would rebuild the pier.\n\n"
		    "The coach added, that there is more work to do.\n\n"
		    "The clerk said, although the office is small, it handles every request.\n\n"
		    "The pilot said, when asked, the flight was calm.\n\n"
		    "The baker said, that is, the oven broke.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "if reelected, she would rebuild the pier", "The mayor",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that there is more work to do", "The coach", "added",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "although the office is small, it handles every request",
		 "The clerk", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(clause_after_comma);
	return CHECK_DONE();
}
