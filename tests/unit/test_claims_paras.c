/* Unit tests of quotations introduced by a colon or crossing paragraphs: a tag ending its
 * paragraph with a colon before the quotation, a clause with no cue before a colon, a quotation
 * left open over paragraphs until one closes it, and the description before a name in the tag
 * after a quotation. */
#include "claims_fixture.h"

/* The number of quoted spans of claim i, 0 when there is no such claim. */
static size_t quotes_of(const struct fixture *f, size_t i)
{
	return i < f->l->n ? f->l->items[i].nquote : 0;
}

/* "said in a statement:" ending its paragraph gives the quotation of the paragraph after it;
 * the source is the tag's subject, after an opening participle phrase too; a paragraph after
 * the colon that is no quotation gives no direct claim */
static void colon_tag_before_quotation(void)
{
	struct fixture f =
		run("The police chief said in a statement:\n\n"
		    "\xE2\x80\x9CWe are concerned over the origin of these pills.\xE2\x80\x9D\n\n"
		    "Speaking to the BBC, the minister added:\n\n"
		    "\xE2\x80\x9CWe will not give up on the search.\xE2\x80\x9D\n\n"
		    "\xE2\x80\x9CNot ever, whatever it costs us.\xE2\x80\x9D\n\n"
		    "The list was short:\n\n"
		    "\xE2\x80\x9C"
		    "Apples and pears were on it.\xE2\x80\x9D\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "We are concerned over the origin of these pills.",
		 "The police chief", "said", NULL);
	CHECK_EQ(quotes_of(&f, 0), 1);
	/* the quotation runs on over the next quotation alone */
	if (f.l->n > 1) {
		const struct claim *c = &f.l->items[1];
		CHECK(span_is(&f, c->speaker, "the minister"));
		CHECK(span_is(&f, c->cue, "added"));
		CHECK(c->kind == CLAIM_DIRECT);
		CHECK_EQ(c->nquote, 2);
		CHECK(c->content.end == (size_t)(strstr(f.text, "costs us.") - f.text) + 9);
	}
	done(&f);
}

/* a quotation over paragraphs, each opening with a mark and only the last closing, goes on
 * after the tag of the quotation before it: one claim, one quoted span a paragraph */
