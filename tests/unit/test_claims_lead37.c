/* Unit tests of claim rows a reader would find wrong, found by the lead in session 37: each
 * next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "Ames, who said he wants to sell his shares, sat beside ...": a wish inside the relative
 * clause ends where the clause does, so it lies inside the saying and goes as a step of it;
 * the main clause is no one's words. A wish that is the sentence's own claim runs to its end. */
static void held_claim_ends_with_holder(void)
{
	struct fixture f = run("Mark Holloway, who said last year he wants to give away most of "
			       "his shares, sat beside the senator at the hearing.\n\n"
			       "Mark Holloway wants to give away most of his shares before the "
			       "hearing.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "he wants to give away most of his shares", "who", "said",
		 NULL);
	CHECK(renders(&f, 0,
		      "Mark Holloway said (paraphrase): he wants to give away most of his shares"));
	claim_is(&f, 1, CLAIM_INDIRECT, "to give away most of his shares before the hearing",
		 "Mark Holloway", "wants", NULL);
	done(&f);
}

/* "The governor had this to say:": the verb's phrase is the cue, so that the row does not read
 * "had:"; "had posted:" keeps its participle as before. */
static void had_this_to_say(void)
{
	struct fixture f = run("The governor had this to say: \u201cWe will not raise taxes this "
			       "year.\u201d\n\n"
			       "The mayor had posted: \u201cThe pool stays open.\u201d\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "We will not raise taxes this year.", "The governor",
		 "had this to say", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "The pool stays open.", "The mayor", "had posted", NULL);
	done(&f);
}

/* "U.S. plans to help rebuild the port largely fell apart": "plans" is the noun whose infinitive
 * runs into the sentence's own verb, no one's intent; "plans to rebuild the bridge that was
 * damaged" has the relative for the verb's subject and stays. */
static void plans_noun_before_verb(void)
{
	struct fixture f = run("U.S. plans to help rebuild the port largely fell apart after the "
			       "vote.\n\n"
			       "The city plans to rebuild the bridge that was damaged in the "
			       "storm.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "to rebuild the bridge that was damaged in the storm",
		 "The city", "plans", NULL);
	done(&f);
}

/* "Her deputy, Tova Lind, said the ferry costs too much": the description and the name set off
 * after it are the subject, not content with "the ferry costs" as a source after the cue; a
 * clause before the comma keeps its inverted tag. */
static void described_name_before_said(void)
{
	struct fixture f = run("Her deputy, Tova Lind, said the ferry costs too much.\n\n"
			       "The ferry is late again, said the mayor.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the ferry costs too much", "Her deputy, Tova Lind", "said",
		 NULL);
	CHECK(renders(&f, 0, "Tova Lind said (paraphrase): the ferry costs too much"));
	claim_is(&f, 1, CLAIM_INDIRECT, "The ferry is late again", "the mayor", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(held_claim_ends_with_holder);
	RUN(had_this_to_say);
	RUN(plans_noun_before_verb);
	RUN(described_name_before_said);
	return CHECK_DONE();
}
