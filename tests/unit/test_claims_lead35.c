/* Unit tests of session 35's reading fixes (the lead's): who a "he said" after an inverted tag
 * continues, names whose sex or kind the lexicon gives, each next to the neighbour that keeps
 * its answer. */
#include "claims_fixture.h"

/* "Ford's plan is weak, Hobbs said. “...,” he said": the source of the tag that closes the
 * sentence before is who goes on speaking, not the owner named first in it; with no tag there,
 * the sentence's subject is still who "he" is. */
static void he_continues_the_tag_source(void)
{
	struct fixture f = run("Mark Hobbs, the owner of the team, says he is open to running.\n\n"
			       "Hobbs said he would serve with Donald Ford.\n\n"
			       "Ford's grasp of policy is worrying, Hobbs said.\n\n"
			       "\"Anybody can change,\" he said when asked about the plan.\n");

	speaker_resolves(&f, "he", "Mark Hobbs");
	done(&f);

	f = run("Mark Hobbs, the owner of the team, says he is open to running.\n\n"
		"Hobbs said he would serve with Donald Ford.\n\n"
		"Ford's grasp of policy was the subject of the talk.\n\n"
		"He said anybody can change.\n");
	speaker_resolves(&f, "He", "Donald Ford");
	done(&f);
}

/* "Monique Dalle ... . Dexter Wakefield told the paper that she was a regular. He said": given
 * names the lexicon knows keep "she" with the woman and "he" with the man. */
static void given_names_give_the_sex(void)
{
	struct fixture f =
		run("Osman Abu Laban wrote on Facebook that his uncle was on the plane.\n\n"
		    "Monique Dalle was traveling to Cairo, the church said. Dexter "
		    "Wakefield, a minister, told the paper that she was a regular. He said "
		    "her family asked for privacy.\n");

	cue_speaker_resolves(&f, "He", "said", "Dexter Wakefield");
	done(&f);
}

/* "fleeing war in the Middle East": a region is no one a "she" can be; with nobody else named,
 * the pronoun stays unresolved rather than the place's. */
static void region_is_no_person(void)
{
	struct fixture f =
		run("The chancellor spoke of refugees fleeing war in the Middle East.\n\n"
		    "A woman was given probation. \"Go home!\" she wrote.\n");

	speaker_resolves(&f, "she", NULL);
	done(&f);
}

int main(void)
{
	RUN(he_continues_the_tag_source);
	RUN(given_names_give_the_sex);
	RUN(region_is_no_person);
	return CHECK_DONE();
}
