/* Unit tests of claim rows a reader would find wrong, found by the lead in session 55 in stories
 * of his own (a drug trial halted): each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Helix had hoped to file for approval. The company said last month that it had $900 million"
 * showed "Leerink Partners said", the analysts' firm named a paragraph before: "Helix
 * Therapeutics" was read as a person's name (two capitalised words, no business word known in
 * it), so "the company" passed over it. The words a business's name ends with in the trades
 * (Therapeutics, Biosciences, Logistics, Aerospace, Bancorp ...) make it a business's. */
static void business_name_words(void)
{
	struct fixture f = run("Trial halted\n\n"
			       "Helix Therapeutics said it had paused enrolment.\n\n"
			       "Analysts at Leerink Partners wrote that the pause was bad.\n\n"
			       "Helix had hoped to file for approval next spring. The company said "
			       "last month that it had $900 million in cash.\n");
	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 3, "Helix Therapeutics said (paraphrase): it had $900 million in cash"));
	done(&f);
	static const char *const firms[] = {"Nimbus Logistics", "Orbital Aerospace",
					    "Harbor Bancorp", "Crane Biosciences"};
	for (size_t i = 0; i < sizeof(firms) / sizeof(firms[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text),
			 "Deal\n\n%s said it had paused hiring. The company said sales fell.\n",
			 firms[i]);
		f = run(text);
		CHECK_EQ(f.l->n, 2);
		speaker_resolves(&f, "The company", firms[i]);
		done(&f);
	}
	/* stays: a person's name of two words is no company for "the company" */
	f = run("Deal\n\n"
		"Helen Marsh said she had paused hiring. The company said sales fell.\n");
	CHECK(renders(&f, 1, "The company said (paraphrase): sales fell"));
	done(&f);
}

int main(void)
{
	business_name_words();
	return CHECK_DONE();
}
