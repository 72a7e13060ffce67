/* Unit tests of speakers a reader would find wrong, found by spk61 in session 61: a time phrase
 * after the subject's noun, a relative clause with no relative pronoun inside the subject, and a
 * participle that a verb of showing reports. */
#include "claims_fixture.h"

/* "The analysts this month said prices would rise" showed "(no speaker) said": the noun before
 * "this" was read as a verb ("Acme faces the deal") and the subject began again at "this", a
 * time that is no one. The noun phrase before the time phrase is the speaker. */
static void time_after_subject_noun(void)
{
	struct fixture f = run("Prices\n\nThe analysts this month said prices would rise.\n\n"
			       "The scholars this week said the ruling was wrong.\n\n"
			       "Critics last year said the plan would fail.\n");
	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "The analysts said (paraphrase): prices would rise"));
	CHECK(renders(&f, 1, "The scholars said (paraphrase): the ruling was wrong"));
	CHECK(renders(&f, 2, "Critics said (paraphrase): the plan would fail"));
	done(&f);
	/* stays: a verb in "-s" before a determiner after a name or an article and noun, and a
	 * possessive time ("this week's report") that is an object */
	struct fixture g = run("Deal\n\nAcme faces the deadline, Lee said.\n\nThe union opposes "
			       "the deal, the chairman said.\n\nLee disputes this week's report, "
			       "the mayor said.\n");
	CHECK_EQ(g.l->n, 3);
	CHECK(renders(&g, 0, "Lee said (paraphrase): Acme faces the deadline"));
	CHECK(renders(&g, 1, "the chairman said (paraphrase): The union opposes the deal"));
	CHECK(renders(&g, 2, "the mayor said (paraphrase): Lee disputes this week's report"));
	done(&g);
}

/* "Few of the lawyers I called this week thought the case would succeed" showed "I (the writer)
 * called (paraphrase): this week thought ...": the writer called the lawyers and said nothing;
 * the lawyers thought. "none of the constitutional scholars I interviewed this week thought"
 * made no row, though the scholars' view is the sentence's claim. The relative clause with no
 * "who" or "that" is no part of the speaker, and its verb is no claim of the writer's. */
static void relative_without_pronoun(void)
{
	struct fixture f =
		run("Court\n\nFew of the lawyers I called this week thought the case "
		    "would succeed.\n\nStill, none of the constitutional scholars I "
		    "interviewed this week thought compromise was likely.\n\nThe experts "
		    "we interviewed last month predicted a recession.\n\nThe documents "
		    "they released show the plan was flawed.\n");
	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "Few of the lawyers thought (paraphrase): the case would succeed"));
	CHECK(renders(&f, 1,
		      "none of the constitutional scholars thought (paraphrase): compromise was "
		      "likely"));
	CHECK(renders(&f, 2, "The experts predicted (paraphrase): a recession"));
	CHECK(renders(&f, 3, "The documents show (paraphrase): the plan was flawed"));
	done(&f);
	/* stays: "he said" inside a noun phrase is his claim; "none" alone, or with a speech
	 * verb, is no one's; a name before the pronoun is no relative clause's noun */
	struct fixture g = run("Code\n\nSecurity firms found attack code he said exploits a flaw "
			       "in the router.\n\nNone said the vote was fair.\n\nNone of the "
			       "senators said the vote was fair.\n\nIn the end Lee he said was "
			       "wrong.\n");
	CHECK(renders(&g, 0,
		      "he (unresolved) said (paraphrase): [code] exploits a flaw in the "
		      "router"));
	CHECK_EQ(g.l->n, 1);
	done(&g);
}

/* "Early polls show voters in the area resoundingly rejecting Mr. Trump: A ... poll this month
 * found ..." showed "Early polls resoundingly rejecting (paraphrase): Mr. Trump: A Quinnipiac
 * University poll": the participle is what the polls show of the voters, no claim the polls
 * make with another verb. */
static void participle_a_verb_shows(void)
{
	struct fixture f = run("Race\n\nEarly polls show voters in the area resoundingly rejecting "
			       "Mr. Trump: A Quinnipiac University poll this month found Mr. Trump "
			       "about even with Mrs. Clinton statewide.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Early polls show (paraphrase): voters in the area resoundingly rejecting "
		      "Mr. Trump"));
	CHECK(renders(&f, 1,
		      "A Quinnipiac University poll found (paraphrase): Mr. Trump about even with "
		      "Mrs. Clinton statewide"));
	done(&f);
	/* stays: a participle after the subject's own clause, and one after a document */
	struct fixture g = run("Race\n\nThe senator spoke for an hour, rejecting the claims of "
			       "his rivals.\n\nThe union sent out a release saying the strike "
			       "would go on.\n");
	CHECK_EQ(g.l->n, 2);
	CHECK(renders(&g, 0, "The senator rejecting (paraphrase): the claims of his rivals"));
	CHECK(renders(&g, 1,
		      "The union sent out a release saying (paraphrase): the strike would go on"));
	done(&g);
}

int main(void)
{
	time_after_subject_noun();
	relative_without_pronoun();
	participle_a_verb_shows();
	return CHECK_DONE();
}
