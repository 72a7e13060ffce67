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

int main(void)
{
	RUN(cue_forms);
	return CHECK_DONE();
}
