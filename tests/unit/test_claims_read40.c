/* Unit tests of claim rows a journalist reading saved pages would find wrong (session 40), each
 * next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "I want this post to end one day", "we hope this note helps readers to ...": "this" before a
 * word of no time is the object's determiner, not a time like "this week"; the content keeps
 * the object with its infinitive (or, after "I want", is none), never the bare infinitive with
 * its subject lost. "vowed this week to fight on" keeps the time out. */
static void this_object_before_infinitive(void)
{
	struct fixture f = run("The mayor wants this council to vote before the summer.\n\n"
			       "The club hopes this guide helps new members to find the ferry.\n\n"
			       "I want this column to end one day.\n\n"
			       "The mayor vowed this week to fight the closure.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "this council to vote before the summer", "The mayor",
		 "wants", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "this guide helps new members to find the ferry",
		 "The club", "hopes", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "to fight the closure", "The mayor", "vowed", NULL);
	done(&f);
}

/* "a budget described as reckless", "His ferry, often referred to as the Old Lady": a bare
 * participle after a noun phrase, then "as", is a passive naming the phrase; the thing is no
 * speaker of its own description, so no claim. "The mayor described the budget as reckless",
 * a pronoun's "He described as reckless the plan" and a relative's gap ("a plan that the mayor
 * described as reckless") keep theirs. */
static void passive_described_as(void)
{
	struct fixture f = run("The council passed a budget described as reckless.\n\n"
			       "His ferry, often referred to as the Old Lady, sank.\n\n"
			       "Keep the boxes listed as spare in the shed.\n\n"
			       "The mayor described the budget as reckless.\n\n"
			       "The council passed a plan that the mayor described as reckless.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the budget as reckless", "The mayor", "described", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "as reckless", "the mayor", "described", NULL);
	done(&f);
}

/* "the clerk who had called upon me alone": to call on a person named by a pronoun, with no
 * infinitive after, is to visit; "called on him to resign" is a demand and stays. */
static void call_on_is_a_visit(void)
{
	struct fixture f = run("The clerk who had called upon me alone came back.\n\n"
			       "The senator called on him to resign.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "him to resign", "The senator", "called on", NULL);
	done(&f);
}

/* "According to police the suspect fled the scene": with no comma after the source, a
 * determiner or pronoun and a verb after it open what is said; the row no longer shows the
 * clause as the source and its last words as the content. The comma's "According to police,"
 * and "the head of the agency" (past "of") keep theirs. */
static void according_without_comma(void)
{
	struct fixture f = run("According to police the driver fled the scene, and the van was "
			       "found later.\n\n"
			       "According to the head of the agency the ferry failed its test.\n\n"
			       "According to police, the driver fled.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "the driver fled the scene, and the van was found later", "police", "According to",
		 NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "the ferry failed its test", "the head of the agency",
		 "According to", NULL);
	claim_is(&f, 2, CLAIM_ACCORDING_TO, "the driver fled", "police", "According to", NULL);
	done(&f);
}

int main(void)
{
	RUN(this_object_before_infinitive);
	RUN(passive_described_as);
	RUN(call_on_is_a_visit);
	RUN(according_without_comma);
	return CHECK_DONE();
}
