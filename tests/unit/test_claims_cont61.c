/* Unit tests of where a claim's words stop, from session 61 (cont61): a second main clause
 * after a comma, a finite clause after an expectation's infinitive, knowing a noun phrase, and
 * a quotation inside a quotation; each next to the rows of the same shape that stay. */
#include "claims_fixture.h"

/* "we thought tax inversion deals had been slowed by new rules, we got the biggest inversion
 * deal in history" gave the belief both clauses: a second main clause after a comma, with a
 * pronoun and its own verb, is the writer's. */
static void run_on_clause(void)
{
	struct fixture f = run("Deals\n\nSmith said we thought the rules would hold, we got the "
			       "biggest deal in history.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Smith said (paraphrase): we thought the rules would hold"));
	done(&f);
	/* stays: a condition, a list of clauses, and the speaker's own words */
	struct fixture g =
		run("Deals\n\nSmith said that if the rules hold, we will win the vote.\n\n"
		    "Brown said he was tired, he was hungry and he was cold.\n\n"
		    "\"We thought the rules would hold, we got the biggest deal,\" Lee "
		    "said.\n");
	CHECK_EQ(g.l->n, 3);
	CHECK(renders(&g, 0, "Smith said (paraphrase): if the rules hold, we will win the vote"));
	CHECK(renders(&g, 1,
		      "Brown said (paraphrase): he was tired, he was hungry and he was cold"));
	CHECK(renders(&g, 2,
		      "Lee said: \xE2\x80\x9CWe thought the rules would hold, we got the "
		      "biggest deal\xE2\x80\x9D"));
	done(&g);
}

/* "Analysts had expected Consolidated to post a slim profit, and the company's stock was down
 * 3%" gave the expectation the stock's fall: a finite clause after ", and" is no part of an
 * infinitive with its subject. */
static void finite_after_expected_infinitive(void)
{
	struct fixture f = run("Profit\n\nAnalysts had expected Consolidated to post a slim "
			       "profit, and the company's stock was down 3%.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Analysts had expected (paraphrase): Consolidated to post a slim profit"));
	done(&f);
	/* stays: a second infinitive with its subject, and an infinitive's own verbs */
	struct fixture g = run("Profit\n\nAnalysts expected Acme to post a profit and Beta to "
			       "post a loss.\n\nAnalysts expected the firm to cut costs and raise "
			       "prices.\n");
	CHECK_EQ(g.l->n, 2);
	CHECK(renders(&g, 0,
		      "Analysts expected (paraphrase): Acme to post a profit and Beta to "
		      "post a loss"));
	CHECK(renders(&g, 1,
		      "Analysts expected (paraphrase): the firm to cut costs and raise "
		      "prices"));
	done(&g);
}

/* "the local officials know their voters the best" gave "know (paraphrase): their voters the
 * best": knowing a noun phrase is no statement. */
static void knowing_a_noun_phrase(void)
{
	struct fixture f = run("Voters\n\nThe local officials know their voters the best.\n\n"
			       "We now know it, on the whole.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stays: knowing a clause, and a noun phrase with a clause in it */
	struct fixture g = run("Voters\n\nThe officials know Americans are impatient.\n\n"
			       "The officials know all the secrets and where they are kept.\n\n"
			       "We know the board met on Monday.\n\n"
			       "I know all about losing votes.\n");
	CHECK_EQ(g.l->n, 4);
	CHECK(renders(&g, 0, "The officials know (paraphrase): Americans are impatient"));
	done(&g);
}

/* '"I told them, 'no,'" he said' showed “I told them, 'no,'”: a quotation inside the quoted
 * words is shown in ‘ ’, as the outer one is in “ ”, and the comma before its closing mark at
 * the end goes. */
static void quotation_inside_a_quotation(void)
{
	struct fixture f = run("Talks\n\n\"I told them, 'no,'\" Lee said.\n\n"
			       "\xE2\x80\x9CI told them, \xE2\x80\x98no,\xE2\x80\x99\xE2\x80\x9D "
			       "Kim said.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Lee said: \xE2\x80\x9CI told them, \xE2\x80\x98no\xE2\x80\x99"
		      "\xE2\x80\x9D"));
	CHECK(renders(&f, 1,
		      "Kim said: \xE2\x80\x9CI told them, \xE2\x80\x98no\xE2\x80\x99"
		      "\xE2\x80\x9D"));
	done(&f);
	/* stays: an inner quotation inside the words keeps its comma, apostrophes stay */
	struct fixture g = run("Talks\n\n\"He told me, 'Go home,' and I didn't,\" Lee said.\n\n"
			       "\"The voters' choice is clear,\" Kim said.\n");
	CHECK_EQ(g.l->n, 2);
	CHECK(renders(&g, 0,
		      "Lee said: \xE2\x80\x9CHe told me, \xE2\x80\x98Go home,\xE2\x80\x99 "
		      "and I didn't\xE2\x80\x9D"));
	CHECK(renders(&g, 1, "Kim said: \xE2\x80\x9CThe voters' choice is clear\xE2\x80\x9D"));
	done(&g);
}

/* "she said the verdict was fair, the sharpest account yet in a trial that has gripped the city"
 * gave the content the writer's judgement: an apposition that a superlative opens, with a
 * relative clause after its head and prepositions, ends the content as a shorter one does. */
static void superlative_apposition(void)
{
	struct fixture f = run("Trial\n\nSmith said the verdict was fair, the sharpest account yet "
			       "in a trial that has gripped the city.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Smith said (paraphrase): the verdict was fair"));
	done(&f);
	/* stays: the apposition between commas inside the content's clause */
	struct fixture g = run("Trial\n\nSmith said the rule, the strictest in a state that has "
			       "many rules, would pass.\n");
	CHECK_EQ(g.l->n, 1);
	CHECK(renders(&g, 0,
		      "Smith said (paraphrase): the rule, the strictest in a state that has "
		      "many rules, would pass"));
	done(&g);
}

int main(void)
{
	superlative_apposition();
	run_on_clause();
	finite_after_expected_infinitive();
	knowing_a_noun_phrase();
	quotation_inside_a_quotation();
	return CHECK_DONE();
}
