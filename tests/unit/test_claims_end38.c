/* Unit tests of where a found claim's content ends (session 38): each row that changes next to
 * the neighbour of the same shape that must stay. */
#include "claims_fixture.h"

/* "noted the mayor's remarks and a video of them on its website.": the site the telling went out
 * on is no part of what was noted, whatever the cue; a claim whose own words put something on a
 * site ("the photo had been on the city's website") keeps it. */
static void website_of_the_telling(void)
{
	struct fixture f = run("The group noted the mayor's remarks and a video of them on its "
			       "website.\n\n"
			       "The clerk said the photo had been on the city's website.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mayor's remarks and a video of them", "The group",
		 "noted", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the photo had been on the city's website", "The clerk",
		 "said", NULL);
	done(&f);
}

/* "praised the manager's work but also had to give her more time": an adverb between the
 * conjunction and the verb still joins a second act of the speaker's to the noun phrase
 * praised, as "but had to" does; "and also the budget" is more of what was praised. */
static void adverb_before_second_act(void)
{
	struct fixture f = run("The board praised the manager's work on the park but also had to "
			       "give her more time.\n\n"
			       "The board praised the manager's plan and also the budget.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the manager's work on the park", "The board", "praised",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the manager's plan and also the budget", "The board",
		 "praised", NULL);
	done(&f);
}

/* "It's a warning, the coach said, that “the season is long.”": "that" and a quotation after
 * the tag go on with the sentence the tag interrupts; a time after the tag ("as the players
 * left") does not. */
static void that_after_the_tag(void)
{
	struct fixture f =
		run("It's a warning, the coach said, that \"the season is longer than one "
		    "game.\"\n\n"
		    "It's a warning, the coach said, as the players left the field.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "the coach said (paraphrase): It's a warning that \u201cthe season is longer "
		      "than one game\u201d"));
	CHECK(renders(&f, 1, "the coach said (paraphrase): It's a warning"));
	done(&f);
}

/* "Though the move went smoothly, the mayor said, replacing the bridge would be harder": a
 * subordinate clause that opens the sentence waits for its main clause after the tag, even one
 * that begins with a participle; a whole clause before the tag ends there ("The move went
 * smoothly, the mayor said, pointing to ..."). */
static void subordinate_before_the_tag(void)
{
	struct fixture f =
		run("Though the move went smoothly, the mayor said, replacing the bridge "
		    "would be much harder.\n\n"
		    "The move went smoothly, the mayor said, pointing to the new "
		    "schedule.\n");

	CHECK(renders(&f, 0,
		      "the mayor said (paraphrase): Though the move went smoothly, replacing the "
		      "bridge would be much harder"));
	CHECK(renders(&f, 1, "the mayor said (paraphrase): The move went smoothly"));
	done(&f);
}

/* "“A,” the senator said during a rally in Kenansville, N.C., “B”": the place's state and its
 * stops belong to the phrase about the telling, and the quotation goes on after it as after
 * "said during a rally, “B”"; a clause of the writer's after the place ends it. */
static void place_state_in_the_tag(void)
{
	struct fixture f = run("\"I think the host will be very fair,\" the senator said during a "
			       "rally in Kenansville, N.C., \"but a lot of people are going to be "
			       "watching.\"\n\n"
			       "\"I think the host will be very fair,\" the senator said during a "
			       "rally in Dover, and the crowd cheered.\n");

	CHECK(renders(&f, 0,
		      "the senator said: \u201cI think the host will be very fair \u2026 but a lot "
		      "of people are going to be watching.\u201d"));
	CHECK(renders(&f, 1, "the senator said: \u201cI think the host will be very fair\u201d"));
	done(&f);
}

/* "Now, she says, at least seven members have signed on": an adverb alone before the tag is no
 * claim; the clause after the tag is what was said, a number first or a determiner; a word in
 * -ly alone ("Gladly, the mayor said, smiling ...") stays as it was. */
static void adverb_alone_before_the_tag(void)
{
	struct fixture f = run("Now, she says, at least seven of the council's members have signed "
			       "on.\n\n"
			       "Perhaps, the mayor said, this town has grown too fast.\n\n"
			       "Gladly, the mayor said, smiling at the crowd.\n");

	CHECK(renders(
		&f, 0,
		"she (unresolved) says (paraphrase): Now \u2026 at least seven of the council's members "
		"have signed on"));
	CHECK(renders(&f, 1, "the mayor said (paraphrase): Perhaps, this town has grown too fast"));
	CHECK(renders(&f, 2, "the mayor said (paraphrase): Gladly"));
	done(&f);
}

/* "Y, she said, to “make sure ...”": "to" before a quotation that opens with a verb goes on
 * with Y's sentence, as "to make sure" does; "to “The Daily”", a title, is the addressee. */
static void infinitive_quote_after_the_tag(void)
{
	struct fixture f = run("The city just finished laying new cable downtown, she said, to "
			       "\"make sure anyone with a phone\" can watch the games.\n\n"
			       "The city just finished laying new cable downtown, she said, to "
			       "\"The Daily\" on Monday.\n");

	CHECK(renders(&f, 0,
		      "she (unresolved) said (paraphrase): The city just finished laying new cable "
		      "downtown \u2026 to \u201cmake sure anyone with a phone\u201d can watch the "
		      "games"));
	CHECK(renders(&f, 1,
		      "she (unresolved) said (paraphrase): The city just finished laying new cable "
		      "downtown"));
	done(&f);
}

int main(void)
{
	RUN(website_of_the_telling);
	RUN(adverb_before_second_act);
	RUN(that_after_the_tag);
	RUN(subordinate_before_the_tag);
	RUN(place_state_in_the_tag);
	RUN(adverb_alone_before_the_tag);
	RUN(infinitive_quote_after_the_tag);
	return CHECK_DONE();
}
