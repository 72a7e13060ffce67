/* Unit tests of where a claim's content starts, found among PolNeAR train's found claims whose
 * start differed from gold's (session 37): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "When the ballots are counted, her lead is larger, according to the tally": a clause of time,
 * cause or condition that opens the sentence is part of what the source reports; a concession
 * ("Despite the rain, ...") and a comment ("As it stands, ...") stay the writer's. */
static void according_opening_clause(void)
{
	struct fixture f =
		run("When the late ballots are counted, the mayor's lead grows to nine "
		    "points, according to the county tally.\n\n"
		    "Because Friday was the last day to file, the office was rushing its "
		    "forms, according to two clerks.\n\n"
		    "Despite the heavy rain, the crowd stayed until midnight, according to "
		    "the police.\n\n"
		    "As it stands, the bridge carries twice the traffic it was built for, "
		    "according to the engineers.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "When the late ballots are counted, the mayor's lead grows to nine points",
		 "the county tally", "according to", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO,
		 "Because Friday was the last day to file, the office was rushing its forms",
		 "two clerks", "according to", NULL);
	claim_is(&f, 2, CLAIM_ACCORDING_TO, "the crowd stayed until midnight", "the police",
		 "according to", NULL);
	claim_is(&f, 3, CLAIM_ACCORDING_TO, "the bridge carries twice the traffic it was built for",
		 "the engineers", "according to", NULL);
	done(&f);
}

/* "China rebuts criticism on steel; \nInvestment, official says, helped ...": a headline and the
 * line under it, one paragraph, are two sentences, and the second line's claim starts there; a
 * semicolon inside a line joins its clauses as before. */
static void headline_second_line(void)
{
	struct fixture f = run("Storm closes the harbor; \nRepairs, official says, will take "
			       "a month\n\n"
			       "The council met; the mayor said the fees would stay.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "Repairs, official says, will take a month", "official",
		 "says", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the fees would stay", "the mayor", "said", NULL);
	done(&f);
}

/* "However, as the paper has reported, the fees could rise": a connective that ends right before
 * the "as" tag is the writer's, as "But, as X said," already was; "The bridge, as the mayor
 * said, will close" keeps its subject. */
static void connective_before_as_tag(void)
{
	struct fixture f =
		run("However, as the paper has reported, the fees could rise in June.\n\n"
		    "Still, as the mayor said, in the early days the fees could rise.\n\n"
		    "The bridge, as the mayor said, will close in June.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the fees could rise in June", "the paper", "reported",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "in the early days the fees could rise", "the mayor",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "The bridge, as the mayor said, will close in June",
		 "the mayor", "said", NULL);
	done(&f);
}

/* "As the mayor put it in a statement to reporters in July, the plan is “a gift”": a phrase
 * about the telling after an "as" tag that opens the sentence leaves the clause after its comma
 * the content, as "As the mayor put it, ..." has it; "As he spoke in the lobby, ..." is a
 * time, no tag. */
static void as_tag_with_phrase(void)
{
	struct fixture f =
		run("As the mayor put it in a statement to reporters in July, the plan "
		    "is \u201ca gift to the city.\u201d\n\n"
		    "As the mayor put it, the plan is \u201ca gift to the city.\u201d\n\n"
		    "As he spoke in the lobby of the hall, there were no speeches.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan is \u201ca gift to the city", "the mayor",
		 "put it", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan is \u201ca gift to the city", "the mayor",
		 "put it", NULL);
	done(&f);
}

int main(void)
{
	RUN(according_opening_clause);
	RUN(headline_second_line);
	RUN(connective_before_as_tag);
	RUN(as_tag_with_phrase);
	return CHECK_DONE();
}
