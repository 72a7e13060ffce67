/* Unit tests of claims a reader missed, found by miss46 in session 46: each next to the row of
 * the same shape that stays. */
#include "claims_fixture.h"

/* "officials are expecting a record turnout", "They're not expecting to win": "expecting" in a
 * progressive after a form of "be" is a belief, as "expects" is (no row before); a participle
 * that modifies a noun ("Buyers expecting a bargain may wait") has its main verb after its
 * object, and a headline's "expecting a second child" is a birth: no row. */
static void expecting_progressive(void)
{
	struct fixture f = run("County officials are expecting a record turnout on Tuesday.\n\n"
			       "They're not expecting to win the seat.\n\n"
			       "Buyers expecting a bargain at the sale may want to wait.\n\n"
			       "Ana Ruiz and her husband expecting a second child.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "County officials are expecting (paraphrase): a record turnout"));
	CHECK(renders(&f, 1, "They're (unresolved) not expecting (paraphrase): to win the seat"));
	done(&f);
}

int main(void)
{
	RUN(expecting_progressive);
	return CHECK_DONE();
}
