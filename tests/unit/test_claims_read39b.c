/* Unit tests of rows a journalist reading saved news pages found wrong (session 39, read39b):
 * each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "hearings are set for May (for both firms, respectively), which suggests the fight goes on":
 * a "which" after a bracket, or a verb in "-s" after a plural noun, stands for the clause
 * before it, no speaker; "the report, which suggests" and "the unions, which say" stay. */
static void which_after_clause(void)
{
	struct fixture f = run("Hearings are set for May (for Vantor and Kell, respectively), "
			       "which suggests that the feud is far from over.\n\n"
			       "The work was paid for by several banks and county boards, which "
			       "suggests that courting them pays off.\n\n"
			       "The mayor cited the audit, which suggests that thefts are rare.\n\n"
			       "The mayor met the nurses, which say that shifts are too long.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the audit", "The mayor", "cited", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that thefts are rare", "which", "suggests", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that shifts are too long", "which", "say", NULL);
	done(&f);
}

/* "It is worth noting that ...": the participle after "worth" is the writer's aside, no one's
 * claim; a clerk who said it was worth noting keeps the row, and so does a participle after a
 * comma ("..., noting that"). */
static void worth_noting_aside(void)
{
	struct fixture f = run("It is worth noting that the volunteers make up most of the "
			       "crew.\n\n"
			       "The clerk said it was worth noting that the vote was close.\n\n"
			       "The mayor spoke for an hour, noting that the budget was tight.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "it was worth noting that the vote was close", "The clerk",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the budget was tight", "The mayor", "noting", NULL);
	done(&f);
}

/* "..., even those we know to be harmful": a belief verb before "to be" has its object before
 * it, so the clause before its source is nobody's belief; the tag after a clause and "know the
 * rules to be harmful" stay. */
static void belief_before_to_be(void)
{
	struct fixture f = run("Many teachers feel bound by the board to follow its rules, even "
			       "those we know to be harmful.\n\n"
			       "Many teachers follow the rules, we know.\n\n"
			       "We know the rules to be harmful.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "Many teachers follow the rules", "we", "know", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the rules to be harmful", "We", "know", NULL);
	done(&f);
}

/* "she began to get comments accusing her of ...": comments she received are not hers, so she
 * is no speaker of them (the comments are no one who can be named: no row); the senator's own
 * posted tweets stay the senator's. */
static void received_comments(void)
{
	struct fixture f =
		run("When the nurse shared the photo, she began to get comments accusing "
		    "her of insulting the flag.\n\n"
		    "The senator posted tweets accusing the mayor of lying.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mayor of lying", "The senator", "accusing", NULL);
	done(&f);
}

/* "take such rules seriously from the start—perhaps Vantor and Kell thought that ...": a
 * source that begins inside a clause (or inside brackets: "matters (such as names) seriously
 * ...—maybe Lund and Ivo thought") runs across the dash no further; a name and its
 * description set off by dashes ("Jo Ruiz — a teacher — said") stays whole. */
static void source_after_dash(void)
{
	struct fixture f =
		run("Small clubs must take such rules seriously from the "
		    "start\u2014perhaps Vantor and Kell thought that a handshake was "
		    "enough.\n\n"
		    "Jo Ruiz \u2014 a teacher from Dover \u2014 said that the school was "
		    "shut.\n\n"
		    "Even if Kell can't win in Ohio, insiders in two states \u2014 Utah and "
		    "Iowa \u2014 said that she must close the gap.\n\n"
		    "Clubs must take legal matters (such as names) seriously from the "
		    "start\u2014maybe Lund and Ivo thought that a deal was enough.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that a handshake was enough", "Vantor and Kell", "thought",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the school was shut",
		 "Jo Ruiz \u2014 a teacher from Dover", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that she must close the gap",
		 "insiders in two states \u2014 Utah and Iowa", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that a deal was enough", "Lund and Ivo", "thought", NULL);
	done(&f);
}

/* "Ruiz, the chief of the company now called Kell Ltd, ...": "now called" after a noun that is
 * no person, a name after it, is the name the noun goes by, no one's words; "the senator now
 * called the plan a mistake" and "the agency now called it a loan" stay. */
static void company_now_called(void)
{
	struct fixture f = run("Ruiz, the new chief of the company now called Kell Ltd, has a long "
			       "history with the firm.\n\n"
			       "The senator now called the plan a mistake.\n\n"
			       "The agency now called it a loan.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan a mistake", "The senator", "now called", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it a loan", "The agency", "now called", NULL);
	done(&f);
}

int main(void)
{
	RUN(which_after_clause);
	RUN(worth_noting_aside);
	RUN(belief_before_to_be);
	RUN(received_comments);
	RUN(source_after_dash);
	RUN(company_now_called);
	return CHECK_DONE();
}
