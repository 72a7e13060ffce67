/* Unit tests of claims PolNeAR train's gold has and the engine missed or gave the wrong speaker
 * (session 37): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "A man standing near the gate said", "Two aides drafting the bill said": a present
 * participle's phrase between a noun and the cue describes the noun, the speaker, not its object
 * ("the gate", "the bill"); a phrase set off by commas and a plain subject stay as they were. */
static void participle_phrase_subject(void)
{
	struct fixture f = run("A man standing near the gate said the bridge was closed.\n\n"
			       "Two aides drafting the bill said the vote would slip.\n\n"
			       "Clerks leaving the hall said the count was over.\n\n"
			       "The clerk, leaving the hall, said the count was over.\n\n"
			       "The clerk said the count was over.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "the bridge was closed", "A man standing near the gate",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the vote would slip", "Two aides drafting the bill",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the count was over", "Clerks leaving the hall", "said",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the count was over", "The clerk", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "the count was over", "The clerk", "said", NULL);
	done(&f);
}

/* "The mayor wants the council to act": after "want" an object and its infinitive are the
 * wish, the object with it; "wants to build" stays as it was, a plain object is no claim, and
 * "I want you to know" in a speech is the speaker's own wish, no report. */
static void want_object_infinitive(void)
{
	struct fixture f = run("The mayor wants the council to vote on the bridge.\n\n"
			       "The mayor wants to build a bridge.\n\n"
			       "The mayor wants a new bridge.\n\n"
			       "I want you to know the bridge will be built.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the council to vote on the bridge", "The mayor", "wants",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to build a bridge", "The mayor", "wants", NULL);
	done(&f);
}

/* "Mrs. Lane shook her head and said, “No.”": an irregular past before its object and "and
 * said" is the first verb of the clause, no word of the speaker ("Mrs. Lane shook" was); a verb
 * in "-ed" there reads as before. */
static void irregular_past_before_and_said(void)
{
	struct fixture f = run("Mrs. Lane shook her head and said, \u201cNo.\u201d\n\n"
			       "The clerk sat down and said the count was over.\n\n"
			       "Mrs. Lane nodded and said, \u201cYes.\u201d\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "No.", "Mrs. Lane", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the count was over", "The clerk", "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "Yes.", "Mrs. Lane", "said", NULL);
	done(&f);
}

/* "“We will win,” Hope Hicks said": a capitalised cue word between a quotation's closing mark
 * and a surname, a speech verb after it, is a first name, the tag's speaker ("(no speaker)
 * hope: “We will win”" was); after a lowercase word it already was one. */
static void first_name_after_quotation(void)
{
	struct fixture f = run("\u201cWe will win the state,\u201d Hope Hicks said.\n\n"
			       "The spokeswoman Hope Hicks said the campaign would win.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "We will win the state,", "Hope Hicks", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the campaign would win", "The spokeswoman Hope Hicks",
		 "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(participle_phrase_subject);
	RUN(want_object_infinitive);
	RUN(irregular_past_before_and_said);
	RUN(first_name_after_quotation);
	return CHECK_DONE();
}
