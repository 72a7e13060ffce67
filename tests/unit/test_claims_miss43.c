/* Unit tests of claims the engine did not find (session 43, miss43): each row next to the claim
 * of the same shape that stays. */
#include "claims_fixture.h"

/* The forms of a cue verb the lexicon lacked read as their siblings do: "referenced" as
 * "referencing", "portray" as "portrayed", "laments" as "lamented" (a noun phrase for content),
 * "alluded" as "alluding" (content after "to"). A past participle right after a noun and its
 * determiner with "in" for content is the noun's reduced relative clause, no one's words ("a
 * town referenced in the old maps"); "referencing" keeps its row. */
static void cue_forms(void)
{
	struct fixture f =
		run("The senator referenced a study that found the agency had lost records.\n\n"
		    "Critics continued to portray the mayor as a friend of developers.\n\n"
		    "The governor laments the closing of the mill.\n\n"
		    "Ada Cole alluded to her rival's troubles with the budget.\n\n"
		    "It reminded them of a town referenced in the old maps, a harbour lost to the "
		    "sea.\n\n"
		    "The clerk has been referencing the delays at the port.\n");

	CHECK_EQ(f.l->n, 5);
	CHECK(renders(&f, 0,
		      "The senator referenced (paraphrase): a study that found the agency had lost "
		      "records"));
	CHECK(renders(&f, 1,
		      "Critics continued to portray (paraphrase): the mayor as a friend of "
		      "developers"));
	CHECK(renders(&f, 2, "The governor laments (paraphrase): the closing of the mill"));
	CHECK(renders(&f, 3,
		      "Ada Cole alluded to (paraphrase): her rival's troubles with the budget"));
	CHECK(renders(&f, 4,
		      "The clerk has been referencing (paraphrase): the delays at the port"));
	done(&f);
}

/* "offered" gives something said in the plural as in the singular ("offered increasingly
 * strident defenses of"), and congratulations and kind words; a plan offered is no claim, and
 * the singular keeps its row. */
static void offered_plural(void)
{
	struct fixture f = run("The mayor offered increasingly sharp defenses of his aide.\n\n"
			       "The governor also offered her congratulations to the winners.\n\n"
			       "The senator even offered some kind words about his rival.\n\n"
			       "The firm offered no real plans to fix the bridge.\n\n"
			       "The mayor offered a defense of the budget.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0,
		      "The mayor offered (paraphrase): increasingly sharp defenses of his aide"));
	CHECK(renders(&f, 1,
		      "The governor also offered (paraphrase): her congratulations to the winners"));
	CHECK(renders(&f, 2,
		      "The senator even offered (paraphrase): some kind words about his rival"));
	CHECK(renders(&f, 3, "The mayor offered (paraphrase): a defense of the budget"));
	done(&f);
}

int main(void)
{
	RUN(cue_forms);
	RUN(offered_plural);
	return CHECK_DONE();
}
