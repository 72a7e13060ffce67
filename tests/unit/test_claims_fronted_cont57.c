/* Unit tests of where a claim's content ends when its cue lies in a clause that opens the
 * sentence ("While the mayor says ..., Johnson doubts it"), found by cont57 in PolNeAR train:
 * the content is the opening clause's, up to the comma where the main clause begins; each next
 * to a shape of the same look that stays. */
#include "claims_fixture.h"

/* "While Sullivan proclaims the article a “terrific piece ... to produce,” Clinton fixates on the
 * “pivot” line" ran the content on to the main clause: a verb in "-s" the lexicon does not know
 * ("fixates", "doubts", "insists") after a name or a short noun phrase, before what a verb takes
 * (a preposition, a determiner, "that", an object pronoun), begins the main clause after the
 * opening clause's comma. */
static void present_verb_begins_main_clause(void)
{
	static const char *const mains[] = {
		"Johnson doubts it",
		"Clinton fixates on the budget",
		"the council disputes the figures",
		"Mr. Lee insists that it fails",
	};
	for (size_t i = 0; i < sizeof(mains) / sizeof(mains[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text),
			 "Plan\n\nWhile Mayor Linda Osei says the plan works, %s.\n", mains[i]);
		struct fixture f = run(text);
		CHECK(f.l->n >= 1);
		CHECK(renders(&f, 0, "Linda Osei says (paraphrase): the plan works"));
		done(&f);
	}
	/* a quotation's comma inside its closing mark ends the clause as well */
	struct fixture f = run("Plan\n\nWhile Mayor Linda Osei calls the plan “a terrific piece of "
			       "work,” Johnson fixates on the cost.\n");
	CHECK(renders(&f, 0, "Linda Osei calls (paraphrase): the plan “a terrific piece of work”"));
	done(&f);
}

/* stays: no opening clause, so no main clause to stop at ("The mayor says the plan works,
 * Johnson doubts it" is one run-on report); a list after the comma ("Ohio, Michigan and
 * Wisconsin disagree") has no verb in "-s" right after its first name; a plural after an article
 * before a preposition ("the cities in the north") is a noun of the list, whose end is where the
 * main clause begins. */
static void present_verb_near_shapes(void)
{
	struct fixture f =
		run("Plan\n\nMayor Linda Osei says the plan works, Johnson doubts it.\n");
	CHECK(renders(&f, 0, "Linda Osei says (paraphrase): the plan works, Johnson doubts it"));
	done(&f);
	f = run("Plan\n\nWhile Mayor Linda Osei says the plan works, Ohio, Michigan and Wisconsin "
		"disagree.\n");
	CHECK(renders(&f, 0,
		      "Linda Osei says (paraphrase): the plan works, Ohio, Michigan and Wisconsin "
		      "disagree"));
	done(&f);
	f = run("Plan\n\nWhile Mayor Linda Osei praised the towns, the cities in the north and the "
		"ports, Johnson spoke.\n");
	CHECK(renders(&f, 0,
		      "Linda Osei praised (paraphrase): the towns, the cities in the north and the "
		      "ports"));
	done(&f);
}

/* "If we thought they were secure, then we wouldn't need to be there" ran the content on past
 * "then": "then" and a main clause after the opening clause's comma begin that clause. "then"
 * that is part of the statement ("said the vote was close then") stays. */
static void then_begins_main_clause(void)
{
	struct fixture f = run("Vote\n\nWhen Mayor Linda Osei said the vote was close, then Jones "
			       "asked for a recount.\n");
	CHECK(renders(&f, 0, "Linda Osei said (paraphrase): the vote was close"));
	done(&f);
	f = run("Vote\n\nMayor Linda Osei said the vote was close, then Jones asked for a "
		"recount.\n");
	CHECK(renders(&f, 0,
		      "Linda Osei said (paraphrase): the vote was close, then Jones asked for a "
		      "recount"));
	done(&f);
}

int main(void)
{
	present_verb_begins_main_clause();
	present_verb_near_shapes();
	then_begins_main_clause();
	return CHECK_DONE();
}
