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

/* PolNeAR train nyt 2016-02-04 and wash-post 2016-02-05: "Mr. Trump's defeat won't
 * necessarily derail his campaign, as some have speculated." and "The numbers changed over the
 * summer, as Sanders has sometimes acknowledged." were lost: "as X said" was a tag only before
 * its content. At the sentence's end after a main clause and its comma, that clause is the
 * content (PolNeAR dev "... whether Scott had a gun, as police have said": the clause after
 * "whether", which is what the police said). "..., as he spoke." is a time, and in "..., as
 * the mayor announced the results." the cue has its own content: "The crowd cheered" stays
 * out of both. After a denial ("won't necessarily derail his campaign, as some have
 * speculated") "as" may set the saying against the clause (some said it would): no claim. */
static void as_tag_after_its_clause(void)
{
	struct fixture f = run("The count will not end his campaign, as some have speculated.\n\n"
			       "The rates rose over the summer, as Ann Lee noted in the Ledger.\n\n"
			       "It does not say whether the driver had a knife, as police have "
			       "said.\n\n"
			       "The crowd fell silent, as he spoke.\n\n"
			       "The crowd cheered, as the mayor announced the results.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Ann Lee noted (paraphrase): The rates rose over the summer"));
	CHECK(renders(&f, 1, "police said (paraphrase): the driver had a knife"));
	CHECK(renders(&f, 2, "the mayor announced (paraphrase): the results"));
	done(&f);
}

int main(void)
{
	RUN(posted_on_a_network_that);
	RUN(after_clause_before_had);
	RUN(as_tag_after_its_clause);
	return CHECK_DONE();
}
