/* Unit tests of where a claim's content ends, found by end48 in session 48: each row next to the
 * row of the same shape that stays. */
#include "claims_fixture.h"

/* PolNeAR train "John McCain supported it and Cruz, as he has in the past" and "... attacked him
 * over the issue, as they did": after the content's comma, "as" with a subject and an auxiliary
 * that stands for the verb, or a cue verb ("as she said at the outset"), is the writer's
 * comparison or attribution, not what was said. A clause with a verb of its own may be the
 * speaker's reason and stays; "as I do," set between commas inside the content stays too. */
static void comparison_as_ends(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "The mayor backed the plan and the new budget, as she has in the "
			       "past.\n\n"
			       "The coach said the team would play hard on Sunday, as he said at "
			       "the outset.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The mayor backed (paraphrase): the plan and the new budget"));
	CHECK(renders(&f, 1, "The coach said (paraphrase): the team would play hard on Sunday"));
	done(&f);
	/* stay */
	f = run("Title of the piece\n\n"
		"The farmer insists his views are not shaped by the vote, as he is still busy "
		"with the harvest.\n\n"
		"The nurse knows her friends at the clinic care deeply, as she does, about the "
		"health of the town.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "The farmer insists (paraphrase): his views are not shaped by the vote, as "
		      "he is still busy with the harvest"));
	CHECK(renders(&f, 1,
		      "The nurse knows (paraphrase): her friends at the clinic care deeply, as she "
		      "does, about the health of the town"));
	done(&f);
}

int main(void)
{
	RUN(comparison_as_ends);
	return CHECK_DONE();
}
