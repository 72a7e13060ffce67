/* Unit tests of headline words read as a speaker's name, found by heads47 in session 47: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* PolNeAR dev usa-today 2016-09-22: a headline over its subhead in one paragraph ("Derelict
 * Obama and Clinton; \nTrump will ...") named the president "Derelict Obama", and every row
 * of his showed "Derelict Obama and Hillary Clinton". The headline's line is a heading (its
 * capitals tell nothing), and a word no lexicon knows before a name there is no word of it
 * once the body names him without it; a given name ("Ann Lee" over "Lee") stays. */
static void headline_adjective_is_no_name(void)
{
	struct fixture f = run("Careless Smith and Jones; \nThe council will act on the flood.\n\n"
			       "Mayor Smith did not act on the warnings.\n\n"
			       "Smith called the flood a freak event.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Smith called (paraphrase): the flood a freak event"));
	done(&f);
}

static void headline_given_name_stays(void)
{
	struct fixture f = run("Ann Lee and Jones; \nThe council will act on the flood.\n\n"
			       "Mayor Lee did not act on the warnings.\n\n"
			       "Lee called the flood a freak event.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee called (paraphrase): the flood a freak event"));
	done(&f);
}

/* A name the body says in full as the headline did is the person's, though no lexicon knows
 * its first word ("Trey Gowdy: ..." over "Trey Gowdy said", then "Gowdy"). */
static void headline_name_said_again_stays(void)
{
	struct fixture f = run("Careless Smith and Jones; \nThe council will act on the flood.\n\n"
			       "Careless Smith did not act on the warnings.\n\n"
			       "Smith called the flood a freak event.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Careless Smith called (paraphrase): the flood a freak event"));
	done(&f);
}

int main(void)
{
	RUN(headline_adjective_is_no_name);
	RUN(headline_given_name_stays);
	RUN(headline_name_said_again_stays);
	return CHECK_DONE();
}
