/* test_coref53b: a newspaper, a wire and a credit line (session 53): "the paper" is never a
 * wire agency named before, and a photo's credit standing as its own paragraph names no
 * antecedent. */
#include "claims_fixture.h"

/* "Reuters reported ... The paper wrote" showed "Reuters wrote": a description resolved to any
 * name of the media class. A paper, a tabloid or a broadcaster is no wire agency; it is the paper
 * named before the wire. */
static void paper_is_no_wire(void)
{
	struct fixture f = run("Deal done\n\n"
			       "Reuters reported that the deal was close. The paper wrote that "
			       "the deal was done.\n");

	speaker_resolves(&f, "The paper", "The paper");
	done(&f);
	f = run("Deal done\n\n"
		"The Daily Planet said the talks had stalled. The Associated Press reported that "
		"they resumed. The newspaper said the deal was done.\n");
	speaker_resolves(&f, "The newspaper", "Daily Planet");
	done(&f);
	/* stays: a paper named before is the paper */
	f = run("Deal done\n\n"
		"The Daily Planet reported that the deal was close. The paper wrote that the deal "
		"was done.\n");
	speaker_resolves(&f, "The paper", "Daily Planet");
	done(&f);
}

/* "(Photo: The Daily Planet) ¶ The newspaper said" showed "Daily Planet said", and "Photo:
 * Mary Smith ¶ She said" showed "Mary Smith said": a credit line's name was taken as the
 * antecedent. A photo's credit paragraph is page furniture; a sentence that opens with "By"
 * is none. */
static void credit_line_is_no_antecedent(void)
{
	struct fixture f = run("Deal done\n\n"
			       "Talks resumed on Monday.\n\n"
			       "(Photo: The Daily Planet)\n\n"
			       "The newspaper said the deal was done.\n");

	speaker_resolves(&f, "The newspaper", "The newspaper");
	done(&f);
	f = run("Deal done\n\n"
		"Talks resumed on Monday.\n\n"
		"Photo: Mary Smith\n\n"
		"She said the deal was done.\n");
	speaker_resolves(&f, "She", NULL);
	done(&f);
	/* stays: a sentence */
	f = run("Deal done\n\n"
		"By Monday, Mary Smith had read the draft.\n\n"
		"She said the deal was done.\n");
	speaker_resolves(&f, "She", "Mary Smith");
	done(&f);
}

int main(void)
{
	RUN(paper_is_no_wire);
	RUN(credit_line_is_no_antecedent);
	return CHECK_DONE();
}
