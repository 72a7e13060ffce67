/* Unit tests of claim rows whose speaker a reader would find wrong, found by names45 in
 * session 45: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Jo Park said": a short word no list knows and "Park", a word of places' names that is a family's
 * too, right before a verb of saying, are a person's name (the row was lost: the speaker read
 * as a place); "Central Park said" and "Wall Street said" stay places, and no one's claims. */
static void surname_of_place(void)
{
	struct fixture f =
		run("The council met on Tuesday.\n\n"
		    "\u201cWe cannot keep borrowing,\u201d Jo Park said after the vote.\n\n"
		    "Central Park said the plan would fail.\n\n"
		    "Wall Street said the plan would fail.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Jo Park said: \u201cWe cannot keep borrowing\u201d"));
	done(&f);
}

int main(void)
{
	RUN(surname_of_place);
	return CHECK_DONE();
}
