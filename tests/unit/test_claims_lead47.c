/* Unit tests of claim rows a reader would find wrong, found by the lead in session 47: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* TimeML APW19980418.0210 opens "BUDAPEST, Hungary (AP)_ Tired of being sidelined, Hungarian
 * astronaut Bertalan Farkas is leaving for the United States to start a new career, he said
 * Saturday." and showed "he (unresolved) said": in a lede, before which nobody is named, the
 * pronoun of a tag after a comma is the one person its clause names, speaking of himself. With
 * someone named before, the pronoun is theirs; with two people in the clause it stays as
 * written. */
static void tag_pronoun_in_a_lede(void)
{
	struct fixture f = run("Tired of being sidelined, astronaut Ann Farkas is leaving for the "
			       "United States to start a new career, she said Saturday.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Ann Farkas said (paraphrase): Tired of being sidelined, astronaut Ann "
		      "Farkas is leaving for the United States to start a new career"));
	done(&f);
	/* stay */
	f = run("Coach Tom Lee spoke on Monday.\n\n"
		"Bill Smith will leave the team, he said.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Tom Lee said (paraphrase): Bill Smith will leave the team"));
	done(&f);
	f = run("Bill Smith will beat John Jones, he said.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "he (unresolved) said (paraphrase): Bill Smith will beat John Jones"));
	done(&f);
}

int main(void)
{
	RUN(tag_pronoun_in_a_lede);
	return CHECK_DONE();
}
