/* Unit tests of where a found claim's content ends (session 39): each row that changes next to
 * the neighbour of the same shape that must stay. */
#include "claims_fixture.h"

/* "blamed the new tolls, hurting the mayor's standing": after a short noun phrase a cue took,
 * a participle phrase that runs to the end is the speaker's own act or what it brought about,
 * not more of what was blamed; a clause ("said the tolls rose, hurting ...") keeps it, a list of
 * adjectives ("kind, caring and patient work") goes on, and a phrase that holds a report of its
 * own ("taking aim at her support for the garage") is left as it was. */
static void participle_after_noun_phrase(void)
{
	struct fixture f =
		run("The union blamed the new tolls, hurting the mayor's standing with "
		    "commuters.\n\n"
		    "The union praised him, rushing to the radio to defend the mayor.\n\n"
		    "The union said the tolls rose sharply, hurting commuters from the "
		    "suburbs.\n\n"
		    "The union praised Ms. Hale's kind, caring and patient work.\n\n"
		    "The council criticized the parking plan, taking aim at her support "
		    "for the garage.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new tolls", "The union", "blamed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "him", "The union", "praised", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "the tolls rose sharply, hurting commuters from the suburbs", "The union", "said",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "Ms. Hale's kind, caring and patient work", "The union",
		 "praised", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT,
		 "the parking plan, taking aim at her support for the garage", "The council",
		 "criticized", NULL);
	done(&f);
}

/* "called the bridge a disgrace before explaining why ...": after a short noun phrase a cue took,
 * "before" or "after" and a participle is the speaker's act before or after the telling, not
 * what was called; the clause the speaker explained is a claim of its own. A clause for content
 * ("she would win the race after performing well") and a noun after "after" ("after the vote")
 * go on. */
static void act_before_or_after(void)
{
	struct fixture f =
		run("The mayor called the bridge a disgrace before explaining why she "
		    "had voted against it.\n\n"
		    "The delegates declared their allegiance after arriving at the hall "
		    "undecided.\n\n"
		    "The mayor said she would win the race after performing well in the "
		    "debate.\n\n"
		    "The delegates declared their allegiance after the vote in the hall.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "the bridge a disgrace", "The mayor", "called", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "why she had voted against it", "The mayor", "explaining",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "their allegiance", "The delegates", "declared", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT,
		 "she would win the race after performing well in the debate", "The mayor", "said",
		 NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "their allegiance after the vote in the hall",
		 "The delegates", "declared", NULL);
	done(&f);
}

int main(void)
{
	RUN(participle_after_noun_phrase);
	RUN(act_before_or_after);
	return CHECK_DONE();
}
