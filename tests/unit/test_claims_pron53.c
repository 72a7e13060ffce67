/* Unit tests of pronouns a careful reader would resolve otherwise, found in session 53: each next
 * to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Dianne Bystrom agreed. The mayor disagreed. “We have done everything we can,” she said"
 * gave the quotation to Bystrom: a description by role that is the subject of the sentence
 * before is whom "she" means, also after a quotation that opens the pronoun's sentence, and
 * also when coref finds a person further back. Controls: a role of the other sex ("The
 * spokesman") is not "she", and a quotation after an opening word ("Then") is not read as
 * opening the sentence. */
static void role_subject_before_tag(void)
{
	struct fixture f = run("Council vote\n\nDianne Bystrom agreed. The mayor disagreed. \"We "
			       "have done everything we can,\" she said.\n");
	speaker_resolves(&f, "she", "the mayor");
	done(&f);
	f = run("Council vote\n\nDianne Bystrom agreed. The mayor disagreed. She said the city had "
		"done everything it could.\n");
	speaker_resolves(&f, "She", "the mayor");
	done(&f);
	f = run("Council vote\n\nDianne Bystrom agreed. The spokesman disagreed. \"We have done "
		"everything we can,\" she said.\n");
	speaker_resolves(&f, "she", "Dianne Bystrom");
	done(&f);
	f = run("Council vote\n\nDianne Bystrom agreed. The mayor disagreed. Then \"we have done "
		"everything we can,\" she said.\n");
	speaker_resolves(&f, "she", "Dianne Bystrom");
	done(&f);
}

int main(void)
{
	RUN(role_subject_before_tag);
	return CHECK_DONE();
}
