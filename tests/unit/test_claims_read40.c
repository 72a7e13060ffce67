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

int main(void)
{
	RUN(this_object_before_infinitive);
	return CHECK_DONE();
}
