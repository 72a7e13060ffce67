/* Unit tests of claims found by miss50 in session 50: a noun of a claim with its holder after
 * "by" ("suggestions by the news media that ...", "accusations by Exxon Mobil that ..."); each
 * next to the near case that stays as it was. */
#include "claims_fixture.h"

/* PolNeAR train (AP 2016, "despite some recent suggestions by the news media that the president
 * has his thumb on the scale"; "the suggestion by a potential president that someone ought to
 * look into the judge"): the plural "suggestions" is a claim's noun as the singular is, and a
 * determiner or an adjective may come before a noun whose holder follows "by": the "that"
 * after the holder opens no relative clause of the noun. */
static void noun_by_holder(void)
{
	struct fixture f = run("Obama said Biden had been fair, despite some recent suggestions by "
			       "the news media that the president favours Clinton.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1,
		      "the news media suggestions (paraphrase): the president favours Clinton"));
	done(&f);
	f = run("Critics were alarmed by the suggestion by a potential president that someone "
		"ought to look into the judge.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "a potential president suggestion (paraphrase): someone ought to look into "
		      "the judge"));
	done(&f);
	/* stay: with no holder after "by" the noun after "the" may own a relative clause */
	f = run("Critics were alarmed by the suggestion that someone ought to look into the "
		"judge.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("Critics ignored the suggestions that came from the floor.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* PolNeAR train (Columbia letter "strongly disputing accusations by Exxon Mobil that
 * journalists from the school had produced inaccurate ... articles"): after the holder a plural
 * before its verb, or before a phrase and its auxiliary, is the subject of the content; a verb
 * in "s" is a relative clause of the holder ("a group that represents police"). */
static void plural_subject_after_holder(void)
{
	struct fixture f =
		run("The school published a letter disputing accusations by Exxon Mobil that "
		    "journalists from the school had produced inaccurate articles.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Exxon Mobil accusations (paraphrase): journalists from the school had "
		      "produced inaccurate articles"));
	done(&f);
	f = run("The school published a letter disputing accusations by Exxon Mobil that journalists "
		"had produced inaccurate articles.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Exxon Mobil accusations (paraphrase): journalists had produced inaccurate "
		      "articles"));
	done(&f);
	/* stay */
	f = run("The school published a letter disputing accusations by a group that represents police "
		"officers in the city.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("The school published a letter disputing accusations by a group that works with police "
		"officers in the city.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

int main(void)
{
	RUN(noun_by_holder);
	RUN(plural_subject_after_holder);
	return CHECK_DONE();
}
