/* Unit tests of where a claim's content starts (session 42, start42): each row next to the claim
 * of the same shape that stays. */
#include "claims_fixture.h"

/* "the patience and skill she promised to bring to the council": the infinitive after the cue
 * has no object of its own, the noun phrase before the source is it, "and" joining its words, so
 * the content begins there; before the phrase's own verb ("has raised") it ends, and before it a
 * word in "s" may come before "and" ("The costs and risks he hopes to avoid are"). "The team lost
 * and he wants to quit" (a verb before "and"), "This year he plans to run" (a time before the
 * source), "a candidate who hopes to compete in the primary" (the subject's relative) and an
 * infinitive with its object stay as they were. */
static void object_before_source(void)
{
	struct fixture f = run("Voters admire the patience and skill she promised to bring to the "
			       "council.\n\n"
			       "The rival she hopes to defeat has raised more money.\n\n"
			       "The costs and risks he hopes to avoid are large.\n\n"
			       "The team lost and he wants to quit.\n\n"
			       "This year he plans to run.\n\n"
			       "Reporters met a candidate who hopes to compete in the primary.\n\n"
			       "The mayor hopes to win the vote in the county.\n");

	CHECK_EQ(f.l->n, 7);
	CHECK(renders(&f, 0,
		      "she (unresolved) promised (paraphrase): the patience and skill she promised "
		      "to bring to the council"));
	CHECK(renders(&f, 1, "she (unresolved) hopes (paraphrase): The rival she hopes to defeat"));
	CHECK(renders(&f, 2,
		      "he (unresolved) hopes (paraphrase): The costs and risks he hopes to avoid"));
	CHECK(renders(&f, 3, "he (unresolved) wants (paraphrase): to quit"));
	CHECK(renders(&f, 4, "he (unresolved) plans (paraphrase): to run"));
	CHECK(renders(&f, 5, "a candidate hopes (paraphrase): to compete in the primary"));
	CHECK(renders(&f, 6, "The mayor hopes (paraphrase): to win the vote in the county"));
	done(&f);
}

int main(void)
{
	RUN(object_before_source);
	return CHECK_DONE();
}
