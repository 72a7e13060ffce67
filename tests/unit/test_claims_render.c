/* Unit tests of how a claim is shown (claims_render()): quotations joined over a tag or
 * paragraphs, paraphrase without quotation marks, tags cut out, relative clauses, the parent of a
 * nested claim, wire marks and an unresolved pronoun. */
#include "claims_fixture.h"

/* the quoted span k of claim i holds exactly want */
static int quote_is(const struct fixture *f, size_t i, size_t k, const char *want)
{
	if (i >= f->l->n || k >= f->l->items[i].nquote) {
		fprintf(stderr, "  no quote %zu of claim %zu\n", k, i);
		return 0;
	}
	return span_is(f, f->l->items[i].quote[k], want);
}

/* a quotation interrupted by its tag: two spans, the tag outside; shown joined with " … " */
static void render_direct_interrupted(void)
{
	struct fixture f = run("Huang Renxun landed.\n\n\"We want to be in China,\" he told "
			       "reporters at the airport. \"The door is theirs to open.\"\n");

	CHECK_EQ(f.l->n, 1);
	CHECK_EQ(f.l->n ? f.l->items[0].nquote : 0, 2);
	CHECK(quote_is(&f, 0, 0, "We want to be in China"));
	CHECK(quote_is(&f, 0, 1, "The door is theirs to open."));
	CHECK(renders(&f, 0,
		      "Huang Renxun told: \u201cWe want to be in China \u2026 The door is theirs to "
		      "open.\u201d"));
	done(&f);
}

/* paraphrase has no quotation marks of its own, drops "that", says it is paraphrase; the words
 * it quotes keep balanced curly marks, the comma the writer put inside them goes after the mark
 * (the list keeps its commas, the marks only the speaker's words) */
static void render_paraphrase(void)
{
	struct fixture f = run("Huang said that NVIDIA's share had dropped from \"95% in the past "
			       "to zero,\" and \"China no longer wants our chips.\"\n");

	CHECK_EQ(f.l->n, 1);
	CHECK_EQ(f.l->n ? f.l->items[0].nquote : 9, 0);
	CHECK(renders(&f, 0,
		      "Huang said (paraphrase): NVIDIA's share had dropped from \u201c95% in the "
		      "past to zero\u201d, and \u201cChina no longer wants our chips\u201d"));
	done(&f);
}

/* paraphrase with its tag between commas: the tag is cut out, the row names the speaker; an
 * apposition before the cue is no tag to cut */
static void render_paraphrase_tag_between_commas(void)
{
	struct fixture f = run("Con Edison workers came. For days after a storm, Con Edison "
			       "officials say, they often deal with fires.\n\n"
			       "Within months, Forte said, Whole Foods was selling eggs.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Con Edison officials say (paraphrase): For days after a storm, they often "
		      "deal with fires"));
	CHECK(renders(&f, 1,
		      "Forte said (paraphrase): Within months, Whole Foods was selling eggs"));
	done(&f);
}

/* a relative clause whose own tag opens it shows what was said after the tag and its time, the
 * name the pronoun stands for in brackets (an apposition's name: claims_antecedent.c) */
static void render_relative_tag(void)
{
	struct fixture f = run("Then came Prime, the shipping program, which Amazon founder Jeff "
			       "Bezos said last year had surpassed 100 million members.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Jeff Bezos said (paraphrase): [Prime] had surpassed 100 million members"));
	done(&f);
}

/* the same after "that": "a finish that he said defied expectations"; the object of a
 * preposition is not shown as the antecedent ("in a finish") */
