/* Unit tests of the claims module's cues of stance and decision: beliefs, fears and agreements
 * whose clause has no "that", the relative clauses that hold a belief about a noun, and the
 * verbs, adjectives and nouns that take only "that" (cautioned, confident, his assertion). */
#include "claims_fixture.h"

/* "fear Europe is ...", "fears it has ...", "agreed there are ...": a clause without "that" after
 * a cue that needs one, its subject a noun phrase or "it" or "there" before a finite "be" or
 * "have"; "fear the worst" has no clause. */
static void belief_clause_without_that(void)
{
	struct fixture f = run("Some planners fear the harbour is silting up.\n\n"
			       "The old captain fears it has lost its charm.\n\n"
			       "The two judges agreed there are better routes.\n\n"
			       "The farmers fear the worst.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the harbour is silting up", "Some planners", "fear", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it has lost its charm", "The old captain", "fears", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "there are better routes", "The two judges", "agreed",
		 NULL);
	done(&f);
}

/* "the lane that they thought the bus had taken": a belief in a relative clause on a noun is
 * about the noun, and the clause after the cue has its gap; "told the board that she thought
 * the fare was fair" keeps the belief inside the telling. */
static void belief_in_relative_clause(void)
{
	struct fixture f =
		run("The riders waited in the lane that they thought the bus had taken.\n\n"
		    "Mona Vale told the board that she thought the fare was fair.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that she thought the fare was fair", "Mona Vale", "told",
		 "Mona Vale");
	done(&f);
}

/* "endorse" in the present, as "endorses" and "endorsed": the stance is its object. */
static void endorse_present(void)
{
	struct fixture f = run("Most of the growers endorse the new water rules.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new water rules", "Most of the growers", "endorse",
		 NULL);
	done(&f);
}

/* "cautioned that", "determined in March that": a cue that takes only "that" (or a
 * quotation); not a question after it, a passive with "by", the object of "what", or "that" as a
 * pronoun before a preposition. */
static void that_only_cues(void)
{
	struct fixture f = run("The harbour master cautioned that the tide would turn early.\n\n"
			       "The inspectors determined in March that the bridge was sound.\n\n"
			       "She anticipated how tired the crew would be.\n\n"
			       "The fares are determined by a small committee.\n\n"
			       "The tally fit what the clerks determined as the limit.\n\n"
			       "The mayor hinted that in a speech.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the tide would turn early", "The harbour master",
		 "cautioned", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the bridge was sound", "The inspectors", "determined",
		 NULL);
	done(&f);
}

/* "..., said the boatmen here.": "here" says where the source is, not who; a tag that interrupts
 * the clause still ends after it. */
static void source_here(void)
{
	struct fixture f = run("The lemons will spoil, said the boatmen here.\n\n"
			       "The lemons, said two sailors here, will spoil.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "The lemons will spoil", "the boatmen", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The lemons, said two sailors here, will spoil",
		 "two sailors", "said", NULL);
	done(&f);
}

/* "are confident that", "have been acutely aware that": an adjective of belief after a form of
 * "be" and before "that", the subject its source; not without "that" ("remain confident
 * despite", "aware of"). */
static void belief_adjectives(void)
{
	struct fixture f = run("The growers are confident that the river will rise.\n\n"
			       "The pilots have been acutely aware that the strip is short.\n\n"
			       "The growers remain confident despite the drought.\n\n"
			       "She is aware of the risk.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the river will rise", "The growers", "are confident",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the strip is short", "The pilots",
		 "have been acutely aware", NULL);
	done(&f);
}

/* "Lena Cole's assertion that", "his suggestion that": a noun of a claim with its holder before
 * it; after "the" its "that" may open a relative clause ("the argument that won the day"). A
 * cue that takes only "that" is a plain word elsewhere, and ends no clause ("an able and
 * determined rival"). */
static void claim_nouns_held(void)
{
	struct fixture f =
		run("The crew resented Lena Cole's assertion that the ferry was late.\n\n"
		    "The argument that won the day was short.\n\n"
		    "The pilots cheered his suggestion that the toll be cut.\n\n"
		    "The mayor said she had been an able and determined rival.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the ferry was late", "Lena Cole's", "assertion", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the toll be cut", "his", "suggestion", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "she had been an able and determined rival", "The mayor",
		 "said", NULL);
	done(&f);
}

/* "claim" is a noun after a determiner or a possessive, its clause with "that" or on a subject
 * pronoun ("his claim he had paid"), up to the main clause after an opening "Contrary to"; a
 * verb elsewhere, with an infinitive ("claim to have seen") or a clause ("the ad claims"); "his
 * claim to fame" is no report, nor a bare "to be" ("as rich as she claims to be to buy"). */
