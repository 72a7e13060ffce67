/* Unit tests of where a found claim's content ends (session 41): each row that changes next to
 * the neighbour of the same shape that must stay. */
#include "claims_fixture.h"

/* "Dunmore, who backed Vance and said he would canvass for her, later skipped the rally": the
 * second cue of a relative clause set into the subject shares its "who"; what was said ends
 * with that clause, before the subject's own verb. A concession set there ("Vance, though she
 * praised the clerk and said ...,") ends the same way, its "said" the concession's "she" (the
 * clause "though" opens, session 46). The content of a cue outside such a
 * clause ("Dunmore said he would canvass for her, later adding ...") is left as it was, and so
 * is an opening time before a subordinator ("Last week, when I asked Dunmore if ..., he
 * smiled"), which has no subject. */
static void cue_inside_a_clause_set_into_the_subject(void)
{
	struct fixture f = run(
		"Dunmore, who backed Vance in the spring and said he would canvass for her, "
		"later skipped the rally.\n\n"
		"Vance, though she praised the clerk and said the board should hear him, "
		"stopped short of backing him.\n\n"
		"Last week, when I asked Dunmore if he would ever back the clerk, he smiled.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "Vance in the spring", "who", "backed", "Dunmore");
	claim_is(&f, 1, CLAIM_INDIRECT, "he would canvass for her", "Dunmore", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the clerk", "she", "praised", "Vance");
	claim_is(&f, 3, CLAIM_INDIRECT, "the board should hear him", "she", "said", "Vance");
	claim_is(&f, 4, CLAIM_INDIRECT, "if he would ever back the clerk", "I", "asked", NULL);
	done(&f);
}

/* "A dairy farmer who backs Brandt, Okafor lost his barn ...": the cue in a noun phrase and its
 * "who" that open the sentence before its subject, or after "At the moment"; the content ends
 * at the comma where the main clause begins, its subject a name (and its apposition), a
 * pronoun or "most". A relative clause set inside the content does not end it there. */
static void cue_inside_an_opening_noun_phrase(void)
{
	struct fixture f =
		run("A dairy farmer who backs Brandt, Okafor lost his barn to a flood last "
		    "year.\n\n"
		    "Another board member who has not endorsed the mayor, Ada Moss of Elm Ward, "
		    "voted against the plan.\n\n"
		    "A farmer who said the dam, which opened in May, was leaking, Okafor sued the "
		    "county.\n\n"
		    "At the moment Vance learned she had lost the vote, she was visiting her "
		    "mother.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "Brandt", "who", "backs", "A dairy farmer");
	claim_is(&f, 1, CLAIM_INDIRECT, "the mayor", "who", "has not endorsed",
		 "Another board member");
	claim_is(&f, 2, CLAIM_INDIRECT, "the dam, which opened in May, was leaking", "who", "said",
		 "A farmer");
	claim_is(&f, 3, CLAIM_INDIRECT, "she had lost the vote", "Vance", "learned", NULL);
	done(&f);
}

/* "While most members are expected to back the plan, the chair has not changed her pitch",
 * "After the mayor seemed to confirm the rumors, the question was ...": an expectation or an
 * impression in a clause that opens the sentence ends where the main clause begins, its verb
 * one the lexicon may not know after an adverb ("Ann Vance apparently disagrees"); without
 * that opening, the phrase after the comma ("a month after the vote") goes on as before. */
static void expectation_in_an_opening_clause(void)
{
	struct fixture f =
		run("While most of the members are expected to back the plan in June, the chair "
		    "has not changed her pitch.\n\n"
		    "Most of the members are expected to back the plan in June, a month after the "
		    "vote.\n\n"
		    "After the mayor seemed to confirm rumors about his health, the question was "
		    "whether he would resign.\n\n"
		    "As the mayor appears set to veto the budget, Democratic member Ann Vance "
		    "apparently disagrees with him.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "most of the members are expected to back the plan in June",
		 NULL, "are expected", NULL);
	claim_is(
		&f, 1, CLAIM_INDIRECT,
		"Most of the members are expected to back the plan in June, a month after the vote",
		NULL, "are expected", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "rumors about his health", "the mayor", "seemed to confirm",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the mayor appears set to veto the budget", NULL, "appears",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(cue_inside_a_clause_set_into_the_subject);
	RUN(cue_inside_an_opening_noun_phrase);
	RUN(expectation_in_an_opening_clause);
	return CHECK_DONE();
}
