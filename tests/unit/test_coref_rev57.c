/* Unit tests of coref's one reader of a word next to a position (word_near(), rev57): the
 * speakers each way of reading it finds, next to the near shape that stays. */
#include "claims_fixture.h"

/* One claim of the story text, whose speaker as written is `speaker`, resolves to `want` (NULL:
 * to no one). */
static void resolves(const char *text, const char *speaker, const char *want)
{
	struct fixture f = run(text);

	speaker_resolves(&f, speaker, want);
	done(&f);
}

/* Read back past spaces, with a possessive's straight or curly "'s" (issuer_of()): "Harbor
 * Lines's statement" issued the statement a later "the statement said" names; "In a statement,
 * Harbor Lines said" too. */
static void possessive_issuer(void)
{
	resolves(
		"Deal\n\nHarbor Lines cut its fares on Monday. Harbor Lines\xE2\x80\x99s statement "
		"called the cut small. The statement said fares would rise.\n",
		"The statement", "Harbor Lines");
	resolves("Deal\n\nHarbor Lines cut its fares on Monday. Harbor Lines's statement called "
		 "the cut small. The statement said fares would rise.\n",
		 "The statement", "Harbor Lines");
	resolves("Deal\n\nHarbor Lines cut its fares on Monday. In a statement, Harbor Lines said "
		 "the cut was small. The statement said fares would rise.\n",
		 "The statement", "Harbor Lines");
	/* stays: a statement of no one named before */
	resolves("Deal\n\nFares rose on Monday. The statement said fares would rise again.\n",
		 "The statement", "The statement");
}

/* Read forward, letters only, no space past (weak_surname()): "Graham said," after "Sen.
 * Lindsey Graham" is the senator, the comma after the verb no part of it; "Graham wrote" too. */
static void surname_before_verb(void)
{
	resolves("Vote\n\nSen. Lindsey Graham spoke on Monday.\n\nGraham said, \"We will win.\"\n",
		 "Graham", "Lindsey Graham");
	resolves("Vote\n\nSen. Lindsey Graham spoke on Monday.\n\nGraham wrote that they would "
		 "win.\n",
		 "Graham", "Lindsey Graham");
}

int main(void)
{
	RUN(possessive_issuer);
	RUN(surname_before_verb);
	return CHECK_DONE();
}
