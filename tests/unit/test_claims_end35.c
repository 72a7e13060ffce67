/* Unit tests of where a claim's content ends, found among PolNeAR train's found but inexact
 * predictions (session 35): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "reiterated them on her radio show": an object pronoun is a noun phrase of one word, and the
 * programme the telling was on ends the content after it as after a name; "himself on Saturday
 * for ..." keeps what the speaker went on with. */
static void pronoun_before_occasion(void)
{
	struct fixture f = run("The senator reiterated them on Dana Pruitt\u2019s radio show.\n\n"
			       "The mayor endorsed the councilman on his radio show.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "them", "The senator", "reiterated", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the councilman", "The mayor", "endorsed", NULL);
	done(&f);
}

/* "mocks the mayor on Twitter.": the site or network the telling went out on, at the end of the
 * sentence or before a time or a clause, is no part of a short noun phrase's content; a topic
 * after "on" ("his attacks on the judge") and a reason after the site ("on Twitter for backing
 * the bill") go on. */
static void platform_after_object(void)
{
	struct fixture f =
		run("The billionaire mocks the governor on Twitter.\n\n"
		    "The candidate blamed local officials on Facebook before the rally.\n\n"
		    "The senator criticized his attacks on the judge.\n\n"
		    "The senator criticized the mayor on Twitter for backing the bill.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the governor", "The billionaire", "mocks", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "local officials", "The candidate", "blamed", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "his attacks on the judge", "The senator", "criticized",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the mayor on Twitter for backing the bill", "The senator",
		 "criticized", NULL);
	done(&f);
}

int main(void)
{
	RUN(pronoun_before_occasion);
	RUN(platform_after_object);
	return CHECK_DONE();
}
