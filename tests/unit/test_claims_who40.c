/* Unit tests of who said it (session 40, who40): a count of people before "who", a share set
 * off by a dash and a capitalised word that only says what the people are, each next to the
 * neighbour of the same shape that stays as it was. */
#include "claims_fixture.h"

/* "twice the number who said the same of Mr. Becker", "the 31 percent who say": those counted
 * said it, not the person named earlier in the sentence; "the only candidate who said" is the
 * candidate named. */
static void count_before_who(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Voters trust Mrs. Alvarez on jobs - 58 percent of voters said she "
			       "would do better, twice the number who said the same of Mr. "
			       "Becker.\n\n"
			       "Voters rate Mrs. Alvarez as ready, with 52 percent saying she is "
			       "ready, compared with the 31 percent who say the same about Mr. "
			       "Becker.\n");
	struct fixture g = run("Title of the piece\n\n"
			       "Ann Ruiz is the only candidate who said the plan would fail.\n");

	cue_speaker_resolves(&f, "who", "said", "the number");
	cue_speaker_resolves(&f, "who", "say", "the 31 percent");
	cue_speaker_resolves(&g, "who", "said", "Ann Ruiz");
	done(&f);
	done(&g);
}

/* "than Mr. Becker - 58 percent of voters said": the share after the dash said it, not the one
 * named before the dash; "Mayor Ann Ruiz -- a Democrat -- said" is the mayor. */
static void share_after_dash(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Mrs. Alvarez is seen as far better on jobs than Mr. Becker - 58 "
			       "percent of voters said Mrs. Alvarez would do better on jobs.\n\n"
			       "Mayor Ann Ruiz -- a Democrat -- said the plan would fail.\n");

	CHECK(renders(&f, 0,
		      "58 percent of voters said (paraphrase): Mrs. Alvarez would do better on "
		      "jobs"));
	CHECK(renders(&f, 1, "Ann Ruiz said (paraphrase): the plan would fail"));
	done(&f);
}

/* "Republican insiders in Ohio were more likely to say", "according to the Republican chairs
 * from Lake and Summit": the people, as written, not the adjective "Republican"; "Senator Becker of Ohio said" stays the senator, and "Republican
 * insiders said" stays whole. */
static void adjective_before_people(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "A notable pattern: Republican insiders in Ohio were more likely to "
		    "say Becker can still win the state.\n\n"
		    "Later, Senator Becker of Ohio said the count was unfair.\n\n"
		    "A notable pattern: Republican insiders said Becker can still win the "
		    "state.\n");

	speaker_resolves(&f, "Republican insiders in Ohio", "Republican insiders in Ohio");
	speaker_resolves(&f, "Senator Becker of Ohio", "Becker");
	speaker_resolves(&f, "Republican insiders", "Republican insiders");
	struct fixture g =
		run("Title of the piece\n\n"
		    "Few expect a rally, according to the Republican chairs from Lake and "
		    "Summit, two of the largest counties.\n");
	speaker_resolves(&g, "the Republican chairs from Lake and Summit",
			 "the Republican chairs from Lake and Summit");
	done(&g);
	done(&f);
}

/* "Mayor Ruiz warmly greeted a young voter who said the vote was rigged", "those who fear":
 * someone new, not the person named before in the sentence; "Ben Ortiz, a consultant and an
 * influential donor who said" is his, and "Marco Bellini's win keeps in place an Italian prime
 * minister who has declared" is the one that office names, whom coref knows. */
static void someone_new_before_who(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Mayor Ann Ruiz warmly greeted a young voter who said the vote was "
			       "rigged.\n");
	struct fixture g = run("Title of the piece\n\n"
			       "The plan was backed by Ben Ortiz, a consultant and an influential "
			       "donor who said it would pass.\n");
	struct fixture h = run("Title of the piece\n\n"
			       "The mayor spoke to Ann Ruiz and those who fear the new tax will "
			       "hurt them.\n");

	cue_speaker_resolves(&f, "who", "said", "a young voter");
	cue_speaker_resolves(&g, "who", "said", "Ben Ortiz");
	cue_speaker_resolves(&h, "who", "fear", "those");
	struct fixture m =
		run("Title of the piece\n\n"
		    "But Marco Bellini's win keeps in place an Italian prime minister who "
		    "has declared his intention to resist the plan.\n");
	cue_speaker_resolves(&m, "who", "has declared", "Marco Bellini");
	done(&m);
	done(&f);
	done(&g);
	done(&h);
}

/* "said a longtime adviser to Ann Lee, who declined": "who" is the adviser, not the one the
 * adviser works for; "praised by Ben Ortiz, who said" stays Ben Ortiz. */
static void adviser_to_name_who(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "\"The plan is old,\" said a longtime adviser to Ann Lee, who declined "
		    "to be identified.\n\n"
		    "The plan was praised by Ben Ortiz, who said it would pass.\n");

	cue_speaker_resolves(&f, "who", "declined", "a longtime adviser to Ann Lee");
	cue_speaker_resolves(&f, "who", "said", "Ben Ortiz");
	done(&f);
}

int main(void)
{
	RUN(count_before_who);
	RUN(share_after_dash);
	RUN(adjective_before_people);
	RUN(someone_new_before_who);
	RUN(adviser_to_name_who);
	return CHECK_DONE();
}
