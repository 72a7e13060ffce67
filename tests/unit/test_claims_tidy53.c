/* Unit tests of small wrongs a reader sees in the text of a claim's row, found in session 53:
 * each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "He hopes the government will see the damage the curbs are causing to the U.S." showed "...
 * causing to the U.S": the stop that ends the sentence is also the abbreviation's, and it
 * stays, as the stop of a business's legal form and of "Jr." does. */
static void abbreviation_keeps_its_stop(void)
{
	struct fixture f = run(
		"He hopes the government will see the damage the curbs are causing to the U.S.\n");

	CHECK(renders(&f, 0,
		      "He (unresolved) hopes (paraphrase): the government will see the damage the "
		      "curbs are causing to the U.S."));
	done(&f);
	f = run("Ann Lee said the plant would be sold to Acme Corp.\n");
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): the plant would be sold to Acme Corp."));
	done(&f);
	f = run("Ann Lee said the award went to Martin Luther King Jr.\n");
	CHECK(renders(&f, 0,
		      "Ann Lee said (paraphrase): the award went to Martin Luther King Jr."));
	done(&f);
	/* stay: a sentence's own stop after a word, a capital letter, a legal form written with
	 * no stop, or a number goes */
	f = run("Ann Lee said the plant would be sold to Mercury LLC.\n");
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): the plant would be sold to Mercury LLC"));
	done(&f);
	f = run("Ann Lee said the plant would be sold to Acme.\n");
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): the plant would be sold to Acme"));
	done(&f);
	f = run("Ann Lee said the company would choose Plan B.\n");
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): the company would choose Plan B"));
	done(&f);
	f = run("Ann Lee said the company would open at 9 a.m.\n");
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): the company would open at 9 a.m."));
	done(&f);
}

/* "Later, one Republican said ..." showed "Republican said", as if the party spoke: the count
 * before a source's name is part of who said it for "one" as for "two" (the counts are
 * CLAIMS_ONE_TO_TEN's). */
static void one_republican(void)
{
	struct fixture f = run("Republicans met on Monday. Later, one Republican said the plan was "
			       "late.\n");

	CHECK(renders(&f, 0, "one Republican said (paraphrase): the plan was late"));
	done(&f);
	/* stay: a count of two; an article is no count */
	f = run("Republicans met on Monday. Later, two Republicans said the plan was late.\n");
	CHECK(renders(&f, 0, "two Republicans said (paraphrase): the plan was late"));
	done(&f);
	f = run("Republicans met on Monday. Later, a Republican said the plan was late.\n");
	CHECK(renders(&f, 0, "Republican said (paraphrase): the plan was late"));
	done(&f);
}

int main(void)
{
	RUN(abbreviation_keeps_its_stop);
	RUN(one_republican);
	return CHECK_DONE();
}
