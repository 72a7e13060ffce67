/* Unit tests of claim rows a reader would find wrong, found by the lead in session 41: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Four rival parties issued statements backing the pact": what a statement says is its
 * issuer's, as with "issued a statement saying"; "statements" is no speaker. "Donors backing
 * the mayor" keeps the noun before the participle as the one who backs. */
static void statements_supporting(void)
{
	struct fixture f = run("Four rival parties issued statements supporting the pact.\n\n"
			       "Donors supporting the mayor gave more this year.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Four rival parties supporting (paraphrase): the pact"));
	CHECK(renders(&f, 1, "Donors supporting (paraphrase): the mayor"));
	done(&f);
}

/* "The opposition issued a statement saying ...": "opposition" is the people who oppose, a
 * subject, not the stance noun of "opposition to the plan" (which stays no speaker: no row). */
static void opposition_as_people(void)
{
	struct fixture f = run("The opposition issued a statement saying the count was flawed.\n\n"
			       "Opposition leaders released a statement condemning the count.\n\n"
			       "Opposition to the plan grew, saying nothing new.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(
		&f, 0,
		"The opposition issued a statement saying (paraphrase): the count was flawed"));
	CHECK(renders(&f, 1, "Opposition leaders condemning (paraphrase): the count"));
	done(&f);
}

/* "poems they wrote for the boy, dubbed the town's “little hero,” on Monday": the quotation
 * after a naming participle is a name, no content of "wrote"; a quotation after the cue's
 * phrase and a comma stays its content ("wrote in a letter to the board, “We are done.”"). */
static void name_after_dubbed(void)
{
	struct fixture f =
		run("The pupils recited poems they wrote for the boy, dubbed the "
		    "town\u2019s \u201clittle hero,\u201d on Monday.\n\n"
		    "Ann Lee wrote in a letter to the board, \u201cWe are done.\u201d\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee wrote: \u201cWe are done.\u201d"));
	done(&f);
}

/* "at what the firm believes to be a fair price": the row names the speaker and the cue once,
 * "to be" reading with it, as "what the bank called a fair price" does; never "the firm
 * believes (paraphrase): what the firm believes to be a fair price". */
static void what_believed_to_be(void)
{
	struct fixture f = run("The deal was done at what the firm believes to be a fair price.\n\n"
			       "The board paid what the bank called a fair price.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "the firm believes to be (paraphrase): a fair price"));
	CHECK(renders(&f, 1, "the bank called (paraphrase): a fair price"));
	done(&f);
}

/* "I hope in the new year the town says, “Thank you for your service.”": the quotation is the
 * town's (a speech verb and its comma right before it), never the writer's hope in quotation
 * marks; "said in politics it takes time but added, “...”" gives the quotation to "added", and
 * a noun of a cue's form before a quotation ("saying at one point, “...”") leaves it to the
 * cue. */
static void quote_of_a_nearer_verb(void)
{
	struct fixture f = run("I hope in the new year the town says, \u201cThank you for your "
			       "service.\u201d\n\n"
			       "Ann Lee said in politics it takes time but added, \u201cI back "
			       "him fully.\u201d\n\n"
			       "Bo Hale mocked the plan, saying at one point, \u201cIt is not a "
			       "plan.\u201d\n");

	CHECK_EQ(f.l->n, 5);
	CHECK(renders(&f, 0, "the town says: \u201cThank you for your service.\u201d"));
	CHECK(renders(&f, 1, "Ann Lee said (paraphrase): it takes time"));
	CHECK(renders(&f, 2, "Ann Lee added: \u201cI back him fully.\u201d"));
	CHECK(renders(&f, 4, "Bo Hale saying: \u201cIt is not a plan.\u201d"));
	done(&f);
}

/* "Shortly after the court released its ruling, lawyer Dan Ross filed a request ... requesting a
 * delay": the opening clause of how long after is no subject; the one who filed is the
 * source, as after "After the ruling, ...". */
static void shortly_after_clause(void)
{
	struct fixture f = run("Shortly after the court released its ruling, lawyer Dan Ross "
			       "filed a request to the judge requesting a delay.\n\n"
			       "Soon before the vote, the senator issued a statement saying the "
			       "count was fair.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Dan Ross requesting (paraphrase): a delay"));
	CHECK(renders(&f, 1,
		      "the senator issued a statement saying (paraphrase): the count was fair"));
	done(&f);
}

/* "a gain in the quarter from the previously announced pact to sell the unit": a participle
 * between a determiner, an adverb and its noun describes the noun; no row. "The firm previously
 * announced plans to sell the unit" stays a claim. */
static void participle_before_noun(void)
{
	struct fixture f = run("The charge is offset by a gain of about $3 million in the quarter "
			       "from the previously announced pact to sell the unit.\n\n"
			       "The firm previously announced plans to sell the unit.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The firm previously announced (paraphrase): plans to sell the unit"));
	done(&f);
}

/* "When asked if she thought the mayor, Dan Ross, was being honest, she frowned": the name set
 * off after a noun of the question goes on with the question (was: "if she thought the
 * mayor"); "Asked about the vote, Dan Ross, the mayor, said ..." keeps the name as the main
 * clause's subject. */
static void name_set_off_in_question(void)
{
	struct fixture f = run("When asked if she thought the mayor, Dan Ross, was being honest, "
			       "she frowned.\n\n"
			       "Asked about the vote, Dan Ross, the mayor, said it was fair.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "(no speaker) asked (paraphrase): if she thought the mayor, Dan Ross, was "
		      "being honest"));
	CHECK(renders(&f, 1, "Dan Ross said (paraphrase): it was fair"));
	done(&f);
}

