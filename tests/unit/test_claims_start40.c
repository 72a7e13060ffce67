/* Unit tests of session 40's frames and content starts: each row that changes next to the
 * neighbour of the same shape that stays. */
#include "claims_fixture.h"

/* "informed the board that ...", "reminding voters that ...", "reassured her partner that
 * ...": the one told, then the clause after "that" is what was told; without "that" ("remind
 * yourself why ...") or with a thing that does it ("the survey informed the plan") no one
 * speaks. */
static void addressee_verbs_with_that(void)
{
	struct fixture f =
		run("The treasurer informed the board that the levy would rise.\n\n"
		    "Okafor was quickly reminding voters that the dam had failed twice.\n\n"
		    "Lindqvist reassured her partner that the loan would be repaid.\n\n"
		    "Next winter, remind yourself why the pipes froze.\n\n"
		    "The old survey informed the plan for the harbour.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "The treasurer informed (paraphrase): the levy would rise"));
	CHECK(renders(&f, 1,
		      "Okafor was quickly reminding (paraphrase): the dam had failed twice"));
	CHECK(renders(&f, 2, "Lindqvist reassured (paraphrase): the loan would be repaid"));
	done(&f);
}

/* "made the case that ...", "tried on Monday to make the case that ...": the argument after
 * "that" is what was argued, the attempt and its time in the cue, and so after "made a strong
 * case" and "made the point"; "made the case for a new dam" argues for a thing, no clause,
 * and "concluded in that case that ..." is the case at law, the clause after its "that" as
 * before. */
static void made_the_case_that(void)
{
	struct fixture f = run("The harbour pilots have made the case that the channel is too "
			       "shallow.\n\n"
			       "Okafor made the case for a new dam.\n\n"
			       "Okafor tried on Monday to make the case that the dam was safe.\n\n"
			       "The panel concluded in that case that the clerks had lied.\n\n"
			       "Lindqvist also made the point that the port was too small.\n\n"
			       "Lindqvist made a strong case that the port was too small.\n");

	CHECK_EQ(f.l->n, 5);
	CHECK(renders(&f, 0,
		      "The harbour pilots have made the case (paraphrase): the channel is too "
		      "shallow"));
	CHECK(renders(&f, 1,
		      "Okafor tried on Monday to make the case (paraphrase): the dam was safe"));
	CHECK(renders(&f, 2, "The panel concluded (paraphrase): the clerks had lied"));
	CHECK(renders(&f, 3, "Lindqvist also made the point (paraphrase): the port was too small"));
	CHECK(renders(&f, 4, "Lindqvist made a strong case (paraphrase): the port was too small"));
	done(&f);
}

int main(void)
{
	RUN(addressee_verbs_with_that);
	RUN(made_the_case_that);
	return CHECK_DONE();
}
