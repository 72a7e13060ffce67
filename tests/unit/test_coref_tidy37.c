/* test_coref_tidy37: the word that opens a sentence is read as letters, so "When," opens a
 * subordinate clause as "When" does (session 36's review). */
#include "coref_fixture.h"

/* "When, as he had promised, Tomas Lind opened the gate": a subordinator with a comma after it
 * opens the sentence as "When he ..." does, and the pronoun in its clause refers ahead to the
 * main clause's subject; "Later, as he had promised, ..." opens with no subordinator, and the
 * pronoun keeps the man named before. */
static void subordinator_with_comma(void)
{
	struct fixture f = run("Karl Berg runs the ferry to the island.\n\n"
			       "When, as he had promised, Tomas Lind opened the gate, the crowd "
			       "went in.\n\n"
			       "Karl Berg runs the ferry to the island.\n\n"
			       "When he had promised it, Tomas Lind opened the gate.\n\n"
			       "Karl Berg runs the ferry to the island.\n\n"
			       "Later, as he had promised, Tomas Lind opened the gate.\n");

	CHECK(resolves(&f, "he had", 1, "Tomas Lind"));
	CHECK(resolves(&f, "he had", 2, "Tomas Lind"));
	CHECK(resolves(&f, "he had", 3, "Karl Berg"));
	done(&f);
}

int main(void)
{
	RUN(subordinator_with_comma);
	return CHECK_DONE();
}
