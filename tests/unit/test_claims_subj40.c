/* Unit tests of the subject walk (session 40, subj40): a speaker's span when an apposition holds
 * an adverb and a participle or "and", each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Jo Lee, newly appointed chairman and interim chief executive of Kell, said": "newly
 * appointed" describes the role and "and" joins two roles; the speaker is the person with her
 * apposition, not the firm the last role is of. "Jo Lee, chairman and chief executive of Kell"
 * stays. */
static void newly_appointed_roles(void)
{
	struct fixture f = run("Marta Vinson, newly appointed chairman and interim chief executive "
			       "of Dorrel, said the stores would stay open.\n\n"
			       "Marta Vinson, newly appointed chairman of Dorrel, said the stores "
			       "would stay open.\n\n"
			       "Owen Pratt, chairman and chief executive of Dorrel, said the plan "
			       "was sound.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the stores would stay open",
		 "Marta Vinson, newly appointed chairman and interim chief executive of Dorrel",
		 "said", "Marta Vinson");
	claim_is(&f, 1, CLAIM_INDIRECT, "the stores would stay open",
		 "Marta Vinson, newly appointed chairman of Dorrel", "said", "Marta Vinson");
	claim_is(&f, 2, CLAIM_INDIRECT, "the plan was sound",
		 "Owen Pratt, chairman and chief executive of Dorrel", "said", "Owen Pratt");
	done(&f);
}

int main(void)
{
	RUN(newly_appointed_roles);
	return CHECK_DONE();
}
