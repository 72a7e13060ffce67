/* Unit tests of groups of speakers, session 46: a group is shown whole, as written, past an
 * interrupter set off by commas, and a kin group after a clause's subject is the kin alone;
 * each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Security researchers and federal investigators, however, said": the interrupter after the
 * subject leaves both groups in it (the row read "federal investigators said"); one group with
 * an interrupter, and two groups without one, stay as they were. */
static void interrupter_after_group(void)
{
	struct fixture f = run("Security researchers and federal investigators, however, said "
			       "a foreign service was behind the theft.\n\n"
			       "Security researchers, however, said the theft was small.\n\n"
			       "Security researchers and federal investigators said the theft "
			       "was small.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Security researchers and federal investigators said (paraphrase): a "
		      "foreign service was behind the theft"));
	CHECK(renders(&f, 1, "Security researchers said (paraphrase): the theft was small"));
	CHECK(renders(&f, 2,
		      "Security researchers and federal investigators said (paraphrase): the "
		      "theft was small"));
	done(&f);
}

/* "The mayor met family members of the flood victims, many of whom say": the kin, not the
 * clause before them run together by a verb the lexicon does not know (the row read "The
 * mayor met family members of the flood victims say"), nor past a verb in "-ed"; "the other
 * family members of" after a preposition stays the kin with its determiner. */
static void kin_after_a_verb(void)
{
	struct fixture f = run("The mayor met family members of the flood victims, many of whom "
			       "say the city ignored the warnings.\n\n"
			       "The governor greeted relatives of the miners, most of whom say the "
			       "company lied.\n\n"
			       "The law angered the other family members of the miners, many of "
			       "whom say the company lied.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "family members of the flood victims say (paraphrase): the city ignored "
		      "the warnings"));
	CHECK(renders(&f, 1, "relatives of the miners say (paraphrase): the company lied"));
	CHECK(renders(&f, 2,
		      "the other family members of the miners say (paraphrase): the company "
		      "lied"));
	done(&f);
}

int main(void)
{
	RUN(interrupter_after_group);
	RUN(kin_after_a_verb);
	return CHECK_DONE();
}
