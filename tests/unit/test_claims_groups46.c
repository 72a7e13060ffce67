/* Unit tests of groups of speakers, session 46: a group is shown whole, as written, past an
 * interrupter set off by commas, and a kin group after a clause's subject is the kin alone;
 * each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Security researchers and federal investigators, however, said": the interrupter after the
 * subject leaves both groups in it (the row read "federal investigators said"); one group with
 * an interrupter, and two groups without one, stay as they were. */
static void interrupter_after_group(void)
{
	struct fixture f = run("Security researchers and federal investigators, however, said "
			       "a foreign service was behind the theft.\n\n"
			       "Security researchers, however, said the theft was small.\n\n"
			       "Security researchers and federal investigators said the theft "
			       "was small.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Security researchers and federal investigators said (paraphrase): a "
		      "foreign service was behind the theft"));
	CHECK(renders(&f, 1, "Security researchers said (paraphrase): the theft was small"));
	CHECK(renders(&f, 2,
		      "Security researchers and federal investigators said (paraphrase): the "
		      "theft was small"));
	done(&f);
}

/* "The mayor met family members of the flood victims, many of whom say": the kin, not the
 * clause before them run together by a verb the lexicon does not know (the row read "The
 * mayor met family members of the flood victims say"), nor past a verb in "-ed"; "the other
 * family members of" after a preposition stays the kin with its determiner. */
static void kin_after_a_verb(void)
{
	struct fixture f = run("The mayor met family members of the flood victims, many of whom "
			       "say the city ignored the warnings.\n\n"
			       "The governor greeted relatives of the miners, most of whom say the "
			       "company lied.\n\n"
			       "The law angered the other family members of the miners, many of "
			       "whom say the company lied.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "family members of the flood victims say (paraphrase): the city ignored "
		      "the warnings"));
	CHECK(renders(&f, 1, "relatives of the miners say (paraphrase): the company lied"));
	CHECK(renders(&f, 2,
		      "the other family members of the miners say (paraphrase): the company "
		      "lied"));
	done(&f);
}

/* "As the dispute grew at home in recent weeks, local officials met the miners. The plan, they
 * said, came too late": an opening clause longer than six words before the comma does not hide
 * the plural subject after it, whom "they" means (the row read "they (unresolved)"); with a
 * person as that subject, "they" stays no one. */
static void they_after_long_opening(void)
{
	struct fixture f = run("As the dispute grew at home in recent weeks, Ann Lee met the "
			       "miners. The plan, they said, came too late.\n\n"
			       "As the dispute grew at home in recent weeks, local officials met "
			       "the miners. The plan, they said, came too late.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "they (unresolved) said (paraphrase): The plan came too late"));
	CHECK(renders(&f, 1, "local officials said (paraphrase): The plan came too late"));
	done(&f);
}

/* "The groups who wrote to the mayor say ... They argue", "Several people in the mayor's office
 * told ... they say": the group's head is the word before its relative clause or its phrase,
 * not the clause's last word (the rows read "they (unresolved)"); "A lawyer who represents the
 * miners" is one person, whom "They" never means (it read "a lawyer ... argue"). */
static void they_group_with_clause(void)
{
	struct fixture f =
		run("A lawyer who represents the miners said the plan was unfair. They "
		    "argue that it should wait.\n\n"
		    "The groups who wrote to the mayor say the plan is unfair. They argue "
		    "that it should wait.\n\n"
		    "Several people in the mayor's office told reporters the plan would "
		    "pass. It will not be cheap, they say.\n");

	CHECK_EQ(f.l->n, 6);
	CHECK(renders(&f, 1, "They (unresolved) argue (paraphrase): it should wait"));
	CHECK(renders(&f, 3,
		      "The groups who wrote to the mayor argue (paraphrase): it should wait"));
	CHECK(renders(&f, 5,
		      "Several people in the mayor's office say (paraphrase): It will not be "
		      "cheap"));
	done(&f);
}

/* "But current and former officials in the agency have said", "Five past and current employees
 * said": a word before "and" that is no plural shares the plural head after it, and the group
 * is shown whole (the rows read "former officials in the agency", "current employees"); "The
 * mayor and police officers" is both; "passed the bill and former officials said" stays the
 * officials alone, the words before "and" a clause. */
static void shared_head(void)
{
	struct fixture f =
		run("But current and former officials in the agency have said the "
		    "inquiry is nearly done.\n\n"
		    "Five past and current employees said the shop was badly run.\n\n"
		    "The mayor and police officers said the road was closed.\n\n"
		    "Congress passed the bill and former officials said it would fail.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0,
		      "current and former officials in the agency have said (paraphrase): the "
		      "inquiry is nearly done"));
	CHECK(renders(&f, 1,
		      "Five past and current employees said (paraphrase): the shop was badly "
		      "run"));
	CHECK(renders(&f, 2,
		      "The mayor and police officers said (paraphrase): the road was closed"));
	CHECK(renders(&f, 3, "former officials said (paraphrase): it would fail"));
	done(&f);
}

int main(void)
{
	RUN(interrupter_after_group);
	RUN(kin_after_a_verb);
	RUN(they_after_long_opening);
	RUN(they_group_with_clause);
	RUN(shared_head);
	return CHECK_DONE();
}
