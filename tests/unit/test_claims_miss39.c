/* Unit tests of claims the engine did not find, from PolNeAR train's gold rows with no
 * prediction (session 39): each next to the neighbour that must stay as it was. */
#include "claims_fixture.h"

/* "Some believe the plan will fail", "some argued": "some" standing alone before a verb of
 * belief or argument is the subject, as before "say"; "had some say in it" and "there is some
 * hope that" keep their nouns. */
static void some_believe(void)
{
	struct fixture f = run("Some believe the new bridge will ease the traffic downtown.\n\n"
			       "The tenants had some say in the design of the bridge.\n\n"
			       "There is some hope that the bridge will open in May.\n\n"
			       "Traders were wary, and some argued the rally would not last.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new bridge will ease the traffic downtown", "Some",
		 "believe", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the rally would not last", "some", "argued", NULL);
	done(&f);
}

/* "To varying degrees, all agreed that ...": "all" alone counts the people just named, a
 * source as "both" or "most" is, when it opens its clause; "All told, the groups spent ..." sums
 * up and tells nothing, and a floating "all" ("we can all agree") is none of the source. */
static void all_agreed(void)
{
	struct fixture f =
		run("Three economists looked at the budget. To varying degrees, all "
		    "agreed that the plan would raise taxes on the rich.\n\n"
		    "All told, the two groups spent more than $3 million on ads.\n\n"
		    "The builders are all quick to point out that the bridge is safe.\n\n"
		    "I guess we can all agree now that the mayor was joking.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the plan would raise taxes on the rich", "all",
		 "agreed", NULL);
	done(&f);
}

/* "..., Lane recalled, suggesting the second debate erased all memory of the first": after
 * "suggesting" a subject and a verb in the past are a clause without "that", as after
 * "reported"; "suggesting higher turnout on the other side", a noun phrase alone, stays no
 * claim. */
static void suggesting_clause(void)
{
	struct fixture f = run("\u201cShe was at the top of her game,\u201d Lane recalled, "
			       "suggesting the second debate erased all memory of the first.\n\n"
			       "The lull has a downside as well, suggesting higher turnout on the "
			       "other side.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 1, CLAIM_INDIRECT, "the second debate erased all memory of the first", "Lane",
		 "suggesting", NULL);
	done(&f);
}

/* "found the United States was in breach of the deal": "States", a cue word, capitalised after
 * a capitalised word ends a name in the clause's subject and is no verb; "found the country was
 * in breach" read so already, and "found the United States Army in breach" has no clause. */
static void name_with_cue_word(void)
{
	struct fixture f =
		run("A trade panel found the United States was in breach of the "
		    "deal.\n\n"
		    "A trade panel found the country was in breach of the deal.\n\n"
		    "A trade panel found the United States Army in breach of the deal.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the United States was in breach of the deal",
		 "A trade panel", "found", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the country was in breach of the deal", "A trade panel",
		 "found", NULL);
	done(&f);
}

/* "is warning voters that a victory by Stone would ...": the addressee of a warning is no part
 * of it, as after "told"; "warned the plan would fail" and "warned the board not to act" read as
 * before. */
static void warned_addressee(void)
{
	struct fixture f = run("Lane is warning voters that a victory by Stone would bring the old "
			       "feud back to the council.\n\n"
			       "Lane warned the plan would fail.\n\n"
			       "Lane warned the board not to act this year.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "that a victory by Stone would bring the old feud back to the council", "Lane",
		 "is warning", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan would fail", "Lane", "warned", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the board not to act this year", "Lane", "warned", NULL);
	done(&f);
}

/* "Some accused the mayor of stoking anger", "some saw the remarks as part of a long feud":
 * "some" alone before a verb of judgment is its subject too; "Some saw the fire from the
 * bridge" (no "as") says nothing. */
static void some_judged(void)
{
	struct fixture f = run("Some accused the mayor of stoking anger against the council.\n\n"
			       "However, some saw the remarks as part of a long feud.\n\n"
			       "Some saw the fire from the bridge.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mayor of stoking anger against the council", "Some",
		 "accused", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the remarks as part of a long feud", "some", "saw", NULL);
	done(&f);
}

int main(void)
{
	RUN(some_believe);
	RUN(all_agreed);
	RUN(suggesting_clause);
	RUN(name_with_cue_word);
	RUN(warned_addressee);
	RUN(some_judged);
	return CHECK_DONE();
}
