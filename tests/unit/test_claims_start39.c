/* Unit tests of where a reported clause starts after a phrase between the cue and "that"
 * (session 39): each row that changes next to the neighbour of the same shape that stays. */
#include "claims_fixture.h"

/* "concluded in that case that ...": "that" right after the phrase's preposition points to the
 * noun, and the clause starts after the second "that"; with no clause after the phrase
 * ("agreed with that narrow point") the row keeps the phrase's noun as before. */
static void pointing_that_in_phrase(void)
{
	struct fixture f = run("The board concluded in that case that the clerks had acted in good "
			       "faith.\n\n"
			       "The mayor said at that rally the budget would shrink.\n\n"
			       "The mayor said at the rally that the budget would shrink.\n\n"
			       "The treasurer agreed with that narrow point.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0,
		      "The board concluded (paraphrase): the clerks had acted in good faith"));
	CHECK(renders(&f, 1, "The mayor said (paraphrase): the budget would shrink"));
	CHECK(renders(&f, 2, "The mayor said (paraphrase): the budget would shrink"));
	CHECK(renders(&f, 3, "The treasurer agreed (paraphrase): narrow point"));
	done(&f);
}

/* "said following a vote in 1999 that ...", "warned ahead of the race that ...": the phrase
 * these open ends at "that"; "said following the rules is costly" is a clause of its own, and
 * "despite all that, ..." keeps its opening. */
static void following_phrase_then_that(void)
{
	struct fixture f = run("Okafor said following a vote in 1999 that he had grave doubts "
			       "about the dam.\n\n"
			       "Okafor warned ahead of the race that the roads would close.\n\n"
			       "Okafor said following the rules is costly for small farms.\n\n"
			       "Okafor says despite all that, the farms were never paid.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "Okafor said (paraphrase): he had grave doubts about the dam"));
	CHECK(renders(&f, 1, "Okafor warned (paraphrase): the roads would close"));
	CHECK(renders(&f, 2,
		      "Okafor said (paraphrase): following the rules is costly for small farms"));
	CHECK(renders(&f, 3,
		      "Okafor says (paraphrase): despite all that, the farms were never paid"));
	done(&f);
}

/* A cue whose content may be a noun phrase: "alleged in the complaint that ..." reports the
 * clause after "that"; "criticized in detail the plan that the council adopted" criticized
 * the plan, whose "that" opens a relative clause. */
static void np_cue_occasion_then_that(void)
{
	struct fixture f =
		run("Lindqvist alleged in the complaint that the firm had hidden its "
		    "losses.\n\n"
		    "Lindqvist criticized in detail the plan that the council adopted.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Lindqvist alleged (paraphrase): the firm had hidden its losses"));
	CHECK(renders(&f, 1,
		      "Lindqvist criticized (paraphrase): in detail the plan that the council "
		      "adopted"));
	done(&f);
}

/* "vowed not to repeat the error", "pledged never to sell the land": the negated infinitive
 * is what was promised, its negation with it (the row was lost, or began at the infinitive's
 * object); "vowed to repeat the vote" and "urged the staff not to talk" stay. */
static void negated_infinitive(void)
{
	struct fixture f = run("The envoy vowed not to repeat that error.\n\n"
			       "The tribe pledged never to sell the land.\n\n"
			       "The envoy vowed to repeat the vote.\n\n"
			       "The envoy urged the staff not to talk.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "The envoy vowed (paraphrase): not to repeat that error"));
	CHECK(renders(&f, 1, "The tribe pledged (paraphrase): never to sell the land"));
	CHECK(renders(&f, 2, "The envoy vowed (paraphrase): to repeat the vote"));
	CHECK(renders(&f, 3, "The envoy urged (paraphrase): the staff not to talk"));
	done(&f);
}

/* "reiterated: “...”", "asked: “...?”": a cue whose content may be a noun phrase, a colon, then
 * the quotation (the row was lost); "praised: the staff" reports nothing, and "said: “...”"
 * stays. */
static void colon_quote_after_np_cue(void)
{
	struct fixture f = run("The governor reiterated: \u201cI know the rules well.\u201d\n\n"
			       "The governor asked: \u201cWho drew up these maps?\u201d\n\n"
			       "The governor praised: the staff.\n\n"
			       "The governor said: \u201cI know the rules well.\u201d\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "The governor reiterated: \u201cI know the rules well.\u201d"));
	CHECK(renders(&f, 1, "The governor asked: \u201cWho drew up these maps?\u201d"));
	CHECK(renders(&f, 2, "The governor said: \u201cI know the rules well.\u201d"));
	done(&f);
}

/* "argued a few days ago that ...", "said two weeks ago she would ...": a span of time counted
 * back from now is no part of what was said, no more than "afterward" before "that" is; "said
 * last week the ..." stays as it was. */
static void time_ago_before_clause(void)
{
	struct fixture f = run("The coach argued a few days ago that the league had no plan.\n\n"
			       "The coach said two weeks ago she would retire.\n\n"
			       "The coach said afterward that the league had no plan.\n\n"
			       "The coach said last week the league had no plan.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "The coach argued (paraphrase): the league had no plan"));
	CHECK(renders(&f, 1, "The coach said (paraphrase): she would retire"));
	CHECK(renders(&f, 2, "The coach said (paraphrase): the league had no plan"));
	CHECK(renders(&f, 3, "The coach said (paraphrase): the league had no plan"));
	done(&f);
}

/* "warned voters that ...", "is warning Okafor that ...": the one warned is no part of the
 * warning, as after "told"; "warned the rules that Congress passed would fail" keeps its
 * subject with its relative clause, and "warned of a crisis" its object. */
static void warned_addressee_then_that(void)
{
	struct fixture f =
		run("The treasurer warned voters that the levy would rise.\n\n"
		    "The treasurer is warning Okafor that the levy would rise.\n\n"
		    "The treasurer warned the rules that the board passed would fail.\n\n"
		    "The treasurer warned of a crisis that could close the port.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "The treasurer warned (paraphrase): the levy would rise"));
	CHECK(renders(&f, 1, "The treasurer is warning (paraphrase): the levy would rise"));
	CHECK(renders(&f, 2,
		      "The treasurer warned (paraphrase): the rules that the board passed would "
		      "fail"));
	CHECK(renders(&f, 3,
		      "The treasurer warned (paraphrase): a crisis that could close the port"));
	done(&f);
}

int main(void)
{
	RUN(pointing_that_in_phrase);
	RUN(following_phrase_then_that);
	RUN(np_cue_occasion_then_that);
	RUN(negated_infinitive);
	RUN(colon_quote_after_np_cue);
	RUN(time_ago_before_clause);
	RUN(warned_addressee_then_that);
	return CHECK_DONE();
}
