/* Unit tests of frames and tags a reader would find wrong, found by tag59 in session 59 in
 * stories of its own: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "A spokesman for the board said the vote was fair, but declined to say when it would meet"
 * gave the refusal to "A spokesman" beside "A spokesman for the board": two speakers for one
 * man. The verb after "but" or "and" has the whole source of the clause before it. */
static void declined_has_the_whole_source(void)
{
	static const char *const tails[] = {", but declined", " — but declined", " but declined",
					    " and declined"};
	for (size_t i = 0; i < sizeof(tails) / sizeof(tails[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text),
			 "Board\n\nA spokesman for the board said the vote was fair%s to say "
			 "when it would meet.\n",
			 tails[i]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 2);
		CHECK(renders(&f, 0,
			      "A spokesman for the board said (paraphrase): the vote was fair"));
		CHECK(renders(&f, 1,
			      "A spokesman for the board declined (paraphrase): to say when it "
			      "would meet"));
		done(&f);
	}
	/* stays: a subject with "of", read whole already */
	struct fixture f = run("Bill\n\nThe chairman of the committee said the bill was dead but "
			       "declined to comment on the vote.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1,
		      "The chairman of the committee declined (paraphrase): to comment on the "
		      "vote"));
	done(&f);
	/* stays: a second subject after "but" has its own source */
	struct fixture g = run("Board\n\nA spokesman for the board said the vote was fair, but "
			       "the mayor declined to say when it would meet.\n");
	CHECK_EQ(g.l->n, 2);
	CHECK(renders(&g, 1, "the mayor declined (paraphrase): to say when it would meet"));
	done(&g);
	/* stays: an age after a comma is not carried to the second verb */
	struct fixture h = run("Board\n\nAnn Lee, 70, said it was too early but declined to say "
			       "when she would run.\n");
	CHECK_EQ(h.l->n, 2);
	CHECK(renders(&h, 1, "Ann Lee declined (paraphrase): to say when she would run"));
	done(&h);
}

/* "The league suspended the player, a decision his agent called “absurd.”" gave the quotation
 * to "a decision his agent": a possessive after an article and its noun begins the noun phrase
 * of a relative clause without "that", as a determiner does ("a move the agent called"). */
static void possessive_begins_the_source(void)
{
	struct fixture f = run("League\n\nThe league suspended the player, a decision his agent "
			       "called \"absurd.\"\n\nThe council passed the plan, a step "
			       "their critics called \"reckless.\"\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "his agent called: “absurd.”"));
	CHECK(renders(&f, 1, "their critics called: “reckless.”"));
	done(&f);
	/* stays: a possessive that opens the subject, and one after a name */
	struct fixture g = run("League\n\nHis agent called the decision \"absurd.\"\n\nThe "
			       "ruling, Smith's lawyer said, was \"absurd.\"\n");
	CHECK_EQ(g.l->n, 2);
	CHECK(renders(&g, 0, "His agent called (paraphrase): the decision “absurd”"));
	CHECK(renders(&g, 1, "Smith's lawyer said (paraphrase): The ruling was “absurd”"));
	done(&g);
}

/* "A spokesman for the police said two people had been arrested but would not say whether they
 * had been charged" ran the content on over the refusal: the spokesman was quoted as saying he
 * would not say. A refusal to say joined by "and" or "but" is the writer's report of the
 * speaker's reply, not more of what was said. */
static void refusal_ends_the_content(void)
{
	struct fixture f = run("Police\n\nA spokesman for the police said two people had been "
			       "arrested but would not say whether they had been charged.\n\nThe "
			       "minister said the talks had failed and did not comment further.\n\n"
			       "The company said profits rose but wouldn't say by how much.\n");
	CHECK(renders(&f, 0,
		      "A spokesman for the police said (paraphrase): two people had been arrested"));
	CHECK(renders(&f, 1,
		      "A spokesman for the police would not say (paraphrase): whether they had "
		      "been charged"));
	CHECK(renders(&f, 2, "The minister said (paraphrase): the talks had failed"));
	CHECK(renders(&f, 3, "The company said (paraphrase): profits rose"));
	done(&f);
	/* stays: "would not" with a verb of the content */
	struct fixture g = run("Plan\n\nThe mayor said the plan was good but would not work "
			       "without money.\n");
	CHECK_EQ(g.l->n, 1);
	CHECK(renders(&g, 0,
		      "The mayor said (paraphrase): the plan was good but would not work without "
		      "money"));
	done(&g);
}

/* Decisions kept, read from PolNeAR train gold: "asked whether/if ..." is annotated as the
 * asker's attribution (a reporter "asked how he's feeling"), and ", and he had ..." after a
 * said-clause runs on in one content ("Guccifer said ... that Clinton's server was unprotected,
 * and he had total access"): both rows stay as they are. */
static void questions_and_run_on_stay(void)
{
	struct fixture f = run("Court\n\nThe judge asked whether the city could pay for the "
			       "bridge.\n\nThe coach said the ruling was unfair, and he would "
			       "appeal.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "The judge asked (paraphrase): whether the city could pay for the bridge"));
	CHECK(renders(&f, 1,
		      "The coach said (paraphrase): the ruling was unfair, and he would appeal"));
	done(&f);
}

int main(void)
{
	declined_has_the_whole_source();
	possessive_begins_the_source();
	refusal_ends_the_content();
	questions_and_run_on_stay();
	return CHECK_DONE();
}
