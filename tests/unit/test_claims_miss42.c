/* Unit tests of claims the engine did not find (session 42, miss42): each row next to the claim
 * of the same shape that stays. */
#include "claims_fixture.h"

/* "rebuked" is a verb of censure with its object for content, as "criticized" is: the one
 * rebuked is no part of the source ("The mayor passionately rebuked critics say") and a
 * participle after the object is the rebuker's complaint, not the rebuker's own suggestion
 * ("Lena Ortiz suggesting"). The noun ("a sharp rebuke to") and the passive ("was rebuked by")
 * give no claim; "criticized" keeps its row. */
static void rebuked_object(void)
{
	struct fixture f =
		run("The mayor passionately rebuked critics who say he should resign.\n\n"
		    "In an essay, Lena Ortiz rebuked the senator for suggesting that she had "
		    "stayed silent.\n\n"
		    "The vote was a sharp rebuke to the party.\n\n"
		    "The clerk was rebuked by the board on Monday.\n\n"
		    "Lena Ortiz criticized the senator for his silence.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(
		&f, 0,
		"The mayor passionately rebuked (paraphrase): critics who say he should resign"));
	CHECK(renders(&f, 1, "critics say (paraphrase): he should resign"));
	CHECK(renders(&f, 2,
		      "Lena Ortiz rebuked (paraphrase): the senator for suggesting that she had "
		      "stayed silent"));
	CHECK(renders(&f, 3, "Lena Ortiz criticized (paraphrase): the senator for his silence"));
	done(&f);
}

/* "voiced" is read as "expressed" is: before a feeling and its preposition or "that" the
 * feeling is the cue's and what it is about the content ("voiced concerns about", "voiced
 * confidence that"); an actor's "voiced the part" gives no claim, and "voiced concerns regarding"
 * (no preposition of a feeling) leaves the noted content whole. "expressed" keeps its row. */
static void voiced_feeling(void)
{
	struct fixture f =
		run("House members voiced concerns about what the leaks might hold.\n\n"
		    "The chairman voiced confidence that the bill would pass.\n\n"
		    "She voiced the part of the queen in the film.\n\n"
		    "The report noted the council respected the rules, but voiced concerns "
		    "regarding the budget.\n\n"
		    "The mayor expressed concern about the delays.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(
		&f, 0,
		"House members voiced concerns about (paraphrase): what the leaks might hold"));
	CHECK(renders(&f, 1, "The chairman voiced confidence (paraphrase): the bill would pass"));
	CHECK(renders(&f, 2,
		      "The report noted (paraphrase): the council respected the rules, but voiced "
		      "concerns regarding the budget"));
	CHECK(renders(&f, 3, "The mayor expressed concern about (paraphrase): the delays"));
	done(&f);
}

/* "sounded" is a cue only in its phrases of speech: "sounded off on X", "sounded a cautious
 * note about X", "sounded the alarm over X", the phrase the cue and X the content; a sound or a
 * seeming ("sounded tired", "sounds like a sound plan") and a note "of" something give no row.
 * After "but he" the note is the writer's report of the speaker, no longer what he said. */
static void sounded_phrase(void)
{
	struct fixture f =
		run("In three interviews, the judge sounded off on the mayor.\n\n"
		    "The pollster sounded a cautious note about the jobs report.\n\n"
		    "The plan sounded tired to the voters.\n\n"
		    "It sounds like a sound plan.\n\n"
		    "He sounded a rare note of humility.\n\n"
		    "Ada Cole said the governor had not won her over, but she sounded a fond note "
		    "for what he stood for.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "the judge sounded off on (paraphrase): the mayor"));
	CHECK(renders(&f, 1,
		      "The pollster sounded a cautious note about (paraphrase): the jobs report"));
	CHECK(renders(&f, 2, "Ada Cole said (paraphrase): the governor had not won her over"));
	CHECK(renders(&f, 3, "Ada Cole sounded a fond note for (paraphrase): what he stood for"));
	done(&f);
}

int main(void)
{
	RUN(rebuked_object);
	RUN(voiced_feeling);
	RUN(sounded_phrase);
	return CHECK_DONE();
}
