/* Unit tests of claim rows a reader would find wrong, found by the lead in session 44: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "And that, the mayor said, was in the works": the comma that closes a tag set inside the
 * words goes with the tag (the row read "… , was in the works"); a no-break space after the
 * cue is a blank like any other (the row read "[a budget]  had cut waste", two blanks); the
 * same sentence with a plain space stays as it was. */
static void relative_tag_blanks(void)
{
	struct fixture f = run("And that, the mayor said, was in the works.\n\n"
			       "The council passed a budget, which critics say\xC2\xA0had cut "
			       "waste.\n\n"
			       "The council passed a budget, which critics say had cut waste.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "the mayor said (paraphrase): \u2026 was in the works"));
	CHECK(renders(&f, 1, "critics say (paraphrase): [a budget] had cut waste"));
	CHECK(renders(&f, 2, "critics say (paraphrase): [a budget] had cut waste"));
	done(&f);
}

/* "Groberg was at the Democratic National Convention. He said": a convention is an event, no
 * one "he" stands for (the row read "Democratic National Convention said"); the man named
 * before it is, by his surname or his full name. */
static void convention_says_nothing(void)
{
	struct fixture f = run("Groberg was at the Democratic National Convention in Philadelphia. "
			       "He said the party must unite.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Groberg said (paraphrase): the party must unite"));
	done(&f);
	f = run("Florent Groberg was at the Democratic National Convention. He said the party "
		"must unite.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Florent Groberg said (paraphrase): the party must unite"));
	done(&f);
}

/* A headline in capitals: "Ted Cruz Is A Citizen, Board Of Election Finds" read "Election
 * Finds Finds" (a name the resolver read over the cue, then the cue), "Clinton Calls Trump's
 * Putin Remarks Troubling" a speaker "Putin Remarks"; the source as written is shown. A
 * resolved name that is no cue stays ("Mr. Dunne" is Paul Dunne). */
static void headline_name_is_no_cue(void)
{
	struct fixture f = run("Ted Cruz Is A Natural Born Citizen, Board Of Election Finds.\n\n"
			       "Paul Dunne spoke first. Mr. Dunne said the plan was dead.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Board Of Election Finds (paraphrase): Ted Cruz Is A Natural Born Citizen"));
	CHECK(renders(&f, 1, "Paul Dunne said (paraphrase): the plan was dead"));
	done(&f);
}

int main(void)
{
	RUN(relative_tag_blanks);
	RUN(convention_says_nothing);
	RUN(headline_name_is_no_cue);
	return CHECK_DONE();
}
