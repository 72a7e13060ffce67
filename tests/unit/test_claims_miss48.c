/* Unit tests of reports the claims engine missed, found by miss48 in session 48 (PolNeAR train
 * rows): each next to the row of the same shape that stays as it was. */
#include "claims_fixture.h"

/* PolNeAR train: "She has since said that she attended because ..." and "X has since stressed
 * that ..." were missed: "since", a preposition too, read the verb after it as a noun. After
 * "has", "have" or "had" it is an adverb and the verb is the cue; after another verb it stays a
 * preposition and "said" an adjective. */
static void since_after_auxiliary(void)
{
	struct fixture f = run("Ann Lee has since said that the plan would cost less.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee has since said (paraphrase): the plan would cost less"));
	done(&f);
	f = run("The city leaders had since argued that the road was safe.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The city leaders had since argued (paraphrase): the road was safe"));
	done(&f);
	/* stay */
	f = run("The team has not won a game since said coach left the club.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

int main(void)
{
	RUN(since_after_auxiliary);
	return CHECK_DONE();
}
