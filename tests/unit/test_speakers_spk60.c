/* Unit tests of speakers a reader would find wrong, found by spk60 in session 60 in stories of
 * its own: names of bodies read across their prepositions, surnames after two particles, "the
 * company" after a sentence with two firms. */
#include "claims_fixture.h"

/* "Doctors Without Borders said" showed "Borders", "Friends of the Earth said" "Friends": a
 * preposition written capitalised inside a sentence, and "of" or "for" after one plural word
 * opening a name, are words of the body's name. */
static void body_names_across_prepositions(void)
{
	struct fixture f = run("Aid\n\nDoctors Without Borders said the hospital was hit twice.\n\n"
			       "Friends of the Earth said the dam would flood the valley.\n\n"
			       "Reporters Without Borders said the arrests were unlawful.\n\n"
			       "Physicians for Human Rights said the clinic was shelled.\n");
	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0,
		      "Doctors Without Borders said (paraphrase): the hospital was hit twice"));
	CHECK(renders(&f, 1,
		      "Friends of the Earth said (paraphrase): the dam would flood the valley"));
	CHECK(renders(&f, 2,
		      "Reporters Without Borders said (paraphrase): the arrests were unlawful"));
	CHECK(renders(&f, 3,
		      "Physicians for Human Rights said (paraphrase): the clinic was shelled"));
	done(&f);
	/* stays: bodies already read whole, and a person before "of" */
	struct fixture g =
		run("Aid\n\nBank of America said profits rose.\n\nThe Committee to "
		    "Protect Journalists said three reporters were held.\n\nJohn Reed of "
		    "the Times said the paper would appeal.\n");
	CHECK(renders(&g, 0, "Bank of America said (paraphrase): profits rose"));
	CHECK(renders(&g, 1,
		      "The Committee to Protect Journalists said (paraphrase): three reporters "
		      "were held"));
	speaker_resolves(&g, "John Reed of the Times", "John Reed");
	/* stays: a headline's capitals, and a number of people */
	struct fixture t = run("Aid\n\nCNN Disputes Characterization Of Network said the report "
			       "was false.\n");
	CHECK(!renders(&t, 0,
		       "Disputes Characterization Of Network said (paraphrase): the report "
		       "was false"));
	done(&t);
	/* stays: a number of people is no body */
	struct fixture h = run("Vote\n\nThousands of Tunisians said the vote was unfair.\n");
	CHECK(renders(&h, 0, "Thousands of Tunisians said (paraphrase): the vote was unfair"));
	done(&h);
	done(&g);
}

/* "Maria de la Cruz ... She said" showed "Maria", "Jan van der Berg arrived late. He said" the
 * man named before him: two particles before a surname are words of the name, and "Jan" before
 * them is a given name, no month. */
static void surname_after_two_particles(void)
{
	struct fixture f =
		run("Vote\n\nMaria de la Cruz met Tom Reed. She said the plan would "
		    "fail.\n\nJan van der Berg arrived late. He said the trains were "
		    "slow.\n\nAroha Te Kaurinui spoke on Monday. He said the vote was fair.\n");
	speaker_resolves(&f, "She", "Maria de la Cruz");
	CHECK(renders(&f, 1, "Jan van der Berg said (paraphrase): the trains were slow"));
	CHECK(renders(&f, 2, "Aroha Te Kaurinui said (paraphrase): the vote was fair"));
	done(&f);
	/* stays: one particle, and a month before a surname after a preposition */
	struct fixture g = run("Vote\n\nLuis de Miranda arrived. He said the vote was fair.\n\nIn "
			       "Jan Reed said the trains were slow.\n");
	CHECK(renders(&g, 0, "Luis de Miranda said (paraphrase): the vote was fair"));
	done(&g);
}

/* "Acme Corp. signed a deal with Google Inc. on Monday. The company said" showed Google: a firm
 * named only after the verb, in an object or a phrase, is not the one "the company" means when
 * the sentence's subject is a firm. */
static void company_is_the_subject_firm(void)
{
	static const char *const descs[] = {"The company", "The firm"};
	for (size_t i = 0; i < sizeof(descs) / sizeof(descs[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text),
			 "Deal\n\nAcme Corp. signed a deal with Google Inc. on Monday. %s said "
			 "the deal would close in May.\n",
			 descs[i]);
		struct fixture f = run(text);
		speaker_resolves(&f, descs[i], "Acme Corp.");
		done(&f);
	}
	/* stays: a person as the subject leaves the firm named after the verb */
	struct fixture g = run("Deal\n\nTom Reed signed a deal with Google Inc. on Monday. The "
			       "company said the deal would close in May.\n");
	speaker_resolves(&g, "The company", "Google Inc.");
	done(&g);
	/* stays: the firm that is the subject of the last sentence */
	struct fixture h =
		run("Deal\n\nAcme Corp. signed a deal with Google Inc. on Monday. Google "
		    "Inc. rose 3%. The company said the deal would close in May.\n");
	speaker_resolves(&h, "The company", "Google Inc.");
	done(&h);
}

int main(void)
{
	body_names_across_prepositions();
	surname_after_two_particles();
	company_is_the_subject_firm();
	return CHECK_DONE();
}
