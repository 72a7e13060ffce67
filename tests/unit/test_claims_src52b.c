/* Unit tests of the name a row shows for a source that describes people and then names them
 * (session 52, src52b): each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Two of the senators, Ann Lee and Bo Park, said the bill was dead" showed "Bo Park said", as
 * did "Two senators, ..." and "The senators, ...": after a description and a comma, names
 * joined by "and" are all the speakers, as "Ann Lee and Bo Park said" shows them. */
static void description_then_two_names(void)
{
	struct fixture f =
		run("Two of the senators, Ann Lee and Bo Park, said the bill was dead.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee and Bo Park said (paraphrase): the bill was dead"));
	done(&f);
	f = run("Two senators, Ann Lee and Bo Park, said the bill was dead.\n");
	CHECK(renders(&f, 0, "Ann Lee and Bo Park said (paraphrase): the bill was dead"));
	done(&f);
	f = run("The senators, Ann Lee and Bo Park, said the bill was dead.\n");
	CHECK(renders(&f, 0, "Ann Lee and Bo Park said (paraphrase): the bill was dead"));
	done(&f);
	/* stay: one name after the description, and the pair with no description */
	f = run("One senator, Ann Lee, said the bill was dead.\n");
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): the bill was dead"));
	done(&f);
	f = run("Ann Lee and Bo Park said the bill was dead.\n");
	CHECK(renders(&f, 0, "Ann Lee and Bo Park said (paraphrase): the bill was dead"));
	done(&f);
}

/* "A new group called Citizens for Safety said" showed "Citizens said": coref knew the body
 * by its first word, and the name goes on over "for" as over "of"; the body as written. */
static void group_called_citizens_for(void)
{
	struct fixture f = run("A new group called Citizens for Safety said the bill was dead.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Citizens for Safety said (paraphrase): the bill was dead"));
	done(&f);
	/* stay: a person's name before "for" is the person */
	f = run("Ann Lee for the defense said the bill was dead.\n");
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): the bill was dead"));
	done(&f);
}

int main(void)
{
	RUN(description_then_two_names);
	RUN(group_called_citizens_for);
	return CHECK_DONE();
}
