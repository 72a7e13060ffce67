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

/* "Ann Lee fired workers who said the plant was unsafe" showed "Ann Lee fired workers said": the
 * phrase "who" refers to stops at the verb in the past after a person's name. */
static void who_after_name_verb(void)
{
	struct fixture f = run("Ann Lee fired workers who said the plant was unsafe.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "workers said (paraphrase): the plant was unsafe"));
	done(&f);
	/* stay: a capitalised adjective before a participle is no one who acts */
	f = run("Democratic elected officials who said the plant was unsafe met on Friday.\n");
	CHECK(renders(&f, 0,
		      "Democratic elected officials said (paraphrase): the plant was unsafe"));
	done(&f);
}

int main(void)
{
	then_after_object();
	who_after_name_verb();
	return CHECK_DONE();
}
