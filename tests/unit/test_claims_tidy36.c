/* Unit tests of session 36's merges in the claims engine, each row next to the neighbour that
 * stays: a horizontal bar (U+2015) counts where an em or en dash did (the Q/A label's bar is
 * in test_claims_transcripts.c qa_labels); one reading of a subjectless clause after a tag; the
 * subject before a dashed aside; one scanner back for a pairing dash. */
#include "claims_fixture.h"

#include "../../src/claims_int.h"

/* "The plan would cost more ― according to the treasury ― than ...": a source set off by bars
 * inside its clause is left out of the row as one set off by em dashes is. */
static void tag_between_bars(void)
{
	struct fixture f = run("The fare would rise more \u2015 according to the harbour board "
			       "\u2015 than the old one.\n\n"
			       "The fare would rise more \u2014 according to the harbour board "
			       "\u2014 than the old one.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "According to the harbour board (paraphrase): The fare would rise more "
		      "\u2026 than the old one"));
	CHECK(renders(&f, 1,
		      "According to the harbour board (paraphrase): The fare would rise more "
		      "\u2026 than the old one"));
	done(&f);
}

/* One reading of a clause with no subject after a speech tag, in both places that ask: "told
 * reporters if asked the board would vote no" keeps its condition in what was told (it read
 * "reporters once asked" as a speaker, or nothing), "told CNN if elected she would cut the
 * fare" too; "“...,” the mayor said while campaigning ..." and "told the station when asked how
 * ..." say when, not what. */
static void bare_clause_after_tag(void)
{
	struct fixture f =
		run("The senator told reporters if asked the board would vote no.\n\n"
		    "The senator told reporters once asked the board would vote no.\n\n"
		    "The senator told CNN if elected she would cut the fare.\n\n"
		    "\u201cThe fare will fall,\u201d the mayor said while campaigning in "
		    "the port on Monday.\n\n"
		    "The senator told the station when asked the board would vote no.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "if asked the board would vote no", "The senator", "told",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "once asked the board would vote no", "The senator", "told",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "if elected she would cut the fare", "The senator", "told",
		 NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "The fare will fall,", "the mayor", "said", NULL);
	done(&f);
}

/* A subject read back from before a relative aside set off by dashes ("the film ― which follows
 * three nurses ― explains") goes through what a subject read back from the cue goes through:
 * a city's state after "in" is the opening phrase's (no row was found), a time after the subject
 * says when ("The city council on Tuesday said"), a name after ", and" is the last example of
 * the group the sentence opens with (it read "Tom Lark say"), an unclosed bracket's words are
 * the subject's start (it read "The port needs cash to run says"). */
static void subject_before_dash_aside(void)
{
	struct fixture f =
		run("At a rally in Novi, Michigan, the film \u2015 which follows three nurses "
		    "\u2015 explains that care is scarce.\n\n"
		    "The city council on Tuesday \u2014 which meets twice a month \u2014 said the "
		    "fare would rise.\n\n"
		    "Critics of the plan, like Senators Ann Ames, Democrat of Ohio, and Tom Lark "
		    "\u2014 who leads the panel \u2014 say the fare is too high.\n\n"
		    "The port needs cash to run (presumably Ana Ruiz \u2014 who runs the board "
		    "\u2014 says the fare must rise.\n\n"
		    "The city council on Tuesday said the fare would rise.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "that care is scarce", "the film", "explains", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the fare would rise", "The city council", "said", NULL);
	CHECK(renders(&f, 2, "Critics of the plan say (paraphrase): the fare is too high"));
	claim_is(&f, 3, CLAIM_INDIRECT, "the fare must rise", "Ana Ruiz", "says", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "the fare would rise", "The city council", "said", NULL);
	done(&f);
}

/* One scanner back for a dash that pairs with another, for the writer's comment after a dash
 * and for a subject before a dashed aside: a dash inside a quotation pairs with none ("was
 * “sound — at last” — a point that ..." ends before the comment), one of the writer's does ("the
 * plan — long in the works — was sound — a point ..." runs on), and "The board — which meets in
 * May — said" reads its subject back from the aside's first dash. */
static void dash_scanner(void)
{
	struct fixture f = run(
		"The mayor said the plan was sound \u2014 a point that officials have "
		"disputed.\n\n"
		"The mayor said the plan was \u201csound \u2014 at last\u201d \u2014 a point that "
		"officials have disputed.\n\n"
		"The mayor said the plan \u2014 long in the works \u2014 was sound \u2014 a point "
		"that officials have disputed.\n\n"
		"The board \u2014 which meets in May \u2014 said the fare would rise.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan was sound", "The mayor", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan was \u201csound \u2014 at last", "The mayor",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "the plan \u2014 long in the works \u2014 was sound \u2014 a point that officials "
		 "have disputed",
		 "The mayor", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the fare would rise", "The board", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(tag_between_bars);
	RUN(bare_clause_after_tag);
	RUN(subject_before_dash_aside);
	RUN(dash_scanner);
	return CHECK_DONE();
}
