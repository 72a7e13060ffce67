/* test_coref52: speakers named by a description (session 52): "the company" after a name of
 * two words that "it" names, and an analyst who speaks for herself, not for her employer. */
#include "claims_fixture.h"

/* "Halvard Mining said ... that it would close two pits. The company said": a name of two words
 * is read as a person's, so "the company" stayed unresolved; "it" after it in its sentence,
 * before any other name, says it is a body. A name that "he" or "his" follows, or "it" only
 * before "was" ("it was too early"), stays a person's, and "the company" names no one. */
static void company_named_by_it(void)
{
	struct fixture f = run("Pits to close\n\n"
			       "Halvard Mining said on Monday that it would close two pits. The "
			       "company said demand for coal was weak.\n");

	speaker_resolves(&f, "The company", "Halvard Mining");
	done(&f);
	/* stay */
	f = run("Pits to close\n\n"
		"Jiang Weiming said on Monday that it would hurt his family. The company said "
		"demand for coal was weak.\n");
	speaker_resolves(&f, "The company", "The company");
	done(&f);
	f = run("Pits to close\n\n"
		"Jiang Weiming said on Monday that it was too early to tell. The company said "
		"demand for coal was weak.\n");
	speaker_resolves(&f, "The company", "The company");
	done(&f);
}

/* "An analyst at Kessler Bank said" showed "Kessler Bank said": "analyst" was no person's noun
 * (claims_person_noun() reads "-ist", not "-yst"), so the employee was the employer. A
 * spokesman speaks for the bank and stays its row. */
static void analyst_speaks_for_herself(void)
{
	struct fixture f = run("Shares fall\n\n"
			       "An analyst at Kessler Bank said the results were weaker than "
			       "expected.\n");

	speaker_resolves(&f, "An analyst at Kessler Bank", "An analyst at Kessler Bank");
	done(&f);
	/* stays */
	f = run("Shares fall\n\n"
		"A spokesman for Kessler Bank said the results were weaker than expected.\n");
	speaker_resolves(&f, "A spokesman for Kessler Bank", "Kessler Bank");
	done(&f);
}

int main(void)
{
	RUN(company_named_by_it);
	RUN(analyst_speaks_for_herself);
	return CHECK_DONE();
}
