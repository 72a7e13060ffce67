/* Unit tests of claims found by miss52 in session 52: a relative clause with no "that" whose
 * gap is the subject of the verb after the cue ("write-offs the company said were
 * non-recurring"), next to the near cases that stay as they were. */
#include "claims_fixture.h"

/* PolNeAR train ("a probe the law enforcement agency said was ongoing", wsj-style "write-offs
 * the company said were non-recurring"): a noun, a source that opens with an article or a
 * capital, the cue and a finite or modal verb; the content is the noun's relative clause. */
static void noun_gap(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "The firm took write-offs the company said were non-recurring.\n\n"
			       "It was a probe the agency said was still ongoing.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "the company said (paraphrase): [write-offs] were non-recurring"));
	CHECK(renders(&f, 1,
		      "the agency said (paraphrase): a probe the agency said was still "
		      "ongoing"));
	done(&f);
	/* stay: a cleft ("was that"), a noun phrase that opens the sentence (its clause runs on
	 * into the sentence's verb), a lowercase source after the noun, a cue that is a noun
	 * ("report") and a past verb before the source */
	f = run("Title of the piece\n\n"
		"The first thing the mayor said was that taxes rose.\n\n"
		"The report the agency said had errors was withdrawn.\n\n"
		"It was a probe officials said was ongoing.\n\n"
		"It was the night the final conference report was filed.\n\n"
		"The aide said the AP report is misleading.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The aide said (paraphrase): the AP report is misleading"));
	done(&f);
}

int main(void)
{
	RUN(noun_gap);
	return CHECK_DONE();
}
