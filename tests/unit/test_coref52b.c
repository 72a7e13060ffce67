/* test_coref52b: names a reader sees dropped (session 52): a paper's name of a place and a
 * hyphenated word ("the Chicago Sun-Times") speaks. */
#include "claims_fixture.h"

/* "The Chicago Sun-Times reported that ..." gave no claim, while "the Chicago Tribune said"
 * did: the name was read as a place's ("Chicago") and a place does not speak. A last word of
 * capitalised words joined by hyphens, none a place's, is a paper's or a firm's own word. A
 * hyphenated word with a place's part ("Hyde-Park") leaves the name a place's, with no claim. */
static void paper_with_hyphen_speaks(void)
{
	struct fixture f = run("Mayor to quit\n\n"
			       "The Chicago Sun-Times reported that the mayor would resign next "
			       "week.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the mayor would resign next week",
		 "The Chicago Sun-Times", "reported", NULL);
	done(&f);
	f = run("Mayor to quit\n\n"
		"The Boston Hi-Fi said that the mayor would resign next week.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the mayor would resign next week", "The Boston Hi-Fi",
		 "said", NULL);
	done(&f);
	/* stays */
	f = run("Mayor to quit\n\n"
		"The Chicago Hyde-Park reported that the mayor would resign next week.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

int main(void)
{
	RUN(paper_with_hyphen_speaks);
	return CHECK_DONE();
}
