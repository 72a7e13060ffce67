/* Unit tests of the speaker's span (who said it), session 52: each next to the row of the same
 * shape that stays. */
#include "claims_fixture.h"

/* "In his remarks Tuesday the senator said the bill was dead" showed "In his remarks Tuesday the
 * senator said": "remarks", a word that can be a cue or a verb, is the noun of the opening
 * phrase after "his", and the article after the day opens the subject. */
static void remarks_after_his(void)
{
	struct fixture f = run("In his remarks Tuesday the senator said the bill was dead.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the senator said (paraphrase): the bill was dead"));
	done(&f);
	f = run("In the report Tuesday the agency said the bill was dead.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the agency said (paraphrase): the bill was dead"));
	done(&f);
	/* stay: the opening phrase without a day, and one that ends at its comma */
	f = run("In his remarks the senator said the bill was dead.\n");
	CHECK(renders(&f, 0, "the senator said (paraphrase): the bill was dead"));
	done(&f);
	f = run("On Monday a neighbor said the bill was dead.\n");
	CHECK(renders(&f, 0, "a neighbor said (paraphrase): the bill was dead"));
	done(&f);
}

/* "The company called Acme Corp. said the deal was off" gave a second row, "The company called
 * (paraphrase): Acme Corp. said the deal was off": the full stop of an abbreviation goes on the
 * name that speaks. */
static void company_called_corp(void)
{
	struct fixture f = run("The company called Acme Corp. said the deal was off.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Acme Corp. said (paraphrase): the deal was off"));
	done(&f);
	/* stay: what the company called someone is a claim */
	f = run("The company called Acme Corp. a fraud.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The company called (paraphrase): Acme Corp. a fraud"));
	done(&f);
}

int main(void)
{
	RUN(remarks_after_his);
	RUN(company_called_corp);
	return CHECK_DONE();
}
