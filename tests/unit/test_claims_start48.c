/* Unit tests of where a claim's content starts, found by start48 in session 48: each next to
 * the row of the same shape that stays. */
#include "claims_fixture.h"

/* PolNeAR dev "the euro crisis highlighted sharp differences in how best to spur growth" read
 * "highlighted: how best to spur growth": a wh-word after a preposition is that preposition's
 * object, and the noun before it is what the cue takes. A question asked of someone still
 * starts at its own word. */
static void noun_before_preposition_and_wh(void)
{
	struct fixture f = run("The river dispute highlighted deep rifts in how to share the "
			       "water.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "The river dispute highlighted (paraphrase): deep rifts in how to share the "
		      "water"));
	done(&f);
	f = run("The mayor praised the volunteers for what they did after the flood.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "The mayor praised (paraphrase): the volunteers for what they did after the "
		      "flood"));
	done(&f);
	/* stay */
	f = run("The mayor asked residents whether the bridge should close.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The mayor asked (paraphrase): whether the bridge should close"));
	done(&f);
	f = run("The firms kept asking them a series of questions about how they would fix the "
		"roads.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The firms kept asking (paraphrase): how they would fix the roads"));
	done(&f);
}

/* PolNeAR train "Zimmerman wrote in both listings he was “honored and humbled” to announce ..."
 * read "wrote: in both listings he was ...": with a quotation inside the clause, the phrase of
 * where it was written stayed in the content, though without one it goes ("said in the
 * interview she would run"). The clause begins at its pronoun; after "of" the phrase is the
 * topic and stays, and with "that" the clause begins after it as before. */
static void pronoun_clause_before_quote(void)
{
	struct fixture f = run("The seller wrote in both listings he was \u201cglad\u201d to "
			       "offer the rifle.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "The seller wrote (paraphrase): he was \u201cglad\u201d to offer the rifle"));
	done(&f);
	/* stay */
	f = run("The seller wrote in both listings that he was \u201cglad\u201d to offer the "
		"rifle.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "The seller wrote (paraphrase): he was \u201cglad\u201d to offer the rifle"));
	done(&f);
	f = run("The coach said of the trip she had \u201cthe best week\u201d of her life.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(
		&f, 0,
		"The coach said (paraphrase): of the trip she had \u201cthe best week\u201d of "
		"her life"));
	done(&f);
}

/* PolNeAR train "Ben Carson responded on Sunday to accusations that he exaggerated details of
 * his life story" read "Ben Carson responded: he exaggerated details ...", the accusers' words
 * in his mouth. After a cue of answering, "to", a noun of what others said and "that" are where
 * the content starts; "responded to the council that ..." names whom, and the clause stays. */
static void answer_to_what_others_said(void)
{
	struct fixture f =
		run("The senator responded on Sunday to accusations that he had inflated "
		    "his record.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "The senator responded (paraphrase): to accusations that he had inflated his "
		      "record"));
	done(&f);
	/* stay */
	f = run("The mayor responded to the council that the budget was fine.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The mayor responded (paraphrase): the budget was fine"));
	done(&f);
	f = run("The mayor responded Friday that the budget was fine.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The mayor responded (paraphrase): the budget was fine"));
	done(&f);
}

int main(void)
{
	RUN(noun_before_preposition_and_wh);
	RUN(pronoun_clause_before_quote);
	RUN(answer_to_what_others_said);
	return CHECK_DONE();
}
