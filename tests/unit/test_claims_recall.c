/* Unit tests of the claims frames added for recall: documents that show, stances held by groups,
 * long subjects, descriptions, clauses without "that", impressions of a state and polls. */
#include "claims_fixture.h"

/* "A poll ... released on Monday showed X": the document that opens a long subject is the source,
 * not the day (the phrase whole, the poll resolved); "The survey, conducted ..., shows that X"
 * likewise. */
static void documents_show(void)
{
	struct fixture f = run(
		"A Marist poll of Ohio voters released on Monday showed Smith with a five-point "
		"lead.\n\n"
		"The survey, conducted by Gallup last week, shows that most voters favor the "
		"plan.\n\n"
		"The children showed the visitors around the school.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "Smith with a five-point lead",
		 "A Marist poll of Ohio voters released on Monday", "showed",
		 "A Marist poll of Ohio voters");
	claim_is(&f, 1, CLAIM_INDIRECT, "that most voters favor the plan", "The survey", "shows",
		 NULL);
	done(&f);
}

/* "Polls of farm workers show X": the "of" after a document that opens the sentence (so in
 * capitals) ends the document's name before the people it asked, as it does after "a poll"; not
 * before what a picture shows ("Video of the fire shows a man running"). */
static void capital_document_of(void)
{
	struct fixture f =
		run("Polls of farm workers show the mayor remains popular in the valley.\n\n"
		    "Surveys of voters showed that older men turned out in force.\n\n"
		    "Video of the fire shows a man running from the barn.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mayor remains popular in the valley",
		 "Polls of farm workers", "show", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that older men turned out in force", "Surveys of voters",
		 "showed", NULL);
	done(&f);
}

/* "support" is a verb after a group or a share of voters, a noun after a possessive or an
 * adjective; "supporting" and "backing" after the noun phrase that holds the stance. */
