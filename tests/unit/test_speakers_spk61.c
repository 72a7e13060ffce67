/* Unit tests of speakers a reader would find wrong, found by spk61 in session 61: a titled
 * surname of one sex after two people of that surname. */
#include "claims_fixture.h"

/* "Chidi Okafor's brother Emeka Okafor said ... Ms. Okafor added" showed "Emeka Okafor added": a
 * woman's title merged with the man the kin word before his name says he is. A lowercase word of
 * a sex right before a full name gives the person that sex; "Ms." then means the one woman of
 * that surname, or no one named before when none is known to be one. */
static void titled_surname_of_the_other_sex(void)
{
	struct fixture f = run("Family\n\nChidi Okafor runs a shop in Lagos. Chidi Okafor's "
			       "brother Emeka Okafor said the shop was closed. Ms. Okafor added "
			       "that she would reopen it.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Emeka Okafor said (paraphrase): the shop was closed"));
	CHECK(!renders(&f, 1, "Emeka Okafor added (paraphrase): she would reopen it"));
	done(&f);
	struct fixture g = run("Family\n\nMary Okafor runs a shop. Her brother John Okafor said "
			       "the shop was closed. Ms. Okafor added that she would reopen it. "
			       "Mr. Okafor said he would help.\n");
	CHECK_EQ(g.l->n, 3);
	CHECK(renders(&g, 1, "Mary Okafor added (paraphrase): she would reopen it"));
	CHECK(renders(&g, 2, "John Okafor said (paraphrase): he would help"));
	done(&g);
	/* stays: one person of the surname, and a title of the same sex as the one named */
	struct fixture h = run("Family\n\nEmeka Okafor runs a shop. Mr. Okafor said the shop was "
			       "closed.\n\nHis sister Ada Okafor said the shop would reopen. "
			       "Ms. Okafor added that it was busy.\n");
	CHECK_EQ(h.l->n, 3);
	CHECK(renders(&h, 0, "Emeka Okafor said (paraphrase): the shop was closed"));
	CHECK(renders(&h, 2, "Ada Okafor added (paraphrase): it was busy"));
	done(&h);
}

int main(void)
{
	titled_surname_of_the_other_sex();
	return CHECK_DONE();
}
