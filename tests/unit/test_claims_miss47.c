/* Unit tests of reports the claims engine missed, found by miss47 in session 47: each next to
 * the row of the same shape that must stay out. */
#include "claims_fixture.h"

/* PolNeAR train nyt 2016-06-03 and wash-post 2016-01-07: "posted on Twitter that if Amazon ...",
 * "had posted on his Facebook page that refugees should ..." were lost: "posted" was a cue only
 * as a tag after a quotation. Where it says on what it was posted and "that" opens a clause,
 * the clause is the content. "posted a video on Facebook that shows ..." (its object first)
 * and "posted on the site that hosts ..." (a relative clause) stay out. */
static void posted_on_a_network_that(void)
{
	struct fixture f = run("The senator posted on Twitter that the count had been rigged.\n\n"
			       "The mayor posted on her Facebook page Monday that she would run "
			       "again.\n\n"
			       "The senator posted a video on Facebook that shows the crowd.\n\n"
			       "The group posted on the site that hosts its videos.\n\n"
			       "The senator posted on Twitter that shows the crowd.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The senator posted (paraphrase): the count had been rigged"));
	CHECK(renders(&f, 1, "The mayor posted (paraphrase): she would run again"));
	done(&f);
}

/* PolNeAR train wash-post 2016-01-07: "sentenced a man to probation and a fine after the man
 * had posted ..." took "a fine after the man" for the speaker: a phrase after "after" was read
 * as part of the noun before it. Before "had" it is a clause of its own; "Visitors to the
 * coast since the storm have said" keeps its phrase. */
static void after_clause_before_had(void)
{
	struct fixture f = run("He got probation and a fine after the man had said that the "
			       "refugees should leave.\n\n"
			       "Visitors to the coast since the storm have said that the beach is "
			       "gone.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "the man had said (paraphrase): the refugees should leave"));
	CHECK(renders(&f, 1,
		      "Visitors to the coast since the storm have said (paraphrase): the beach "
		      "is gone"));
	done(&f);
}

int main(void)
{
	RUN(posted_on_a_network_that);
	RUN(after_clause_before_had);
	return CHECK_DONE();
}
