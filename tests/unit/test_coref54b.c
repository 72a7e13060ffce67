/* Unit tests of roles a careful reader ties to a name, found in session 54 (coref54b): each next
 * to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "GOP presidential contender and former neurosurgeon Ben Carson ... The candidate ... he said"
 * showed "the candidate said": a contender is a candidate, and a bare role joined by "and" to
 * the noun before the name is the person's role too. Controls: after "the" the role may be
 * another's ("the candidate and adviser Jane Roe": two people), and a candidate named nowhere
 * stays as written. */
static void contender_is_candidate(void)
{
	struct fixture f = run("Race\n\nGOP presidential contender and former neurosurgeon Ben "
			       "Carson responded on Sunday to the report. The candidate also "
			       "disputed a story. \"Those are the words,\" he said.\n");
	speaker_resolves(&f, "he", "Ben Carson");
	done(&f);
	f = run("Race\n\nSenate contender Ann Lee spoke on Sunday. \"We will win,\" the candidate "
		"said.\n");
	speaker_resolves(&f, "the candidate", "Ann Lee");
	done(&f);
	f = run("Race\n\nBoth the candidate and former banker Ann Lee spoke on Sunday. \"We will "
		"win,\" the candidate said.\n");
	speaker_resolves(&f, "the candidate", "the candidate");
	done(&f);
	f = run("Race\n\nFormer banker Ann Lee spoke on Sunday. \"We will win,\" the candidate "
		"said.\n");
	speaker_resolves(&f, "the candidate", "the candidate");
	done(&f);
}

int main(void)
{
	RUN(contender_is_candidate);
	return CHECK_DONE();
}
