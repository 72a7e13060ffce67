/* Unit tests of claim rows a reader would find wrong, found by the lead in session 51 in stories
 * of his own (a drug trial): each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "The benefit appeared before patients had lost much weight, which suggests the drug acts on
 * blood vessels directly" showed "lost much weight suggests (paraphrase): ...": after a verb's
 * phrase, "which" is the fact the clause tells, read as a sign, and no one says it. */
static void which_after_a_verb(void)
{
	struct fixture f = run("The benefit appeared before patients had lost much weight, which "
			       "suggests the drug acts on blood vessels directly.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("Prices have risen sharply, which suggests inflation is back.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stay: a noun phrase before "which", and a plural body */
	f = run("The panel released a report, which says the drug is safe.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "a report says (paraphrase): the drug is safe"));
	done(&f);
	f = run("Officials from the firms, which say costs rose, declined to comment.\n");
	CHECK(renders(&f, 0, "the firms say (paraphrase): costs rose"));
	done(&f);
}

/* "According to the Centers for Disease Control and Prevention, ..." showed "According to
 * Centers": a body's word in the plural ("Centers", "Institutes") holds the name together over
 * "for", "of" and "and" as the singular does. */
static void centers_for_disease_control(void)
{
	struct fixture f = run("According to the Centers for Disease Control and Prevention, about "
			       "40 percent of adults are obese. The National Institutes of Health "
			       "said the trial would continue.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "According to the Centers for Disease Control and Prevention (paraphrase): "
		      "about 40 percent of adults are obese"));
	CHECK(renders(&f, 1,
		      "The National Institutes of Health said (paraphrase): the trial would "
		      "continue"));
	done(&f);
	/* stay: a plural common noun is no body's name */
	f = run("Community health centers said they were short of money.\n");
	CHECK(renders(&f, 0,
		      "Community health centers said (paraphrase): they were short of money"));
	done(&f);
}

/* "Sen. Mark Ellison of Ohio, one of 25 Republicans who voted no, said the bill spent too much"
 * gave no row, and "..., one of 25 Republicans who opposed it, said" gave "it (unresolved)
 * said": a count of a group set off by commas after a name is said of the name. */
static void one_of_25_republicans(void)
{
	struct fixture f = run("Sen. Mark Ellison of Ohio, one of 25 Republicans who voted no, "
			       "said the bill spent too much.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Mark Ellison said (paraphrase): the bill spent too much"));
	done(&f);
	f = run("Mark Ellison, one of 25 Republicans who opposed it, said the bill spent too "
		"much.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Mark Ellison said (paraphrase): the bill spent too much"));
	done(&f);
	/* stay: a count of those named before, after the speaker's apposition */
	f = run("Addressing about 100 members at the meeting here, many of them skeptical about "
		"the plan, the campaign chief, Paul Manafort, suggested that the plan would "
		"pass.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Paul Manafort suggested (paraphrase): the plan would pass"));
	done(&f);
	/* stay: a count that is the subject itself */
	f = run("One of the senators said the bill was dead.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "One of the senators said (paraphrase): the bill was dead"));
	done(&f);
}

/* "Analysts at Berenberg said the penalty was small" showed "Analysts said": a group named by
 * its plural noun is shown with where it is from, as written. */
static void analysts_at_berenberg(void)
{
	struct fixture f = run("Analysts at Berenberg said the penalty was small. Officials at the "
			       "Pentagon said the test failed.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Analysts at Berenberg said (paraphrase): the penalty was small"));
	CHECK(renders(&f, 1, "Officials at the Pentagon said (paraphrase): the test failed"));
	done(&f);
	/* stay: a relative clause after the place is no part of the name shown */
	f = run("Officials at the Pentagon, who asked not to be named, said the test failed.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Officials said (paraphrase): the test failed"));
	done(&f);
	f = run("Democrats in Iowa who watched the debate said they were unfazed.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Democrats said (paraphrase): they were unfazed"));
	done(&f);
}

/* "Voters will heed his call for radical change" showed "Donald Trump call for (paraphrase):
 * radical change": a possessive pronoun's holder is shown with the possessive. */
static void his_call_for(void)
{
	struct fixture f = run("Donald Trump spoke in Ohio. Voters will heed his call for radical "
			       "change. He told her the plan was dead.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Donald Trump's call for (paraphrase): radical change"));
	/* stay: a subject pronoun */
	CHECK(renders(&f, 1, "Donald Trump told (paraphrase): the plan was dead"));
	done(&f);
	/* a name that ends in "s" takes the apostrophe alone */
	f = run("Bernie Sanders spoke in Iowa. Voters cheered his attacks on Wall Street.\n");
	CHECK(renders(&f, 0, "Bernie Sanders' attacks on (paraphrase): Wall Street"));
	done(&f);
}

int main(void)
{
	RUN(which_after_a_verb);
	RUN(centers_for_disease_control);
	RUN(one_of_25_republicans);
	RUN(analysts_at_berenberg);
	RUN(his_call_for);
	return CHECK_DONE();
}
