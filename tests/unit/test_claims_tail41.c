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

int main(void)
{
	RUN(both_and_in_subject);
	return CHECK_DONE();
}
