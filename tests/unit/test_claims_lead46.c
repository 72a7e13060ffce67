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

/* "Saying that the deal was dead, the minister left the talks": a participle cue opening the
 * sentence takes the subject of the main clause after its comma, and a past the lexicon does
 * not know ("left", "met", "held", "won") is that clause's verb as "-ed" is; before, only known
 * verbs counted and the row was lost. "the left wing" (after a determiner) is no verb. */
static void opening_participle_before_irregular_past(void)
{
	struct fixture f =
		run("Saying that the deal was dead, the minister left the talks.\n\n"
		    "Noting the delay, Ann Lee met the board on Monday.\n\n"
		    "Saying that the deal was dead, the left wing of the party rallied.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "the minister saying (paraphrase): the deal was dead"));
	CHECK(renders(&f, 1, "Ann Lee noting (paraphrase): the delay"));
	CHECK(renders(&f, 2, "the left wing of the party saying (paraphrase): the deal was dead"));
	done(&f);
}

/* PolNeAR dev west-journal 2016-09-21: "Christie described Clinton as a disgrace after she
 * attacked officers and blamed police shootings on bias" gave the blame to Christie: the verb
 * after "and" inside a clause that "after", "because", "although" ... opens takes that clause's
 * subject. Not when a comma closes the clause first ("Just before the flight took off, the
 * pilot ... and asked"), nor a phrase after the subordinator ("although at the mention of it
 * she laughed and admitted"). A name or a person noun then a past the lexicon does not know is
 * the subject and its verb ("The president left no doubt, saying" is the president's). */
static void and_verb_in_subordinate_clause(void)
{
	struct fixture f =
		run("Gov. Ann Lee described Senator Tom Hill as a disgrace after he attacked "
		    "the police and blamed the shootings on bias.\n\n"
		    "Just before the flight took off, the pilot checked the weight and "
		    "asked for volunteers to move.\n\n"
		    "The president left no doubt, saying the deal was over.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 1, "Tom Hill blamed (paraphrase): the shootings on bias"));
	CHECK(renders(&f, 2, "the pilot asked for (paraphrase): volunteers to move"));
	CHECK(renders(&f, 3, "The president saying (paraphrase): the deal was over"));
	done(&f);
}

/* PolNeAR dev nyt 2016-09-19: "But in recent days, advisers to Mr. Obama say, the president has
 * grown exasperated" showed "Obama say (paraphrase): ...": the people of a person after a
 * preposition are the source as written when a title stands before the name, as they already
 * were without one ("prosecutors in San Francisco"); "Aides to Mr. Obama say" and "Mr. Obama
 * said" stay. */
static void people_of_a_titled_name(void)
{
	struct fixture f = run("In recent days, advisers to Mr. Obama say, the president has grown "
			       "tired.\n\n"
			       "Mr. Obama said the race was close.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "advisers to Mr. Obama say (paraphrase): In recent days, the "
		      "president has grown tired"));
	CHECK(renders(&f, 1, "Obama said (paraphrase): the race was close"));
	done(&f);
}

int main(void)
{
	RUN(passive_told_is_unattributed);
	RUN(calls_taken_are_no_speech);
	RUN(opening_participle_before_irregular_past);
	RUN(and_verb_in_subordinate_clause);
	RUN(people_of_a_titled_name);
	return CHECK_DONE();
}
