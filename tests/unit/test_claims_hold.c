/* Unit tests of holding claims: content that ran over a second report with a cue and a speaker
 * of its own ends before it, so that each report is one claim with its own words. */
#include "claims_fixture.h"

/* ", but six in 10 said ...", ", and one in five say ...", ", but ultimately Prager thinks
 * ...", ", and more than 4 in 10 said": a coordinated clause whose subject has a phrase after it
 * or an adverb before it is a second report; the first one's content ends before it. A verb of
 * support or seeing there ("and people in Fort Pierce see it as a strength") goes on with the
 * content. */
static void coordinated_speaker(void)
{
	struct fixture f = run(
		"Voters said they prefer an agenda more liberal than President Obama's, but six in "
		"10 said they want the next president to continue those policies.\n\n"
		"Prager admits they have a point, but ultimately Prager thinks their logic is "
		"flawed.\n\n"
		"Voters said they were worried about the economy, and more than 4 in 10 said Trump "
		"would be best at handling it.\n\n"
		"She said the town prides itself on its blend of races, and people in Fort Pierce "
		"see it as a strength.\n");

	CHECK_EQ(f.l->n, 7);
	claim_is(&f, 0, CLAIM_INDIRECT, "they prefer an agenda more liberal than President Obama's",
		 "Voters", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "they want the next president to continue those policies",
		 "six in 10", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "they have a point", "Prager", "admits", NULL);
	REQUIRE(f.l->n > 3);
	CHECK(span_is(&f, f.l->items[3].content, "their logic is flawed"));
	REQUIRE(f.l->n > 5);
	CHECK(span_is(&f, f.l->items[4].content, "they were worried about the economy"));
	CHECK(span_is(&f, f.l->items[5].content, "Trump would be best at handling it"));
	claim_is(&f, 6, CLAIM_INDIRECT,
		 "the town prides itself on its blend of races, and people in Fort Pierce see it "
		 "as a strength",
		 "She", "said", NULL);
	/* the view inside her statement is part of it (claims_drop_nested), no row of its own */
	done(&f);
}

/* "“A,” she said, adding, “B”" and "adding later, “B”": the participle cue alone or with an
 * adverb takes the second quotation, the first claim ends at its closing mark; "“A,” said
 * Sherman, speaking of politicians, “B”" goes on. */
static void added_quotation(void)
{
	struct fixture f = run(
		"\"They are not affiliated with the campaign,\" she said, adding, \"Mr. Trump is "
		"incredibly grateful for their support.\"\n\n"
		"\"We can't afford to do this anymore,\" Trump said, adding later, \"NATO is "
		"costing us a fortune.\"\n\n"
		"\"They talk a lot,\" said Sherman, speaking of politicians, \"and they do very "
		"little.\"\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_DIRECT, "They are not affiliated with the campaign,", "she", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "Mr. Trump is incredibly grateful for their support.", "she",
		 "adding", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "We can't afford to do this anymore,", "Trump", "said", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "NATO is costing us a fortune.", "Trump", "adding", NULL);
	claim_is(&f, 4, CLAIM_DIRECT,
		 "They talk a lot,\" said Sherman, speaking of politicians, \"and they do very "
		 "little.",
		 "Sherman", "said", NULL);
	done(&f);
}

/* A claim whose cue lies in the clause that opens the sentence ends at the comma before the
 * main clause when that clause is a claim of its own, its speaker right after the comma ("After
 * the court refused to reinstate the law, Gov. Pat McCrory (R) blamed ..."); a main clause with
 * no cue stays out of it anyway ("When the senator said ..., his aides were surprised"). */
static void opening_then_main_claim(void)
{
	struct fixture f = run(
		"After the Supreme Court refused to reinstate the law, Gov. Pat McCrory (R) blamed "
		"the court's \"four liberal justices\" for the ruling.\n\n"
		"Asked what he wrote in the speech about Clinton, Cross said he may yet have to "
		"vote for her.\n\n"
		"When the senator said he would run again, his aides were surprised.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "to reinstate the law", "the Supreme Court", "refused",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the court's \"four liberal justices\" for the ruling",
		 "Gov. Pat McCrory (R)", "blamed", NULL);
	/* "wrote ... about" inside the question is part of it: the question is the claim */
	claim_is(&f, 2, CLAIM_INDIRECT, "what he wrote in the speech about Clinton", NULL, "Asked",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "he may yet have to vote for her", "Cross", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "he would run again", "the senator", "said", NULL);
	done(&f);
}

/* A claim whose content runs over a colon and a second speaker's report ends at the colon;
 * shares of a poll after the colon illustrate the content and stay in it. */
static void colon_then_claim(void)
{
	struct fixture f = run(
		"He cites the crowds themselves as an example: He says news outlets undercount his "
		"supporters.\n\n"
		"The academy noted that immigrants buy into the American dream more than others do: "
		"70 percent believe their children will be better off.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the crowds themselves as an example", "He", "cites", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "news outlets undercount his supporters", "He", "says",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "that immigrants buy into the American dream more than others do: 70 percent "
		 "believe their children will be better off",
		 "The academy", "noted", NULL);
	done(&f);
}

/* Noun-phrase content ends before "after", "when", "as" or "because" and a clause that is a
 * report of its own ("denouncing the Castro regime after Trump said ..."); a belief there ("as
 * hypocritical because he had accepted ...") goes on. */
static void subordinate_report(void)
{
	struct fixture f = run(
		"Rubio was forcefully denouncing the Castro regime after Trump said he is open to "
		"negotiating a deal with Cuba.\n\n"
		"She described Sanders as hypocritical because he had accepted money from Wall "
		"Street firms.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the Castro regime", "Rubio", "was forcefully denouncing",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "he is open to negotiating a deal with Cuba", "Trump",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "Sanders as hypocritical because he had accepted money from Wall Street firms",
		 "She", "described", NULL);
	done(&f);
}

/* A cue that ends with its preposition ("spoke about", "had talked about") reports the words
 * after it: the clause before it is no content and the words after it no source (the name
 * before the relative clause is); "wrote on" after a quotation keeps its inverted reading, its
 * cue "wrote" (Twitter is where: PolNeAR marks "wrote" alone, train 5 of 5). */
static void preposition_cue_not_inverted(void)
{
	struct fixture f = run(
		"Meanwhile Rihanna, who was honored with the prestigious award, spoke about "
		"the importance of self-love.\n\n"
		"\"It never crossed my mind,\" she said, and a big reason for this was the rise "
		"of Donald Trump, who had talked about so many of the things she had come to "
		"believe.\n\n"
		"\"Another state we would have won,\" another supporter wrote on Twitter.\n");

	for (size_t i = 0; i < f.l->n; i++) {
		const struct claim *c = &f.l->items[i];
		CHECK(c->kind == CLAIM_DIRECT || c->content.end > c->cue.start);
	}
	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the importance of self-love",
		 "Rihanna, who was honored with the prestigious award", "spoke about", "Rihanna");
	claim_is(&f, 1, CLAIM_DIRECT, "It never crossed my mind,", "she", "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "Another state we would have won,", "another supporter",
		 "wrote", NULL);
	done(&f);
}

int main(void)
{
	RUN(coordinated_speaker);
	RUN(added_quotation);
	RUN(opening_then_main_claim);
	RUN(colon_then_claim);
	RUN(subordinate_report);
	RUN(preposition_cue_not_inverted);
	return CHECK_DONE();
}
