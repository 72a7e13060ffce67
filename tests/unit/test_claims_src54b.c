/* Unit tests of claim rows whose source a reader would find wrong, found by src54b in session 54:
 * each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "The firm, Procter and Gamble, said" showed "Gamble said" and "Its rival, Contoso, said"
 * showed "Its rival, Contoso said": the name set off after a singular description is the
 * speaker, all of it. */
static void name_after_description(void)
{
	struct fixture f = run("The firm, Procter and Gamble, said it would raise prices.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Procter and Gamble said (paraphrase): it would raise prices"));
	done(&f);
	f = run("Its rival, Contoso, said it would also move to Texas.\n");
	CHECK(renders(&f, 0, "Contoso said (paraphrase): it would also move to Texas"));
	done(&f);
	/* stay: two people with no description, a person's name after one, two after a plural */
	f = run("Smith and Jones said it would rain.\n");
	CHECK(renders(&f, 0, "Smith and Jones said (paraphrase): it would rain"));
	done(&f);
	f = run("The firm, Smith, said it would raise prices.\n");
	CHECK(renders(&f, 0, "Smith said (paraphrase): it would raise prices"));
	done(&f);
	f = run("The senators, Ann Lee and Bo Park, said the law was void.\n");
	CHECK(renders(&f, 0, "Ann Lee and Bo Park said (paraphrase): the law was void"));
	done(&f);
	f = run("Its rival, a firm in Ohio, said it would also move to Texas.\n");
	CHECK(renders(&f, 0,
		      "Its rival, a firm in Ohio said (paraphrase): it would also move to Texas"));
	done(&f);
}

int main(void)
{
	name_after_description();
	return CHECK_DONE();
}
