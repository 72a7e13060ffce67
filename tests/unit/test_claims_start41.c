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
	claim_is(&f, 1, CLAIM_INDIRECT, "that the levy was too low", "Okafor's",
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

int main(void)
{
	RUN(progressive_made_case);
	RUN(attempt_and_argument);
	return CHECK_DONE();
}