static void stances_of_groups(void)
{
	struct fixture f = run("About two-thirds of voters support the new tax.\n\n"
			       "They would support the bill.\n\n"
			       "He needs strong support from voters.\n\n"
			       "A super PAC supporting Jane Doe spent $2 million on ads.\n\n"
			       "Pastors backing Mr. Lee met on Sunday.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new tax", "About two-thirds of voters", "support",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Jane Doe", "A super PAC", "supporting", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "Mr. Lee", "Pastors", "backing", NULL);
	done(&f);
}

/* A participle phrase or an abbreviation before an apposition does not hide the subject; "said
 * about half of X ..." opens content with a number. */
static void long_subjects(void)
{
	struct fixture f = run("John Smith, wearing a red cap, said he would vote early.\n\n"
			       "Sammy Davis Jr., who sang that night, said the show went well.\n\n"
			       "The agency said about half of the funds were spent.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "he would vote early", "John Smith", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the show went well",
		 "Sammy Davis Jr., who sang that night", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "about half of the funds were spent", "The agency", "said",
		 NULL);
	done(&f);
}

/* "described X as Y" takes a noun phrase, not only a quotation; "described it" without "as" is
 * no claim. */
static void descriptions(void)
{
	struct fixture f = run("The mayor described the plan as a disaster for the city.\n\n"
			       "She described it during a talk in Boston.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan as a disaster for the city", "The mayor",
		 "described", NULL);
	done(&f);
}

/* A cue that needs "that" takes a clause without it when a pronoun and a verb, or a noun phrase
 * and a modal, open it; not an object ("found it last month"). */
static void clauses_without_that(void)
{
	struct fixture f = run("Most senators agreed they had no choice.\n\n"
			       "The governor promised her budget would be balanced.\n\n"
			       "Police found it last month at a shop.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "they had no choice", "Most senators", "agreed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "her budget would be balanced", "The governor", "promised",
		 NULL);
	done(&f);
}

/* A demonym that is a word of a person's name read before names that person. */
static void surname_demonym(void)
{
	struct fixture f = run("Mark Cuban owns a basketball team.\n\n"
			       "\xE2\x80\x9CIt is too early to tell,\xE2\x80\x9D Cuban said.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "It is too early to tell,", "Cuban", "said", "Mark Cuban");
	done(&f);
}

/* An impression of a state ("seemed equally unconcerned"), not a pronoun's ("They seemed
 * tired"). */
static void impressions_of_a_state(void)
{
	struct fixture f = run("The senator's allies seemed equally unconcerned.\n\n"
			       "They seemed tired.\n\n"
			       "The team appeared paralyzed after the vote.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "The senator's allies seemed equally unconcerned", NULL,
		 "seemed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The team appeared paralyzed after the vote", NULL,
		 "appeared", NULL);
	done(&f);
}

/* A poll after "in" at the end of a clause, and an opening "In a poll released Tuesday,". */
static void polls(void)
{
	struct fixture f = run("Smith holds a narrow lead in the latest Marist poll.\n\n"
			       "In a Marist poll released Tuesday, Smith led by four points.\n\n"
			       "She works in polling.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "Smith holds a narrow lead", "the latest Marist poll",
		 "in", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "Smith led by four points",
		 "a Marist poll released Tuesday", "In", NULL);
	done(&f);
}

/* Names that hold cue words ("Ian Read", "Hope Hicks"), a parenthetical opened by an adverb or a
 * relative clause with a cue of its own, a person from a place, a document before a participle
 * and a time, a description before an inverted cue's source. */
static void sources_in_long_subjects(void)
{
	struct fixture f =
		run("Ian Read said the leaders had paid attention.\n\n"
		    "Campaign spokeswoman Hope Hicks said the charge was false.\n\n"
		    "Murphy, though, said he would stay.\n\n"
		    "Ann Kay, a lawyer who has refused to testify, said the case was weak.\n\n"
		    "The Ohio Republican says the plan is dead.\n\n"
		    "A news report published Friday said the mayor had resigned.\n\n"
		    "The talks will go on, his top aide, Tad Devine, told reporters.\n");

	CHECK_EQ(f.l->n, 8);
	claim_is(&f, 0, CLAIM_INDIRECT, "the leaders had paid attention", "Ian Read", "said",
		 "Ian Read");
	claim_is(&f, 1, CLAIM_INDIRECT, "the charge was false", "Campaign spokeswoman Hope Hicks",
		 "said", "Hope Hicks");
	claim_is(&f, 2, CLAIM_INDIRECT, "he would stay", "Murphy", "said", NULL);
	/* the relative clause's own claim, then the one it sits in */
	claim_is(&f, 3, CLAIM_INDIRECT, "to testify", "who", "has refused", "Ann Kay");
	claim_is(&f, 4, CLAIM_INDIRECT, "the case was weak",
		 "Ann Kay, a lawyer who has refused to testify", "said", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "the plan is dead", "The Ohio Republican", "says", NULL);
	claim_is(&f, 6, CLAIM_INDIRECT, "the mayor had resigned", "A news report", "said", NULL);
	claim_is(&f, 7, CLAIM_INDIRECT, "The talks will go on", "Tad Devine", "told", "Tad Devine");
	done(&f);
}

/* An opening curly mark typed for the closing one closes the quotation; "told The Star-Ledger of
 * Newark last week she would" and "says tonight he's" open content. */
static void marks_and_addressees(void)
{
	struct fixture f =
		run("\xE2\x80\x9CIt is unusual,\xE2\x80\x9C said Larry Noble, a lawyer.\n\n"
		    "Jane Roe told The Star-Ledger of Newark last week she would vote.\n\n"
		    "He says tonight he's a step closer.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "It is unusual,", "Larry Noble, a lawyer", "said",
		 "Larry Noble");
	claim_is(&f, 1, CLAIM_INDIRECT, "she would vote", "Jane Roe", "told", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "he's a step closer", "He", "says", NULL);
	done(&f);
}

/* "X, according to Y, was Z": the sentence goes on after the source, the phrase inside the
 * content; "The plan failed, according to officials." keeps the clause before. */
static void according_to_inside(void)
{
	struct fixture f = run("His objection, according to an aide, was the cost of the plan.\n\n"
			       "The plan failed, according to officials.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "His objection, according to an aide, was the cost of the plan", "an aide",
		 "according to", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "The plan failed", "officials", "according to", NULL);
	done(&f);
}

/* "X, he said according to a transcript": the tag's speaker said X, the according-to only where
 * it was found: his claim, one row, with or without a comma before "according" (the row that
 * credited the transcript with the same words and their tag goes, claims_junk_nested.c); a tag
 * of his own with no according-to stays one claim. */
static void tag_before_according_to(void)
{
	struct fixture f = run("Mark Lee spoke at the trial on Tuesday.\n\n"
			       "The deals take time, he said according to a transcript.\n\n"
			       "The deals take time, Lee said, according to the transcript.\n\n"
			       "The deals take time, he said.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "The deals take time", "he", "said", "Mark Lee");
	CHECK_EQ(f.l->items[0].parent, CLAIM_NONE);
	claim_is(&f, 1, CLAIM_INDIRECT, "The deals take time", "Lee", "said", "Mark Lee");
	CHECK_EQ(f.l->items[1].parent, CLAIM_NONE);
	claim_is(&f, 2, CLAIM_INDIRECT, "The deals take time", "he", "said", "Mark Lee");
	CHECK_EQ(f.l->items[2].parent, CLAIM_NONE);
	done(&f);
}

/* "47% say X": a share of the people asked is a source, the sign no stop for its subject. */
static void shares_in_percent(void)
{
	struct fixture f = run("On this issue, 47% say the state should act now.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the state should act now", "47%", "say", NULL);
	done(&f);
}

/* Verbs of praise, reproach and comparison take a noun phrase ("chided X for Y", "likened X to
 * Y"); "sparred", "opined", "mused" and "vouched" take their preposition; "implied",
 * "speculated" and "commented" a clause; "applauded" with only a manner adverb after it is no
 * claim. */
static void stance_and_speech_verbs(void)
{
	struct fixture f = run("The governor chided the council for its delay.\n\n"
			       "Lee likened the tax to a toll on work.\n\n"
			       "The senators sparred over the budget.\n\n"
			       "Kim vouched for the new director.\n\n"
			       "He opined on the state of the economy.\n\n"
			       "She implied the vote was rigged.\n\n"
			       "Analysts speculated that the bank would merge.\n\n"
			       "One reader commented that the plan was late.\n\n"
			       "The crowd applauded loudly.\n");

	CHECK_EQ(f.l->n, 8);
	claim_is(&f, 0, CLAIM_INDIRECT, "the council for its delay", "The governor", "chided",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the tax to a toll on work", "Lee", "likened", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the budget", "The senators", "sparred over", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the new director", "Kim", "vouched for", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "the state of the economy", "He", "opined on", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "the vote was rigged", "She", "implied", NULL);
	claim_is(&f, 6, CLAIM_INDIRECT, "that the bank would merge", "Analysts", "speculated",
		 NULL);
	claim_is(&f, 7, CLAIM_INDIRECT, "that the plan was late", "One reader", "commented", NULL);
	done(&f);
}

/* Verbs of swearing, suspecting and stressing are cues before "that" ("swore that", "suspected
 * that", "underscore that", the participle "fearing that" with the clause's subject for
 * source); elsewhere they are words like any other ("suspected him of theft"). */
static void verbs_before_that(void)
{
	struct fixture f =
		run("They swore that they would support him.\n\n"
		    "Some analysts suspected that the count was wrong.\n\n"
		    "Republicans are building a defense, fearing that the party could "
		    "lose the Senate.\n\n"
		    "Election scholars underscore that high turnout does not mean a win.\n\n"
		    "Her caution to others was wise.\n\n"
		    "The police suspected him of theft.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that they would support him", "They", "swore", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the count was wrong", "Some analysts", "suspected",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the party could lose the Senate", "Republicans",
		 "fearing", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that high turnout does not mean a win",
		 "Election scholars", "underscore", NULL);
	done(&f);
}

/* A verb of a manner of speaking is a tag after a quotation and its speaker ("“...,” Trump
 * barked.", "“...,” she scoffed and left", "“...,” laughed Mr. Lee"); not where it names a sound
 * or has an object ("The dog barked all night", "Trump barked orders"). */
static void manner_tags_after_quotes(void)
{
	struct fixture f = run("\"Go back to your seat,\" Trump barked.\n\n"
			       "\"That is absurd,\" she scoffed and left the room.\n\n"
			       "\"We won,\" laughed Mr. Lee.\n\n"
			       "\"Sit,\" Trump barked orders at the staff.\n\n"
			       "The dog barked all night.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "Go back to your seat,", "Trump", "barked", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "That is absurd,", "she", "scoffed", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "We won,", "Mr. Lee", "laughed", NULL);
	done(&f);
}

/* "We're told there is footage ...", "I was told that ...": "told" in the passive reports what
 * unnamed people said, with no speaker (those told never are one; before, "We're told that ..."
 * had "We're" for its speaker and the rest no claim); "was told to leave" is an order and "He's
 * told" is "has told"; "We told him ..." keeps its speaker. */
static void told_in_the_passive(void)
{
	struct fixture f = run("We're told there is security footage that police are reviewing.\n\n"
			       "I was told that the team did not want to be seated.\n\n"
			       "Reporters were told to leave the room.\n\n"
			       "We told him the dress was taken.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "there is security footage that police are reviewing", NULL,
		 "told", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the team did not want to be seated", NULL, "told", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the dress was taken", "We", "told", NULL);
	done(&f);
}

/* "On ABC's “This Week,” Carson admitted that ..., but said ...": a verb after ", but" whose
 * clause's subject is not found past the quoted title shares the source of the claim before it;
 * not a noun's source ("Mark pointed to Ann's support for X and praised her": Mark's). */
static void second_verb_after_title(void)
{
	struct fixture f = run("On ABC’s “This Week,” Carson admitted that the name was wrong, but "
			       "said his campaign had found the article.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the name was wrong", "Carson", "admitted", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "his campaign had found the article", "Carson", "said",
		 NULL);
	done(&f);
}

/* "told Hannity a Clinton loss is likely": a clause that opens with "a" after the addressee,
 * its verb after the noun phrase; "told a gathering in Washington she will": the addressee's
 * place; "told reporters a story" tells no clause. */
static void told_addressee_then_clause(void)
{
	struct fixture f =
		run("Schoen told Hannity a Clinton loss is likely.\n\n"
		    "Clinton told a gathering in Washington she will protect the law.\n\n"
		    "Smith told reporters a story.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "a Clinton loss is likely", "Schoen", "told", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "she will protect the law", "Clinton", "told", NULL);
	done(&f);
}

int main(void)
{
	RUN(documents_show);
	RUN(capital_document_of);
	RUN(stances_of_groups);
	RUN(long_subjects);
	RUN(descriptions);
	RUN(clauses_without_that);
	RUN(surname_demonym);
	RUN(impressions_of_a_state);
	RUN(polls);
	RUN(sources_in_long_subjects);
	RUN(marks_and_addressees);
	RUN(according_to_inside);
	RUN(tag_before_according_to);
	RUN(shares_in_percent);
	RUN(stance_and_speech_verbs);
	RUN(verbs_before_that);
	RUN(manner_tags_after_quotes);
	RUN(told_in_the_passive);
	RUN(second_verb_after_title);
	RUN(told_addressee_then_clause);
	return CHECK_DONE();
}
