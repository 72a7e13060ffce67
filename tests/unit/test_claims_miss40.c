/* Unit tests of claims PolNeAR marks that the engine missed (session 40): each next to the
 * sentence of the same shape that must stay as it reads. */
#include "claims_fixture.h"

/* "46 percent would choose Ortiz and 41 percent would back Crane": a share of the people asked
 * and its pick is a stance reported by a poll, the share the source and the pick, up to the next
 * share or "for president", the content; "would choose" tells the pick now, no act to come. A
 * mayor who "would choose" someone is a choice still to be made, and "58 percent support for the
 * plan" is a noun, no verb. */
static void share_and_its_pick(void)
{
	struct fixture f =
		run("Among likely voters in the three-way race, 46 percent would choose "
		    "Ortiz and 41 percent would back Crane, while 6 percent prefer the "
		    "Harbor Party\u2019s Nell Vance.\n\n"
		    "Among independents, 52 percent would vote for Crane for governor.\n\n"
		    "The mayor would choose a new police chief.\n\n"
		    "The levy has 58 percent support for the plan among renters.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "Ortiz", "46 percent", "would choose", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Crane", "41 percent", "would back", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the Harbor Party\u2019s Nell Vance", "6 percent", "prefer",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "Crane", "52 percent", "would vote for", NULL);
	done(&f);
}

/* "Thirty-two percent would vote for Gov. Ada Lunt": a number in words with its hyphen opens the
 * share, and the stop of a title inside the name does not end the pick; "approve of" takes what
 * they approve of. */
static void share_in_words_and_title(void)
{
	struct fixture f =
		run("Of the Whigs polled, Thirty-two percent would vote for Gov. Ada Lunt.\n\n"
		    "Fewer than 20 percent of Whigs approve of his handling of the "
		    "port strike.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "Gov. Ada Lunt", "Thirty-two percent", "would vote for",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "his handling of the port strike",
		 "Fewer than 20 percent of Whigs", "approve of", NULL);
	done(&f);
}

/* "A survey found that 30 percent of renters backed Ortiz, while 25 percent favored Crane": the
 * picks inside what the survey found are its findings, no claims of their own. */
static void picks_inside_a_finding(void)
{
	struct fixture f = run("A survey released Friday found that 30 percent of renters backed "
			       "Ortiz, while 25 percent favored Crane.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "A survey found (paraphrase): 30 percent of renters backed "
		      "Ortiz, while 25 percent favored Crane"));
	done(&f);
}

/* "Fewer than 20 percent of Whigs say", "a majority of Tories say": a share of a group reads as
 * written, not its first word nor the group alone (which says all of them); the group
 * alone stays itself. */
static void share_speaker_as_written(void)
{
	struct fixture f = run("Fewer than 20 percent of Whigs say the harbor is safe.\n\n"
			       "In the county, a majority of Tories say the levy is too high.\n\n"
			       "Tories say the levy is fair.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Fewer than 20 percent of Whigs say (paraphrase): the harbor is safe"));
	CHECK(renders(&f, 1, "a majority of Tories say (paraphrase): the levy is too high"));
	CHECK(renders(&f, 2, "Tories say (paraphrase): the levy is fair"));
	done(&f);
}

/* "Renters were slightly more likely to say ...", "Pell was quick to point out that ...": an
 * adjective of readiness or likelihood between a form of "be" and "to" and a speech verb is
 * the cue from "be", its subject the source; the same adjective before a verb of no speech
 * ("was quick to leave") reports nothing. */
static void be_quick_to_say(void)
{
	struct fixture f =
		run("Renters were slightly more likely to say the levy was unfair.\n\n"
		    "Pell was quick to point out that the ferry still runs on Sundays.\n\n"
		    "The clerk is right to note that the fee doubled.\n\n"
		    "The mayor was quick to leave the hall.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the levy was unfair", "Renters",
		 "were slightly more likely to say", NULL);
	CHECK(renders(&f, 1,
		      "Pell was quick to point out (paraphrase): the ferry still runs on Sundays"));
	CHECK(renders(&f, 2, "The clerk is right to note (paraphrase): the fee doubled"));
	done(&f);
}

/* "about 4 in 10 want one with experience": a share that wants a thing picks it; "want to"
 * keeps its infinitive as before. */
static void share_wants(void)
{
	struct fixture f =
		run("About half of renters say they prefer an outsider, while about 4 in "
		    "10 want one with experience in office.\n\n"
		    "About 4 in 10 want to elect a clerk from the valley.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 1, CLAIM_INDIRECT, "one with experience in office", "about 4 in 10", "want",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "to elect a clerk from the valley", "About 4 in 10", "want",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(share_and_its_pick);
	RUN(share_in_words_and_title);
	RUN(picks_inside_a_finding);
	RUN(share_speaker_as_written);
	RUN(be_quick_to_say);
	RUN(share_wants);
	return CHECK_DONE();
}
