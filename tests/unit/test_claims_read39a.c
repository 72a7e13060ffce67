/* Unit tests of claim rows a journalist would find wrong (session 39, read39a): each next to the
 * claim of the same shape that stays. */
#include "claims_fixture.h"

/* "The clerk answered nothing": content that is only "nothing" or "not a word" says that nothing
 * was said; "said nothing will change" (a clause) and "revealed nothing new about" stay. */
static void nothing_said(void)
{
	struct fixture f = run("Asked about the missing ledger, the clerk answered nothing.\n\n"
			       "The porter replied not a word and walked off.\n\n"
			       "The baker knows nothing at all.\n\n"
			       "The mayor said nothing will change before the vote.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The mayor said (paraphrase): nothing will change before the vote"));
	done(&f);
}

/* "“Marta,” said the clerk, “the ledger ...” ¶ “I would rather not.”": a quotation that speaks
 * to someone by name, at its start or its end, is answered by the quotation alone in the next
 * paragraph, the other one's words; one that does not ("“We have the votes,” the mayor said. ¶
 * “The bill will pass.”", "“..., right?” he said. ¶ “I mean ...”") runs on as the same
 * speaker's. */
static void reply_is_not_run_on(void)
{
	struct fixture f = run("\u201cMarta,\u201d said the clerk, \u201cthe ledger must be done "
			       "by noon.\u201d\n\n"
			       "\u201cI would rather not do it today.\u201d\n\n"
			       "The old porter came in later that day.\n\n"
			       "\u201cIs the ledger done yet, Marta?\u201d the clerk asked.\n\n"
			       "\u201cNot yet, it will take a week.\u201d\n\n"
			       "The storm had passed by morning.\n\n"
			       "\u201cWe have the votes we need,\u201d the mayor said.\n\n"
			       "\u201cThe bill will pass on Friday.\u201d\n\n"
			       "The vote was set for the spring.\n\n"
			       "\u201cThat is the word, Marta,\u201d said the clerk, \u201cthat is "
			       "it.\u201d\n\n"
			       "\u201cOh, a queer word, I never use it myself.\u201d\n\n"
			       "The vote was set for the autumn.\n\n"
			       "\u201cWe all know the answer, right?\u201d the mayor said.\n\n"
			       "\u201cI mean, the bill is good for the town.\u201d\n");

	CHECK_EQ(f.l->n, 5);
	CHECK(renders(&f, 0,
		      "the clerk said: \u201cMarta \u2026 the ledger must be done by noon.\u201d"));
	CHECK(renders(&f, 1, "the clerk asked: \u201cIs the ledger done yet, Marta?\u201d"));
	CHECK(renders(&f, 2,
		      "the mayor said: \u201cWe have the votes we need \u2026 The bill will pass on "
		      "Friday.\u201d"));
	CHECK(renders(&f, 3,
		      "the clerk said: \u201cThat is the word, Marta \u2026 that is it.\u201d"));
	CHECK(renders(&f, 4,
		      "the mayor said: \u201cWe all know the answer, right? \u2026 I mean, the bill "
		      "is good for the town.\u201d"));
	done(&f);
}

/* "If she walks away from the job, believe me, I understand": "believe me" with no subject is
 * the writer's aside, no one's belief; "The voters believe me when ..." has its subject and
 * stays, and so does a quotation that opens with "Believe me". */
static void believe_me_aside(void)
{
	struct fixture f = run("If she walks away from the job, believe me I understand.\n\n"
			       "Believe me, the harbour will reopen in spring.\n\n"
			       "The mayor said: \"Believe me, the plan will work.\"\n\n"
			       "The voters believe me when I say the plan will work.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The mayor said: \u201cBelieve me, the plan will work.\u201d"));
	CHECK(renders(&f, 1, "The voters believe (paraphrase): me when I say the plan will work"));
	done(&f);
}

/* "Two engineers wrote the programs that found the flaw": a program written is a thing made,
 * whatever clause says what it did; "wrote a letter that ..." and "wrote that the flaw was
 * old" stay. */
static void written_program(void)
{
	struct fixture f = run("Two engineers wrote the specific programs that found the flaw.\n\n"
			       "The engineer wrote that the flaw was old.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The engineer wrote (paraphrase): the flaw was old"));
	done(&f);
}

/* "If you cross the club, or its friends, expect the same thing, whatever you say": a source of
 * a few lowercase words ending on "thing" is nobody, the cue an order to the reader; "..., expects
 * the central bank" names its speaker and stays. */
static void thing_as_source(void)
{
	struct fixture f = run("If you cross the club, or its friends, expect the same thing, "
			       "whatever you say.\n\n"
			       "Prices will rise next year, expects the central bank.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the central bank expects (paraphrase): Prices will rise next year"));
	done(&f);
}

int main(void)
{
	RUN(nothing_said);
	RUN(reply_is_not_run_on);
	RUN(believe_me_aside);
	RUN(written_program);
	RUN(thing_as_source);
	return CHECK_DONE();
}