static void render_relative_that(void)
{
	struct fixture f = run("Rubio came third, in a finish that he said defied expectations.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "he (unresolved) said (paraphrase): \u2026 defied expectations"));
	done(&f);
}

/* The relative pronoun that is the subject of the speaker's words is shown as the noun phrase it
 * stands for, in brackets, the one a determiner or a possessive opens right before it, with an
 * "of" phrase; the span is the claim's antecedent. */
static void render_relative_antecedent(void)
{
	struct fixture f =
		run("The council approved the new budget, which the mayor said had cut "
		    "waste.\n\n"
		    "Workers signed a letter of protest that they said was written by the "
		    "union.\n\n"
		    "Marta Ruiz repaired the port's old crane, which she said on Monday "
		    "lifted 40 tons.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "the mayor said (paraphrase): [the new budget] had cut waste"));
	CHECK(f.l->n > 0 && span_is(&f, f.l->items[0].antecedent, "the new budget"));
	CHECK(renders(&f, 1,
		      "Workers said (paraphrase): [a letter of protest] was written by the "
		      "union"));
	CHECK(renders(&f, 2,
		      "Marta Ruiz said (paraphrase): [the port's old crane] lifted 40 tons"));
	done(&f);
}

/* No antecedent is given where the words do not say which noun it is, nor where the pronoun is
 * the object of the speaker's words: as before, "…" for the pronoun. */
static void render_relative_no_antecedent(void)
{
	struct fixture f =
		run("The council studied the new budget, which the mayor said the council "
		    "should adopt.\n\n"
		    "Farmers read provisions in the new bill that he said would cut "
		    "subsidies.\n\n"
		    "Storms hit the city and the port, which the minister said had failed.\n\n"
		    "Then came the strike, which officials said voters opposed.\n");

	CHECK_EQ(f.l->n, 4);
	for (size_t i = 0; i < f.l->n; i++)
		CHECK(f.l->items[i].antecedent.end == f.l->items[i].antecedent.start);
	CHECK(renders(&f, 0, "the mayor said (paraphrase): \u2026 the council should adopt"));
	CHECK(renders(&f, 1, "he (unresolved) said (paraphrase): \u2026 would cut subsidies"));
	CHECK(renders(&f, 2, "the minister said (paraphrase): \u2026 had failed"));
	CHECK(renders(&f, 3, "officials said (paraphrase): \u2026 voters opposed"));
	done(&f);
}

/* "described X as Y": the object and its "as" read with the cue, what it was described as is
 * the paraphrase */
static void render_described_as(void)
{
	struct fixture f = run("Huang spoke in London. The Financial Times described it as his "
			       "\"starkest comments yet\".\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(
		&f, 0,
		"The Financial Times described it as (paraphrase): his \u201cstarkest comments "
		"yet\u201d"));
	done(&f);
}

/* paraphrase with a quotation of the speaker after its tag: the tag is cut out and the two
 * joined with " … " (never "..., Azzouz said. “And ...”" inside the claim's words); a tag
 * after words that name the speaker cuts nothing */
static void render_paraphrase_tag_inside(void)
{
	struct fixture f =
		run("Lotfi Azzouz is a rights activist.\n\nThe attack is \u201calso aimed "
		    "at the country\u2019s security,\u201d Azzouz said. \u201cAnd it "
		    "could have political repercussions.\u201d\n");
	size_t i = 0;

	while (i < f.l->n && f.l->items[i].kind == CLAIM_DIRECT)
		i++;
	CHECK(renders(&f, i,
		      "Lotfi Azzouz said (paraphrase): The attack is \u201calso aimed at the "
		      "country\u2019s security\u201d \u2026 \u201cAnd it could have political "
		      "repercussions.\u201d"));
	done(&f);

	f = run("The budget, the minister said. \"It will pass.\"\n");
	for (i = 0; i < f.l->n; i++) {
		struct buf b = BUF_INIT;
		claims_render(&b, f.d, &f.l->items[i], NULL);
		CHECK(strstr(b.data, "\u2026") == NULL);
		buf_free(&b);
	}
	done(&f);
}

/* a paraphrase that ends on a partial quotation and runs on past its own tag: the tag is cut
 * out and the parts joined with " … ", as a direct claim's are; `content` keeps the whole
 * extent; so is an inverted tag with its source's apposition. Controls: a whole quotation
 * keeps its quotation alone, a tag between commas with no quotation before it is cut with no
 * mark, "adding that" still ends the claim */
static void render_partial_runs_on(void)
{
	struct fixture f =
		run("But \"it is a wiser use of the money,\" she added, to build a new "
		    "tram line across the river.\n\n"
		    "\"Only the council could stop this,\" she said, would need a vote.\n\n"
		    "The plan, the mayor said, costs more than the bridge.\n\n"
		    "The mayor will play the \"safety card,\" he said, adding that voters "
		    "would see through it.\n");

	REQUIRE(f.l->n >= 4);
	CHECK(span_is(&f, f.l->items[0].content,
		      "But \"it is a wiser use of the money,\" she added, to build a new tram line "
		      "across the river"));
	CHECK(renders(&f, 0,
		      "she (unresolved) added (paraphrase): But \u201cit is a wiser use of the "
		      "money\u201d \u2026 to build a new tram line across the river"));
	CHECK(renders(&f, 1,
		      "she (unresolved) said: \u201cOnly the council could stop "
		      "this\u201d"));
	CHECK(renders(&f, 2, "the mayor said (paraphrase): The plan costs more than the bridge"));
	CHECK(renders(&f, 3,
		      "he (unresolved) said (paraphrase): The mayor will play the \u201csafety "
		      "card\u201d"));
	done(&f);

	/* a source named after its cue with an apposition, then the speaker's next quotation:
	 * the apposition goes with the tag */
	f = run("Anna Berg runs transport.\n\nThe new tram \"will change the whole city,\" said "
		"Anna Berg, the head of transport at the council. \"It is long overdue.\"\n");
	REQUIRE(f.l->n >= 1);
	CHECK(renders(&f, 0,
		      "Anna Berg said (paraphrase): The new tram \u201cwill change the whole "
		      "city\u201d \u2026 \u201cIt is long overdue.\u201d"));
	done(&f);

	/* that next quotation goes on in a paragraph of its own, opened again and not closed
	 * before it (the print convention): each paragraph's quotation is closed on the row,
	 * none loses its marks */
	f = run("Anna Berg runs transport.\n\n\u201cNothing could stop the tram\u201d now, "
		"Berg said. \u201cIt is long overdue.\n\n\u201cThe city has waited forty "
		"years.\u201d\n");
	REQUIRE(f.l->n >= 1);
	CHECK(renders(&f, 0,
		      "Anna Berg said (paraphrase): \u201cNothing could stop the tram\u201d now "
		      "\u2026 \u201cIt is long overdue.\u201d \u201cThe city has waited forty "
		      "years.\u201d"));
	done(&f);
}

/* a quotation after "According to X," is shown "According to X: “...”", never "X according
 * to"; controls: a paraphrase after "according to" and a quotation with "said" as before */
static void render_according_quote(void)
{
	struct fixture f = run("Rachel Stephens is an analyst at RedMonk.\n\n"
			       "According to RedMonk's Stephens, \"We are in a cash-constrained "
			       "financial environment.\"\n\n"
			       "According to the audit, costs rose.\n\n"
			       "\"The plan is late,\" Stephens said.\n");

	REQUIRE(f.l->n == 3);
	CHECK(renders(&f, 0,
		      "According to Rachel Stephens: \u201cWe are in a cash-constrained financial "
		      "environment\u201d"));
	CHECK(renders(&f, 1, "According to the audit (paraphrase): costs rose"));
	CHECK(renders(&f, 2, "Rachel Stephens said: \u201cThe plan is late\u201d"));
	done(&f);
}

/* a claim inside an according-to claim has it as parent; both render as paraphrase */
static void render_according_and_parent(void)
{
	struct fixture f = run("According to the Financial Times, Huang had told its summit that "
			       "China was going to win the race.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "According to the Financial Times (paraphrase): Huang had told its summit "
		      "that China was going to win the race"));
	CHECK(renders(&f, 1, "Huang had told (paraphrase): China was going to win the race"));
	CHECK_EQ(f.l->n == 2 ? f.l->items[0].parent : 0, CLAIM_NONE);
	CHECK_EQ(f.l->n == 2 ? f.l->items[1].parent : 0, 0);
	CHECK_EQ(f.l->n == 2 ? claims_depth(f.l, 1) : 0, 1);
	done(&f);
}

