/* Unit tests of claims a reader missed, found in session 44 (PolNeAR train): each next to the
 * row of the same shape that stays. */
#include "claims_fixture.h"

/* "The chairman was said to be furious with ...", "Some advisers are said to be urging ...":
 * hearsay nobody is named for, the clause with its subject the content, shown as a report (the
 * first gave no row, the second read "Some advisers be urging (paraphrase): ..."). In the
 * present "is said to" of a general truth is none ("Execution is said to be complete once
 * ..."), nor a clause with no "that" whose object is the noun before it ("the message the
 * envoy was said to be carrying"); "said to reporters that" stays the mayor's. */
static void said_to_hearsay(void)
{
	struct fixture f =
		run("The party met on Monday.\n\n"
		    "The chairman was said to be furious with the senator for splitting "
		    "the party.\n\n"
		    "Some advisers are said to be urging the governor to pay the "
		    "debt.\n\n"
		    "A task is said to be complete once its callback returns.\n\n"
		    "Nobody would discuss the message the envoy was said to be carrying.\n\n"
		    "The mayor said to reporters that the budget was balanced.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Unattributed (reported): The chairman was said to be furious with the "
		      "senator for splitting the party"));
	CHECK(renders(&f, 1,
		      "Unattributed (reported): Some advisers are said to be urging the "
		      "governor to pay the debt"));
	CHECK(renders(&f, 2, "The mayor said (paraphrase): the budget was balanced"));
	done(&f);
}

/* "At a time when it was said that the party might never win again, ...", "it was widely
 * reported that the buyer paid ...": hearsay nobody is named for, what follows "that" to its
 * clause's end the content (no row before); "it" that is the object of a cue is no such opening
 * ("Critics said it was reported late" stays the critics'). */
static void it_was_said_that(void)
{
	struct fixture f = run("The party met on Monday.\n\n"
			       "At a time when it was said that the party might never win again, "
			       "the governor won twice.\n\n"
			       "The price was not disclosed, though it was widely reported that "
			       "the buyer paid $100 million.\n\n"
			       "Critics said it was reported late.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Unattributed (reported): the party might never win again"));
	CHECK(renders(&f, 1, "Unattributed (reported): the buyer paid $100 million"));
	CHECK(renders(&f, 2, "Critics said (paraphrase): it was reported late"));
	done(&f);
}

/* "Ana Ruiz then addressed the crowd: “...”", "He also played up his strength: “...”": an
 * adverb between the subject and the verb before a colon and a quotation is no end of the tag
 * (no row before); "never" is: what she never said to them is no claim. */
static void adverb_before_colon_verb(void)
{
	struct fixture f = run("The rally ended late.\n\n"
			       "Ana Ruiz then addressed the crowd again: \u201cHere is what I "
			       "regret.\u201d\n\n"
			       "Ana Ruiz never addressed the crowd: \u201cWe will win.\u201d\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ana Ruiz addressed: \u201cHere is what I regret.\u201d"));
	done(&f);
}

int main(void)
{
	RUN(said_to_hearsay);
	RUN(it_was_said_that);
	RUN(adverb_before_colon_verb);
	return CHECK_DONE();
}
