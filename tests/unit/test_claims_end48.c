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

/* PolNeAR train "64 percent call him competent, after 55 percent said so in December" and
 * "pledged to shut down the centers, after he introduced a bill last month ...": ", after", a
 * subject and a verb in the past, to the sentence's end, tell what came before the telling. A
 * clause set between commas inside the content goes on, and so does "after" with a phrase
 * alone. */
static void after_clause_ends(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "Most voters call the mayor honest, after 40 percent said so in "
		    "June.\n\n"
		    "The senator also pledged to close the old mill, after she introduced "
		    "a bill last week that would sell it.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Most voters call (paraphrase): the mayor honest"));
	CHECK(renders(&f, 1, "The senator also pledged (paraphrase): to close the old mill"));
	done(&f);
	/* stay */
	f = run("Title of the piece\n\n"
		"The banker said that the board, after it meets in May, will cut rates.\n\n"
		"The coach said the team would rest, after the long trip to the coast.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "The banker said (paraphrase): the board, after it meets in May, will cut "
		      "rates"));
	CHECK(renders(&f, 1,
		      "The coach said (paraphrase): the team would rest, after the long trip to "
		      "the coast"));
	done(&f);
}

int main(void)
{
	RUN(comparison_as_ends);
	RUN(after_clause_ends);
	return CHECK_DONE();
}
