/* Unit tests of "they" rows a reader resolves at once, found by they44 in session 44: each next
 * to the row of the same shape that stays as it was. */
#include "claims_fixture.h"

/* "Ames and Lark, who ..., met. They said": two people joined by "and" that are the subject of
 * the sentence before, named as a pair that speaks is (the row read "They (unresolved)
 * said"); "He and his partner came ...
 * They said" names no two people and stays unresolved. */
static void pair_subject_before(void)
{
	struct fixture f = run("Senator Ann Ames and Senator Tom Lark, who have clashed for "
			       "months, met on Monday. They said the bill would pass.\n\n"
			       "He and his partner came to the rally. They said the crowd was "
			       "large.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Ann Ames and Tom Lark said (paraphrase): the bill would pass"));
	CHECK(renders(&f, 1, "They (unresolved) said (paraphrase): the crowd was large"));
	done(&f);
}

/* "As Ames and Lark toured the state, they said": the pair opening the sentence after "As";
 * "As the bus toured the state, they said" has no one to resolve. */
static void pair_after_subordinator(void)
{
	struct fixture f = run("As Ann Ames and Tom Lark toured the state, they said voters knew "
			       "them now.\n\n"
			       "As the bus toured the state, they said voters knew the slogan.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Ann Ames and Tom Lark said (paraphrase): voters knew them now"));
	CHECK(renders(&f, 1, "they (unresolved) said (paraphrase): voters knew the slogan"));
	done(&f);
}

/* "Analysts said ... Mexican officials ran polls. The outreach, they said, ...": the group
 * that is the subject of the sentence before, not the group whose claim came earlier (the row
 * read "Analysts said"); "his advisers say ..., and they say" stays unresolved, as no
 * earlier claim names whose. */
static void group_subject_before(void)
{
	struct fixture f = run("Analysts said the plan would fail.\n\n"
			       "Mexican officials conducted polling in the country. The outreach, "
			       "they said, raised new worries.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1,
		      "Mexican officials said (paraphrase): The outreach raised new worries"));
	done(&f);
	f = run("Beyond that, his advisers say the race is close, and they say it will stay "
		"close.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "they (unresolved) say (paraphrase): it will stay close"));
	done(&f);
}

int main(void)
{
	RUN(pair_subject_before);
	RUN(pair_after_subordinator);
	RUN(group_subject_before);
	return CHECK_DONE();
}
