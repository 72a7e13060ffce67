/* Unit tests of claim rows a reader would find wrong, read in PolNeAR dev and train stories
 * (session 41): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "his disclosure report provides clarity", "remarks that were replayed", "an audit report that
 * could raise doubts": "report" and "remarks" before a finite verb, a modal or a relative "that"
 * with one are nouns, no one reporting; "Inspectors report the plant is closed" and the claim
 * around the noun stay. */
static void report_noun_before_verb(void)
{
	struct fixture f = run(
		"Smith asserts that his financial disclosure report provides sufficient clarity.\n\n"
		"On Sunday, Mr. Jones even echoed the governor's defense of the new tax, saying most "
		"voters wanted it, remarks that were widely replayed on local radio.\n\n"
		"The lobbying push comes ahead of the expected release of a long section of a state "
		"audit report that could raise new doubts about the deal.\n\n"
		"Inspectors report the plant is closed.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "that his financial disclosure report provides sufficient clarity", "Smith",
		 "asserts", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "most voters wanted it", "Mr. Jones", "saying", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the plant is closed", "Inspectors", "report", NULL);
	done(&f);
}

/* "confronted him with insulting remarks he had made about nurses": "remarks" after an
 * adjective is the noun, and what follows is no one's content; "The mayor remarks that ..."
 * and "“...,” the mayor remarks" stay. */
static void remarks_after_adjective(void)
{
	struct fixture f = run("This started when the host confronted him with insulting remarks "
			       "he had made about nurses, and it went on for weeks.\n\n"
			       "The mayor remarks that the budget is tight.\n\n"
			       "\u201cWe are ready,\u201d the mayor remarks.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the budget is tight", "The mayor", "remarks", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "We are ready,", "the mayor", "remarks", NULL);
	done(&f);
}

/* "It goes without saying that ...": the writer's own set phrase, no one saying it; "left
 * without saying that ..." stays. */
static void goes_without_saying(void)
{
	struct fixture f = run("It goes without saying that the new budget will be tight.\n\n"
			       "He left without saying that the talks had failed.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the talks had failed", "He", "saying", NULL);
	done(&f);
}

int main(void)
{
	RUN(report_noun_before_verb);
	RUN(remarks_after_adjective);
	RUN(goes_without_saying);
	return CHECK_DONE();
}
