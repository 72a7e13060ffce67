/* Unit tests of wrong speakers (session 41, who41): each row next to the claim of the same shape
 * that stays. */
#include "claims_fixture.h"

/* "Officials say she robbed a bank and declined to stop": the past verb after "and" goes on with
 * the content's pronoun and past verb, not with the present "say" (she declined, the officials
 * say so); "and declined to comment" is the officials' own reply, and after a past "said" the
 * second verb stays the speakers'. */
static void past_verb_of_content(void)
{
	struct fixture f = run("Officials say she robbed a bank and declined to stop.\n\n"
			       "Officials say she robbed a bank and declined to comment.\n\n"
			       "The mayor said the road was closed and promised to reopen it.\n");

	CHECK_EQ(f.l->n, 5);
	CHECK(renders(&f, 0, "Officials say (paraphrase): she robbed a bank and declined to stop"));
	CHECK(renders(&f, 1, "Officials say (paraphrase): she robbed a bank"));
	CHECK(renders(&f, 2, "Officials declined (paraphrase): to comment"));
	CHECK(renders(&f, 3, "The mayor said (paraphrase): the road was closed"));
	CHECK(renders(&f, 4, "The mayor promised (paraphrase): to reopen it"));
	done(&f);
}

int main(void)
{
	RUN(past_verb_of_content);
	return CHECK_DONE();
}
