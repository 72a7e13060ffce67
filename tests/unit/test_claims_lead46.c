/* Unit tests of claim rows a reader would find wrong, found by the lead in session 46: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* readability tmz-1 and salon-1: "We're told there is footage ..." showed "(no speaker) told
 * (paraphrase): ...", as if a name were missing; PolNeAR train "Sanders was declared the
 * winner" showed "(no speaker) declared". A passive "told", "declared" or "announced" is what
 * unnamed people said, labelled as "was said" is ("Unattributed (reported)"); "was asked" stays
 * the row of the one asked, and an active "told" keeps its speaker. */
static void passive_told_is_unattributed(void)
{
	struct fixture f = run("At the hearing, she was asked whether the pier would cost more.\n\n"
			       "We're told there is footage that police are reviewing.\n\n"
			       "I was told that the team did not want to sit there.\n\n"
			       "Late on Tuesday, Sanders was declared the winner in the state.\n\n"
			       "We told him the dress was taken.\n");

	CHECK_EQ(f.l->n, 5);
	CHECK(renders(&f, 0, "(no speaker) asked (paraphrase): whether the pier would cost more"));
	CHECK(renders(&f, 1, "Unattributed (told): there is footage that police are reviewing"));
	CHECK(renders(&f, 2, "Unattributed (told): the team did not want to sit there"));
	CHECK(renders(&f, 3,
		      "Unattributed (declared): Sanders was declared the winner in the state"));
	CHECK(renders(&f, 4, "We (the writers) told (paraphrase): the dress was taken"));
	done(&f);
}

/* PolNeAR dev nyt 2016-09-19: "Al Sharpton began taking calls from black listeners ... who said
 * ..." showed "the Rev. Al Sharpton began taking calls (paraphrase): from black listeners ...":
 * "calls" after a verb that handles calls (take, field, return, receive, make, place) or before
 * "from" is the noun, no speech. "The chairman calls the plan a disaster" stays. */
static void calls_taken_are_no_speech(void)
{
	struct fixture f = run("The host began taking calls from listeners on his show.\n\n"
			       "Her office did not return calls seeking comment.\n\n"
			       "The chairman calls the plan a disaster.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The chairman calls (paraphrase): the plan a disaster"));
	done(&f);
}

int main(void)
{
	RUN(passive_told_is_unattributed);
	RUN(calls_taken_are_no_speech);
	return CHECK_DONE();
}
