/* Unit tests of claim rows a reader would find wrong (session 41, tail41): each next to the
 * claim of the same shape that stays. */
#include "claims_fixture.h"

/* "As the vets explain, studies carried out on both dogs and cats show that ...": "and" inside
 * "both X and Y" joins two nouns of the subject, so the content runs on to the subject's verb
 * (it stopped at "dogs"); in "both diets help and owners say", a verb before "and", the
 * second report after "and" stays its own. */
static void both_and_in_subject(void)
{
	struct fixture f = run("As the vets explain, studies carried out on both dogs and cats "
			       "show that the diet helps.\n\n"
			       "The vets said both diets help and owners say the pets sleep "
			       "better.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0,
		      "the vets explain (paraphrase): studies carried out on both dogs and cats "
		      "show that the diet helps"));
	CHECK(renders(&f, 2,
		      "the vets said (paraphrase): both diets help and owners say the pets sleep "
		      "better"));
	CHECK(renders(&f, 3, "owners say (paraphrase): the pets sleep better"));
	done(&f);
}

/* "said at that point the talks had stalled": "that" after "at" points to the noun after it,
 * even one that is a cue elsewhere ("point", "talks"), and the clause after the noun is the
 * content (it began at "point"); "at that meeting that ..." keeps its own "that". */
static void at_that_point(void)
{
	struct fixture f = run("The coach said at that point the talks had stalled.\n\n"
			       "The coach said at that meeting that the club was for sale.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The coach said (paraphrase): the talks had stalled"));
	CHECK(renders(&f, 1, "The coach said (paraphrase): the club was for sale"));
	done(&f);
}

int main(void)
{
	RUN(both_and_in_subject);
	RUN(at_that_point);
	return CHECK_DONE();
}
