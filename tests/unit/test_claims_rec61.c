/* Unit tests of the stance verbs found by rec61 in session 61 (PolNeAR train's gold claims the
 * engine missed): "opposes", "welcomed", "blasts", "hailed", "applaud", "prefer" with a noun
 * phrase for content, and where such content ends before another group's clause; each next to
 * the shape of the same words that stays no claim. */
#include "claims_fixture.h"

/* "Rubio opposes abortion", "Heitkamp opposes a Democratic measure", "Grandi welcomed the EU's
 * contribution", "Clinton blasts Trump", "Obama hailed the record streak", "The Clintons
 * preferred the Dominican Republic": a stance with a noun phrase for its content. */
static void stance_verbs_with_an_object(void)
{
	struct fixture f = run("Stances\n\nRubio opposes abortion.\n\n"
			       "Grandi welcomed the EU’s financial contribution.\n\n"
			       "Clinton blasts Trump for skipping the debate.\n\n"
			       "Obama hailed the record streak of job growth.\n\n"
			       "The Clintons preferred the Dominican Republic.\n\n"
			       "Celebrities went on Twitter to applaud Obama’s announcement.\n");
	CHECK_EQ(f.l->n, 6);
	CHECK(renders(&f, 0, "Rubio opposes (paraphrase): abortion"));
	CHECK(renders(&f, 1, "Grandi welcomed (paraphrase): the EU’s financial contribution"));
	CHECK(renders(&f, 2, "Clinton blasts (paraphrase): Trump for skipping the debate"));
	CHECK(renders(&f, 3, "Obama hailed (paraphrase): the record streak of job growth"));
	CHECK(renders(&f, 4, "The Clintons preferred (paraphrase): the Dominican Republic"));
	done(&f);
	/* stays: "preferred" between a determiner or a possessive and its noun is an adjective */
	struct fixture g = run("Boots\n\nCowboy boots are the preferred footwear.\n\n"
			       "Twitter is one of his preferred methods of communication.\n");
	CHECK_EQ(g.l->n, 0);
	done(&g);
}

/* "welcomed" a thing is a stance; a host welcomes people: "welcomed several hundred guests",
 * "welcomed them all with open arms", "has welcomed in many refugees" are no claims. */
static void welcome_of_people_is_no_stance(void)
{
	struct fixture f = run("Hosts\n\nScott welcomed several hundred guests to his home.\n\n"
			       "Merkel welcomed them all with open arms.\n\n"
			       "Jordan has welcomed in many refugees.\n\n"
			       "Lee welcomed 300 delegates.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stays: a thing welcomed, and a quotation */
	struct fixture g = run("Ruling\n\nThe mayor welcomed the ruling.\n\n"
			       "Nordhaus welcomed “the recognition that we need new tools.”\n");
	CHECK_EQ(g.l->n, 2);
	CHECK(renders(&g, 0, "The mayor welcomed (paraphrase): the ruling"));
	CHECK(renders(&g, 1, "Nordhaus welcomed: “the recognition that we need new tools.”"));
	done(&g);
}

/* "more than half of white women preferred Clinton while about 6 in 10 white men supported
 * Sanders" gave "preferred" the content "Clinton while about 6 in 10 white men supported
 * Sanders": a short noun phrase ends before "while", "whereas" or "and" and a number that open
 * another group's clause with a verb of its own. */
static void object_ends_before_another_clause(void)
{
	struct fixture f =
		run("Poll\n\nMore than half of white women preferred Clinton while about "
		    "6 in 10 white men supported Sanders.\n\n"
		    "Of those asked, 5 percent prefer Gary Johnson and 1 percent support "
		    "Jill Stein.\n");
	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "More than half of white women preferred (paraphrase): Clinton"));
	CHECK(renders(&f, 1, "about 6 in 10 white men supported (paraphrase): Sanders"));
	CHECK(renders(&f, 2, "5 percent prefer (paraphrase): Gary Johnson"));
	CHECK(renders(&f, 3, "1 percent support (paraphrase): Jill Stein"));
	done(&f);
	/* stays: "while" with no clause after it, or a participle */
	struct fixture g = run("Office\n\nLee backed the bill while in office.\n\n"
			       "Lee praised the plan while campaigning in Iowa.\n");
	CHECK_EQ(g.l->n, 2);
	CHECK(renders(&g, 0, "Lee backed (paraphrase): the bill while in office"));
	CHECK(renders(&g, 1, "Lee praised (paraphrase): the plan while campaigning in Iowa"));
	done(&g);
}

int main(void)
{
	stance_verbs_with_an_object();
	welcome_of_people_is_no_stance();
	object_ends_before_another_clause();
	return CHECK_DONE();
}
