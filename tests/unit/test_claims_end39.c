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

/* "cited a town that borders the river and has had good ties with the port": a verb in the
 * present after "and", as the relative clause's verb is, goes on with the relative clause, not
 * a second act of the speaker's; a cue there ("an idea that rewards players and demands effort")
 * is no report of its own. A verb in the past after "and" ("and said the council should act")
 * is still the speaker's next act. */
static void second_verb_of_a_relative_clause(void)
{
	struct fixture f =
		run("The mayor cited the value of a town that borders the river and has "
		    "had good ties with the port.\n\n"
		    "The coach explained the plan by pushing a new idea that rewards young "
		    "players and demands effort from them.\n\n"
		    "The mayor praised a bill that funds the port and said the council "
		    "should act.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "the value of a town that borders the river and has had good ties with the port",
		 "The mayor", "cited", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "the plan by pushing a new idea that rewards young players and demands effort "
		 "from them",
		 "The coach", "explained", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "a bill that funds the port", "The mayor", "praised", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the council should act", "The mayor", "said", NULL);
	done(&f);
}

/* "the arrest of a man during a fight between fans and guards and said ...": the plural noun
 * after the first "and" is no subject of "said" (a subject ends in no "and"), so the content
 * ends at the second "and", before the speaker's next verb; "the arrest of a fan and a guard and
 * said" stays as it was. */
static void no_subject_ends_in_and(void)
{
	struct fixture f =
		run("Officials announced the arrest of a man during a fight between fans "
		    "and guards and said the gates would stay shut.\n\n"
		    "Officials announced the arrest of a fan and a guard and said the gates "
		    "would stay shut.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "the arrest of a man during a fight between fans and guards", "Officials",
		 "announced", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the gates would stay shut", "Officials", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the arrest of a fan and a guard", "Officials", "announced",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the gates would stay shut", "Officials", "said", NULL);
	done(&f);
}

/* "vowed to defeat the Northern Front, also known as the NF or the Front.": the other names set
 * after the content to the end of the sentence are the writer's gloss, not what was vowed; a
 * list of names with commas and a name set inside the clause ("The plan, known as the Harbor
 * Deal, would hurt the port") go on. */
static void also_known_as(void)
{
	struct fixture f =
		run("The senator vowed to defeat the Northern Front, also known as the NF "
		    "or the Front.\n\n"
		    "The senator vowed to defeat the Northern Front, also known as the NF, "
		    "the Front and the Union.\n\n"
		    "The plan, known as the Harbor Deal, would hurt the port, the senator "
		    "said.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "to defeat the Northern Front", "The senator", "vowed",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "to defeat the Northern Front, also known as the NF, the Front and the Union",
		 "The senator", "vowed", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "The plan, known as the Harbor Deal, would hurt the port",
		 "the senator", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(participle_after_noun_phrase);
	RUN(act_before_or_after);
	RUN(second_verb_of_a_relative_clause);
	RUN(no_subject_ends_in_and);
	RUN(also_known_as);
	return CHECK_DONE();
}
