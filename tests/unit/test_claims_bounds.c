/* Unit tests of where a claim's content stops: the speaker's words end before the writer's own
 * clause, phrase or second verb goes on in the same sentence. */
#include "claims_fixture.h"

/* A cue in a clause that a subordinator opens, whose subject has an apposition between commas
 * ("While many farmers, including the largest growers, opposed X, Y"): the content ends where the
 * main clause begins; a cue after such a comma with a subject of its own is the main clause's
 * and runs on. */
static void opening_subject_apposition(void)
{
	struct fixture f =
		run("While many farmers, including the largest growers, strongly opposed the new "
		    "tariff, the council has voted for it.\n\n"
		    "When asked about the tariff, the mayor said the council would vote on it "
		    "soon.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new tariff", "many farmers", "strongly opposed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the council would vote on it soon", "the mayor", "said",
		 NULL);
	done(&f);
}

/* Infinitive content ends before "and" or "but" with a verb it cannot hold: a finite verb
 * ("declined to be named and is not ..."), a past (", but sounded doubtful"), or a clause with a
 * pronoun or a noun phrase for its subject ("and the league could not ..."); a second
 * infinitive's verb, a participle after a perfect, an adjective in -ed after "and", the next
 * item of a list of names or of nouns goes on with it. */
static void infinitive_then_finite(void)
{
	struct fixture f =
		run("One aide declined to be named and is not close to the governor.\n\n"
		    "The bank declined to renew its sponsorship and the league could not find "
		    "another.\n\n"
		    "The mayor has vowed to repair the bridge and widen the road.\n\n"
		    "He hoped to end the wars in Iraq and Syria.\n\n"
		    "She wants to turn the loss into a lesson and a picture of how they have "
		    "changed.\n\n"
		    "The senator had pledged to back the nominee, but sounded doubtful this "
		    "week.\n\n"
		    "The union wants to have the contract signed and sealed by Friday.\n\n"
		    "She hopes to finish the race with courage and undiminished pride.\n");

	CHECK_EQ(f.l->n, 8);
	claim_is(&f, 0, CLAIM_INDIRECT, "to be named", "One aide", "declined", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to renew its sponsorship", "The bank", "declined", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "to repair the bridge and widen the road", "The mayor",
		 "has vowed", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "to end the wars in Iraq and Syria", "He", "hoped", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT,
		 "to turn the loss into a lesson and a picture of how they have changed", "She",
		 "wants", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "to back the nominee", "The senator", "had pledged", NULL);
	claim_is(&f, 6, CLAIM_INDIRECT, "to have the contract signed and sealed by Friday",
		 "The union", "wants", NULL);
	claim_is(&f, 7, CLAIM_INDIRECT, "to finish the race with courage and undiminished pride",
		 "She", "hopes", NULL);
	done(&f);
}

/* A participle of the speaker's own manner after the content (", contrasting her record with
 * ...", ", deeming them personal") is the writer's account, as one of consequence is; a
 * participle the content may go on with (", leaving thousands without power") is left. */
static void manner_participle(void)
{
	struct fixture f = run("The governor sought to rally rural voters, contrasting her record "
			       "with her rival's.\n\n"
			       "The aide has said she deleted the files, deeming them personal.\n\n"
			       "The mayor said the storm hit the coast, leaving thousands without "
			       "power.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "to rally rural voters", "The governor", "sought", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "she deleted the files", "The aide", "has said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the storm hit the coast, leaving thousands without power",
		 "The mayor", "said", NULL);
	done(&f);
}

/* A cue in a relative clause on the sentence's subject with an infinitive for content ("Donors
 * who want to give more could ..."): the infinitive is the content's verb, the modal after it
 * the main clause's, where the content ends. */
static void relative_infinitive(void)
{
	struct fixture f =
		run("Donors who want to give more could send up to $5,000 to the committee.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "to give more", "who", "want", NULL);
	done(&f);
}

int main(void)
{
	RUN(opening_subject_apposition);
	RUN(infinitive_then_finite);
	RUN(manner_participle);
	RUN(relative_infinitive);
	return CHECK_DONE();
}
