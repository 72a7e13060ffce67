/* Unit tests of wrong speakers (session 41, who41): each row next to the claim of the same shape
 * that stays. */
#include "claims_fixture.h"

/* "Officials say she robbed a bank and declined to stop": the past verb after "and" goes on with
 * the content's pronoun and past verb, not with the present "say" (she declined, the officials
 * say so); "and declined to comment" is the officials' own reply, and after a past "said" the
 * second verb stays the speakers'. */
static void past_verb_of_content(void)
{
	struct fixture f = run("Officials say she robbed a bank and declined to stop.\n\n"
			       "Officials say she robbed a bank and declined to comment.\n\n"
			       "The mayor said the road was closed and promised to reopen it.\n");

	CHECK_EQ(f.l->n, 5);
	CHECK(renders(&f, 0, "Officials say (paraphrase): she robbed a bank and declined to stop"));
	CHECK(renders(&f, 1, "Officials say (paraphrase): she robbed a bank"));
	CHECK(renders(&f, 2, "Officials declined (paraphrase): to comment"));
	CHECK(renders(&f, 3, "The mayor said (paraphrase): the road was closed"));
	CHECK(renders(&f, 4, "The mayor promised (paraphrase): to reopen it"));
	done(&f);
}

/* "On one forum an unidentified user put up her photo and wrote": after an opening phrase of a
 * preposition and its noun with no comma, the article opens the subject, and "unidentified"
 * between the article and a noun is the subject's adjective; "the league led a string of
 * campaigns" ends the subject at "led"; "the court" after "In the case" stays. */
static void subject_after_opening_phrase(void)
{
	struct fixture f =
		run("On one forum an unidentified user put up her photo and wrote that "
		    "they found it rude.\n\n"
		    "On Monday the neighbor shared her photo and said that it was rude.\n\n"
		    "From 2001 to 2004 the league led a string of campaigns arguing "
		    "against the plan.\n\n"
		    "In the case the court said that the law stands.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "an unidentified user wrote (paraphrase): they found it rude"));
	CHECK(renders(&f, 1, "the neighbor said (paraphrase): it was rude"));
	CHECK(renders(&f, 2, "the league arguing (paraphrase): against the plan"));
	CHECK(renders(&f, 3, "the court said (paraphrase): the law stands"));
	done(&f);
}

int main(void)
{
	RUN(past_verb_of_content);
	RUN(subject_after_opening_phrase);
	return CHECK_DONE();
}