/* "The mayor and her deputy have said ...", "The mayor and the police chief have said ...":
 * both are the source (was "her deputy", resolved to the last woman named before, and "the
 * police chief" alone); "Smith and Wesson has said" stays one name. */
static void two_common_nouns_joined(void)
{
	struct fixture f = run("Ann Lee spoke first.\n\n"
			       "The mayor and her deputy have said the plan is dead.\n\n"
			       "The mayor and the police chief have said the plan is dead.\n\n"
			       "Smith and Wesson has said the guns are safe.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "The mayor and her deputy have said (paraphrase): the plan is dead"));
	CHECK(renders(&f, 1,
		      "The mayor and the police chief have said (paraphrase): the plan is dead"));
	CHECK(renders(&f, 2, "Smith and Wesson has said (paraphrase): the guns are safe"));
	done(&f);
}

/* "I am the father of Tomas and immigration has said that ...": a bare singular noun after
 * "and", then "has", is a clause's own subject, no name joined to "Tomas" (was the speaker "the
 * father of Tomas and immigration"; "immigration" alone is then no source there, so no row);
 * "Jo Lee and aides say" stays a group. */
static void bare_noun_after_and(void)
{
	struct fixture f = run("I am the father of Tomas and immigration has said that I am the "
			       "only one who can speak for him.\n\n"
			       "Jo Lee and aides say the plan is dead.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Jo Lee and aides say (paraphrase): the plan is dead"));
	done(&f);
}

/* "Wimes believes that the Lane campaign took voters for granted. “They have a big problem,” she
 * said.": "the Lane campaign" names a campaign, not the woman, so the subject named in full
 * before it (Leslie Wimes) keeps "she" (was: Mary Lane, known to be a woman). */
static void name_as_modifier(void)
{
	struct fixture f = run("Party insiders are trying to mobilize voters for Mary Lane on "
			       "election day.\n\n"
			       "\u201cThe campaign is in panic mode,\u201d said Leslie Wimes, a "
			       "president of a caucus.\n\n"
			       "Wimes believes that the Lane campaign took voters for granted.\n\n"
			       "\u201cThey have a big problem,\u201d she said.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 2, "Leslie Wimes said: \u201cThey have a big problem\u201d"));
	done(&f);
}

/* "Brooks said Lane does not show concern for the issue. “It is not something that she says all
 * the time,” she said.": the quotation speaks of a "she", so its "she" is not the woman it
 * speaks of (Mary Lane, known to be a woman); the subject named in full before is (was: "Mary
 * Lane said"). */
static void quote_speaks_of_her(void)
{
	struct fixture f = run("The lack of enthusiasm for Mary Lane seems real, as two voters, "
			       "Tyresha Brooks and Bryan Ames, showed.\n\n"
			       "Brooks said Lane does not show consistency in her concern for the "
			       "issue.\n\n"
			       "\u201cIt is not something that she says all the time,\u201d she "
			       "said.\n");

	CHECK(f.l->n >= 2);
	CHECK(renders(&f, f.l->n - 1,
		      "Tyresha Brooks said: \u201cIt is not something that she says all the "
		      "time\u201d"));
	done(&f);
	/* the same in a wire's marks */
	f = run("Lee spoke of Mary Lane.\n\n"
		"Tyresha Brooks said Lane does not care.\n\n"
		"``It is not something that she says,'' she said.\n");
	CHECK(f.l->n >= 1);
	CHECK(renders(&f, f.l->n - 1,
		      "Tyresha Brooks said: \u201cIt is not something that she says\u201d"));
	done(&f);
}

/* "Stacey" is a woman's given name: "she" after "Stacey Hale said she could not back Mary Lane"
 * is Stacey Hale (was Mary Lane, the only woman known to be one). */
static void stacey_is_a_woman(void)
{
	struct fixture f = run("Stacey Hale and others said they could not support Mary Lane.\n\n"
			       "\u201cI will write in another name,\u201d she said.\n");

	CHECK(f.l->n >= 1);
	CHECK(renders(&f, f.l->n - 1,
		      "Stacey Hale said: \u201cI will write in another name\u201d"));
	done(&f);
}

/* "At the request of his lawyer, Dan Ross, he said ...": Dan Ross is his lawyer, not "he" (was
 * "Dan Ross said"); the man named before is. A possessive of the other gender names someone
 * else's ("his rival, Mary Lane, ... she said" keeps Mary Lane). */
static void lawyer_set_off_before_he(void)
{
	struct fixture f = run("Bo Hale spoke first.\n\n"
			       "At the request of his lawyer, Dan Ross, he said the plan was "
			       "dead.\n\n"
			       "It forced his rival, Mary Lane, to act, and she said the plan was "
			       "fair.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Bo Hale said (paraphrase): the plan was dead"));
	CHECK(renders(&f, 1, "Mary Lane said (paraphrase): the plan was fair"));
	done(&f);
}

int main(void)
{
	RUN(statements_supporting);
	RUN(opposition_as_people);
	RUN(name_after_dubbed);
	RUN(what_believed_to_be);
	RUN(quote_of_a_nearer_verb);
	RUN(shortly_after_clause);
	RUN(participle_before_noun);
	RUN(name_set_off_in_question);
	RUN(two_common_nouns_joined);
	RUN(bare_noun_after_and);
	RUN(name_as_modifier);
	RUN(quote_speaks_of_her);
	RUN(stacey_is_a_woman);
	RUN(lawyer_set_off_before_he);
	return CHECK_DONE();
}
