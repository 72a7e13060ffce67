/* Unit tests of claim rows whose source a reader would find wrong, found by src53b in session 53:
 * each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "“We know we've got work to do,” she told a cheering crowd, then referred to Trump's slogan"
 * showed "a cheering crowd then referred to": the crowd is the object of "told"; the verb after
 * ", then" shares the subject of the verb before the comma. */
static void then_after_object(void)
{
	struct fixture f =
		run("Ann Lee spoke on Friday. \"We will win,\" she told a cheering crowd, "
		    "then said the plant was safe.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "Ann Lee then said (paraphrase): the plant was safe"));
	done(&f);
	f = run("\"We will win,\" Ann Lee told a cheering crowd, then said the plant was safe.\n");
	CHECK(renders(&f, 1, "Ann Lee then said (paraphrase): the plant was safe"));
	done(&f);
	/* stay: the phrase before the comma is the subject, no verb before it */
	f = run("Ann Lee spoke on Friday. Her lawyer, then said the plant was safe.\n");
	CHECK(renders(&f, 0, "Ann Lee's lawyer then said (paraphrase): the plant was safe"));
	done(&f);
	f = run("Ann Lee, a lawyer for the union, then said the plant was safe.\n");
	CHECK(renders(&f, 0, "Ann Lee then said (paraphrase): the plant was safe"));
	done(&f);
}

int main(void)
{
	then_after_object();
	return CHECK_DONE();
}