/* wire-style ``marks'' in a paraphrase are paired and drawn as the curly ones, one style a line */
static void render_wire_marks(void)
{
	struct fixture f =
		run("Bishop Henry Mansell said it was ``an act of madness,'' but he went "
		    "on to defend the policy.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Henry Mansell said (paraphrase): it was \u201can act of madness\u201d"));
	done(&f);
}

/* a quotation over paragraphs: one span a paragraph, the mark that opens the next left out */
static void quote_spans_over_paragraphs(void)
{
	struct fixture f = run("Ada Ng said: \u201cFirst we wait.\n\n\u201cThen we win.\u201d\n");

	CHECK_EQ(f.l->n, 1);
	CHECK_EQ(f.l->n ? f.l->items[0].nquote : 0, 2);
	CHECK(quote_is(&f, 0, 0, "First we wait."));
	CHECK(quote_is(&f, 0, 1, "Then we win."));
	CHECK(renders(&f, 0, "Ada Ng said: \u201cFirst we wait. \u2026 Then we win.\u201d"));
	done(&f);
}

/* a pronoun nobody resolved is no name: the row marks it, and the speaker part is not one the
 * export sets in bold as a name; a resolved "It" shows its name (control) */
static void unresolved_pronoun(void)
{
	struct fixture f =
		run("Harbour plan\n\n"
		    "They said the plan was rushed.\n\n"
		    "The harbour board said the plan was sound. It added that work would "
		    "start in May.\n\n"
		    "On the radio, he said the vote was a mistake.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "They (unresolved) said (paraphrase): the plan was rushed"));
	CHECK(claims_speaker_unresolved(f.d, &f.l->items[0]));
	CHECK(renders(&f, 2, "The harbour board added (paraphrase): work would start in May"));
	CHECK(!claims_speaker_unresolved(f.d, &f.l->items[2]));
	CHECK(!claims_speaker_unresolved(f.d, &f.l->items[1]));
	CHECK(renders(&f, 3, "he (unresolved) said (paraphrase): the vote was a mistake"));
	done(&f);
}

/* "I" in an interview's answer is a bare pronoun too: the row marks it, as it marks "they"; a
 * bare "you" outside a quotation is the reader addressed, no speaker and no row
 * (claims_junk.c); the writer's "I" names the writer, and the writers' "we" the writers */
static void unresolved_first_person(void)
{
	struct fixture f = run("Harbour plan\n\n"
			       "We know the board met on Monday.\n\n"
			       "Q: Is the plan rushed?\n\n"
			       "A: I think the plan was rushed.\n\n"
			       "You said the plan was sound.\n");
	struct fixture g = run("Harbour plan\n\nI asked whether the plan was rushed.\n");

	REQUIRE(f.l->n == 2);
	CHECK(renders(&f, 0, "We (the writers) know (paraphrase): the board met"));
	CHECK(!claims_speaker_unresolved(f.d, &f.l->items[0]));
	CHECK(renders(&f, 1, "I (unresolved) think (paraphrase): the plan was rushed"));
	REQUIRE(g.l->n == 1);
	CHECK(!claims_speaker_unresolved(g.d, &g.l->items[0]));
	CHECK(renders(&g, 0, "I (the writer) asked (paraphrase): whether the plan was rushed"));
	done(&f);
	done(&g);
}

/* The row leaves out "that" the conjunction but keeps "that" the subject of the clause, a finite
 * verb after it ("I think that has been part of his message", "that isn’t likely"): the words
 * read as written.
 * Control: "said that the budget is sound" reads "the budget is sound". */
static void that_as_subject(void)
{
	struct fixture f = run("Budget\n\nThe mayor said that is his intent.\n\n"
			       "The mayor said that the budget is sound.\n\n"
			       "Most experts say that isn’t likely to last.\n\n"
			       "The mayor said that won't happen.\n");

	REQUIRE(f.l->n == 4);
	CHECK(renders(&f, 0, "The mayor said (paraphrase): that is his intent"));
	CHECK(renders(&f, 1, "The mayor said (paraphrase): the budget is sound"));
	CHECK(renders(&f, 2, "Most experts say (paraphrase): that isn’t likely to last"));
	CHECK(renders(&f, 3, "The mayor said (paraphrase): that won't happen"));
	done(&f);
}

/* a tag whose source has an apposition, set between commas inside the paraphrase, is cut out
 * as a plain tag is */
static void render_apposed_tag(void)
{
	struct fixture f =
		run("Facebook created the tool to help in times of crisis, a spokeswoman, "
		    "Anna White, said on Saturday, and it has used it five times.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Anna White said (paraphrase): Facebook created the tool to help in times of "
		      "crisis and it has used it five times"));
	done(&f);
}

