/* Unit tests of where a found claim's content ends (session 36): a "since", an "until" or a
 * "because" after a short object of the cue tells when or why the speaker did it, the writer's
 * circumstance, and the content is the object alone; so does a "when" after the object, which
 * asks nothing unless the cue is "asked". Each next to the row that stays. */
#include "claims_fixture.h"

/* "has backed the pipeline since the spring": since when the backing has gone on, not what
 * was backed; a clause after "said" keeps its own "since March", and a ranked noun keeps its
 * "since" ("the best quarter since 2009"). */
static void since_after_object(void)
{
	struct fixture f = run("The governor has backed the pipeline since the spring.\n\n"
			       "The mayor said the council had stalled the plan since March.\n\n"
			       "The senator praised the best quarter since 2009.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the pipeline", "The governor", "has backed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the council had stalled the plan since March", "The mayor",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the best quarter since 2009", "The senator", "praised",
		 NULL);
	done(&f);
}

/* "did not mention Ortiz until the final minutes": when the mention came; "the first budget
 * since the flood" is one noun phrase and goes on. */
static void until_after_object(void)
{
	struct fixture f = run("The mayor did not mention Ortiz until the final minutes of the "
			       "speech.\n\n"
			       "The senator praised the first budget since the flood.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "Ortiz", "The mayor", "did not mention", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the first budget since the flood", "The senator",
		 "praised", NULL);
	done(&f);
}

/* "criticized the budget because of the library cuts", "had called the meeting because its
 * members felt ...": why they did it, the writer's account; after a quoted complement the
 * reason may be the speaker's own and stays ('called the bridge "a waste" because ...'). */
static void because_after_object(void)
{
	struct fixture f = run("Several council members criticized the budget because of the "
			       "library cuts.\n\n"
			       "The council had called the meeting because its members felt the "
			       "agency was hiding the audit.\n\n"
			       "The governor called the bridge \"a waste\" because so few drivers "
			       "use it.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the budget", "Several council members", "criticized",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the meeting", "The council", "had called", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the bridge \"a waste\" because so few drivers use it",
		 "The governor", "called", NULL);
	done(&f);
}

/* "criticized the contractors when the storm ended": "when" after a cue's object says when the
 * speaker did it, neither the question put nor the content; after "asked" it is the question
 * ("asked the engineers when the road would open"), and after a noun of time it belongs to the
 * noun ("recalled the day when the plant closed"). */
static void when_after_object(void)
{
	struct fixture f = run("The mayor criticized the contractors when the storm ended.\n\n"
			       "The mayor asked the engineers when the road would open.\n\n"
			       "The mayor recalled the day when the plant closed.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the contractors", "The mayor", "criticized", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "when the road would open", "The mayor", "asked", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the day when the plant closed", "The mayor", "recalled",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(since_after_object);
	RUN(until_after_object);
	RUN(because_after_object);
	RUN(when_after_object);
	return CHECK_DONE();
}
