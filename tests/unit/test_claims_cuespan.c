/* Unit tests of where a cue's span begins and ends: the auxiliaries and the form of "be" that
 * belong to the verb of saying ("is telling", "has been warning"), as PolNeAR marks them. */
#include "claims_fixture.h"

/* A cue in "-ing" after a form of "be" is progressive: "is telling", "was defending", "will be
 * challenging", "has been warning"; the "be" and the auxiliaries before it are in the cue. */
static void progressive_cue(void)
{
	struct fixture f =
		run("The ferry captain is telling passengers that the crossing will be rough.\n\n"
		    "The old mayor was defending his plan for the harbour.\n\n"
		    "Nora Pike will be challenging the sitting harbour master.\n\n"
		    "The lighthouse keeper has been warning that the rocks are shifting.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the crossing will be rough", "The ferry captain",
		 "is telling", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "his plan for the harbour", "The old mayor",
		 "was defending", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the sitting harbour master", "Nora Pike",
		 "will be challenging", "Nora Pike");
	claim_is(&f, 3, CLAIM_INDIRECT, "that the rocks are shifting", "The lighthouse keeper",
		 "has been warning", NULL);
	done(&f);
}

int main(void)
{
	RUN(progressive_cue);
	return CHECK_DONE();
}
