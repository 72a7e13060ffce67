/* Unit tests of claim rows a reader would find wrong, found by the lead in session 60 in the rows
 * the session's merges changed: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Still, none of the constitutional scholars I interviewed this week thought compromise was
 * likely" gave "(no speaker) thought (paraphrase): compromise was likely": the time phrase was
 * read as the source and dropped, and the row said someone thought what none did. A subject that
 * opens with a word of no one, or few, makes no row of a source so lost. */
static void none_of_them_thought(void)
{
	/* (spk61: the subject before a relative clause with no "who" is now found, and is the
	 * row's source: "none of the constitutional scholars thought", "Few of the lawyers
	 * thought"; test_claims_spk61.c) */
	static const char *const subjects[] = {
		"Still, none of the constitutional scholars I interviewed this week",
		"Few of the lawyers I interviewed this week", "No one I spoke to this week",
		"Neither of the judges I met this month"};
	static const char *const sources[] = {"none of the constitutional scholars",
					      "Few of the lawyers", NULL, "Neither of the judges"};
	for (size_t i = 0; i < sizeof(subjects) / sizeof(subjects[0]); i++) {
		char text[256], row[128];
		snprintf(text, sizeof(text),
			 "Court\n\n%s thought compromise was likely. The mayor said the vote was "
			 "fair.\n",
			 subjects[i]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, sources[i] ? 2 : 1);
		if (sources[i]) {
			snprintf(row, sizeof(row), "%s thought (paraphrase): compromise was likely",
				 sources[i]);
			CHECK(renders(&f, 0, row));
		}
		CHECK(renders(&f, f.l->n - 1, "The mayor said (paraphrase): the vote was fair"));
		done(&f);
	}
	/* stays: a subject of some, whose source is lost the same way, keeps its row; so do a
	 * negated subject the finder reads whole and a time after a plain subject */
	struct fixture f = run("Court\n\nSome of the scholars I interviewed this week thought the "
			       "court would act. Neither of the senators said the vote was fair. "
			       "Analysts last week said the court would act.\n");
	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Some of the scholars thought (paraphrase): the court would act"));
	CHECK(renders(&f, 1, "Neither of the senators said (paraphrase): the vote was fair"));
	CHECK(renders(&f, 2, "Analysts said (paraphrase): the court would act"));
	done(&f);
}

int main(void)
{
	none_of_them_thought();
	return CHECK_DONE();
}
