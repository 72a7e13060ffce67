/* Unit tests of claims a reader expects and did not get, found in session 54: each next to the
 * near shape that must give no row. */
#include "claims_fixture.h"

/* "Mark Dale agreed. “It is the best plan we have.”" gave no row: the quotation stands alone
 * after a sentence whose speaker opens it and whose speech verb ends it, and is that speaker's
 * (PolNeAR marks it so: "Dianne Bystrom agreed. "Mainstream Republicans are ..."", cue
 * "agreed"). Also when the quotation fills the paragraphs after the one the sentence ends. */
static void quote_after_bare_cue(void)
{
	struct fixture f =
		run("The council met on Monday. Mark Dale agreed. “It is the best plan we "
		    "have.”\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Mark Dale agreed: “It is the best plan we have.”"));
	done(&f);
	f = run("The council met on Monday.\n\nThe senator responded.\n\n“We will see. It is "
		"early.”\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The senator responded: “We will see. It is early.”"));
	done(&f);
	/* no row: the verb says no words (a belief, an event), the subject is a thing, the
	 * quotation has a tag of its own, or more than the quotation follows it */
	f = run("The council met on Monday. She believed. “It is a sign.”\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("The council met on Monday. The mayor arrived. “Hello, everyone.”\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("The council met on Monday. It reads. “Keep out of the park.”\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("The council met on Monday. Mark Dale agreed. “It is the best plan,” Tom Reyes "
		"said.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Tom Reyes said: “It is the best plan”"));
	done(&f);
	f = run("The council met on Monday. Mark Dale agreed. “Good news” came later.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

int main(void)
{
	quote_after_bare_cue();
	return CHECK_DONE();
}
