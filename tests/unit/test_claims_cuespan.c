/* Unit tests of where a cue's span begins and ends, as PolNeAR marks it: the auxiliaries and the
 * form of "be" that belong to the verb of saying ("is telling", "has been warning"), a floated
 * "both", the feeling of "expressed", the statement put out before a participle. */
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

/* "both" or "all" floated off the subject after a name or "have" is in the cue and out of the
 * source ("Ana Ruiz and Tom Berg both denounced", "The two mayors have both argued"); "both" as
 * the subject itself is the source. */
static void floated_quantifier_cue(void)
{
	struct fixture f = run("Ana Ruiz and Tom Berg both denounced the new toll.\n\n"
			       "The two mayors have both argued that the road should close.\n\n"
			       "And both vowed to rebuild the pier.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new toll", "Ana Ruiz and Tom Berg", "both denounced",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the road should close", "The two mayors",
		 "have both argued", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "to rebuild the pier", "both", "vowed", NULL);
	done(&f);
}

/* "expressed doubt that": the feeling ends the cue and "that" opens the content; "at", as
 * "about", stays in the cue ("expressed dismay at"). */
static void feeling_cue_ends(void)
{
	struct fixture f = run("The senators expressed concern that the bridge would fail.\n\n"
			       "The pilots expressed dismay at the new schedule.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the bridge would fail", "The senators",
		 "expressed concern", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the new schedule", "The pilots", "expressed dismay at",
		 NULL);
	done(&f);
}

/* A participle that tells what a statement put out said starts its cue at the verb that put it
 * out ("issued a statement Tuesday saying", "responded on Twitter, calling", "sent out a press
 * release saying"), and the source ends before it; "responded to the charge, saying" keeps the
 * participle alone. */
static void statement_act_cue(void)
{
	struct fixture f =
		run("The port authority issued a statement Tuesday saying the ferry would run.\n\n"
		    "The mayor responded on Twitter, calling the plan a waste.\n\n"
		    "The union sent out a press release saying the strike was over.\n\n"
		    "The council responded to the charge, saying the vote was fair.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the ferry would run", "The port authority",
		 "issued a statement Tuesday saying", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan a waste", "The mayor",
		 "responded on Twitter, calling", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the strike was over", "The union",
		 "sent out a press release saying", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the vote was fair", "The council", "saying", NULL);
	done(&f);
}

int main(void)
{
	RUN(statement_act_cue);
	RUN(progressive_cue);
	RUN(floated_quantifier_cue);
	RUN(feeling_cue_ends);
	return CHECK_DONE();
}
