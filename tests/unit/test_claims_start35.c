/* Unit tests of where a claim's content starts, found among PolNeAR train's predictions whose
 * content ends where the gold ends but starts elsewhere (session 35): each next to the claim of
 * the same shape that stays. */
#include "claims_fixture.h"

/* "-- a choice they say allowed crime to spread": a relative clause with no "that" on a noun,
 * its subject the tag's source, holds the noun with its article; a bare noun ("workers they
 * thought") begins the content itself. */
static void bare_relative_article(void)
{
	struct fixture f = run("Critics also fault the mayor's refusal to close the depot -- a "
			       "choice they say allowed the fumes to spread.\n\n"
			       "The mill hired workers they thought were the best fit.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "a choice they say allowed the fumes to spread", "they",
		 "say", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "workers they thought were the best fit", "they", "thought",
		 NULL);
	done(&f);
}

/* "blasted out an email to supporters stating, “...”", "wrote a letter to the governor asking
 * that ...": the message and the participle that gives its words are the cue's, those words the
 * content, and the participle no second claim; an op-ed the speaker wrote is the claim itself. */
static void sent_message_words(void)
{
	struct fixture f =
		run("Her campaign quickly blasted out an email to supporters stating, "
		    "\u201cThe mayor joins a growing list of critics.\u201d\n\n"
		    "The mayor wrote a letter to the governor asking that the funds go to "
		    "the schools.\n\n"
		    "The mayor wrote an op-ed urging the council to act.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "The mayor joins a growing list of critics.", "Her campaign",
		 "quickly blasted out an email to supporters stating", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the funds go to the schools", "The mayor",
		 "wrote a letter to the governor asking", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "an op-ed urging the council to act", "The mayor", "wrote",
		 NULL);
	done(&f);
}

/* "offered his thoughts on the budget", "her firmest promise yet that ...": the noun of words
 * and its preposition or "that" are the cue's, the topic the content; "offered a defense of the
 * bill" and "offered their thoughts and prayers to ..." keep the phrase whole. */
static void offered_thoughts_on(void)
{
	struct fixture f = run("The mayor offered his thoughts on the new budget.\n\n"
			       "The mayor offered her firmest promise yet that she would not raise "
			       "taxes.\n\n"
			       "The mayor offered a defense of the bill.\n\n"
			       "The mayor offered their thoughts and prayers to the victims.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new budget", "The mayor", "offered his thoughts on",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "she would not raise taxes", "The mayor",
		 "offered her firmest promise yet", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "a defense of the bill", "The mayor", "offered", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "their thoughts and prayers to the victims", "The mayor",
		 "offered", NULL);
	done(&f);
}

/* "claimed responsibility for the attack", "expressed support for the new rules": the deed
 * claimed and the thing supported are the content, the noun and its "for" the cue's; "their
 * support for" and "admiration for" stay in the content. */
static void claimed_responsibility_for(void)
{
	struct fixture f = run("The group claimed responsibility for the attack on the depot.\n\n"
			       "The unions also expressed support for the new rules.\n\n"
			       "The unions expressed their support for the new rules.\n\n"
			       "The mayor expressed admiration for the chief.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the attack on the depot", "The group",
		 "claimed responsibility for", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the new rules", "The unions", "also expressed support for",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "their support for the new rules", "The unions",
		 "expressed", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "admiration for the chief", "The mayor", "expressed", NULL);
	done(&f);
}

int main(void)
{
	RUN(bare_relative_article);
	RUN(sent_message_words);
	RUN(offered_thoughts_on);
	RUN(claimed_responsibility_for);
	return CHECK_DONE();
}
