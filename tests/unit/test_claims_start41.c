/* Unit tests of session 41's frames and content starts: each row that changes next to the
 * neighbour of the same shape that stays. */
#include "claims_fixture.h"

/* "is making the case that ...", "has been making the case for months that ...", "was making
 * it clear that ...": the progressive of the made-the-case and made-clear frames, its "be" in
 * the cue; the simple past beside it reads as before, and "making the case for a new dam"
 * argues for a thing, no clause. */
static void progressive_made_case(void)
{
	struct fixture f =
		run("The ferry captains are making the case that the pier is unsafe.\n\n"
		    "Okafor's been making the case for months that the levy was too low.\n\n"
		    "Lindqvist was making it clear that the port would stay open.\n\n"
		    "The ferry captains made the case that the pier is unsafe.\n\n"
		    "Okafor is making the case for a new dam.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the pier is unsafe", "The ferry captains",
		 "are making the case", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the levy was too low", "Okafor",
		 "been making the case", "Okafor");
	claim_is(&f, 2, CLAIM_INDIRECT, "that the port would stay open", "Lindqvist",
		 "was making it clear", NULL);
	CHECK(renders(&f, 3, "The ferry captains made the case (paraphrase): the pier is unsafe"));
	done(&f);
}

/* "tried to argue that ...", "was trying to claim that ...": an attempt to say a clause, the
 * attempt in the cue; "tried to stress that point" has no clause, so no claim. "made the
 * argument that ...", "made a sober argument that ...": the argument after "that", as "made the
 * case"; "rejected the argument that ..." keeps the noun in what was rejected. */
static void attempt_and_argument(void)
{
	struct fixture f = run("Haldane tried to argue that the tunnel was never flooded.\n\n"
			       "Ibarra was trying to claim that the audit had cleared her.\n\n"
			       "The council spent a month trying to stress that point.\n\n"
			       "Haldane made the argument that the tunnel was too narrow.\n\n"
			       "Ibarra made a sober argument that the audit was late.\n\n"
			       "Haldane rejected the argument that the tunnel was too narrow.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the tunnel was never flooded", "Haldane",
		 "tried to argue", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the audit had cleared her", "Ibarra",
		 "was trying to claim", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the tunnel was too narrow", "Haldane",
		 "made the argument", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that the audit was late", "Ibarra",
		 "made a sober argument", NULL);
	CHECK(renders(&f, 4,
		      "Haldane rejected (paraphrase): the argument that the tunnel was too narrow"));
	done(&f);
}

/* "said publicly he would ...", "said privately they were ...", "has said repeatedly the ...":
 * a word of manner between the cue and a clause without "that" is the cue's, not the
 * clause's (before none came, or the content opened with the adverb); "said nearly every ferry
 * was ..." keeps its word of degree, and "said quietly that ..." reads as before. */
static void manner_then_clause(void)
{
	struct fixture f =
		run("Haldane said publicly he would not stand for the board.\n\n"
		    "Ibarra said privately they were anxious about the vote.\n\n"
		    "The ferry company has said repeatedly the timetable will change.\n\n"
		    "Haldane said nearly every ferry was late in March.\n\n"
		    "Ibarra said quietly that the audit was late.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "he would not stand for the board", "Haldane", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "they were anxious about the vote", "Ibarra", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the timetable will change", "The ferry company",
		 "has said", NULL);
	CHECK(renders(&f, 3, "Haldane said (paraphrase): nearly every ferry was late in March"));
	CHECK(renders(&f, 4, "Ibarra said (paraphrase): the audit was late"));
	done(&f);
}

/* "argued emphatically - naming the mayor twice - that ...": a word of manner, then an aside
 * in dashes before the clause; all of it the cue's, as the aside alone was ("said - on the
 * radio - that ..." reads as before). */
static void manner_before_aside(void)
{
	struct fixture f =
		run("Haldane argued emphatically - naming the mayor twice - that the tunnel was "
		    "unsafe.\n\n"
		    "Ibarra said - on the radio - that the audit was late.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Haldane argued (paraphrase): the tunnel was unsafe"));
	CHECK(renders(&f, 1, "Ibarra said (paraphrase): the audit was late"));
	done(&f);
}

int main(void)
{
	RUN(progressive_made_case);
	RUN(attempt_and_argument);
	RUN(manner_then_clause);
	RUN(manner_before_aside);
	return CHECK_DONE();
}