static void quotation_left_open(void)
{
	struct fixture f =
		run("\xE2\x80\x9CThe drug was in her system,\xE2\x80\x9D Fiona Parry "
		    "said in a statement.\n\n"
		    "\xE2\x80\x9C"
		    "As Eloise deteriorated, the staff did all they could. "
		    "They were fighting an uphill battle.\n\n"
		    "\xE2\x80\x9CShe was literally burning up from within.\xE2\x80\x9D\n\n"
		    "The police spoke later.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK_EQ(quotes_of(&f, 0), 3);
	if (f.l->n == 1)
		CHECK(f.l->items[0].content.end ==
		      (size_t)(strstr(f.text, "from within.") - f.text) + 12);
	done(&f);
}

/* a quotation after the tag, in the tag's paragraph, left open over paragraphs with marks that
 * pair with none ("''A,'' he added. ''B. ¶ ''C.''"): the claim runs on over B and the
 * quotations alone after it, each part one quoted span. With curly marks, whose pair is found in
 * the later paragraph ("“A,” Sexton said. “B. ¶ “C,” Sexton said."), B ends the first claim with
 * its paragraph and the later tag's claim starts at C (claims_quote_para_split): B is no one's
 * twice. */
static void quotation_left_open_after_tag(void)
{
	struct fixture f = run(
		"\xE2\x80\x9CIt is a casual hate,\xE2\x80\x9D Sexton said. \xE2\x80\x9CThey revel "
		"in it, and the events are outlets for it.\n\n"
		"\xE2\x80\x9CThere is another side to it,\xE2\x80\x9D Sexton said. "
		"\xE2\x80\x9CI do not know if it was cathartic.\xE2\x80\x9D\n");
	struct fixture g = run("''I employ thousands of people,'' he added. ''The courts rely on "
			       "fair judges.\n\n"
			       "''I do not feel that I am receiving a fair trial.''\n\n"
			       "The hearing is on Monday.\n");

	REQUIRE(f.l->n == 2);
	CHECK(span_is(&f, f.l->items[0].content,
		      "It is a casual hate,\xE2\x80\x9D Sexton said. \xE2\x80\x9CThey revel in it, "
		      "and the events are outlets for it."));
	CHECK(f.l->items[1].content.start == (size_t)(strstr(f.text, "There is") - f.text));
	REQUIRE(g.l->n >= 1);
	CHECK(g.l->items[0].content.end == (size_t)(strstr(g.text, "fair trial.") - g.text) + 11);
	CHECK_EQ(quotes_of(&g, 0), 3);
	done(&f);
	done(&g);
}

/* "“...,” her mother, Fiona, said": the description and the name are the tag's, not content */
static void description_before_name(void)
{
	struct fixture f = run("\xE2\x80\x9CThe drug was in her system, there was no antidote,"
			       "\xE2\x80\x9D her mother, Fiona, said in a statement.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "The drug was in her system, there was no antidote,", "Fiona",
		 "said", NULL);
	done(&f);
}

/* a clause with no cue before a colon and a quotation that ends the sentence: its subject said
 * it ("Rachel Stephens, an analyst, shared her view: “...”", "De Miranda evokes ...: “...”");
 * a thing is no speaker ("The menu included: “...”") */
static void clause_before_colon(void)
{
	struct fixture f =
		run("Rachel Stephens, an analyst at RedMonk, shared her view on it: "
		    "\xE2\x80\x9CThere is a component of team culture.\xE2\x80\x9D\n\n"
		    "De Miranda beautifully evokes neon in his introduction: "
		    "\xE2\x80\x9CWhen we hear the word neon, an image pops up.\xE2\x80\x9D\n\n"
		    "The menu included: \xE2\x80\x9C"
		    "Fish and chips with peas.\xE2\x80\x9D\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "There is a component of team culture.", "Rachel Stephens",
		 "shared", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "When we hear the word neon, an image pops up.", "De Miranda",
		 "evokes", NULL);
	done(&f);
}

/* a clause before a colon whose verb has a particle: the cue holds it ("summed up", "summed
 * this up"), so that the row does not read "summed:"; a verb with none keeps its one word */
static void colon_verb_particle(void)
{
	struct fixture f = run("Bob Alverson summed up the long journey of the fish: "
			       "\u201cIt is old school meets new school.\u201d\n\n"
			       "One survey respondent summed this up as follows: "
			       "\u201cCreativity is a challenge we face.\u201d\n\n"
			       "Rachel Stephens shared her view on it: "
			       "\u201cThere is a component of team culture.\u201d\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "It is old school meets new school.", "Bob Alverson",
		 "summed up", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "Creativity is a challenge we face.", "One survey respondent",
		 "summed this up", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "There is a component of team culture.", "Rachel Stephens",
		 "shared", NULL);
	done(&f);
}

/* "also said:" ending its paragraph before a list: each item is a claim of its own, a
 * paraphrase by the tag's speaker; a bullet is no word of it; one line alone, a line with an end
 * stop or a label ending in a colon is no list, nor the duties one "agrees to:" */
static void colon_tag_before_list(void)
{
	struct fixture f = run("In a long interview, the mayor also said:\n\n"
			       "The harbor must stay open to small boats\n\n"
			       "- She is sure the budget will pass in June\n\n"
			       "The pier will cost less than planned\n\n"
			       "The mayor flies to Oslo later on Friday.\n\n"
			       "The council clerk said:\n\n"
			       "Minutes of the last meeting\n\n"
			       "The meeting closed at noon.\n\n"
			       "Each new member agrees to:\n\n"
			       "Attend the meetings of the council\n\n"
			       "Pay the dues on time each year\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "The harbor must stay open to small boats", "the mayor",
		 "also said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "She is sure the budget will pass in June", "the mayor",
		 "also said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "The pier will cost less than planned", "the mayor",
		 "also said", NULL);
	done(&f);
}

/* "She said:" before a bulleted or numbered list of plain text: one paraphrase an item, by the
 * tag's speaker, the items on lines of one block or blocks of their own; an item may end with a
 * full stop (no word of it) and have two words; a list of things ("approved the following:",
 * "outlined the plan:") is no statement */
static void colon_tag_before_bullets(void)
{
	struct fixture f = run("The mayor spoke on Monday. She said:\n\n"
			       "* the dam will hold\n"
			       "* Fares stay low.\n\n"
			       "The clerk then added:\n"
			       "1. the quay reopens in May\n"
			       "2. the ferry runs twice a day\n\n"
			       "The council approved the following:\n\n"
			       "- a new roof for the school\n"
			       "- a bench by the harbor wall\n\n"
			       "The mayor outlined the plan:\n\n"
			       "- a new roof for the school\n"
			       "- a bench by the harbor wall\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the dam will hold", "She", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Fares stay low", "She", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the quay reopens in May", "The clerk", "then added", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the ferry runs twice a day", "The clerk", "then added",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(colon_tag_before_quotation);
	RUN(quotation_left_open);
	RUN(quotation_left_open_after_tag);
	RUN(description_before_name);
	RUN(clause_before_colon);
	RUN(colon_verb_particle);
	RUN(colon_tag_before_list);
	RUN(colon_tag_before_bullets);
	return CHECK_DONE();
}
