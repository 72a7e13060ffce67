/* Unit tests of shapes a reader met on real news pages and the tool read wrong: each case a
 * sentence written for the test in the same shape. */
#include "claims_fixture.h"

/* "described it as a stable but declining resource": "declining", a cue only with an
 * infinitive, is an adjective here and the content goes on; "declining to comment" after "and"
 * is still the speaker's second act. */
static void adjective_after_but(void)
{
	struct fixture f = run("Lee described the fishery as a stable but declining resource.\n\n"
			       "Lee said the fishery was closing, and declining to comment further "
			       "on the quota.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the fishery as a stable but declining resource", "Lee",
		 "described", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the fishery was closing", "Lee", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "to comment further on the quota", "Lee", "declining",
		 NULL);
	done(&f);
}

/* "officials said no assault had begun": "no" that opens a clause is what they said; "said no."
 * and "said no to the plan" are still the answer alone or no claim. */
static void no_opens_clause(void)
{
	struct fixture f = run("Army officials said no assault had begun.\n\n"
			       "The mayor said no.\n\n"
			       "The mayor said no to the plan.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "no assault had begun", "Army officials", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "no", "The mayor", "said", NULL);
	done(&f);
}

/* "“Why now?” asked Ann Shekar, a clerk.": after a question, "asked" is the asker's tag and the
 * name after it the speaker, not the one asked; "asked reporters" after a statement is not. */
static void asked_after_question(void)
{
	struct fixture f = run("\"Why have a war?\" asked Ann Shekar, a clerk in Cairo.\n\n"
			       "\"Is it over?\" asks the old fisherman.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "Why have a war?", "Ann Shekar, a clerk in Cairo", "asked",
		 "Ann Shekar");
	claim_is(&f, 1, CLAIM_DIRECT, "Is it over?", "the old fisherman", "asks", NULL);
	done(&f);
}

/* "In a protest demanding the boy's return, thousands of women marched": a participle cue on
 * the noun of an opening phrase is said by the main clause's subject, and its content ends where
 * that clause begins; before, it had no speaker and ran on into the main clause. */
static void participle_in_opening_phrase(void)
{
	struct fixture f = run("In a protest demanding the return of the boy, thousands of women "
			       "marched along the boulevard.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the return of the boy", "thousands of women", "demanding",
		 NULL);
	done(&f);
}

/* "“He must go,” said his daughter, Rosa, who said ...": after a quotation a possessive opens
 * the speaker ("his daughter"), and a relative clause after the speaker does not name her. */
static void possessive_speaker_after_quote(void)
{
	struct fixture f =
		run("Manuel Gomez runs a shop.\n\n"
		    "\"He must go to work,\" said his daughter, Rosa, who said Gomez was "
		    "tired.\n\n"
		    "\"He must rest,\" said his son.\n");

	speaker_resolves(&f, "his daughter, Rosa, who said Gomez was tired", "Rosa");
	speaker_resolves(&f, "his son", "Manuel Gomez's son");
	done(&f);
}

/* "said an adviser to Ann Lee", "an official at Hanami Securities": someone tied to a named
 * person or firm is not that person or firm; a spokesman for her speaks for her. */
static void adviser_is_not_the_named(void)
{
	struct fixture f = run("\"We have work to do,\" said an adviser to Ann Lee.\n\n"
			       "\"We will win,\" said a spokesman for Ann Lee.\n\n"
			       "An official at Hanami Securities said the market was nervous.\n");

	speaker_resolves(&f, "an adviser to Ann Lee", "an adviser to Ann Lee");
	speaker_resolves(&f, "a spokesman for Ann Lee", "Ann Lee");
	speaker_resolves(&f, "An official at Hanami Securities",
			 "An official at Hanami Securities");
	done(&f);
}

/* to claim lives is to take them: no claim; "claimed responsibility" and "claimed that" stay */
static void claiming_lives(void)
{
	struct fixture f =
		run("A long war has been steadily claiming soldiers' lives. The flood "
		    "claimed the lives of four people. Rebels claimed responsibility for "
		    "the raid. Ann Lee claimed the money was hers.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the raid", "Rebels", "claimed responsibility for", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the money was hers", "Ann Lee", "claimed", "Ann Lee");
	done(&f);
}

/* an attack that kills a number of people or is made with arms is violence, no claim; an
 * attack on a plan, or one "killing any hope", stays */
static void armed_attacks(void)
{
	struct fixture f = run("In 2000, they attacked the base, killing 17 soldiers.\n\n"
			       "Gunmen attacked Tom Park with knives.\n\n"
			       "Ann Lee attacked Tom Park over the plan.\n\n"
			       "Tom Park attacked Ann Lee over her emails, killing any hope of a "
			       "truce.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "Tom Park over the plan", "Ann Lee", "attacked", "Ann Lee");
	claim_is(&f, 1, CLAIM_INDIRECT, "Ann Lee over her emails, killing any hope of a truce",
		 "Tom Park", "attacked", "Tom Park");
	done(&f);
}

/* "This sort of opining, CNN claimed, violates ...": the gerund after "of" is a kind of talk,
 * the claim the parenthetical tag's; "made the mistake of saying that ..." stays a claim */
static void gerund_after_of(void)
{
	struct fixture f = run("This sort of opining, the network claimed, violates its code.\n\n"
			       "Ann Lee made the mistake of saying that the plan would fail.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "This sort of opining, the network claimed, violates its code", "the network",
		 "claimed", NULL);
	CHECK(renders(&f, 0,
		      "the network claimed (paraphrase): This sort of opining violates its code"));
	CHECK(f.l->n > 1 && strncmp(f.text + f.l->items[1].cue.start, "saying", 6) == 0);
	done(&f);
}

/* "Ann Lee concluded by making it clear that ...": the verb the participle hangs on is no
 * word of the source; "Tom Park finished by saying" already ended there */
static void verb_before_a_participle(void)
{
	struct fixture f = run("Ann Lee concluded by making it clear that the plan would fail.\n\n"
			       "Tom Park finished by saying the plan would fail.\n");

	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "Ann Lee", "Ann Lee");
	speaker_resolves(&f, "Tom Park", "Tom Park");
	done(&f);
}

/* A title-case headline: "Bellwether County Says ..." has a county for its source (a place alone
 * stays no source in running text: "Vigo County said the count was done" is no claim); a live
 * blog's time glued to its headline ("9:52PMBush Says ...") is no word of the source. */
static void headline_county_and_glued_time(void)
{
	struct fixture f = run("Bellwether County Says Jobs Are Coming Back\n\n"
			       "Live updates from the debate\n\n"
			       "9:52PMBush Says We Should Pay Attention To History\n\n"
			       "Jeb Bush spoke on Tuesday in Manchester.\n\n"
			       "Vigo County said the count was done.\n");

	claim_is(&f, 0, CLAIM_INDIRECT, "Jobs Are Coming Back", "Bellwether County", "Says",
		 "Bellwether County");
	claim_is(&f, 1, CLAIM_INDIRECT, "We Should Pay Attention To History", "Bush", "Says",
		 "Bush");
	CHECK_EQ(f.l->n, 2);
	done(&f);
}

/* Markup left in plain text ("<tweet id="..." author="@x">...</tweet>", as PolNeAR keeps
 * embedded tweets): its quotation marks open no quotation and it is no part of a claim's content;
 * "3 <4" is no markup and stays. */
static void markup_in_plain_text(void)
{
	struct fixture f = run("The convention opened on Monday.\n\n"
			       "<tweet id=\"7479\" author=\"@thedailybeast\" "
			       "datetime=\"2016-06-29\">Trump reportedly has Mike Tyson on his "
			       "convention wish list</tweet>.\n\n"
			       "The score was 3 <4, the coach said.\n");

	claim_is(&f, 0, CLAIM_INDIRECT,
		 "Trump reportedly has Mike Tyson on his convention wish list", NULL, "reportedly",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The score was 3 <4", "the coach", "said", NULL);
	CHECK_EQ(f.l->n, 2);
	done(&f);
}

/* "Netan\u00ADyahu": a soft hyphen or a zero-width space inside a name is part of the word, and
 * the name is the same name with or without it; the control has none. */
static void soft_hyphen_inside_a_name(void)
{
	struct fixture f = run("Prime Minister Dan Netan\xC2\xADyahu said on Monday that the plan "
			       "was dangerous. \xE2\x80\x9CWe will not accept it,\xE2\x80\x9D "
			       "Netan\xC2\xADyahu said.\n\n"
			       "Governor Ann Bel\xE2\x80\x8Bgrave said the tax would go. "
			       "\xE2\x80\x9CIt is over,\xE2\x80\x9D Belgrave said.\n\n"
			       "Mayor Joe Kettering said the park would open. "
			       "\xE2\x80\x9CIt is ready,\xE2\x80\x9D Kettering said.\n");

	CHECK_EQ(f.l->n, 6);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the plan was dangerous",
		 "Prime Minister Dan Netan\xC2\xADyahu", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "We will not accept it,", "Netan\xC2\xADyahu", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the tax would go", "Governor Ann Bel\xE2\x80\x8Bgrave",
		 "said", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "It is over,", "Belgrave", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "the park would open", "Mayor Joe Kettering", "said", NULL);
	claim_is(&f, 5, CLAIM_DIRECT, "It is ready,", "Kettering", "said", "Joe Kettering");
	if (f.l->n == 6) {
		CHECK(f.l->items[1].speaker_resolved != NULL);
		CHECK(f.l->items[3].speaker_resolved != NULL);
		if (f.l->items[3].speaker_resolved)
			CHECK(strncmp(f.l->items[3].speaker_resolved, "Ann Bel", 7) == 0);
	}
	done(&f);
}

/* "A: I think it would be very difficult": in an answer of a question-and-answer interview "I"
 * is the person asked, never the writer; the writer's own "I think" stays the writer's. */
static void answer_is_not_the_writer(void)
{
	struct fixture f = run("I think the book matters a great deal.\n\n"
			       "Q: What would have happened?\n\n"
			       "A: I think it would be very difficult for the country.\n");

	/* the question is no claim (test_claims_transcripts.c) */
	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the book matters a great deal", "I", "think",
		 "I (the writer)");
	claim_is(&f, 1, CLAIM_INDIRECT, "it would be very difficult for the country", "I", "think",
		 NULL);
	if (f.l->n == 2)
		CHECK(f.l->items[1].speaker_resolved == NULL);
	done(&f);
}

int main(void)
{
	RUN(claiming_lives);
	RUN(armed_attacks);
	RUN(gerund_after_of);
	RUN(verb_before_a_participle);
	RUN(adjective_after_but);
	RUN(no_opens_clause);
	RUN(asked_after_question);
	RUN(participle_in_opening_phrase);
	RUN(possessive_speaker_after_quote);
	RUN(adviser_is_not_the_named);
	RUN(headline_county_and_glued_time);
	RUN(markup_in_plain_text);
	RUN(soft_hyphen_inside_a_name);
	RUN(answer_is_not_the_writer);
	return CHECK_DONE();
}
