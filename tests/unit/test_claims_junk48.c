/* Unit tests of claim rows that read as no claim or as a claim nobody made, found by junk48 in
 * session 48: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* seattletimes-1 showed "(no speaker) reads: “New lower prices. Same high standards”" for
 * "New signs in stores appeared ...: “...,” reads one, against a background image of carrots."
 * and PolNeAR train (skywriters) "(no speaker) read" for "“...,” read one." where the gold has
 * "one": one of the signs or messages just named reads the words, and what follows its comma
 * tells where. "said one voter" keeps its noun, and "said one, who ..." stays without. */
static void reads_one(void)
{
	struct fixture f =
		run("Posters went up this week, setting out the pitch: “Fresh bread. Old "
		    "recipes,” reads one, against a picture of wheat.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "one reads: “Fresh bread. Old recipes”"));
	done(&f);
	f = run("Six small planes flew over the parade. “Go home, Smith,” read one.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "one read: “Go home, Smith”"));
	done(&f);
	/* stay */
	f = run("“We need more buses,” said one voter, a nurse from the suburbs.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "one voter said: “We need more buses”"));
	done(&f);
}

int main(void)
{
	RUN(reads_one);
	return CHECK_DONE();
}
