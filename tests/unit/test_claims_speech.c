/* Unit tests of plain speech tags ("X said", "X added", "X noted") whose content the engine
 * missed entirely: the shape of the sentence around the tag, not the verb, hid the claim. */
#include "claims_fixture.h"

/* "She said, if elected, she would ...", "He added, that there's ...": after a comma that
 * follows the tag at the sentence's start, an opening clause and the main clause after it are
 * what was said, and so is a clause that "that" opens; "said, when asked, she ..." tells when it
 * was said, and "said, that is, ..." is no clause. */
static void clause_after_comma(void)
{
	struct fixture f =
		run("The mayor said, if reelected, she would rebuild the pier.\n\n"
		    "The coach added, that there is more work to do.\n\n"
		    "The clerk said, although the office is small, it handles every request.\n\n"
		    "The pilot said, when asked, the flight was calm.\n\n"
		    "The baker said, that is, the oven broke.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "if reelected, she would rebuild the pier", "The mayor",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that there is more work to do", "The coach", "added",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "although the office is small, it handles every request",
		 "The clerk", "said", NULL);
	done(&f);
}

/* "In the long run, many economists say, this effect could ...": a tag set between commas after
 * an opening phrase, then a clause that a determiner opens, is inside the content ("In some
 * ways, the brothers noted, ..." too, a participle tag, and a quotation before one); "It will
 * pass, she said, this morning." dates the telling, and "the rules discussed in this chapter"
 * says where. */
static void tag_inside_content(void)
{
	struct fixture f = run(
		"In the long run, many farmers say, this drought could empty the valley.\n\n"
		"In some ways, the twins noted, the council might welcome the protest.\n\n"
		"The storm will pass, she said, this morning.\n\n"
		"\"In the north, the harbor will be rebuilt by spring,\" the mayor declared.\n\n"
		"The rules discussed in this chapter apply to every port.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "In the long run, many farmers say, this drought could empty the valley",
		 "many farmers", "say", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "In some ways, the twins noted, the council might welcome the protest",
		 "the twins", "noted", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "The storm will pass", "she", "said", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "In the north, the harbor will be rebuilt by spring,",
		 "the mayor", "declared", NULL);
	done(&f);
}

/* "Yet another said, “...”", "One says ..., while another says ...", "Some say ...": a
 * determiner or "one" standing alone as the subject of its tag; not "had some say in it", "an
 * aggressive - some say unrealistic - pledge", nor "Another featured photos telling ...", a
 * participle's subject that is no person. */
static void lone_one_subject(void)
{
	struct fixture f =
		run("Two guides spoke. One says the trail is closed, while another says it opened "
		    "today.\n\n"
		    "Yet another said, \u201cThe bridge is out.\u201d\n\n"
		    "Some say the lake is too cold to swim in.\n\n"
		    "The tenants had some say in the design.\n\n"
		    "It was a bold - some say reckless - plan for the harbor.\n\n"
		    "One ad shows the farm. Another featured old photos telling the story of the "
		    "harbor.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the trail is closed", "One", "says", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it opened today", "another", "says", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "The bridge is out.", "another", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the lake is too cold to swim in", "Some", "say", NULL);
	done(&f);
}

int main(void)
{
	RUN(clause_after_comma);
	RUN(tag_inside_content);
	RUN(lone_one_subject);
	return CHECK_DONE();
}
