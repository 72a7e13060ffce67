/* Unit tests of what a reader would not call a claim: scare quotes, cues inside a quotation,
 * nouns that read as cues ("statement", "think tank", "show"), a reflexive alone, implausible
 * sources, and the cases of the first reader reviews, each beside the claim that stays. */
#include "claims_fixture.h"

static void scare_quotes_are_not_claims(void)
{
	struct fixture f = run("The so-called \"deal\" was a \"historic\" mistake for the city.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

static void cues_inside_quotes_ignored(void)
{
	struct fixture f = run("\"They said it would work and they said it twice,\" Ng said.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "They said it would work and they said it twice,", "Ng",
		 "said", NULL);
	done(&f);
}

static void noun_cues_are_not_verbs(void)
{
	struct fixture f = run("The report was late. His statement was brief. Nobody wanted to "
			       "explain the delay.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "think tank" is a noun, not a speaker thinking */
static void think_tank_no_cue(void)
{
	struct fixture f = run("Dean Baker of the Center, a liberal think tank, said the plan "
			       "would fail.\n");

	for (size_t i = 0; i < f.l->n; i++)
		CHECK(strncmp(f.text + f.l->items[i].cue.start, "think ", 6) != 0);
	done(&f);
}

/* a reflexive pronoun alone is no content: "merciless in defending itself" */
static void reflexive_no_content(void)
{
	struct fixture f = run("Habib Essid vowed that the country would be merciless in defending "
			       "itself.\n");

	CHECK_EQ(f.l->n, 1);
	done(&f);
}

/* a reflexive pronoun that a comma and "and" end before another clause is no content either
 * ("the week repeats itself, and he becomes stuck"); one that opens a list stays */
static void reflexive_then_clause(void)
{
	struct fixture f = run("On the day of his wedding, the week repeats itself, and he becomes "
			       "stuck in a loop.\n\n"
			       "The mayor was referring to herself, Mr. Lund and Ms. Hale.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "herself, Mr. Lund and Ms. Hale", "The mayor",
		 "was referring to", NULL);
	done(&f);
}

/* an implausible source gives no claim: a time, page furniture, a lone adjective */
static void implausible_sources(void)
{
	struct fixture f = run("Monday said it all. AM UTC Updated told the story.\n\n"
			       "\"We will win,\" Democratic said.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "state" and "show" are no cues but for a document that shows; "you think ...?" asks */
static void false_cues(void)
{
	struct fixture f =
		run("Voters in the swing states say jobs matter most. He is on The Daily Show "
		    "tonight. Do you think it works? The new poll shows Clinton ahead.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "jobs matter most", "Voters in the swing states", "say",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Clinton ahead", "The new poll", "shows", NULL);
	done(&f);
}

/* what a journalist would not call a claim: content that is only a time, a physical attack,
 * "calls that into question", a passive "called on by"; and sources a reader names */
static void reader_review(void)
{
	struct fixture f = run(
		"Thieves attacked a sperm whale with an axe. Obama attacked his rivals.\n\n"
		"A report released on Monday calls that into question.\n\n"
		"He is called on by tribes for guidance.\n\n"
		"Debris fell over Kyzyl, the Tuva government was quoted as saying late Thursday "
		"by the Interfax news agency.\n\n"
		"The leader of Ennahda, Rachid Ghannouchi, condemned the attack.\n\n"
		"The craft broke up, the Russian space agency said.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "his rivals", "Obama", "attacked", "Obama");
	claim_is(&f, 1, CLAIM_INDIRECT, "Debris fell over Kyzyl", "the Tuva government",
		 "was quoted as saying", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the attack", "The leader of Ennahda, Rachid Ghannouchi",
		 "condemned", "Rachid Ghannouchi");
	claim_is(&f, 3, CLAIM_INDIRECT, "The craft broke up", "the Russian space agency", "said",
		 "the Russian space agency");
	done(&f);
}

/* more of what a reader would object to: an addressee is no source ("told Reuters"), a page's
 * "Analysis:" no speaker, "isn't" a verb, "the fish counter" no cue, a pronoun after an
 * introductory participle the subject */
static void reader_review_2(void)
{
	struct fixture f =
		run("The figures were attacked, the source told Reuters.\n\n"
		    "Analysis: Jon Sopel, BBC News, Washington\n\n"
		    "This isn't the first time the writer has expressed anger.\n\n"
		    "He walked to the fish counter of a store that has redefined buying.\n\n"
		    "Referring to his successes, he said he was calm.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "The figures were attacked", "the source", "told", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "anger", "the writer", "has expressed", NULL);
	/* the opening participle's subject is the main clause's ("Talking about his successes, he
	 * said" names a topic, no claim: test_claims_junk.c, topic_participles) */
	claim_is(&f, 2, CLAIM_INDIRECT, "his successes", "he", "Referring to", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "he was calm", "he", "said", NULL);
	done(&f);
}

/* "Y was quoted Monday by the paper as saying ...": the paper only carried Y's words, and Y,
 * the passive's subject, is the source; "the paper quoted Y as saying" keeps Y too. */
static void quoted_by_a_medium(void)
{
	struct fixture f =
		run("An aide to the mayor was quoted Monday by the town paper as saying "
		    "that the vote was rigged.\n\n"
		    "The town paper quoted a clerk as saying that the count was late.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the vote was rigged", "An aide to the mayor",
		 "was quoted Monday by the town paper as saying", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the count was late", "a clerk", "quoted", NULL);
	done(&f);
}

/* "Angered by the delay, the mayor said": a past participle and its preposition that open the
 * sentence describe the subject after the comma, who is the speaker; "Fred Lee, the mayor,
 * said" is a name in "-ed" and keeps it. */
static void participle_opens_the_sentence(void)
{
	struct fixture f = run("Angered by the delay, the mayor said the plan was dead.\n\n"
			       "Founded in answer to the threat of war, the league calls for the "
			       "defense of its members.\n\n"
			       "Fred Lee, the mayor, said the road was open.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan was dead", "the mayor", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the defense of its members", "the league", "calls for",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the road was open", "Fred Lee, the mayor", "said",
		 "Fred Lee");
	done(&f);
}

int main(void)
{
	RUN(scare_quotes_are_not_claims);
	RUN(cues_inside_quotes_ignored);
	RUN(noun_cues_are_not_verbs);
	RUN(think_tank_no_cue);
	RUN(reflexive_no_content);
	RUN(implausible_sources);
	RUN(false_cues);
	RUN(reader_review);
	RUN(reader_review_2);
	RUN(quoted_by_a_medium);
	RUN(participle_opens_the_sentence);
	RUN(reflexive_then_clause);
	return CHECK_DONE();
}
