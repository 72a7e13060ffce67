/* Unit tests of groups of speakers, session 45: a group is shown whole, as written, and "they"
 * is given only a group a reader would take it to mean; each next to the row of the same shape
 * that stays. */
#include "claims_fixture.h"

/* "Builders and backers in Congress say": two plural groups joined by "and" open the sentence;
 * the source is both, as written (the row read "Builders say", the second group lost); one
 * group alone stays as it was. */
static void two_groups_joined(void)
{
	struct fixture f = run("Builders and backers in Congress say the scheme has brought money "
			       "to poor towns.\n\n"
			       "Builders say the scheme has failed.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Builders and backers in Congress say (paraphrase): the scheme has "
		      "brought money to poor towns"));
	CHECK(renders(&f, 1, "Builders say (paraphrase): the scheme has failed"));
	done(&f);
}

/* "regulators and advisers to Acme didn't know": a plural noun for people, "to" and a name are
 * that group, not the name (the row read "Acme didn't know", the body for its advisers), and
 * the subject goes back over "regulators and" (it was "advisers to Acme"); "Advisers to Acme"
 * opening the sentence is the advisers to Acme (it read "Advisers"). "A lawyer for Ann Lee"
 * stays the lawyer. */
static void people_to_a_name(void)
{
	struct fixture f = run("At first, regulators and advisers to Acme didn't know what to make "
			       "of Mr. Jones.\n\n"
			       "Advisers to Acme say the plan will work.\n\n"
			       "A lawyer for Ann Lee said the plan would work.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "regulators and advisers to Acme didn't know (paraphrase): what to make "
		      "of Mr. Jones"));
	CHECK(renders(&f, 1, "Advisers to Acme say (paraphrase): the plan will work"));
	CHECK(renders(&f, 2, "A lawyer for Ann Lee said (paraphrase): the plan would work"));
	done(&f);
}

/* "Growers say ... What's more, they note": a capitalised plural that opens the sentence
 * before is whom "they" means, a group's noun or not (the row read "they (unresolved)"); a
 * sentence between them with no group in it leaves "they" to no one, unless the plural is a
 * group's noun (CLAIMS_GROUP_NOUNS; "Farmers" is one since session 58, "Ranchers" not). */
static void they_after_opening_plural(void)
{
	struct fixture f = run("Growers say the rules are too strict. What's more, they note, "
			       "prices have fallen.\n\n"
			       "Ranchers say the rules are fair. Mr. Hale went home. Costs have "
			       "fallen, they note.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 1, "Growers note (paraphrase): What's more prices have fallen"));
	CHECK(renders(&f, 3, "they (unresolved) note (paraphrase): Costs have fallen"));
	done(&f);
}

/* "Critics say ... Ann Lee said ... They argued": a group two paragraphs back, past one person's
 * claim, is no one a reader would take "they" to mean (the row read "Critics argued"); in the
 * next paragraph, with no claim between, or with the group's noun in the sentence before, it
 * stays the group. */
static void they_within_reach(void)
{
	struct fixture f = run("Critics say the law is weak.\n\n"
			       "Ann Lee said the vote was near.\n\n"
			       "They argued that the law would fail.\n\n"
			       "Critics say the tax is unfair.\n\n"
			       "They argued that it would fail.\n\n"
			       "Ann Lee said the vote was near.\n\n"
			       "The mayor met the critics on Monday. They argued that the tax "
			       "would fail.\n");

	CHECK_EQ(f.l->n, 7);
	CHECK(renders(&f, 2, "They (unresolved) argued (paraphrase): the law would fail"));
	CHECK(renders(&f, 4, "Critics argued (paraphrase): it would fail"));
	CHECK(renders(&f, 6, "Critics argued (paraphrase): the tax would fail"));
	done(&f);
}

int main(void)
{
	RUN(two_groups_joined);
	RUN(people_to_a_name);
	RUN(they_after_opening_plural);
	RUN(they_within_reach);
	return CHECK_DONE();
}