static void claim_noun_or_verb(void)
{
	struct fixture f =
		run("Ferry Notes\n\n"
		    "The crew doubted Lena Cole's claim that the ferry was late.\n\n"
		    "The clerks laughed at his claim he had paid the toll.\n\n"
		    "Contrary to her claim that the pier was safe, the gate stayed shut.\n\n"
		    "The two drivers claim to have seen the fox.\n\n"
		    "The new ad claims the fare is low.\n\n"
		    "He was proud of his claim to fame.\n\n"
		    "Few are as rich as Lena Cole claims to be to buy the pier.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "the ferry was late", "Lena Cole's", "claim", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "he had paid the toll", "his", "claim", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the pier was safe", "her", "claim", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "to have seen the fox", "The two drivers", "claim", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "the fare is low", "The new ad", "claims", NULL);
	done(&f);
}

/* "the hikers claimed the trail was closed" inside what the guide said is a claim of its own:
 * a verb that may take an infinitive is no act on something when it takes a clause. */
static void claimed_clause_nested(void)
{
	struct fixture f = run("The guide said the hikers claimed the trail was closed.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the hikers claimed the trail was closed", "The guide",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the trail was closed", "the hikers", "claimed", NULL);
	done(&f);
}

/* "points to" after a number or "percentage" is a measure, no one pointing to anything; the
 * verb keeps its cue */
static void points_as_a_measure(void)
{
	struct fixture f =
		run("The bank raised its forecast by 0.2 percentage points to 3.1 percent.\n\n"
		    "Shares fell 3 points to 41.\n\n"
		    "The governor pointed to the strike as a cause of the slowdown.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the strike as a cause of the slowdown", "The governor",
		 "pointed to", NULL);
	done(&f);
}

/* "disclosed that": a disclosure is a statement when a clause follows; "disclosed the figures"
 * is a deed, no claim. */
static void disclosed_that(void)
{
	struct fixture f = run("The ferry company disclosed that it had sold two boats.\n\n"
			       "The ferry company disclosed the figures on Friday.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that it had sold two boats", "The ferry company",
		 "disclosed", NULL);
	done(&f);
}

/* "divulged that", "divulging that": a verb of telling a secret, a cue only before "that" */
static void divulged_that(void)
{
	struct fixture f = run("Port officials divulged Thursday that the dock had been closed.\n\n"
			       "Nobody divulged the plan to the crews.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the dock had been closed", "Port officials",
		 "divulged", NULL);
	done(&f);
}

/* "attributed the delay to a strike": a cause given is a statement, its object and cause the
 * content; a quotation "attributed to" someone and a passive are not. */
static void attributed_cause(void)
{
	struct fixture f =
		run("The harbour board attributed the delay to a strike at the docks.\n\n"
		    "A line attributed to the poet was read aloud.\n\n"
		    "The fall in fares was attributed to the storm.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the delay to a strike at the docks", "The harbour board",
		 "attributed", NULL);
	done(&f);
}

/* "the greatest fear", "her latest claims": a cue that is a noun too, after a superlative after a
 * determiner, is the noun; "the priest said" keeps its verb */
static void superlative_before_a_noun(void)
{
	struct fixture f = run("Mayor Ann Holm, this reeks of the greatest fear we have ever "
			       "known in this town.\n\n"
			       "The priest said the church would stay open.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the church would stay open", "The priest", "said", NULL);
	done(&f);
}

/* "the board ruled Monday that ...": a ruling that "that" follows, a time between or not, is a
 * finding reported; "ruled in favor of the town", "ruled the country" and "ruled out a
 * rise" hold no "that" and are no claim of "ruled". */
static void ruled_that(void)
{
	struct fixture f = run("The housing board ruled Monday that the boy must move by June.\n\n"
			       "The judge ruled that the lake should stay open.\n\n"
			       "The board ruled in favor of the town.\n\n"
			       "The king ruled the country for years.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the boy must move by June", "The housing board",
		 "ruled", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the lake should stay open", "The judge", "ruled",
		 NULL);
	done(&f);
}

/* "confirmed reports that ...": a cue that needs "that" takes a noun of something said and its
 * clause as content; "confirmed the merger" (no such noun) and "confirmed reports of a merger"
 * (no clause) stay none. */
static void noun_of_speech_then_that(void)
{
	struct fixture f = run("Army officials confirmed reports that a third ship could sail.\n\n"
			       "The firm confirmed the merger.\n\n"
			       "The firm confirmed reports of a merger.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "reports that a third ship could sail", "Army officials",
		 "confirmed", NULL);
	done(&f);
}

/* "denied claims that ...": a denial whose noun of something said ("claims", "suggestions",
 * after a determiner or a possessive or not) takes that noun's "that" clause with it; "denied the
 * charges through its lawyer" keeps the noun phrase alone. */
static void denied_noun_then_that(void)
{
	struct fixture f = run("The minister denied claims that the army had fired first.\n\n"
			       "The mayor denied suggestions that the pool would close.\n\n"
			       "The coach denied his claims that the team had cheated.\n\n"
			       "The firm denied the charges through its lawyer.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "claims that the army had fired first", "The minister",
		 "denied", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "suggestions that the pool would close", "The mayor",
		 "denied", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "his claims that the team had cheated", "The coach",
		 "denied", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the charges", "The firm", "denied", NULL);
	done(&f);
}

int main(void)
{
	RUN(superlative_before_a_noun);
	RUN(denied_noun_then_that);
	RUN(divulged_that);
	RUN(endorse_present);
	RUN(belief_clause_without_that);
	RUN(belief_in_relative_clause);
	RUN(that_only_cues);
	RUN(source_here);
	RUN(belief_adjectives);
	RUN(claim_nouns_held);
	RUN(claim_noun_or_verb);
	RUN(claimed_clause_nested);
	RUN(points_as_a_measure);
	RUN(disclosed_that);
	RUN(attributed_cause);
	RUN(ruled_that);
	RUN(noun_of_speech_then_that);
	return CHECK_DONE();
}
