/* Unit tests of rows where nobody states anything, met in wire and business stories: a word that
 * reads like a cue but reports no words. Each case a sentence written for the test in the same
 * shape. */
#include "claims_fixture.h"

/* "strikes against alleged rebel camps", "the alleged plot": "alleged" as an adjective before a
 * noun names no allegation; "The suit alleged fraud" and "as alleged in the suit" stay. */
static void alleged_before_noun(void)
{
	struct fixture f = run("Jets bombed alleged rebel camps near the border. The alleged plot "
			       "failed. Police held his alleged partner.\n\n"
			       "The suit alleged fraud by the mayor.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "fraud by the mayor", "The suit", "alleged", NULL);
	done(&f);
}

/* "wanted for questioning in two shootings", "detectives questioned her for hours": an
 * interrogation, no doubt voiced; "questioned the wisdom of the plan" and "questioned him about
 * the plan" stay. */
static void questioning_someone(void)
{
	struct fixture f = run("Police want Ann Lee for questioning in two thefts. Detectives "
			       "questioned her for hours.\n\n"
			       "The mayor questioned the wisdom of the plan.\n\n"
			       "Critics questioned him about the plan.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the wisdom of the plan", "The mayor", "questioned", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "him about the plan", "Critics", "questioned", NULL);
	done(&f);
}

/* "who refused to identify himself", "asked not to be named": keeping one's own name back is
 * no statement; "declined to identify the buyer" withholds a fact and stays. */
static void keeps_own_name(void)
{
	struct fixture f = run("\"The gate is shut,\" said a guard at the port, who refused to "
			       "identify himself.\n\n"
			       "An aide, who asked not to be named, said the plan was dead.\n\n"
			       "The firm declined to identify the buyer.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "The gate is shut,", "a guard", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan was dead", "An aide, who asked not to be named",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "to identify the buyer", "The firm", "declined", NULL);
	done(&f);
}

/* "The boy's father, Tom Lee, lives in Ohio and wants him back": a cue after "and" is the
 * second verb of the words before it, no tag with its source; "Lee and Ames said" keeps its
 * "and" in the source. */
static void second_verb_after_and(void)
{
	struct fixture f = run("The girl's uncle, Tom Lee, lives in Cuba and wants her back.\n\n"
			       "The plan will fail, Lee and Ames said.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "The plan will fail", "Lee and Ames", "said", NULL);
	done(&f);
}

/* "the firm's planned offering of six million shares", "the offering price": a sale of
 * shares; "The senator is offering a new plan" stays. */
static void offering_of_shares(void)
{
	struct fixture f = run("The price was in a filing for the firm's planned offering of six "
			       "million shares. The bank set the offering price at $20.\n\n"
			       "The senator is offering a new plan.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "a new plan", "The senator", "is offering", NULL);
	done(&f);
}

/* "areas like those found at other parks": a participle on "those" is a reduced relative
 * clause, no finding. */
static void participle_on_those(void)
{
	struct fixture f =
		run("The filing gave few details of the park, although maps show that it "
		    "may have \"themed\" rides like those found at larger parks.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "The bid has been accepted by the directors": an offer taken up, no belief. */
static void accepted_by_agent(void)
{
	struct fixture f = run("The bid, which values the firm at $3 million, has been accepted by "
			       "the directors.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "police admit that despite a long search and a large reward, they do not know where he is":
 * the phrase before the comma opens the content, whose clause comes after it; the content of
 * "admit" is no bare "despite ..." phrase, and "do not know" inside it is no claim of its own. */
static void fronted_phrase_in_content(void)
{
	struct fixture f = run("Lee is still at large, and police admit that despite a long search "
			       "and a $2 million reward, they don't know where he is.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "that despite a long search and a $2 million reward, they don't know where he is",
		 "police", "admit", NULL);
	done(&f);
}

/* "The shipping firm, owned by a bank, earlier this week announced": a time phrase is no
 * speaker; "the firm said" stays. */
static void time_as_source(void)
{
	struct fixture f =
		run("The shipping firm, 90%-owned by a bank, earlier this week announced "
		    "its plan to buy the port.\n\n"
		    "Its sales fell last year, the firm said.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Its sales fell last year", "the firm", "said", NULL);
	done(&f);
}

/* "reported a second-quarter loss, citing a plan to close two plants": the reason for a
 * result is no statement; "The mayor resigned, citing health reasons" stays. */
static void reason_for_result(void)
{
	struct fixture f = run("Vale Tools Inc. reported a second-quarter loss, citing a plan to "
			       "close two plants.\n\n"
			       "Ames Corp. posted a 40% drop in net income, citing weak sales.\n\n"
			       "The mayor resigned, citing health reasons.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "health reasons", "The mayor", "citing", NULL);
	done(&f);
}

/* "a gain of $40 million from the previously announced sale": a participle inside a noun
 * phrase has no subject, so the sum before it is no speaker. */
static void participle_inside_phrase(void)
{
	struct fixture f = run("A gain of about $40 million in the year from the previously "
			       "announced sale of its mill offset the loss.\n");

	for (size_t i = 0; i < f.l->n; i++)
		CHECK_EQ(f.l->items[i].speaker.end - f.l->items[i].speaker.start, 0);
	done(&f);
}

/* "said a statement released by the union", "said a message that was read to the crowd": a
 * message read or released is the source of a quotation. */
static void message_as_source(void)
{
	struct fixture f = run("\"We will win,\" said a statement released by the union.\n\n"
			       "\"Stay calm,\" said a message that was read to the crowd.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "We will win,", "a statement released by the union", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "Stay calm,", "a message that was read to the crowd", "said",
		 NULL);
	done(&f);
}

/* "Ames Corp. discloses the figures but says ...", "workers paid tribute ... demanding": a
 * verb no list holds ends the subject, which is not read as the clause it opens. */
static void verb_inside_subject(void)
{
	struct fixture f =
		run("Ames Corp. discloses the new figures but says it sees the old goal "
		    "as a dream.\n\n"
		    "Thousands of workers paid tribute to the founders in a march Sunday "
		    "demanding higher wages.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "it sees the old goal as a dream", "Ames Corp.", "says",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "higher wages", "Thousands of workers", "demanding", NULL);
	done(&f);
}

/* "Ridge Savings amp Trust Co., hurt by ..., announced a loss for the second quarter of $8
 * million": the sum after the cue is no inverted source of the name before it. */
static void sum_as_source(void)
{
	struct fixture f =
		run("Ridge Savings amp Trust Co., hurt by new rules adopted by regulators "
		    "and the slump in the bond market, announced a loss for the second "
		    "quarter of $8 million, or 90 cents a share.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "Shortly after the ruling, the lawyers sent a letter ... requesting": an adverb that opens
 * the sentence is no speaker; the subject after the opening phrase is (session 41: "Shortly
 * after" opens a phrase, claims_opens_intro()). */
static void adverb_as_source(void)
{
	struct fixture f =
		run("Shortly after the ruling, the lawyers sent a letter to Judge Ann Lee "
		    "(who hears such cases) requesting a delay.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "a delay", "the lawyers", "requesting", NULL);
	done(&f);
}

/* "The city council Tuesday said": the day is when, not part of who. */
static void day_after_subject(void)
{
	struct fixture f = run("The city council Tuesday said it would vote on the plan.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "it would vote on the plan", "The city council", "said",
		 NULL);
	done(&f);
}

/* "because did I mention you were in the future?", "Do they think ...?": a cue after an
 * inverted auxiliary and its subject, in a clause that ends with "?", asks and reports nothing;
 * so does "Didn't I say ...?", a question put to the reader (negative_question()); "Jones did
 * say ..." stays. */
static void inverted_question(void)
{
	struct fixture f = run("The robots cook, because did I mention you were in the future? "
			       "Do they think the war is over? Has the firm said that the deal is "
			       "dead?\n\n"
			       "Didn't I say the plan would fail? Jones did say the plan would "
			       "fail.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan would fail", "Jones", "did say", NULL);
	done(&f);
}

int main(void)
{
	RUN(alleged_before_noun);
	RUN(questioning_someone);
	RUN(keeps_own_name);
	RUN(second_verb_after_and);
	RUN(offering_of_shares);
	RUN(participle_on_those);
	RUN(accepted_by_agent);
	RUN(fronted_phrase_in_content);
	RUN(time_as_source);
	RUN(reason_for_result);
	RUN(participle_inside_phrase);
	RUN(message_as_source);
	RUN(verb_inside_subject);
	RUN(sum_as_source);
	RUN(adverb_as_source);
	RUN(day_after_subject);
	RUN(inverted_question);
	return CHECK_DONE();
}
