/* Unit tests of where a claim's content ends, found by bound49 in session 49: each row next to
 * the row of the same shape that stays. */
#include "claims_fixture.h"

/* PolNeAR train "explained his reasoning in an appearance on CBS's Face the Nation" and "seemed
 * to urge the opposite tactic in a speech to conservative pastors": after a short noun phrase
 * that any cue took, the occasion of the telling ("in an appearance", "in a speech", "at a
 * rally") is the writer's, not what was said. A subject whose verb comes after the occasion
 * stays with it, and so does a phrase that an infinitive's verb takes, or a phrase with a verb
 * of its own ("the mayor losing support", "the senator appeared tired"). */
static void occasion_after_np_ends(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "The senator explained his reasoning in an appearance on a Sunday "
		    "news show.\n\n"
		    "The mayor seemed to urge the opposite tactic in a speech to farmers "
		    "in the valley.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The senator explained (paraphrase): his reasoning"));
	CHECK(renders(&f, 1, "The mayor seemed to urge (paraphrase): the opposite tactic"));
	done(&f);
	/* stay */
	f = run("Title of the piece\n\n"
		"The sheriff said protesters at a rally in the valley were attacked.\n\n"
		"The coach said the plan was a reason for the town to invest in its new program.\n\n"
		"The poll showed the mayor losing support after the debate.\n\n"
		"The aide noted the senator appeared tired in his first debate in May.\n");
	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0,
		      "The sheriff said (paraphrase): protesters at a rally in the valley were "
		      "attacked"));
	CHECK(renders(&f, 1,
		      "The coach said (paraphrase): the plan was a reason for the town to invest in "
		      "its new program"));
	CHECK(renders(&f, 2,
		      "The poll showed (paraphrase): the mayor losing support after the debate"));
	CHECK(renders(
		&f, 3,
		"The aide noted (paraphrase): the senator appeared tired in his first debate in "
		"May"));
	done(&f);
}

int main(void)
{
	RUN(occasion_after_np_ends);
	return CHECK_DONE();
}
