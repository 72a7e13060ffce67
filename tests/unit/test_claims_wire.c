/* Unit tests of the speakers of wire stories: long introductions before the subject, names set
 * off by commas after a description, pronouns that name no organisation. */
#include "claims_fixture.h"

/* an introductory phrase of more than a dozen tokens that ends at a comma is no part of the
 * subject: the subject starts after that comma */
static void long_introduction(void)
{
	struct fixture f =
		run("In his Sunday Mass at St. Patrick's Cathedral in New York, Cardinal "
		    "John O'Connor said the killing was an outrage.\n");

	speaker_resolves(&f, "Cardinal John O'Connor", "John O'Connor");
	done(&f);
}

int main(void)
{
	RUN(long_introduction);
	return CHECK_DONE();
}