/* A tag between commas before a phrase or clause the sentence goes on with ("nine weeks, she
 * said, after ..."): cut out, the parts joined with " … " where words were taken out. Controls:
 * a subject and its verb, an opening phrase and its clause join as before. */
static void render_aside_phrase(void)
{
	struct fixture f = run("The audit was filed Monday, nine weeks, she said, after the mill "
			       "first reported the leak.\n\n"
			       "The plan, the mayor said, costs more than the bridge.\n\n"
			       "Within months, Forte said, Whole Foods was selling eggs.\n");

	REQUIRE(f.l->n == 3);
	CHECK(renders(&f, 0,
		      "she (unresolved) said (paraphrase): nine weeks \u2026 after the mill first "
		      "reported the leak"));
	CHECK(renders(&f, 1, "the mayor said (paraphrase): The plan costs more than the bridge"));
	CHECK(renders(&f, 2,
		      "Forte said (paraphrase): Within months, Whole Foods was selling eggs"));
	done(&f);
}

/* A cue of describing whose quotation comes a few words after it reads with them, as the article
 * has it: "described as: “...”", "describes itself in the following way: “...”", never
 * "described: ...".
 * Controls: "described the loss as" inside a paraphrase, "said:" with its quotation. */
static void render_described_as_words(void)
{
	struct fixture f =
		run("The flooding of the valley has been described as \u201ca disaster\u201d "
		    "by the water board.\n\n"
		    "The Harbor Trust describes itself in the following way:\n\n"
		    "\u201cEverywhere we go, we keep the old port alive. We keep score "
		    "by the boats that are saved.\u201d\n\n"
		    "The mayor described the loss as \u201cheartbreaking\u201d on Monday.\n\n"
		    "The mayor said: \u201cWe will rebuild the old pier next year.\u201d\n");

	REQUIRE(f.l->n == 4);
	CHECK(renders(&f, 0, "the water board described as: \u201ca disaster\u201d"));
	CHECK(renders(&f, 1,
		      "The Harbor Trust describes itself in the following way: \u201cEverywhere "
		      "we go, we keep the old port alive. We keep score by the boats that are "
		      "saved.\u201d"));
	CHECK(renders(&f, 2, "The mayor described the loss as: \u201cheartbreaking\u201d"));
	CHECK(renders(&f, 3,
		      "The mayor said: \u201cWe will rebuild the old pier next year.\u201d"));
	done(&f);
}

