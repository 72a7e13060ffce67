/* Unit tests of frames that read like attributions but report no one's words (polls no one
 * names, "states" the noun, a name given to something introduced, a page's label, a sentence's
 * opening adverb), each beside the claim of the same shape that stays. */
#include "claims_fixture.h"

#include <strings.h>

/* "sits at single digits in the polls", "ahead in national polls": a standing in polls that no
 * one names is the writer's summary of the race; a poll with a name stays the source. */
static void unnamed_polls(void)
{
	struct fixture f = run("Mr. Bush has struggled with the base and sits at single digits in "
			       "the polls.\n\n"
			       "She is still ahead in national polls.\n\n"
			       "Clinton has a wide lead in the polls over Cruz in Indiana.\n\n"
			       "Trump achieved 45 percent support among Republican voters in a new "
			       "Fox News poll.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "Trump achieved 45 percent support among Republican voters", "a new Fox News poll",
		 "in", NULL);
	done(&f);
}

/* "in nine states: Ohio, ...", "the four early nominating states: ...": "states" after a number
 * or an adjective of states is the noun; "Emery states:" before a quotation is the verb. */
static void states_as_noun(void)
{
	struct fixture f = run("The four early nominating states: Iowa, New Hampshire and "
			       "Nevada.\n\n"
			       "The ad will air in nine states: Ohio, Pennsylvania and Florida.\n\n"
			       "In the letter, Emery states: \"We will not pay for the wall.\"\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "We will not pay for the wall.", "Emery", "states", NULL);
	done(&f);
}

/* "a Facebook group called Occupy DNC Convention", "A German news organization called “The
 * Local”": a participle after an indefinite noun for a thing or a group gives its name; after a
 * person ("A spokesman called the report false") it is what someone said. */
static void indefinite_named(void)
{
	struct fixture f =
		run("Laurie Cestnick, the founder of a Facebook group called Occupy DNC "
		    "Convention, organized rides.\n\n"
		    "A German news organization called \"The Local\" cited the figures.\n\n"
		    "She practiced one iteration after another of a move called the "
		    "boneless.\n\n"
		    "A spokesman called the report false.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the report false", "A spokesman", "called", NULL);
	done(&f);
}

/* "BYLINE: Amber Phillips.", "BOOM: Trump Just Fired ...", "Paid Notice: Deaths ...": a label of
 * the page or an exclamation before a colon is no speaker; a name in capitals ("TAPPER:") is. */
static void furniture_labels(void)
{
	struct fixture f = run("BYLINE: Amber Phillips.\n\n"
			       "BOOM: Trump Just Fired A Missile Directly At Hillary.\n\n"
			       "Paid Notice: Deaths SIEGEL, JEROME ARTHUR.\n\n"
			       "TAPPER: Donald Trump released a video on Friday about racial "
			       "healing.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "Donald Trump released a video on Friday about racial healing", "TAPPER", NULL,
		 NULL);
	done(&f);
}

/* "These days, many residents worry about ...", "Now, Carson has responded to the rant.": an
 * adverb or a time before the source is no paraphrase when the cue goes on with its own words;
 * an answer before its tag ("Sorry, Sanders said.") is one. */
static void opener_not_content(void)
{
	struct fixture f = run("These days, many residents worry about portrayals of Muslims.\n\n"
			       "Offstage, the actors agree with the widespread repudiation of his "
			       "talk.\n\n"
			       "Now, Carson has responded to the rant.\n\n"
			       "Sorry, Sanders said.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Sorry", "Sanders", "said", NULL);
	done(&f);
}

/* "Had he said the plan would fail, they would have stopped": a cue after a sentence-initial
 * "Had", "Should" or "Were" and its subject is a condition, no claim; a cue after the comma, or
 * the same words as a statement, stay. */
static void conditional_inversion(void)
{
	struct fixture f =
		run("Had he said the plan would fail, they would have stopped.\n\n"
		    "Should the minister say the talks have failed, the pound will fall.\n\n"
		    "Had the mayor known, she said, the plan would have been dropped.\n\n"
		    "He said the plan would fail.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "Had the mayor known, she said, the plan would have been dropped", "she", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan would fail", "He", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(unnamed_polls);
	RUN(states_as_noun);
	RUN(indefinite_named);
	RUN(furniture_labels);
	RUN(opener_not_content);
	RUN(conditional_inversion);
	return CHECK_DONE();
}
