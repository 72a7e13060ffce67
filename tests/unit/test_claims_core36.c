/* Unit tests of claims with the plainest cues ("said", "wrote", "told", ...) that were missed
 * (session 36): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "” … they are so not like him,” she said": a closing curly mark that opens its paragraph is
 * typed for the opening one, and the quotation after it is the speaker's; so is one after a
 * direction mark pasted before it (U+202A). A closing mark inside the paragraph still closes
 * ("“We will win,” the mayor said."). A quotation's content starts right after its mark, the space
 * with it, as for an opening mark. */
static void closing_mark_opens_paragraph(void)
{
	struct fixture f = run("The council met on Monday.\n\n"
			       "\u201d \u2026 the plan is not what we were promised,\u201d the "
			       "mayor wrote.\n\n"
			       "\u202a\u201dThe park belongs to the town. Keep it open,\u201d said "
			       "Ann Pollard.\n\n"
			       "\u201cWe will win,\u201d the treasurer said.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, " \u2026 the plan is not what we were promised,", "the mayor",
		 "wrote", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "The park belongs to the town. Keep it open,", "Ann Pollard",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "We will win,", "the treasurer", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(closing_mark_opens_paragraph);
	return CHECK_DONE();
}