/* words that are all a quotation are the speaker's exact words, whatever frame found them: shown
 * in marks and never as paraphrase, the quoted span without its marks. The content may start
 * after the opening mark ("“...,” according to CNN"), in a later sentence of the quotation, or
 * end inside it; after "as" once a cue of describing has named its object; after "as Mr. Sykes
 * said,". Not when words of the writer's follow the quotation ("as “a friend” and a rival"). */
static void render_verbatim_whatever_frame(void)
{
	struct fixture f = run(
		"\u201cOfficials now expect to finish in the next few weeks,\u201d according to "
		"CNN.\n\n"
		"\u201cThe archive holds old records. The new files show the office kept long "
		"lists,\u201d according to the watchdog.\n\n"
		"The donor described the field of candidates as \u201call very good.\u201d\n\n"
		"The critic described him as \u201ca friend\u201d and a rival.\n\n"
		"The criticism was fair, Mr. Sykes said. But, as Mr. Sykes said, ''At a certain "
		"point, you wake up and realize you have lost the brand.''\n");

	REQUIRE(f.l->n == 6);
	CHECK(renders(&f, 0,
		      "According to CNN: \u201cOfficials now expect to finish in the next few "
		      "weeks\u201d"));
	CHECK(quote_is(&f, 0, 0, "Officials now expect to finish in the next few weeks,"));
	CHECK(renders(&f, 1,
		      "According to the watchdog: \u201cThe new files show the office kept long "
		      "lists\u201d"));
	CHECK(renders(&f, 2,
		      "The donor described the field of candidates as: \u201call very "
		      "good\u201d"));
	CHECK(quote_is(&f, 2, 0, "all very good"));
	CHECK_EQ(f.l->items[3].kind, CLAIM_INDIRECT);
	CHECK(renders(&f, 3,
		      "The critic described him as (paraphrase): \u201ca friend\u201d and a "
		      "rival"));
	CHECK(renders(&f, 5,
		      "Sykes said: \u201cAt a certain point, you wake up and realize you have "
		      "lost the brand\u201d"));
	CHECK(quote_is(&f, 5, 0,
		       "At a certain point, you wake up and realize you have lost the brand"));
	done(&f);
}

