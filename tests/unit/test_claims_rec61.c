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

/* "the bomb blasts killed scores", "the gas chromatograph blasts the sample", "preferred stock"
 * and "would I prefer to keep buying ...?" are a noun, a machine, a share and a hypothetical:
 * no claims; "blasts" after a name or "who" is the verb. */
static void blasts_and_prefer_that_are_no_stance(void)
{
	struct fixture f =
		run("Blasts\n\nFriday the bomb blasts killed scores of people.\n\n"
		    "The gas chromatograph blasts the sample at 280 degrees.\n\n"
		    "Holders get one new preferred share for each share.\n\n"
		    "Management preferred stock over bonds.\n\n"
		    "Would I rather help my kid or would I prefer to keep buying things?\n\n"
		    "They would prefer she stockpile her resources.\n\n"
		    "Bond investors would have preferred slower growth.\n\n"
		    "Bob wouldn’t prefer his own changes.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stays: the verb after a name or "who", a stance in the past */
	struct fixture g = run("Trade\n\nSanders, who similarly blasts free trade, spoke.\n\n"
			       "Investors preferred the bonds.\n");
	CHECK_EQ(g.l->n, 2);
	CHECK(renders(&g, 0, "Sanders similarly blasts (paraphrase): free trade"));
	CHECK(renders(&g, 1, "Investors preferred (paraphrase): the bonds"));
	done(&g);
}

/* "Japanese government officials, eager to rebut foreign criticism of Japanese investments
 * overseas, hailed the transaction" named the speaker "eager to rebut foreign criticism of
 * Japanese investments overseas": an adjective and its infinitive between commas are set off
 * like a participle's phrase, and the subject is the noun before them. */
static void adjective_phrase_aside_the_subject(void)
{
	struct fixture f =
		run("Deal\n\nJapanese government officials, eager to rebut foreign "
		    "criticism of Japanese investments overseas, hailed the transaction.\n\n"
		    "Lee, quick to respond, said the deal was fair.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Japanese government officials hailed (paraphrase): the transaction"));
	CHECK(renders(&f, 1, "Lee said (paraphrase): the deal was fair"));
	done(&f);
	/* stays: an apposition with a determiner */
	struct fixture g = run("Aide\n\nAnn Lee, the aide to Mr. Cole, said it would go on.\n");
	CHECK(renders(&g, 0, "Ann Lee said (paraphrase): it would go on"));
	done(&g);
}

int main(void)
{
	blasts_and_prefer_that_are_no_stance();
	adjective_phrase_aside_the_subject();
	stance_verbs_with_an_object();
	welcome_of_people_is_no_stance();
	object_ends_before_another_clause();
	return CHECK_DONE();
}
