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

int main(void)
{
	RUN(progressive_made_case);
	return CHECK_DONE();
}
