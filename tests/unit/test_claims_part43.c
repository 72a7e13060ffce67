/* Unit tests of subjects with a participle's phrase and rows that are no statement (session 43,
 * part43): each row next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "Voters leaving the polls in Iowa said", "Supporters backing Sanders said": a name in a
 * present participle's phrase after a noun for people is the participle's object; the subject
 * is the whole phrase and the speaker is the people ("the polls in Iowa said" and "Sanders
 * said" were). A name set off by a comma after the phrase stays the apposition's ("One pastor
 * supporting Mr. Reed, Dan Whitby of ..., said"). */
static void participle_phrase_with_name(void)
{
	struct fixture f = run("Voters leaving the polls in Ohio said they wanted a change.\n\n"
			       "Protesters cheering Ms. Vale said the show ran late.\n\n"
			       "A woman standing near Mr. Reed said she felt unsafe.\n\n"
			       "One pastor supporting Mr. Reed, Dan Whitby of Grace Church in "
			       "Marion, said he had made many calls.\n");

	claim_is(&f, 0, CLAIM_INDIRECT, "they wanted a change", "Voters leaving the polls in Ohio",
		 "said", "Voters leaving the polls in Ohio");
	speaker_resolves(&f, "Protesters cheering Ms. Vale", "Protesters cheering Ms. Vale");
	speaker_resolves(&f, "A woman standing near Mr. Reed", "A woman standing near Mr. Reed");
	cue_speaker_resolves(&f, "One pastor", "said", "One pastor");
	done(&f);
}

/* "Supporters backing Ms. Vale said ...": the backers are the subject of the speech verb, one row
 * ("Supporters backing: Ms. Vale" and "Vale said" were); the stance stays its own row before another
 * verb ("A group backing Mr. Lee spent") or a second participle ("supporting Ms. Vale or
 * slamming the board"). */
static void backers_who_speak(void)
{
	struct fixture f =
		run("Supporters backing Ms. Vale said the count was unfair.\n\n"
		    "Voters supporting Ms. Vale have also declined to comment.\n\n"
		    "House members backing the bill have said it will pass.\n\n"
		    "A group backing Mr. Lee spent millions on ads.\n\n"
		    "Many carried placards supporting Ms. Vale or slamming the board.\n");

	CHECK_EQ(f.l->n, 6);
	claim_is(&f, 0, CLAIM_INDIRECT, "the count was unfair", "Supporters backing Ms. Vale",
		 "said", "Supporters backing Ms. Vale");
	claim_is(&f, 1, CLAIM_INDIRECT, "to comment", "Voters supporting Ms. Vale",
		 "have also declined", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "it will pass", "House members backing the bill",
		 "have said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "Mr. Lee", "A group", "backing", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "Ms. Vale", "placards", "supporting", NULL);
	done(&f);
}

/* "Mayor Ann Vale is rolling out a new message: “...”": the cue of a quotation after a colon
 * that would end at "is" or "has" is the phrase up to the colon ("Ann Vale is:", "Ann Vale
 * has:" were); a verb that says something keeps its word ("shared:", "summed up:"). */
static void colon_quote_verb_phrase(void)
{
	struct fixture f =
		run("Mayor Ann Vale is rolling out a new message: \u201cWe will build it.\u201d\n\n"
		    "Mayor Ann Vale has a simple message: \u201cWe will build two.\u201d\n\n"
		    "Mayor Ann Vale shared her view on it: \u201cGo "
		    "home.\u201d\n\n"
		    "Mayor Ann Vale summed up the long trip from the old harbour to the new market "
		    "in the north of the city: \u201cIt was worth it.\u201d\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0,
		      "Ann Vale is rolling out a new message: \u201cWe will build it.\u201d"));
	CHECK(renders(&f, 1, "Ann Vale has a simple message: \u201cWe will build two.\u201d"));
	CHECK(renders(&f, 2, "Ann Vale shared: \u201cGo home.\u201d"));
	CHECK(renders(&f, 3, "Ann Vale summed up: \u201cIt was worth it.\u201d"));
	done(&f);
}

/* "given the highest calling of the press": a participle cue after an article and a
 * superlative is a noun, no claim ("given the highest calling: of the press, ..." was); a
 * participle after a noun ("a note calling the plan a mistake") stays a claim. */
static void superlative_participle_noun(void)
{
	struct fixture f = run("And yet, given the highest calling of the press, the stakes could "
			       "not be higher.\n\n"
			       "The mayor sent a note calling the plan a mistake.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan a mistake", "The mayor", "calling", NULL);
	done(&f);
}

int main(void)
{
	RUN(participle_phrase_with_name);
	RUN(backers_who_speak);
	RUN(colon_quote_verb_phrase);
	RUN(superlative_participle_noun);
	return CHECK_DONE();
}