/* a paraphrase ends before a closing mark that pairs with no mark in it: the page set the whole
 * paragraph, tag and all, in marks; a quotation in the paragraph before the one a dash signs has
 * its words as its quoted span */
static void render_outer_marks_and_signed_quote(void)
{
	struct fixture f = run(
		"\"\u201cYou do not win by how many states you win,\u201d Rubio said before adding "
		"that he will have to win some states in March.\"\n\n"
		"The debate was long.\n\n"
		"\"[Americans are] worried about the future of their kids.\"\n\n"
		"- Bernie Sanders.\n");

	REQUIRE(f.l->n == 3);
	CHECK(renders(&f, 1,
		      "Rubio adding (paraphrase): he will have to win some states in March."));
	CHECK_EQ(f.l->items[2].kind, CLAIM_DIRECT);
	CHECK(quote_is(&f, 2, 0, "[Americans are] worried about the future of their kids."));
	done(&f);
}

int main(void)
{
	RUN(render_direct_interrupted);
	RUN(render_apposed_tag);
	RUN(render_paraphrase);
	RUN(render_paraphrase_tag_between_commas);
	RUN(render_relative_tag);
	RUN(render_relative_that);
	RUN(render_relative_antecedent);
	RUN(render_relative_no_antecedent);
	RUN(render_described_as);
	RUN(render_paraphrase_tag_inside);
	RUN(render_partial_runs_on);
	RUN(render_according_quote);
	RUN(render_according_and_parent);
	RUN(render_wire_marks);
	RUN(quote_spans_over_paragraphs);
	RUN(unresolved_pronoun);
	RUN(unresolved_first_person);
	RUN(that_as_subject);
	RUN(render_aside_phrase);
	RUN(render_described_as_words);
	RUN(render_verbatim_whatever_frame);
	RUN(render_outer_marks_and_signed_quote);
	return CHECK_DONE();
}
