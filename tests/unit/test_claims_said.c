/* Unit tests of the core speech verbs ("said", "says", "told", "reported") in frames they used to
 * miss. */
#include "claims_fixture.h"

/* "... “The Long March.” She says he is unfit": a quotation that a full stop closed before the
 * sentence is no tag's content when the cue's clause follows; "“Is it over?” Kerr said." still
 * is a tag. */
static void clause_after_closed_quote(void)
{
	struct fixture f =
		run("His rallies are the equivalent of \"The Long March.\" She says he is "
		    "unfit to lead.\n\n"
		    "\"Is it over?\" Kerr said.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "he is unfit to lead", "She", "says", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "Is it over?", "Kerr", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(clause_after_closed_quote);
	return CHECK_DONE();
}
